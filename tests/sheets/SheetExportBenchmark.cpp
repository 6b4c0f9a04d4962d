// Speed of the spreadsheet export: a generated plan of 1,000 and 10,000
// measures written as an .xlsx workbook (schedule, measures, KPIs) and as
// CSV. Run by hand, never by ctest:
//   build/tests/sheets/dxplan_sheet_export_bench
#include "models/PlanGenerator.h"
#include "views/sheets/SheetExporter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <benchmark/benchmark.h>
#include <map>

namespace {

const Plan &generated(int measures)
{
    static std::map<int, Plan> plans;
    auto it = plans.find(measures);
    if (it == plans.end())
        it = plans.emplace(measures, PlanGenerator::generate(measures, 1)).first;
    return it->second;
}

void BM_ExportXlsx(benchmark::State &state)
{
    const Plan &plan = generated(int(state.range(0)));
    SheetOptions options;
    options.monthColumns = state.range(1) != 0;
    for (auto _ : state) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        SheetExporter exporter(plan, options);
        if (!exporter.writeXlsx(&buffer))
            state.SkipWithError(qPrintable(exporter.errorString()));
        state.counters["bytes"] = double(buffer.size());
    }
}

void BM_ExportCsv(benchmark::State &state)
{
    const Plan &plan = generated(int(state.range(0)));
    SheetOptions options;
    options.csvTable = state.range(1) ? SheetOptions::CsvTable::Schedule : SheetOptions::CsvTable::Measures;
    options.encoding = SheetOptions::Encoding::Cp932;
    for (auto _ : state) {
        SheetExporter exporter(plan, options);
        const QByteArray bytes = exporter.csvBytes();
        if (bytes.isEmpty())
            state.SkipWithError(qPrintable(exporter.errorString()));
        benchmark::DoNotOptimize(bytes.size());
    }
}

} // namespace

BENCHMARK(BM_ExportXlsx)->Args({ 1000, 0 })->Args({ 10000, 0 })->Args({ 10000, 1 })->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExportCsv)->Args({ 10000, 0 })->Args({ 10000, 1 })->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
