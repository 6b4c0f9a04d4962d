#include "models/ExitCleanup.h"

#include <QFile>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <mutex>
#include <string>
#include <vector>

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
