#include "models/DatabaseConnection.h"

#include <QSqlError>
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
