#pragma once

#include <QStringList>

// The subcommands of dxplan-cli. Each takes its own arguments (without the
// program and command names) and returns the process exit code:
// 0 success, 1 the plan has problems, 2 unreadable or refused input.
namespace CliCommands {

int run(const QStringList &arguments);

// Whether a command draws (and so needs a QGuiApplication).
bool needsGui(const QStringList &arguments);

} // namespace CliCommands
