#include "app/KpiCommand.h"

#include "app/CliSupport.h"

#include "models/FiscalYear.h"
#include "views/kpi/KpiExporter.h"

namespace KpiCommand {

using namespace CliSupport;

namespace {

const int smallestSide = 16;
const int largestSide = 16384;

bool parseSide(const QCommandLineParser &p, const QString &name, int *value, QString *error)
{
    if (!p.isSet(name))
        return true;
    bool ok = false;
    *value = p.value(name).toInt(&ok);
    if (!ok || *value < smallestSide || *value > largestSide) {
        *error = QStringLiteral("kpi: --%1 must be a whole number of pixels from %2 to %3")
                     .arg(name).arg(smallestSide).arg(largestSide);
        return false;
    }
    return true;
}

// The KPI a --kpi value names: its exact name, else its 1-based number.
const Kpi *findKpi(const Plan &plan, const QString &name)
{
    for (const Kpi &kpi : plan.kpis)
        if (kpi.name == name)
            return &kpi;
    bool ok = false;
    const int number = name.toInt(&ok);
    if (ok && number >= 1 && number <= plan.kpis.size())
        return &plan.kpis[number - 1];
    return nullptr;
}

} // namespace

void configure(QCommandLineParser &p)
{
    p.addPositionalArgument(QStringLiteral("PLAN.dxplan"), QStringLiteral("The plan file to read."));
    p.addOption({ { QStringLiteral("o"), QStringLiteral("output") },
                  QStringLiteral("The file to write; .pdf, .svg or .png."), QStringLiteral("OUT") });
    p.addOption({ QStringLiteral("kpi"),
                  QStringLiteral("Export this KPI's chart (its exact name or 1-based number) instead of the dashboard."),
                  QStringLiteral("NAME") });
    p.addOption({ QStringLiteral("width"), QStringLiteral("Width in pixels of PNG and SVG output."), QStringLiteral("PIXELS") });
    p.addOption({ QStringLiteral("height"), QStringLiteral("Height in pixels of PNG and SVG output."), QStringLiteral("PIXELS") });
    p.addOption({ QStringLiteral("era"), QStringLiteral("Fiscal-year labels: reiwa, western or both (default)."),
                  QStringLiteral("STYLE"), QStringLiteral("both") });
    p.addOption({ QStringLiteral("as-of"),
                  QStringLiteral("Judge statuses on this day (YYYY-MM-DD) instead of today."), QStringLiteral("DATE") });
}

int run(QCommandLineParser &p, const QStringList &)
{
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("output")))
        return failWith(QStringLiteral("kpi: usage: dxplan-cli kpi PLAN.dxplan -o OUT.pdf|svg|png [--kpi NAME]"));
    const QString output = p.value(QStringLiteral("output"));
    KpiExporter::Format format;
    if (!KpiExporter::formatOf(output, &format))
        return failWith(QStringLiteral("kpi: %1: the output must end in .pdf, .svg or .png").arg(output));
    QString error;
    int width = 0;
    int height = 0;
    if (!parseSide(p, QStringLiteral("width"), &width, &error) || !parseSide(p, QStringLiteral("height"), &height, &error))
        return failWith(error);
    FiscalYear::EraStyle era = FiscalYear::EraStyle::Both;
    if (!FiscalYear::eraStyleFromName(p.value(QStringLiteral("era")), &era))
        return failWith(QStringLiteral("kpi: --era must be reiwa, western or both"));
    QDate asOf = QDate::currentDate();
    if (p.isSet(QStringLiteral("as-of"))) {
        asOf = QDate::fromString(p.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!asOf.isValid())
            return failWith(QStringLiteral("kpi: --as-of must be a date such as 2025-03-31"));
    }

    PlanFileReader::Result result;
    if (!readPlanFile(p.positionalArguments().first(), &result, &error))
        return failWith(error);
    const Plan &plan = result.plan;
    if (plan.kpis.isEmpty())
        return failWith(QStringLiteral("%1: the plan has no KPIs").arg(p.positionalArguments().first()));
    const Kpi *kpi = nullptr;
    if (p.isSet(QStringLiteral("kpi"))) {
        kpi = findKpi(plan, p.value(QStringLiteral("kpi")));
        if (!kpi)
            return failWith(QStringLiteral("kpi: the plan has no KPI named \"%1\" (it has %2; give a name or a number)")
                                .arg(p.value(QStringLiteral("kpi")))
                                .arg(plan.kpis.size()));
    }

    KpiExporter exporter(plan);
    exporter.setAsOf(asOf);
    exporter.setEraStyle(era);
    if (width || height) {
        const QSize fallback = kpi ? KpiExporter::defaultChartSize() : KpiExporter::defaultDashboardSize(int(plan.kpis.size()));
        exporter.setImageSize(QSize(width ? width : fallback.width(), height ? height : fallback.height()));
    }
    const bool ok = kpi ? exporter.exportChart(kpi->id, output) : exporter.exportDashboard(output);
    if (!ok)
        return failWith(exporter.errorString());
    return Success;
}

} // namespace KpiCommand
