#include "models/PlanGenerator.h"
#include "models/WorkingCopy.h"
#include "views/kpi/KpiExporter.h"

#include <QApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

// The KPI dashboard of a large plan exported to PDF, the way a manager
// prints it for the council: 10,000 measures give 200 KPIs (17 A4 pages).
static void BM_DashboardPdf200Kpis(benchmark::State &state)
{
    const Plan plan = PlanGenerator::generate(10000, 1);
    if (plan.kpis.size() != 200) {
        state.SkipWithError("the generator no longer makes 200 KPIs from 10,000 measures");
        return;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dashboard.pdf"));
    KpiExporter exporter(plan);
    exporter.setAsOf(QDate(2025, 6, 1));
    for (auto _ : state) {
        if (!exporter.exportDashboard(path)) {
            state.SkipWithError(exporter.errorString().toUtf8().constData());
            return;
        }
    }
    state.counters["kpis"] = double(plan.kpis.size());
    state.counters["bytes"] = double(QFile(path).size());
}
BENCHMARK(BM_DashboardPdf200Kpis)->Unit(benchmark::kMillisecond)->MinTime(3.0);

// One KPI's Qt Charts chart exported to PDF.
static void BM_ChartPdf(benchmark::State &state)
{
    const Plan plan = PlanGenerator::generate(10000, 1);
    QTemporaryDir dir;
    KpiExporter exporter(plan);
    for (auto _ : state)
        if (!exporter.exportChart(plan.kpis.first().id, dir.filePath(QStringLiteral("chart.pdf"))))
            state.SkipWithError("export failed");
}
BENCHMARK(BM_ChartPdf)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
