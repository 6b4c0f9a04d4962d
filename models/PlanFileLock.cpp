#include "models/PlanFileLock.h"

#include "models/ExitCleanup.h"
#include "models/PlanFileWriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
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
    if (m_lock && m_locked) {
        QFile::remove(userFilePath());
        m_lock->unlock();
    }
    m_locked = false;
}

QString PlanFileLock::userFilePath() const
{
    return m_lockPath + QStringLiteral(".user");
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
        // Who has the plan, for the message another user gets: beside the
        // lock, which holds only a process and a host.
        QFile user(userFilePath());
        if (user.open(QIODevice::WriteOnly | QIODevice::Truncate))
            user.write(PlanFileWriter::userName().toUtf8());
        user.close();
        m_exitCleanup = ExitCleanup::add({}, { m_lockPath, userFilePath() });
        return true;
    }
    if (m_lock->error() == QLockFile::LockFailedError) {
        m_holder = Holder();
        m_lock->getLockInfo(&m_holder.pid, &m_holder.hostName, &m_holder.application);
        QFile user(userFilePath());
        if (user.open(QIODevice::ReadOnly))
            m_holder.userName = QString::fromUtf8(user.read(1024)).simplified();
        m_holder.thisProcess = m_holder.pid == QCoreApplication::applicationPid();
        return false;
    }
    // The lock cannot be written at all (permissions, odd file systems):
    // nobody else is known to hold it, so opening goes on without one.
    m_holder = Holder();
    return true;
}
