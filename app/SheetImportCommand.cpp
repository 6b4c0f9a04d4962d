#include "app/SheetImportCommand.h"

#include "app/CliOutput.h"
#include "app/CliSupport.h"
#include "models/Plan.h"
#include "models/sheets/SheetFile.h"
#include "models/sheets/SheetImport.h"
#include "models/sheets/SheetMapping.h"

#include <QFileInfo>

namespace SheetImportCommand {

using namespace CliSupport;

namespace {

// Applies one --map COLUMN=FIELD to the detected mapping. A field other
// than a year moves to that column from wherever detection put it.
bool applyMap(const SheetGrid &grid, SheetMapping *mapping, const QString &map, QString *error)
{
    const qsizetype at = map.lastIndexOf(QLatin1Char('='));
    if (at <= 0) {
        *error = Cli::tr("import-sheet: --map takes COLUMN=FIELD, not \"%1\"").arg(map);
        return false;
    }
    const QString columnName = map.left(at).trimmed();
    SheetColumnRole role;
    if (!SheetMapping::roleFromName(map.mid(at + 1), &role)) {
        *error = Cli::tr("import-sheet: \"%1\" is no field; use theme, number, title, departments, audience, overview, ignore, year:YYYY or year:YYYY-MM")
                     .arg(map.mid(at + 1));
        return false;
    }
    if (mapping->headerRow < 0) {
        mapping->headerRow = 0;
        mapping->firstDataRow = 1;
    }
    const int column = SheetLayout::findColumn(grid, *mapping, columnName);
    if (column < 0 || column >= SheetGrid::maxColumns) {
        *error = Cli::tr("import-sheet: the sheet has no column \"%1\"").arg(columnName);
        return false;
    }
    if (!role.isSchedule() && role.field != SheetColumnRole::Field::Ignore)
        for (int c = 0; c < mapping->columns.size(); ++c)
            if (mapping->columns[c].field == role.field)
                mapping->columns[c] = SheetColumnRole();
    mapping->setRole(column, role);
    return true;
}

} // namespace

void configure(QCommandLineParser &p)
{
    p.addPositionalArgument(QStringLiteral("SHEET"), Cli::tr("The spreadsheet to read: .xlsx, .ods or .csv."));
    p.addOption({ { QStringLiteral("o"), QStringLiteral("output") },
                  Cli::tr("The plan file to write (- for standard output)."), QStringLiteral("OUT.dxplan") });
    p.addOption({ QStringLiteral("sheet"), Cli::tr("The sheet to read (default: the first with a schedule)."), QStringLiteral("NAME") });
    p.addOption({ QStringLiteral("map"),
                  Cli::tr("What a column holds, instead of what was detected: COLUMN is a letter (C) or a header text, "
                          "FIELD one of theme, number, title, departments, audience, overview, ignore, year:2024, "
                          "year:2024-10 (a month column). May be repeated."),
                  QStringLiteral("COLUMN=FIELD") });
    p.addOption({ QStringLiteral("encoding"), Cli::tr("The encoding of a CSV file: utf-8 or cp932 (default: detected)."),
                  QStringLiteral("NAME") });
}

int run(QCommandLineParser &p, const QStringList &)
{
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("output")))
        return failWith(Cli::tr("import-sheet: usage: dxplan-cli import-sheet SHEET.xlsx|ods|csv -o OUT.dxplan"));
    const QString input = p.positionalArguments().first();
    const QString shownInput = QFileInfo(input).fileName();
    CsvReader::Encoding encoding = CsvReader::Encoding::Detect;
    if (p.isSet(QStringLiteral("encoding")) && !CsvReader::encodingFromName(p.value(QStringLiteral("encoding")), &encoding))
        return failWith(Cli::tr("import-sheet: unknown encoding \"%1\"; use utf-8 or cp932").arg(p.value(QStringLiteral("encoding"))));
    const CliOutput output(p.value(QStringLiteral("output")));
    QString error;
    if (!output.check(&error))
        return failWith(error);

    SheetBook book;
    if (!SheetFile::read(input, &book, &error, encoding))
        return failWith(QStringLiteral("%1: %2").arg(shownInput, error));
    const int index = SheetFile::chooseSheet(book, p.value(QStringLiteral("sheet")));
    if (index < 0)
        return failWith(Cli::tr("%1: there is no sheet \"%2\"").arg(shownInput, p.value(QStringLiteral("sheet"))));
    const SheetGrid &grid = book.sheets[index];
    SheetMapping mapping = SheetLayout::detect(grid);
    for (const QString &map : p.values(QStringLiteral("map")))
        if (!applyMap(grid, &mapping, map, &error))
            return failWith(error);
    if (mapping.columnOf(SheetColumnRole::Field::Title) < 0 || !mapping.hasSchedule())
        return failWith(Cli::tr("%1: the sheet \"%2\" shows no measure titles and fiscal-year columns DX Plan Studio can find; "
                                "name them with --map (e.g. --map B=title --map D=year:2024)")
                            .arg(shownInput, grid.name));
    const SheetImport imported = SheetImport::convert(grid, mapping);
    if (imported.measureCount() == 0)
        return failWith(Cli::tr("%1: the sheet \"%2\" has no measure rows below its header").arg(shownInput, grid.name));
    Plan plan = imported.toPlan(QFileInfo(input).completeBaseName());
    if (!writePlanFile(std::move(plan), output, &error))
        return failWith(error);
    // The plan is written; the cells read with doubt follow, one a line.
    for (const SheetDoubt &doubt : imported.doubts)
        warnLine(QStringLiteral("%1: %2: %3").arg(shownInput, doubt.cell, doubt.text));
    return Success;
}

} // namespace SheetImportCommand
