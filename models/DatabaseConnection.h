#pragma once

#include <QSqlDatabase>
#include <QString>

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
    void *handle();

    QSqlDatabase m_db;
    Budget m_budget;
    QString m_name;
    QString m_path;
    QString m_error;
};
