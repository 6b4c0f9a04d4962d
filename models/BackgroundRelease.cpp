#include "models/BackgroundRelease.h"

#include <chrono>
#include <future>
#include <list>
#include <mutex>
#include <system_error>

namespace BackgroundRelease {

namespace {

// The releases still running, or finished and not yet looked at. Destroyed
// at the end of the process, which waits for each (a std::async future
// waits for its thread).
struct Releases
{
    std::mutex mutex;
    std::list<std::future<void>> running;

    ~Releases() { waitForAll(); }

    void waitForAll()
    {
        std::list<std::future<void>> all;
        {
            const std::lock_guard lock(mutex);
            all.swap(running);
        }
        for (std::future<void> &release : all)
            release.wait();
    }
};

Releases &releases()
{
    static Releases instance;
    return instance;
}

} // namespace

void run(std::function<void()> release)
{
    Releases &all = releases();
    const std::lock_guard lock(all.mutex);
    // The finished ones go: a long session imports many plans.
    all.running.remove_if([](const std::future<void> &f) {
        return f.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
    });
    try {
        all.running.push_back(std::async(std::launch::async, [release = std::move(release)]() mutable {
            release();
            release = nullptr;
        }));
    } catch (const std::system_error &) {
        // No thread to be had: the value went with the task, here.
    }
}

void waitForAll()
{
    releases().waitForAll();
}

} // namespace BackgroundRelease
