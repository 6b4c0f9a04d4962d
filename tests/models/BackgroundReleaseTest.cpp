#include "models/BackgroundRelease.h"

#include <gtest/gtest.h>

#include <QString>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

namespace {

// Records the thread it is destroyed on.
struct Recorder
{
    std::atomic<std::thread::id> *destroyedOn;
    std::atomic<int> *destroyed;
    bool live = true;

    Recorder(std::atomic<std::thread::id> *on, std::atomic<int> *count) : destroyedOn(on), destroyed(count) { }
    Recorder(Recorder &&other) noexcept : destroyedOn(other.destroyedOn), destroyed(other.destroyed)
    {
        other.live = false;
    }
    ~Recorder()
    {
        if (live) {
            *destroyedOn = std::this_thread::get_id();
            ++*destroyed;
        }
    }
};

} // namespace

TEST(BackgroundRelease, AValueHandedOverIsDestroyedOnceOnAnotherThread)
{
    std::atomic<std::thread::id> destroyedOn;
    std::atomic<int> destroyed { 0 };
    BackgroundRelease::release(Recorder(&destroyedOn, &destroyed));
    BackgroundRelease::waitForAll();
    EXPECT_EQ(destroyed, 1);
    EXPECT_NE(destroyedOn.load(), std::this_thread::get_id());
}

TEST(BackgroundRelease, WaitingCoversEveryReleaseSoFar)
{
    std::atomic<int> done { 0 };
    for (int i = 0; i < 20; ++i)
        BackgroundRelease::run([&done] {
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
            ++done;
        });
    BackgroundRelease::waitForAll();
    EXPECT_EQ(done, 20);
}

TEST(BackgroundRelease, QtDataSharedWithTheCallerStaysWhole)
{
    // A plan's texts are shared with copies the caller keeps: the release
    // only drops its own reference.
    const QString kept = QStringLiteral("窓口のオンライン化").repeated(100);
    std::vector<QString> texts(1000, kept);
    BackgroundRelease::release(std::move(texts));
    BackgroundRelease::waitForAll();
    EXPECT_EQ(kept, QStringLiteral("窓口のオンライン化").repeated(100));
    EXPECT_TRUE(kept.isDetached());
}
