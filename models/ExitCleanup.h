#pragma once

#include <QStringList>

// What an abrupt end of the process must not leave behind. When a library
// calls exit() (Qt's X11 support does when the X server goes away) none of
// the destructors that would release our locks run; an atexit handler then
// removes the lock files this process still holds, and the working copies
// that hold nothing unsaved (those with unsaved work stay for recovery).
// It only removes files by paths prepared beforehand (std::remove, no
// Qt: Qt may be half torn down by then).
class ExitCleanup
{
public:
    // Files to remove if the process ends abruptly: `locks` always, `data`
    // only while nothing unsaved is recorded for it. Returns a handle for
    // setUnsaved() and remove(); 0 when nothing was registered.
    static int add(const QStringList &data, const QStringList &locks);
    static void setUnsaved(int handle, bool unsaved);
    // The files were released or removed the ordinary way.
    static void remove(int handle);
    // What the atexit handler does; forgets every entry afterwards.
    static void run();
    // How many entries are registered (for tests).
    static int count();
};
