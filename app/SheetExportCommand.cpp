#include "app/SheetExportCommand.h"

#include "app/CliOutput.h"
#include "app/CliSupport.h"
#include "views/sheets/SheetExporter.h"
#include "views/sheets/SheetOptions.h"

namespace SheetExportCommand {

using namespace CliSupport;

namespace {

const QString outputOption = QStringLiteral("output");
const QString formatOption = QStringLiteral("format");
const QString sheetsOption = QStringLiteral("sheets");
const QString csvOption = QStringLiteral("csv");
const QString encodingOption = QStringLiteral("encoding");
const QString eraOption = QStringLiteral("era");
const QString monthsOption = QStringLiteral("months");

// "schedule,measures,kpis" in any order and letter case.
bool parseSheets(const QString &text, SheetOptions *options)
{
    options->scheduleSheet = options->measuresSheet = options->kpiSheet = false;
    const QStringList names = text.toLower().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &name : names) {
        const QString n = name.trimmed();
        if (n == QLatin1String("schedule"))
            options->scheduleSheet = true;
        else if (n == QLatin1String("measures"))
            options->measuresSheet = true;
        else if (n == QLatin1String("kpis") || n == QLatin1String("kpi"))
            options->kpiSheet = true;
        else
            return false;
    }
    return !names.isEmpty();
}

} // namespace

void configure(QCommandLineParser &p)
{
    p.addPositionalArgument(QStringLiteral("PLAN.dxplan"), Cli::tr("The plan file to export."));
    p.addOptions({
        { { QStringLiteral("o"), outputOption },
          Cli::tr("The file to write; .xlsx or .csv says the format (- for standard output)."), QStringLiteral("OUT") },
        { formatOption, Cli::tr("The format when the output's name does not say it: xlsx or csv."),
          QStringLiteral("FORMAT") },
        { sheetsOption, Cli::tr("The sheets of an .xlsx, comma-separated: schedule, measures, kpis (default: all)."),
          QStringLiteral("LIST"), QStringLiteral("schedule,measures,kpis") },
        { csvOption, Cli::tr("The table a CSV holds: measures (default) or schedule."), QStringLiteral("TABLE"),
          QStringLiteral("measures") },
        { encodingOption, Cli::tr("The encoding of a CSV: utf-8 (default, with a byte order mark) or cp932."),
          QStringLiteral("ENCODING"), QStringLiteral("utf-8") },
        { eraOption, Cli::tr("Year labels: reiwa, western or both (default)."), QStringLiteral("ERA"),
          QStringLiteral("both") },
        { monthsOption, Cli::tr("Twelve month columns under every year of the schedule.") },
    });
}

int run(QCommandLineParser &p, const QStringList &)
{
    if (p.positionalArguments().size() != 1 || !p.isSet(outputOption))
        return failWith(Cli::tr("export-sheet: usage: dxplan-cli export-sheet PLAN.dxplan -o OUT.xlsx|csv"));
    const QString output = p.value(outputOption);
    SheetExporter::Format format;
    if (p.isSet(formatOption)) {
        const QString name = p.value(formatOption).toLower();
        if ((name != QLatin1String("xlsx") && name != QLatin1String("csv"))
            || !SheetExporter::formatFromFileName(QStringLiteral("x.") + name, &format))
            return failWith(Cli::tr("export-sheet: unknown format \"%1\"; use xlsx or csv").arg(p.value(formatOption)));
    } else if (!SheetExporter::formatFromFileName(output == QLatin1String("-") ? QString() : output, &format)) {
        return failWith(Cli::tr("export-sheet: %1: the output must end in .xlsx or .csv, or give --format").arg(output));
    }
    const CliOutput target(output);
    QString error;
    if (!target.check(&error))
        return failWith(QStringLiteral("export-sheet: ") + error);

    SheetOptions options;
    if (!parseSheets(p.value(sheetsOption), &options))
        return failWith(Cli::tr("export-sheet: bad --sheets \"%1\"; list schedule, measures and kpis")
                            .arg(p.value(sheetsOption)));
    const QString table = p.value(csvOption).toLower();
    if (table == QLatin1String("measures"))
        options.csvTable = SheetOptions::CsvTable::Measures;
    else if (table == QLatin1String("schedule"))
        options.csvTable = SheetOptions::CsvTable::Schedule;
    else
        return failWith(Cli::tr("export-sheet: unknown --csv \"%1\"; use measures or schedule").arg(p.value(csvOption)));
    const QString encoding = p.value(encodingOption).toLower();
    if (encoding == QLatin1String("utf-8") || encoding == QLatin1String("utf8"))
        options.encoding = SheetOptions::Encoding::Utf8;
    else if (encoding == QLatin1String("cp932") || encoding == QLatin1String("shift_jis")
             || encoding == QLatin1String("sjis"))
        options.encoding = SheetOptions::Encoding::Cp932;
    else
        return failWith(Cli::tr("export-sheet: unknown --encoding \"%1\"; use utf-8 or cp932").arg(p.value(encodingOption)));
    if (!FiscalYear::eraStyleFromName(p.value(eraOption), &options.eraStyle))
        return failWith(Cli::tr("export-sheet: unknown era \"%1\"; use reiwa, western or both").arg(p.value(eraOption)));
    options.monthColumns = p.isSet(monthsOption);

    PlanFileReader::Result result;
    if (!readPlanFile(p.positionalArguments().first(), &result, &error))
        return failWith(error);
    SheetExporter exporter(result.plan, options);
    const bool written = target.write(
        [&exporter, format](QIODevice *device, QString *why) {
            if (exporter.write(device, format))
                return true;
            *why = exporter.errorString();
            return false;
        },
        &error);
    if (!written)
        return failWith(QStringLiteral("export-sheet: ") + error);
    return Success;
}

} // namespace SheetExportCommand
