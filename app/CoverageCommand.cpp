#include "app/CoverageCommand.h"

#include "app/CliOutput.h"
#include "app/CliSupport.h"

#include "models/FiscalYear.h"
#include "views/coverage/CoverageReport.h"

namespace CoverageCommand {

using namespace CliSupport;

void configure(QCommandLineParser &p)
{
    p.addPositionalArgument(QStringLiteral("PLAN.dxplan"), Cli::tr("The plan file to read."));
    p.addOption({ { QStringLiteral("o"), QStringLiteral("output") },
                  Cli::tr("The file to write; .csv, .pdf or .html."), QStringLiteral("OUT") });
    p.addOption({ QStringLiteral("by"),
                  Cli::tr("principles: which principles each theme and measure serves; departments: each "
                          "department's measures by fiscal year and phase."),
                  QStringLiteral("TABLE") });
    p.addOption({ QStringLiteral("era"), Cli::tr("Fiscal-year labels: reiwa, western or both (default)."),
                  QStringLiteral("STYLE"), QStringLiteral("both") });
}

int run(QCommandLineParser &p, const QStringList &)
{
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("output")) || !p.isSet(QStringLiteral("by")))
        return failWith(Cli::tr("coverage: usage: dxplan-cli coverage PLAN.dxplan --by principles|departments "
                                "-o OUT.csv|pdf|html"));
    CoverageReport::Table table;
    const QString by = p.value(QStringLiteral("by"));
    if (by == QLatin1String("principles"))
        table = CoverageReport::Table::Principles;
    else if (by == QLatin1String("departments"))
        table = CoverageReport::Table::Departments;
    else
        return failWith(Cli::tr("coverage: --by must be principles or departments, not \"%1\"").arg(by));
    const QString output = p.value(QStringLiteral("output"));
    CoverageReport::Format format;
    if (!CoverageReport::formatFromFileName(output, &format))
        return failWith(Cli::tr("coverage: %1: the output must end in .csv, .pdf or .html").arg(output));
    FiscalYear::EraStyle era = FiscalYear::EraStyle::Both;
    if (!FiscalYear::eraStyleFromName(p.value(QStringLiteral("era")), &era))
        return failWith(Cli::tr("coverage: --era must be reiwa, western or both"));
    const CliOutput target(output);
    QString error;
    if (!target.check(&error))
        return failWith(QStringLiteral("coverage: ") + error);

    PlanFileReader::Result result;
    if (!readPlanFile(p.positionalArguments().first(), &result, &error))
        return failWith(error);
    const QList<CoverageSheet> sheets { CoverageReport::sheet(result.plan, table, era) };
    const QString title = CoverageReport::title(result.plan);
    if (!target.write([&](QIODevice *device, QString *writeError) {
            return CoverageReport::write(device, format, sheets, title, writeError);
        }, &error))
        return failWith(error);
    return Success;
}

} // namespace CoverageCommand
