// Speed of the foundation: opening and saving .dxplan files for generated
// plans of 1,000, 10,000 and 50,000 measures, and JSON import/export up to
// 100,000 measures (the size the command line is held to).
//   build/tests/benchmarks/dxplan_file_bench
#include "models/PlanDocument.h"
#include "models/PlanGenerator.h"
#include "models/PlanJson.h"
#include "models/WorkingCopy.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <map>

namespace {

QTemporaryDir &scratch()
{
    static QTemporaryDir dir;
    return dir;
}

const Plan &generated(int measures)
{
    static std::map<int, Plan> plans;
    auto it = plans.find(measures);
    if (it == plans.end())
        it = plans.emplace(measures, PlanGenerator::generate(measures, 1)).first;
    return it->second;
}

// A saved file of that size, made once.
QString savedFile(int measures)
{
    const QString path = scratch().filePath(QStringLiteral("plan-%1.dxplan").arg(measures));
    if (!QFile::exists(path)) {
        QString error;
        auto doc = PlanDocument::create(generated(measures), &error);
        doc->save(path, true, &error);
        doc->closeCleanly();
    }
    return path;
}

void BM_OpenPlanFile(benchmark::State &state)
{
    const QString path = savedFile(int(state.range(0)));
    for (auto _ : state) {
        QString error;
        auto doc = PlanDocument::open(path, false, &error);
        if (!doc)
            state.SkipWithError(qPrintable(error));
        benchmark::DoNotOptimize(doc->plan().measureCount());
        state.PauseTiming();
        doc->closeCleanly();
        state.ResumeTiming();
    }
}

void BM_SavePlanFile(benchmark::State &state)
{
    QString error;
    auto doc = PlanDocument::create(generated(int(state.range(0))), &error);
    const QString path = scratch().filePath(QStringLiteral("save-%1.dxplan").arg(state.range(0)));
    for (auto _ : state) {
        if (doc->save(path, true, &error) != PlanDocument::SaveResult::Saved)
            state.SkipWithError(qPrintable(error));
    }
    doc->closeCleanly();
}

void BM_ExportJson(benchmark::State &state)
{
    const Plan &plan = generated(int(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(PlanJson::write(plan).size());
}

void BM_ImportJson(benchmark::State &state)
{
    const QByteArray json = PlanJson::write(generated(int(state.range(0))));
    for (auto _ : state) {
        Plan plan;
        QString error;
        if (!PlanJson::read(json, &plan, &error))
            state.SkipWithError(qPrintable(error));
        benchmark::DoNotOptimize(plan.measureCount());
    }
}

void sizes(benchmark::internal::Benchmark *b)
{
    b->Arg(1000)->Arg(10000)->Arg(50000)->Unit(benchmark::kMillisecond);
}

void jsonSizes(benchmark::internal::Benchmark *b)
{
    sizes(b);
    b->Arg(100000);
}

} // namespace

BENCHMARK(BM_OpenPlanFile)->Apply(sizes);
BENCHMARK(BM_SavePlanFile)->Apply(sizes);
BENCHMARK(BM_ExportJson)->Apply(jsonSizes);
BENCHMARK(BM_ImportJson)->Apply(jsonSizes);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir working;
    WorkingCopy::setRootDirectory(working.path());
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
