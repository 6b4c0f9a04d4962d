#pragma once

#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

// Lets go of a large value on a thread of its own. Giving back the memory
// of a parsed JSON plan of 100,000 measures, or of the plan itself (a
// million small blocks each), takes a quarter of a second that the caller
// need not wait for: importing such a plan frees the document while the
// plan's rows are written, and the plan while the file is compressed.
//
// The values are plain data (Qt's implicitly shared containers count their
// references atomically); nothing else may use them once handed over.
// Every release is waited for before the process ends.
namespace BackgroundRelease {

// Runs `release` on a thread of its own.
void run(std::function<void()> release);

// Takes `value` and destroys it on a thread of its own.
template<typename T>
void release(T &&value)
{
    static_assert(!std::is_lvalue_reference_v<T>, "hand the value over with std::move");
    auto held = std::make_shared<std::decay_t<T>>(std::move(value));
    run([held = std::move(held)]() mutable { held.reset(); });
}

// Waits until every release so far has finished.
void waitForAll();

} // namespace BackgroundRelease
