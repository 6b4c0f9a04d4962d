// Speed of revisions: comparing two 10,000-measure plans, and opening a
// 1,000-measure plan that keeps twenty yearly revisions against the same
// plan without them (the file's size is the "bytes" counter).
//   build/tests/benchmarks/dxplan_revision_bench
#include "models/PlanDiff.h"
#include "models/PlanDocument.h"
#include "models/PlanGenerator.h"
#include "models/WorkingCopy.h"
#include "models/commands/ItemCommands.h"
#include "models/commands/RevisionCommands.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

namespace {

QTemporaryDir &scratch()
{
    static QTemporaryDir dir;
    return dir;
}

// A year's revision of a plan: every 20th measure's overview rewritten,
// every 100th moved to the next theme.
Plan revisedOnce(const Plan &plan, int year)
{
    Plan after = plan;
    for (int t = 0; t < after.themes.size(); ++t) {
        QList<Measure> &measures = after.themes[t].measures;
        for (int i = int(measures.size()) - 1; i >= 0; --i) {
            Measure &m = measures[i];
            if ((m.id + year) % 20 == 0)
                m.overview += QStringLiteral("（%1年度に見直し）").arg(year);
            if ((m.id + year) % 100 == 0 && t + 1 < after.themes.size()) {
                Measure moved = measures.takeAt(i);
                moved.themeId = after.themes[t + 1].id;
                after.themes[t + 1].measures.append(moved);
            }
        }
    }
    return after;
}

void BM_ComparePlans(benchmark::State &state)
{
    const Plan before = PlanGenerator::generate(int(state.range(0)), 1);
    const Plan after = revisedOnce(before, 2025);
    qsizetype changes = 0;
    for (auto _ : state)
        changes = PlanDiff::compare(before, after).size();
    state.counters["changes"] = double(changes);
}
BENCHMARK(BM_ComparePlans)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

// The 1,000-measure plan saved with `revisions` marked, a year's edits
// between each: made once per count.
QString planWithRevisions(int revisions)
{
    const QString path = scratch().filePath(QStringLiteral("revisions-%1.dxplan").arg(revisions));
    if (QFileInfo::exists(path))
        return path;
    QString error;
    auto doc = PlanDocument::create(PlanGenerator::generate(1000, 1), &error);
    for (int year = 0; year < revisions; ++year) {
        doc->undoStack()->push(new MarkRevision(doc.get(),
                                                newRevision(doc.get(), QStringLiteral("FY%1").arg(2025 + year),
                                                            { QDate(2025 + year, 3, 31), false }, QString()),
                                                QString()));
        const Plan next = revisedOnce(doc->plan(), 2025 + year);
        doc->undoStack()->push(new RestoreRevision(doc.get(), next, QString()));
    }
    doc->save(path, true, &error);
    doc->closeCleanly();
    return path;
}

void BM_OpenPlanWithRevisions(benchmark::State &state)
{
    const QString path = planWithRevisions(int(state.range(0)));
    for (auto _ : state) {
        QString error;
        auto doc = PlanDocument::open(path, false, &error);
        if (!doc) {
            state.SkipWithError(qPrintable(error));
            break;
        }
        benchmark::DoNotOptimize(doc->plan().measureCount());
        state.PauseTiming();
        doc->closeCleanly();
        state.ResumeTiming();
    }
    state.counters["bytes"] = double(QFileInfo(path).size());
}
BENCHMARK(BM_OpenPlanWithRevisions)->Arg(0)->Arg(1)->Arg(20)->Unit(benchmark::kMillisecond);

} // namespace

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
