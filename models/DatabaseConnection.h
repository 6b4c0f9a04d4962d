#pragma once

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

// One named QtSql connection to a SQLite file, removed again when this
// object goes away (QtSql keeps connections in a global registry, so
// forgetting removeDatabase() leaks them and their file handles).
class DatabaseConnection
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    DatabaseConnection() = default;
    ~DatabaseConnection();
    DatabaseConnection(const DatabaseConnection &) = delete;
    DatabaseConnection &operator=(const DatabaseConnection &) = delete;

    // Each connection's page cache, for PRAGMA cache_size (negative: in
    // KiB). SQLite's 2 MB default made checking and copying a large plan
    // read the same pages from the file again and again (a third of opening
    // 100,000 measures went to pread); 64 MB holds such a plan whole, and
    // the cache only grows as pages are read.
    static constexpr int cacheSizePragma = -65536;

    // Lets SQLite read the pages of `schema` ("main" or an attached one)
    // from a memory map of its file rather than copy each into its cache.
    // Only for private files in our own temporary folder that are read
    // whole, a received plan being checked and read: that took a seventh
    // off reading 100,000 measures (fewer copies, fewer fresh pages of
    // memory to fault in). Working copies keep plain reads: a failed read
    // of a mapped file (a disk error, the file cut short by another
    // program) stops the process instead of failing the statement.
    static void mapIntoMemory(QSqlDatabase db, const QString &schema = QStringLiteral("main"));

    // Opens (creating when ReadWrite) the file; false with errorString().
    bool open(const QString &path, Mode mode);
    void close();
    // SQLite's defensive settings, set on the raw handle before the first
    // statement: they stop a crafted database from running code through
    // triggers or views, or corrupting itself through writable_schema.
    bool applyDefensiveSettings();
    // Bounds the work a database from elsewhere can cause on this
    // connection: statements stop (SQLITE_INTERRUPT) once `timeLimitMs` of
    // work has passed since this call, and no string, blob or row may be
    // longer than `maxLength` bytes (SQLITE_TOOBIG).
    bool applyReceivedLimits(qint64 timeLimitMs, int maxLength);
    // True once the time limit stopped a statement.
    bool timedOut() const { return m_budget.timedOut; }

    // SQLite's own handle of an open QtSql connection, or null.
    static sqlite3 *sqliteHandle(const QSqlDatabase &db);

    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase database() const { return m_db; }
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }

    struct Budget
    {
        qint64 deadlineMs = 0; // on QElapsedTimer's monotonic clock
        bool timedOut = false;
    };

private:
    QSqlDatabase m_db;
    Budget m_budget;
    QString m_name;
    QString m_path;
    QString m_error;
};
