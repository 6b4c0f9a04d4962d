#include "models/PlanFileLock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <mutex>
#include <string>
#include <vector>

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

// ---- ExitCleanup ----

namespace {

struct ExitEntry
{
    std::vector<std::string> data;
    std::vector<std::string> locks;
    bool unsaved = false;
};

struct ExitRegistry
{
    std::mutex mutex;
    std::map<int, ExitEntry> entries;
    int next = 1;
};

// Never destroyed: the atexit handler may run after static destructors.
ExitRegistry &exitRegistry()
{
    static ExitRegistry *registry = new ExitRegistry;
    return *registry;
}

void runExitCleanup()
{
    ExitCleanup::run();
}

std::vector<std::string> encoded(const QStringList &paths)
{
    std::vector<std::string> result;
    for (const QString &path : paths)
        result.push_back(QFile::encodeName(path).toStdString());
    return result;
}

} // namespace

int ExitCleanup::add(const QStringList &data, const QStringList &locks)
{
    if (data.isEmpty() && locks.isEmpty())
        return 0;
    ExitRegistry &registry = exitRegistry();
    static const bool registered = std::atexit(runExitCleanup) == 0;
    Q_UNUSED(registered)
    ExitEntry entry { encoded(data), encoded(locks), false };
    std::lock_guard<std::mutex> guard(registry.mutex);
    const int handle = registry.next++;
    registry.entries.emplace(handle, std::move(entry));
    return handle;
}

void ExitCleanup::setUnsaved(int handle, bool unsaved)
{
    if (handle == 0)
        return;
    ExitRegistry &registry = exitRegistry();
    std::lock_guard<std::mutex> guard(registry.mutex);
    const auto it = registry.entries.find(handle);
    if (it != registry.entries.end())
        it->second.unsaved = unsaved;
}

void ExitCleanup::remove(int handle)
{
    if (handle == 0)
        return;
    ExitRegistry &registry = exitRegistry();
    std::lock_guard<std::mutex> guard(registry.mutex);
    registry.entries.erase(handle);
}

void ExitCleanup::run()
{
    ExitRegistry &registry = exitRegistry();
    // Another thread holding the registry at exit: better to leave files
    // behind (the next start copes with them) than to wait forever.
    std::unique_lock<std::mutex> guard(registry.mutex, std::try_to_lock);
    if (!guard.owns_lock())
        return;
    for (const auto &[handle, entry] : registry.entries) {
        Q_UNUSED(handle)
        if (!entry.unsaved)
            for (const std::string &path : entry.data)
                std::remove(path.c_str());
        for (const std::string &path : entry.locks)
            std::remove(path.c_str());
    }
    registry.entries.clear();
}

int ExitCleanup::count()
{
    ExitRegistry &registry = exitRegistry();
    std::lock_guard<std::mutex> guard(registry.mutex);
    return int(registry.entries.size());
}
