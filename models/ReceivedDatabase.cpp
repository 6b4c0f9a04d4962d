#include "models/ReceivedDatabase.h"

#include "models/DatabaseConnection.h"
#include "models/PlanStore.h"
#include "models/Schema.h"

#include <algorithm>
#include <QSqlQuery>


bool ReceivedDatabase::read(const QString &path, Result *result)
{
    // Opened read-write only so that an older schema can be migrated; the
    // file is our own private copy inside the document's temp folder.
    DatabaseConnection connection;
    if (!connection.open(path, DatabaseConnection::Mode::ReadWrite)) {
        m_error = QStringLiteral("the plan database cannot be opened: ") + connection.errorString();
        return false;
    }
    QSqlDatabase db = connection.database();
    if (!connection.applyDefensiveSettings()) {
        m_error = connection.errorString();
        return false;
    }

    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next()) {
        m_error = QStringLiteral("the plan database is not a SQLite database or is damaged");
        return false;
    }
    if (q.value(0).toString() != QLatin1String("ok")) {
        m_error = QStringLiteral("the plan database is damaged (%1)").arg(q.value(0).toString());
        return false;
    }
    q.finish();
    if (Schema::applicationIdOf(db) != Schema::applicationId) {
        m_error = QStringLiteral("the database is not a DX Plan Studio plan");
        return false;
    }
    const int version = Schema::userVersion(db);
    const bool newer = version > Schema::currentVersion && m_allowNewer;
    if (version < 1 || (version > Schema::currentVersion && !newer)) {
        m_error = QStringLiteral("the plan database has schema version %1, which this version cannot read").arg(version);
        return false;
    }
    if (version < Schema::currentVersion) {
        QString error;
        if (!Schema::migrate(db, &error)) {
            m_error = QStringLiteral("the plan database could not be upgraded: ") + error;
            return false;
        }
    }
    const QStringList ours = Schema::describeCurrent();
    const QStringList theirs = Schema::describe(db);
    const bool sameSchema = newer
        ? std::all_of(ours.begin(), ours.end(), [&](const QString &fact) { return theirs.contains(fact); })
        : theirs == ours;
    if (!sameSchema) {
        m_error = QStringLiteral("the plan database's structure differs from a DX Plan Studio plan");
        return false;
    }
    result->schemaVersion = version;
    if (!m_loadPlan)
        return true;
    PlanStore store(db);
    if (!store.load(&result->plan)) {
        m_error = QStringLiteral("the plan cannot be read: ") + store.errorString();
        return false;
    }
    return true;
}
