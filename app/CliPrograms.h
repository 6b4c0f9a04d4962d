#pragma once

#include <cstring>

// dxplan-cli is three programs. Qt Charts needs Qt's widgets, and loading
// those (with Qt Charts, OpenGL and print support) costs a process about
// 4 MiB and some milliseconds; so the commands that draw charts run in
// dxplan-cli-widgets, every other command in dxplan-cli-plain, which is
// built without them. dxplan-cli itself is a small launcher, with no Qt,
// that starts the right one in its own place (cli_launcher.cpp). This
// header is shared by all three, so it uses no Qt.
namespace CliPrograms {

inline constexpr const char *widgetsCommands[] = { "kpi", "document", "coverage", "diff" };

inline bool runsInWidgetsProgram(const char *command)
{
    for (const char *name : widgetsCommands)
        if (std::strcmp(command, name) == 0)
            return true;
    return false;
}

} // namespace CliPrograms
