#include "models/PlanFileLock.h"

#include "models/ExitCleanup.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>

namespace {

QString canonicalPlanPath(const QString &planPath)
{
    const QFileInfo info(planPath);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

bool folderIsWritable(const QString &folder)
{
    const QFileInfo info(folder);
    return info.isDir() && info.isWritable();
}

} // namespace

PlanFileLock::PlanFileLock(const QString &planPath) : m_lockPath(lockFilePathFor(planPath)) { }

PlanFileLock::~PlanFileLock()
{
    unlock();
}

void PlanFileLock::unlock()
{
    ExitCleanup::remove(m_exitCleanup);
    m_exitCleanup = 0;
    if (m_lock && m_locked)
        m_lock->unlock();
    m_locked = false;
}

QString PlanFileLock::lockFilePathFor(const QString &planPath)
{
    const QString canonical = canonicalPlanPath(planPath);
    const QFileInfo info(canonical);
    if (folderIsWritable(info.absolutePath()))
        return info.absolutePath() + QStringLiteral("/.~") + info.fileName() + QStringLiteral(".lock");
    // A read-only share: lock in our own data folder, keyed by the path, so
    // two windows of this machine still see each other.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/locks");
    QDir().mkpath(folder);
    const QByteArray key =
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex();
    return folder + QLatin1Char('/') + QString::fromLatin1(key) + QStringLiteral(".lock");
}

bool PlanFileLock::tryLock()
{
    if (m_locked)
        return true;
    m_lock = std::make_unique<QLockFile>(m_lockPath);
    // A plan stays open for hours: only a dead owner makes the lock stale.
    m_lock->setStaleLockTime(0);
    m_locked = m_lock->tryLock(0);
    if (m_locked) {
        m_holder = Holder();
        m_exitCleanup = ExitCleanup::add({}, { m_lockPath });
        return true;
    }
    if (m_lock->error() == QLockFile::LockFailedError) {
        m_holder = Holder();
        m_lock->getLockInfo(&m_holder.pid, &m_holder.hostName, &m_holder.application);
        m_holder.thisProcess = m_holder.pid == QCoreApplication::applicationPid();
        return false;
    }
    // The lock cannot be written at all (permissions, odd file systems):
    // nobody else is known to hold it, so opening goes on without one.
    m_holder = Holder();
    return true;
}
