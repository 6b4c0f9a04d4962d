#include "models/DatabaseConnection.h"

#include "models/PlanLimits.h"

#include <QElapsedTimer>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <sqlite3.h>
#include <QUuid>

DatabaseConnection::~DatabaseConnection()
{
    close();
}

bool DatabaseConnection::open(const QString &path, Mode mode)
{
    close();
    m_name = QStringLiteral("dxplan-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_path = path;
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    if (!m_db.isValid()) {
        m_error = QStringLiteral("the SQLite driver for Qt is not installed");
        return false;
    }
    m_db.setDatabaseName(path);
    if (mode == Mode::ReadOnly)
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!m_db.open()) {
        m_error = m_db.lastError().text();
        return false;
    }
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSizePragma));
    return true;
}

void DatabaseConnection::mapIntoMemory(QSqlDatabase db, const QString &schema)
{
    // As large as a plan database may be (PlanLimits::maxDatabaseBytes).
    QSqlQuery(db).exec(QStringLiteral("PRAGMA %1.mmap_size = %2").arg(schema).arg(PlanLimits::maxDatabaseBytes));
}

void DatabaseConnection::close()
{
    if (m_name.isEmpty())
        return;
    if (m_budget.deadlineMs)
        if (auto *h = sqliteHandle(m_db))
            sqlite3_progress_handler(h, 0, nullptr, nullptr);
    m_budget = Budget();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
}

sqlite3 *DatabaseConnection::sqliteHandle(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

namespace {

QElapsedTimer &monotonicClock()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock;
}

// Called by SQLite every few virtual-machine steps; a non-zero
// return interrupts the running statement.
int checkBudget(void *context)
{
    auto *budget = static_cast<DatabaseConnection::Budget *>(context);
    if (monotonicClock().elapsed() < budget->deadlineMs)
        return 0;
    budget->timedOut = true;
    return 1;
}

} // namespace

bool DatabaseConnection::applyReceivedLimits(qint64 timeLimitMs, int maxLength)
{
    auto *h = sqliteHandle(m_db);
    if (!h) {
        m_error = QStringLiteral("the SQLite handle is not available");
        return false;
    }
    m_budget.timedOut = false;
    m_budget.deadlineMs = monotonicClock().elapsed() + qMax<qint64>(timeLimitMs, 1);
    // Often enough that a file whose every step is an expensive function
    // call is stopped soon after its time is up (a step's strings are
    // bounded by the length limit below). A clock read every 16 steps was
    // a sixth of checking a large plan's values; every 256 it is noise.
    sqlite3_progress_handler(h, 256, checkBudget, &m_budget);
    sqlite3_limit(h, SQLITE_LIMIT_LENGTH, maxLength);
    return true;
}

bool DatabaseConnection::applyDefensiveSettings()
{
    // Qt 6.4's QSQLITE driver has no connect option for these.
    auto *h = sqliteHandle(m_db);
    if (!h) {
        m_error = QStringLiteral("the SQLite handle is not available");
        return false;
    }
    const struct { int option; int value; } settings[] = {
        { SQLITE_DBCONFIG_DEFENSIVE, 1 },
        { SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0 },
        { SQLITE_DBCONFIG_ENABLE_TRIGGER, 0 },
        { SQLITE_DBCONFIG_ENABLE_VIEW, 0 },
    };
    for (const auto &s : settings) {
        int now = -1;
        if (sqlite3_db_config(h, s.option, s.value, &now) != SQLITE_OK || now != s.value) {
            m_error = QStringLiteral("SQLite refused a safety setting");
            return false;
        }
    }
    return true;
}
