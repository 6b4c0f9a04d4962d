#pragma once

#include <QCommandLineParser>
#include <QStringList>

// dxplan-cli import-sheet: a plan file from a schedule spreadsheet (工程表);
// see docs/sheet-import.md.
namespace SheetImportCommand {

void configure(QCommandLineParser &parser);
// Reads SHEET.xlsx|ods|csv, finds (or is told with --map) its layout and
// writes the plan. Returns 0 when written, with each doubtful cell as a
// line on stderr; 2 when the sheet cannot be read, with one line on
// stderr and nothing written.
int run(QCommandLineParser &parser, const QStringList &arguments);

} // namespace SheetImportCommand
