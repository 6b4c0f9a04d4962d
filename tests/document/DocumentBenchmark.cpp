// Speed of the plan document: a bundled sample to PDF and to HTML, and a
// generated 1,000-measure plan to PDF, each made whole in memory.
//   build/tests/document/dxplan_document_bench
#include "models/PlanGenerator.h"
#include "models/SamplePlan.h"
#include "views/document/DocumentExporter.h"

#include <QApplication>
#include <QBuffer>
#include <benchmark/benchmark.h>
#include <cstdlib>

namespace {

Plan sample()
{
    Plan plan;
    QString error;
    if (!SamplePlan::load(QStringLiteral("nishinoshima"), &plan, &error))
        std::abort();
    return plan;
}

void write(benchmark::State &state, const Plan &plan, DocumentExporter::Format format)
{
    DocumentOptions options;
    options.asOf = QDate(2026, 11, 30);
    qint64 bytes = 0;
    for (auto _ : state) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        DocumentExporter exporter(plan, options);
        if (!exporter.write(&buffer, format))
            state.SkipWithError(exporter.errorString().toUtf8().constData());
        bytes = buffer.size();
    }
    state.counters["bytes"] = double(bytes);
}

void BM_SampleDocumentPdf(benchmark::State &state)
{
    write(state, sample(), DocumentExporter::Format::Pdf);
}
BENCHMARK(BM_SampleDocumentPdf)->Unit(benchmark::kMillisecond);

void BM_SampleDocumentHtml(benchmark::State &state)
{
    write(state, sample(), DocumentExporter::Format::Html);
}
BENCHMARK(BM_SampleDocumentHtml)->Unit(benchmark::kMillisecond);

void BM_GeneratedDocumentPdf(benchmark::State &state)
{
    write(state, PlanGenerator::generate(int(state.range(0)), 1), DocumentExporter::Format::Pdf);
}
BENCHMARK(BM_GeneratedDocumentPdf)->Arg(1000)->Unit(benchmark::kMillisecond)->Iterations(3);

// The 新旧対照表 of a 1,000-measure plan whose every other measure's
// overview was rewritten: 500 changes, each a row.
void BM_ComparisonTablePdf(benchmark::State &state)
{
    const Plan before = PlanGenerator::generate(1000, 1);
    Plan after = before;
    int changed = 0;
    for (Theme &t : after.themes)
        for (Measure &m : t.measures)
            if (m.id % 2 == 0 && changed < int(state.range(0))) {
                m.overview.insert(m.overview.size() / 2, QStringLiteral("（令和7年度に見直し）"));
                ++changed;
            }
    DocumentOptions options;
    options.asOf = QDate(2026, 11, 30);
    qint64 bytes = 0;
    for (auto _ : state) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        DocumentExporter exporter(after, options);
        exporter.setComparison({ before, QStringLiteral("before"), QStringLiteral("after"), DocumentComparison::Style::Table, true });
        if (!exporter.write(&buffer, DocumentExporter::Format::Pdf))
            state.SkipWithError(exporter.errorString().toUtf8().constData());
        bytes = buffer.size();
    }
    state.counters["changes"] = double(changed);
    state.counters["bytes"] = double(bytes);
}
BENCHMARK(BM_ComparisonTablePdf)->Arg(500)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
