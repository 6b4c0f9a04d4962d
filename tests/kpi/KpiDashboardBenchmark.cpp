#include "models/PlanGenerator.h"
#include "models/WorkingCopy.h"
#include "models/PlanDocument.h"
#include "views/kpi/KpiDashboardView.h"
#include "views/kpi/KpiExporter.h"

#include <QApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <memory>

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

// A plan whose first KPI has `actuals` actuals (a sensor count recorded
// daily, or a roll-up of many offices).
static Plan planWithActuals(int actuals)
{
    Plan plan = PlanGenerator::generate(100, 1);
    Kpi &kpi = plan.kpis.first();
    kpi.actuals.clear();
    for (int i = 0; i < actuals; ++i)
        kpi.actuals.append({ { QDate(2024, 4, 1).addDays(i % 1800), false }, 50.0 + i % 100, QString() });
    return plan;
}

// That KPI's chart, and the dashboard holding it, exported to PDF: linear
// in the actuals.
static void BM_ChartPdfWithActuals(benchmark::State &state)
{
    const Plan plan = planWithActuals(int(state.range(0)));
    QTemporaryDir dir;
    KpiExporter exporter(plan);
    for (auto _ : state)
        if (!exporter.exportChart(plan.kpis.first().id, dir.filePath(QStringLiteral("chart.pdf"))))
            state.SkipWithError("export failed");
    state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_ChartPdfWithActuals)->Arg(1000)->Arg(10000)->Arg(20000)->Unit(benchmark::kMillisecond)->Complexity();

static void BM_DashboardPdfWithActuals(benchmark::State &state)
{
    const Plan plan = planWithActuals(int(state.range(0)));
    QTemporaryDir dir;
    KpiExporter exporter(plan);
    exporter.setAsOf(QDate(2025, 6, 1));
    for (auto _ : state)
        if (!exporter.exportDashboard(dir.filePath(QStringLiteral("dashboard.pdf"))))
            state.SkipWithError("export failed");
    state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_DashboardPdfWithActuals)->Arg(1000)->Arg(10000)->Arg(20000)->Unit(benchmark::kMillisecond)->Complexity();

// The KPI tab showing a KPI with many actuals (a sensor count recorded
// daily, or a roll-up of many offices): the table, the year grid, the
// actuals and the chart opened and painted once. Linear in the actuals:
// each model works the KPI's status out once per change, not per cell.
static void BM_KpiTabWithActuals(benchmark::State &state)
{
    const Plan plan = planWithActuals(int(state.range(0)));
    const Kpi &kpi = plan.kpis.first();
    QString error;
    std::unique_ptr<PlanDocument> document = PlanDocument::create(plan, &error);
    if (!document) {
        state.SkipWithError(error.toUtf8().constData());
        return;
    }
    for (auto _ : state) {
        KpiDashboardView view;
        view.resize(1400, 900);
        view.setDocument(document.get());
        view.showKpi(kpi.id);
        view.show();
        benchmark::DoNotOptimize(view.grab());
        view.setDocument(nullptr);
    }
    state.counters["actuals"] = double(kpi.actuals.size());
    document->closeCleanly();
}
BENCHMARK(BM_KpiTabWithActuals)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

// The KPI tab of a plan of many measures (a prefecture's roll-up): opened
// on one KPI, painted, then moved to the next KPI and painted again. Its
// editor lets any measure be linked to the KPI, so it lists them all.
static void BM_KpiTabInALargePlan(benchmark::State &state)
{
    const Plan plan = PlanGenerator::generate(int(state.range(0)), 1);
    QString error;
    std::unique_ptr<PlanDocument> document = PlanDocument::create(plan, &error);
    if (!document || plan.kpis.size() < 2) {
        state.SkipWithError(document ? "the plan has fewer than two KPIs" : error.toUtf8().constData());
        return;
    }
    for (auto _ : state) {
        KpiDashboardView view;
        view.resize(1400, 900);
        view.setDocument(document.get());
        view.showKpi(plan.kpis.at(0).id);
        view.show();
        benchmark::DoNotOptimize(view.grab());
        view.showKpi(plan.kpis.at(1).id);
        benchmark::DoNotOptimize(view.grab());
        view.setDocument(nullptr);
    }
    state.counters["measures"] = double(plan.measureCount());
    document->closeCleanly();
}
BENCHMARK(BM_KpiTabInALargePlan)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

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
