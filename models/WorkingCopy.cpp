#include "models/WorkingCopy.h"

#include "models/ExitCleanup.h"
#include "models/PlanStore.h"
#include "models/Schema.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QScopeGuard>
#include <QUuid>

#include <sqlite3.h>

namespace {

QString &rootOverride()
{
    static QString root;
    return root;
}

const char *const dataSuffixes[] = { ".sqlite", ".sqlite-wal", ".sqlite-shm", ".json" };

} // namespace

WorkingCopy::~WorkingCopy()
{
    // Dropped without remove(): the copy stays for recovery, its lock goes
    // with m_lock.
    ExitCleanup::remove(m_exitCleanup);
    watchCommits(false);
    m_connection.close();
}

QString WorkingCopy::rootDirectory()
{
    if (!rootOverride().isEmpty())
        return rootOverride();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/working");
}

void WorkingCopy::setRootDirectory(const QString &path)
{
    rootOverride() = path;
}

QString WorkingCopy::pathFor(const QString &id, const QString &suffix)
{
    return rootDirectory() + QLatin1Char('/') + id + suffix;
}

QString WorkingCopy::databasePath() const
{
    return pathFor(m_info.id, QStringLiteral(".sqlite"));
}

bool WorkingCopy::openDatabase(QString *error)
{
    if (!m_connection.open(databasePath(), DatabaseConnection::Mode::ReadWrite)) {
        *error = m_connection.errorString();
        return false;
    }
    QSqlDatabase db = m_connection.database();
    // WAL with synchronous=FULL: a commit is on disk when it returns, and a
    // power cut cannot damage the database.
    return Schema::exec(db,
                        { QStringLiteral("PRAGMA journal_mode = WAL"),
                          QStringLiteral("PRAGMA synchronous = FULL"),
                          QStringLiteral("PRAGMA foreign_keys = ON") },
                        error);
}

std::unique_ptr<WorkingCopy> WorkingCopy::start(const QString &sourcePath, const QString &title,
                                                QString *error)
{
    if (!QDir().mkpath(rootDirectory())) {
        *error = QStringLiteral("cannot create the folder for working copies: %1").arg(rootDirectory());
        return nullptr;
    }
    std::unique_ptr<WorkingCopy> copy(new WorkingCopy);
    copy->m_info.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    copy->m_info.sourcePath = sourcePath;
    copy->m_info.title = title;
    copy->m_info.openedAt = QDateTime::currentDateTimeUtc();
    copy->m_lock = std::make_unique<QLockFile>(pathFor(copy->m_info.id, QStringLiteral(".lock")));
    copy->m_lock->setStaleLockTime(0);
    if (!copy->m_lock->tryLock(0)) {
        *error = QStringLiteral("cannot lock the working copy");
        return nullptr;
    }
    copy->registerForExit();
    if (!copy->writeSidecar()) {
        *error = QStringLiteral("cannot write to %1").arg(rootDirectory());
        copy->remove();
        return nullptr;
    }
    QSqlDatabase db;
    if (!copy->openDatabase(error) || !Schema::create(db = copy->m_connection.database(), error)) {
        copy->remove();
        return nullptr;
    }
    return copy;
}

std::unique_ptr<WorkingCopy> WorkingCopy::create(const Plan &plan, const QString &sourcePath,
                                                 QString *error)
{
    std::unique_ptr<WorkingCopy> copy = start(sourcePath, plan.info.title, error);
    if (!copy)
        return nullptr;
    PlanStore store(copy->m_connection.database());
    if (!store.writeAll(plan)) {
        *error = store.errorString();
        copy->remove();
        return nullptr;
    }
    copy->watchCommits(true);
    return copy;
}

std::unique_ptr<WorkingCopy> WorkingCopy::createFromDatabase(const QString &verifiedPath,
                                                             const QString &sourcePath,
                                                             QString *error)
{
    std::unique_ptr<WorkingCopy> copy = start(sourcePath, QString(), error);
    if (!copy)
        return nullptr;
    if (!copy->copyRowsFrom(verifiedPath, error)) {
        copy->remove();
        return nullptr;
    }
    QSqlQuery q(copy->m_connection.database());
    if (q.exec(QStringLiteral("SELECT title FROM plan_info")) && q.next())
        copy->setTitle(q.value(0).toString());
    q.finish();
    copy->watchCommits(true);
    return copy;
}

namespace {

// The cache while the rows are copied in, as PRAGMA cache_size takes it:
// 2 MiB.
constexpr int fillCacheSizePragma = -2048;

} // namespace

bool WorkingCopy::copyRowsFrom(const QString &verifiedPath, QString *error)
{
    // The received database was verified with the defensive settings on;
    // this connection gets them too before it attaches it, and copies only
    // the columns our own DDL has, as plain values.
    if (!m_connection.applyDefensiveSettings()) {
        *error = m_connection.errorString();
        return false;
    }
    QSqlDatabase db = m_connection.database();
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("ATTACH DATABASE ? AS received"))) {
        *error = q.lastError().text();
        return false;
    }
    q.addBindValue(verifiedPath);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    q.exec(QStringLiteral("PRAGMA received.cache_size = %1").arg(DatabaseConnection::cacheSizePragma));
    DatabaseConnection::mapIntoMemory(db, QStringLiteral("received"));
    // Tables in creation order, so parents come before their children.
    QStringList tables;
    q.exec(QStringLiteral("SELECT name FROM main.sqlite_master WHERE type = 'table' ORDER BY rowid"));
    while (q.next())
        tables << q.value(0).toString();
    const auto columnsOf = [&q](const QString &schema, const QString &table) {
        QStringList columns;
        q.exec(QStringLiteral("PRAGMA %1.table_info(%2)").arg(schema, table));
        while (q.next())
            columns << q.value(1).toString() + QLatin1Char(' ') + q.value(2).toString();
        return columns;
    };
    QStringList statements;
    for (const QString &table : tables) {
        const QStringList columns = columnsOf(QStringLiteral("main"), table);
        if (columns == columnsOf(QStringLiteral("received"), table)) {
            // The same table (the reader compared the schema with ours):
            // this form lets SQLite copy the rows without decoding them,
            // several times faster than naming the columns.
            statements << QStringLiteral("INSERT INTO main.%1 SELECT * FROM received.%1").arg(table);
        } else {
            QStringList names;
            for (const QString &column : columns)
                names << column.section(QLatin1Char(' '), 0, 0);
            const QString list = names.join(QLatin1Char(','));
            statements << QStringLiteral("INSERT INTO main.%1 (%2) SELECT %2 FROM received.%1").arg(table, list);
        }
    }
    q.finish();
    // The reader's foreign key check passed on these very rows; enforcing
    // the keys row by row again would also rule out the fast copy. The
    // copy goes in under a rollback journal, and the working copy turns to
    // WAL once it holds the plan: a log would take every page of the plan
    // and write it again at the checkpoint, where a rollback journal keeps
    // nothing for pages that were not there before (a quarter of the copy's
    // time at 100,000 measures). Committed with synchronous=FULL, the copy
    // is on disk before the first edit is logged. Its pages are written
    // once and not read back soon: a small cache lets them go to the file
    // as it fills, where the connection's large one kept all of them in
    // memory until the commit (50 MB more at 100,000 measures, no faster).
    bool ok = Schema::exec(db, { QStringLiteral("PRAGMA foreign_keys = OFF"), QStringLiteral("PRAGMA journal_mode = DELETE"),
                                 QStringLiteral("PRAGMA main.cache_size = %1").arg(fillCacheSizePragma) },
                           error)
        && db.transaction() && Schema::exec(db, statements, error);
    ok = ok ? db.commit() : (db.rollback(), false);
    Schema::exec(db, { QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("DETACH DATABASE received"),
                       QStringLiteral("PRAGMA main.cache_size = %1").arg(DatabaseConnection::cacheSizePragma) },
                 nullptr);
    ok = ok && Schema::exec(db, { QStringLiteral("PRAGMA journal_mode = WAL") }, error);
    if (!ok)
        *error = QStringLiteral("the plan database's contents are inconsistent (%1)")
                     .arg(error->isEmpty() ? db.lastError().text() : *error);
    return ok;
}

std::unique_ptr<WorkingCopy> WorkingCopy::reopen(const QString &id, QString *error)
{
    std::unique_ptr<WorkingCopy> copy(new WorkingCopy);
    if (!readSidecar(id, &copy->m_info)) {
        *error = QStringLiteral("the working copy %1 has no readable description").arg(id);
        return nullptr;
    }
    copy->m_lock = std::make_unique<QLockFile>(pathFor(id, QStringLiteral(".lock")));
    copy->m_lock->setStaleLockTime(0);
    if (!copy->m_lock->tryLock(0)) {
        *error = QStringLiteral("the working copy is in use by another DX Plan Studio window");
        return nullptr;
    }
    copy->registerForExit();
    if (!copy->openDatabase(error))
        return nullptr;
    QSqlDatabase db = copy->m_connection.database();
    if (Schema::applicationIdOf(db) != Schema::applicationId || !Schema::migrate(db, error)) {
        if (error->isEmpty())
            *error = QStringLiteral("the working copy is not a DX Plan Studio plan");
        return nullptr;
    }
    copy->watchCommits(true);
    return copy;
}

QList<WorkingCopy::Info> WorkingCopy::recoverable()
{
    QList<Info> result;
    for (const Info &info : leftBehind())
        if (info.changedAt.isValid())
            result << info;
    return result;
}

int WorkingCopy::removeUnchangedLeftovers()
{
    int removed = 0;
    for (const Info &info : leftBehind())
        if (!info.changedAt.isValid() && discard(info.id))
            ++removed;
    return removed;
}

QList<WorkingCopy::Info> WorkingCopy::leftBehind()
{
    QList<Info> result;
    const QDir dir(rootDirectory());
    const QStringList sidecars = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Time);
    for (const QString &name : sidecars) {
        const QString id = name.chopped(5);
        if (!QFile::exists(pathFor(id, QStringLiteral(".sqlite"))))
            continue;
        QLockFile lock(pathFor(id, QStringLiteral(".lock")));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // a running window owns it
        lock.unlock();
        Info info;
        if (readSidecar(id, &info))
            result << info;
    }
    return result;
}

bool WorkingCopy::discard(const QString &id)
{
    QLockFile lock(pathFor(id, QStringLiteral(".lock")));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return false;
    bool ok = true;
    for (const char *suffix : dataSuffixes) {
        const QString path = pathFor(id, QString::fromLatin1(suffix));
        if (QFile::exists(path))
            ok = QFile::remove(path) && ok;
    }
    lock.unlock();
    return ok;
}

bool WorkingCopy::readSidecar(const QString &id, Info *info)
{
    QFile file(pathFor(id, QStringLiteral(".json")));
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024)
        return false;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    if (o.isEmpty())
        return false;
    info->id = id;
    info->sourcePath = o.value(QStringLiteral("sourcePath")).toString();
    info->title = o.value(QStringLiteral("title")).toString();
    info->openedAt = QDateTime::fromString(o.value(QStringLiteral("openedAt")).toString(), Qt::ISODate);
    info->changedAt = QDateTime::fromString(o.value(QStringLiteral("changedAt")).toString(), Qt::ISODate);
    info->readOnly = o.value(QStringLiteral("readOnly")).toBool(false);
    return true;
}

bool WorkingCopy::writeSidecar()
{
    QSaveFile file(pathFor(m_info.id, QStringLiteral(".json")));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QJsonObject o { { QStringLiteral("sourcePath"), m_info.sourcePath },
                          { QStringLiteral("title"), m_info.title },
                          { QStringLiteral("openedAt"), m_info.openedAt.toString(Qt::ISODate) },
                          { QStringLiteral("changedAt"), m_info.changedAt.toString(Qt::ISODate) },
                          { QStringLiteral("readOnly"), m_info.readOnly } };
    file.write(QJsonDocument(o).toJson());
    return file.commit();
}

void WorkingCopy::setSourcePath(const QString &path)
{
    m_info.sourcePath = path;
    writeSidecar();
}

void WorkingCopy::setTitle(const QString &title)
{
    if (m_info.title == title)
        return;
    m_info.title = title;
    writeSidecar();
}

void WorkingCopy::setReadOnly(bool readOnly)
{
    if (m_info.readOnly == readOnly)
        return;
    m_info.readOnly = readOnly;
    writeSidecar();
}

void WorkingCopy::setUnsaved(bool unsaved)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // While unsaved, the time of the last change is kept to the minute: at
    // most one sidecar write a minute however fast the edits come.
    if (unsaved == m_info.changedAt.isValid() && (!unsaved || m_info.changedAt.secsTo(now) < 60))
        return;
    m_info.changedAt = unsaved ? now : QDateTime();
    ExitCleanup::setUnsaved(m_exitCleanup, unsaved);
    writeSidecar();
}

int WorkingCopy::onCommit(void *copy)
{
    // Runs inside SQLite's commit, before it completes: the sidecar says
    // "unsaved" before the database holds anything the file lacks. Only
    // the sidecar is written here, never the database (0 lets the commit
    // go on).
    auto *self = static_cast<WorkingCopy *>(copy);
    if (!self->m_snapshotting)
        self->setUnsaved(true);
    return 0;
}

void WorkingCopy::watchCommits(bool watch)
{
    if (watch == m_watchingCommits)
        return;
    sqlite3 *handle = DatabaseConnection::sqliteHandle(m_connection.database());
    if (!handle) {
        m_watchingCommits = false;
        return;
    }
    sqlite3_commit_hook(handle, watch ? &WorkingCopy::onCommit : nullptr, watch ? this : nullptr);
    m_watchingCommits = watch;
}

void WorkingCopy::registerForExit()
{
    QStringList data;
    for (const char *suffix : dataSuffixes)
        data << pathFor(m_info.id, QString::fromLatin1(suffix));
    m_exitCleanup = ExitCleanup::add(data, { pathFor(m_info.id, QStringLiteral(".lock")) });
    ExitCleanup::setUnsaved(m_exitCleanup, m_info.changedAt.isValid());
}

bool WorkingCopy::snapshot(const QString &targetPath, QString *error)
{
    QFile::remove(targetPath);
    // VACUUM INTO commits to the snapshot, not to this database.
    m_snapshotting = true;
    const auto done = qScopeGuard([this] { m_snapshotting = false; });
    QSqlQuery q(m_connection.database());
    if (!q.prepare(QStringLiteral("VACUUM INTO ?"))) {
        *error = q.lastError().text();
        return false;
    }
    q.addBindValue(targetPath);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

void WorkingCopy::remove()
{
    ExitCleanup::remove(m_exitCleanup);
    m_exitCleanup = 0;
    watchCommits(false);
    m_connection.close();
    for (const char *suffix : dataSuffixes)
        QFile::remove(pathFor(m_info.id, QString::fromLatin1(suffix)));
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
}
