#include "app/KpiCommand.h"

#include "app/CliOutput.h"
#include "app/CliSupport.h"

#include "models/FiscalYear.h"
#include "views/kpi/KpiExporter.h"

#include <QFileInfo>

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
        *error = Cli::tr("kpi: --%1 must be a whole number of pixels from %2 to %3")
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
    p.addPositionalArgument(QStringLiteral("PLAN.dxplan"), Cli::tr("The plan file to read."));
    p.addOption({ { QStringLiteral("o"), QStringLiteral("output") },
                  Cli::tr("The file to write; .pdf, .svg or .png (- for standard output)."), QStringLiteral("OUT") });
    p.addOption({ QStringLiteral("format"), Cli::tr("The format when the output's name does not say it: pdf, svg or png."),
                  QStringLiteral("FORMAT") });
    p.addOption({ QStringLiteral("kpi"),
                  Cli::tr("Export this KPI's chart (its exact name or 1-based number) instead of the dashboard."),
                  QStringLiteral("NAME") });
    p.addOption({ QStringLiteral("width"), Cli::tr("Width in pixels of PNG and SVG output."), QStringLiteral("PIXELS") });
    p.addOption({ QStringLiteral("height"), Cli::tr("Height in pixels of PNG and SVG output."), QStringLiteral("PIXELS") });
    p.addOption({ QStringLiteral("era"), Cli::tr("Fiscal-year labels: reiwa, western or both (default)."),
                  QStringLiteral("STYLE"), QStringLiteral("both") });
    p.addOption({ QStringLiteral("as-of"),
                  Cli::tr("Judge statuses on this day (YYYY-MM-DD) instead of today."), QStringLiteral("DATE") });
}

int run(QCommandLineParser &p, const QStringList &)
{
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("output")))
        return failWith(Cli::tr("kpi: usage: dxplan-cli kpi PLAN.dxplan -o OUT.pdf|svg|png [--kpi NAME]"));
    const QString output = p.value(QStringLiteral("output"));
    // The exporter makes a file whose extension says the format.
    QString extension;
    KpiExporter::Format format;
    if (p.isSet(QStringLiteral("format"))) {
        extension = p.value(QStringLiteral("format")).toLower();
        static const QStringList known { QStringLiteral("pdf"), QStringLiteral("svg"), QStringLiteral("png") };
        if (!known.contains(extension) || !KpiExporter::formatOf(QStringLiteral("x.") + extension, &format))
            return failWith(Cli::tr("kpi: unknown format \"%1\"; use pdf, svg or png").arg(p.value(QStringLiteral("format"))));
    } else if (output != QLatin1String("-") && KpiExporter::formatOf(output, &format)) {
        extension = QFileInfo(output).suffix().toLower();
    } else {
        return failWith(Cli::tr("kpi: %1: the output must end in .pdf, .svg or .png, or give --format").arg(output));
    }
    const CliOutput target(output);
    QString error;
    if (!target.check(&error))
        return failWith(QStringLiteral("kpi: ") + error);
    int width = 0;
    int height = 0;
    if (!parseSide(p, QStringLiteral("width"), &width, &error) || !parseSide(p, QStringLiteral("height"), &height, &error))
        return failWith(error);
    FiscalYear::EraStyle era = FiscalYear::EraStyle::Both;
    if (!FiscalYear::eraStyleFromName(p.value(QStringLiteral("era")), &era))
        return failWith(Cli::tr("kpi: --era must be reiwa, western or both"));
    QDate asOf = QDate::currentDate();
    if (p.isSet(QStringLiteral("as-of"))) {
        asOf = QDate::fromString(p.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!asOf.isValid())
            return failWith(Cli::tr("kpi: --as-of must be a date such as 2025-03-31"));
    }

    PlanFileReader::Result result;
    if (!readPlanFile(p.positionalArguments().first(), &result, &error))
        return failWith(error);
    const Plan &plan = result.plan;
    if (plan.kpis.isEmpty())
        return failWith(Cli::tr("%1: the plan has no KPIs").arg(p.positionalArguments().first()));
    const Kpi *kpi = nullptr;
    if (p.isSet(QStringLiteral("kpi"))) {
        kpi = findKpi(plan, p.value(QStringLiteral("kpi")));
        if (!kpi)
            return failWith(Cli::tr("kpi: the plan has no KPI named \"%1\" (it has %2; give a name or a number)")
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
    // KpiExporter writes named files only: it makes one in a private folder,
    // which is then copied to the output.
    const bool written = target.writeFile(
        QStringLiteral("kpi.") + extension,
        [&exporter, kpi](const QString &path, QString *why) {
            const bool done = kpi ? exporter.exportChart(kpi->id, path) : exporter.exportDashboard(path);
            if (!done)
                *why = exporter.errorString();
            return done;
        },
        &error);
    if (!written)
        return failWith(QStringLiteral("kpi: ") + error);
    return Success;
}

} // namespace KpiCommand
