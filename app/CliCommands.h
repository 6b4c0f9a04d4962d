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

// The program that runs a command. The commands that draw Qt Charts
// (kpi, document, coverage, diff and its reports) need Qt's widgets, and
// loading those, with Qt Charts, OpenGL and print support, costs every
// process about 4 MiB and a few milliseconds. dxplan-cli is built without
// them and hands these commands to dxplan-cli-widgets (installed beside
// it), which runs every command.
enum class Program { Plain, Widgets };
Program programFor(const QStringList &arguments);

// Runs the command named first in `arguments`. The Widgets program's
// commands are run only by the program that passes their functions.
int run(const QStringList &arguments, const QList<CommandFunctions> &widgetsCommands = {});

// The application object a command needs: a plain one, a GUI one to draw
// (fonts, painters), or the widgets one Qt Charts requires. Each kind
// loads and touches more of Qt, which every run then pays for in memory.
enum class Application { Core, Gui, Widgets };
Application applicationFor(const QStringList &arguments);

} // namespace CliCommands
