#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QVarLengthArray>

struct sqlite3;
struct sqlite3_stmt;

// The rows of one SELECT, read through SQLite's own interface. QtSql turns
// every value of every row into a QVariant before the caller sees it;
// reading a plan of 100,000 measures (667,000 rows) spent more time there
// than in SQLite. Used where a whole plan is read; edits keep QtSql.
class SqliteRows
{
public:
    SqliteRows(const QSqlDatabase &db, const char *sql);
    ~SqliteRows();
    SqliteRows(const SqliteRows &) = delete;
    SqliteRows &operator=(const SqliteRows &) = delete;

    // The next row; false at the end and on an error (see failed()).
    bool next();
    // True when the statement could not be prepared or stopped with an
    // error (an interrupted or damaged read), rather than at its end.
    bool failed() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    bool isNull(int column) const;
    int integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray bytes(int column) const;

    // The column as one of the field types of ItemKinds.h.
    template<typename V>
    V value(int column) const
    {
        if constexpr (std::is_same_v<V, int>)
            return integer(column);
        else if constexpr (std::is_same_v<V, QString>)
            return text(column);
        else
            return bytes(column);
    }

private:
    void setError(sqlite3 *handle);

    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
    mutable QVarLengthArray<QChar, 256> m_decoded; // text()'s buffer
};
