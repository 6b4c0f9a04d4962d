#pragma once

#include <QCommandLineParser>
#include <QStringList>

// dxplan-cli diff: comparing plans and their revisions, in the terminal or
// as a report (docs/diff.md).
namespace DiffCommand {

void configureDiff(QCommandLineParser &parser);
// 0 when the two plans are the same, 1 when they differ, 2 on unreadable input.
int runDiff(QCommandLineParser &parser, const QStringList &arguments);

// Whether a diff writes a report (and so needs a GUI application). Inline:
// dxplan-cli, which hands diff over, asks it without linking the command.
inline bool writesReport(const QStringList &arguments)
{
    for (const QString &a : arguments)
        if (a == QLatin1String("-o") || a.startsWith(QLatin1String("--output")) || (a.startsWith(QLatin1String("-o")) && a.size() > 2))
            return true;
    return false;
}

} // namespace DiffCommand
