#pragma once

#include <QCommandLineParser>
#include <QStringList>

// dxplan-cli diff and dxplan-cli revision: comparing plans and their
// revisions, and marking and listing revisions (docs/diff.md).
namespace DiffCommand {

void configureDiff(QCommandLineParser &parser);
// 0 when the two plans are the same, 1 when they differ, 2 on unreadable input.
int runDiff(QCommandLineParser &parser, const QStringList &arguments);

void configureRevision(QCommandLineParser &parser);
int runRevision(QCommandLineParser &parser, const QStringList &arguments);

// Whether a diff writes a report (and so needs a GUI application).
bool writesReport(const QStringList &arguments);

} // namespace DiffCommand
