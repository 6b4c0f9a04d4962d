#include "models/SqliteRows.h"

#include "models/DatabaseConnection.h"

#include <QStringDecoder>
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
    // The text as stored (UTF-8), decoded into a buffer kept for the next
    // value and copied into a string of its exact size. Asked for UTF-16,
    // SQLite made a converted copy first, allocated under its memory
    // mutex, which the working copy's fill on the other core takes too;
    // QString::fromUtf8() keeps room for one unit per byte, three times
    // what Japanese text needs. The pointer first, then the size, as
    // SQLite asks. An initial U+FEFF is kept, as SQLite kept it.
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!data)
        return QString();
    const QByteArrayView utf8(data, sqlite3_column_bytes(m_statement, column));
    m_decoded.resize(utf8.size()); // UTF-16 needs at most one unit per byte
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    const QChar *end = decoder.appendToBuffer(m_decoded.data(), utf8);
    return QString(m_decoded.constData(), end - m_decoded.constData());
}

QByteArray SqliteRows::bytes(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_statement, column)) : QByteArray();
}
