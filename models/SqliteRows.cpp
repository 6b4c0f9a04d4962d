#include "models/SqliteRows.h"

#include "models/DatabaseConnection.h"

#include <sqlite3.h>

SqliteRows::SqliteRows(const QSqlDatabase &db, const char *sql)
{
    sqlite3 *handle = DatabaseConnection::sqliteHandle(db);
    if (!handle) {
        m_error = QStringLiteral("the database is not an open SQLite database");
        return;
    }
    if (sqlite3_prepare_v2(handle, sql, -1, &m_statement, nullptr) != SQLITE_OK || !m_statement)
        setError(handle);
}

SqliteRows::~SqliteRows()
{
    sqlite3_finalize(m_statement);
}

void SqliteRows::setError(sqlite3 *handle)
{
    m_error = QString::fromUtf8(sqlite3_errmsg(handle));
    if (m_error.isEmpty())
        m_error = QStringLiteral("the database could not be read");
}

bool SqliteRows::next()
{
    if (!m_statement || failed())
        return false;
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    if (result != SQLITE_DONE)
        setError(sqlite3_db_handle(m_statement));
    return false;
}

bool SqliteRows::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

int SqliteRows::integer(int column) const
{
    return sqlite3_column_int(m_statement, column);
}

double SqliteRows::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString SqliteRows::text(int column) const
{
    // The pointer first, then the size, as SQLite asks: asking for the
    // text converts it. As UTF-16, the string is made at its exact size;
    // QString::fromUtf8() keeps room for one unit per byte, three times
    // what Japanese text needs.
    const auto *data = static_cast<const QChar *>(sqlite3_column_text16(m_statement, column));
    return data ? QString(data, sqlite3_column_bytes16(m_statement, column) / qsizetype(sizeof(QChar))) : QString();
}

QByteArray SqliteRows::bytes(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_statement, column)) : QByteArray();
}
