#pragma once

#include <QCommandLineParser>
#include <QStringList>

// dxplan-cli export-sheet: the plan as an .xlsx workbook or a CSV table;
// see run().
namespace SheetExportCommand {

void configure(QCommandLineParser &parser);
// Returns the exit code (CliSupport::ExitCode).
int run(QCommandLineParser &parser, const QStringList &arguments);

} // namespace SheetExportCommand
