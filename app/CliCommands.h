#pragma once

#include <QCommandLineParser>
#include <QList>
#include <QStringList>

// The subcommands of dxplan-cli. Each takes its own arguments (without the
// program and command names) and returns the process exit code:
// 0 success, 1 the plan has problems, 2 unreadable or refused input.
namespace CliCommands {

// What a command does: its options, and its run over the parsed arguments.
struct CommandFunctions
{
    const char *name;
    int (*run)(QCommandLineParser &parser, const QStringList &arguments);
    void (*configure)(QCommandLineParser &parser);
};

// Runs the command named first in `arguments`. Those that draw Qt Charts
// (CliPrograms.h) run only in the program that passes their functions.
int run(const QStringList &arguments, const QList<CommandFunctions> &widgetsCommands = {});

// The application object a command needs: a plain one, a GUI one to draw
// (fonts, painters), or the widgets one Qt Charts requires. Each kind
// loads and touches more of Qt, which every run then pays for in memory.
enum class Application { Core, Gui, Widgets };
Application applicationFor(const QStringList &arguments);

} // namespace CliCommands
