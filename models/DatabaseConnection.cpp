#include "models/DatabaseConnection.h"

#include <QSqlDriver>
#include <QSqlError>
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
    return true;
}

void DatabaseConnection::close()
{
    if (m_name.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
}

bool DatabaseConnection::applyDefensiveSettings()
{
    // Qt 6.4's QSQLITE driver has no connect option for these.
    const QVariant handle = m_db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        m_error = QStringLiteral("the SQLite handle is not available");
        return false;
    }
    sqlite3 *h = *static_cast<sqlite3 *const *>(handle.data());
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
