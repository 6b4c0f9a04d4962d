// Speed of the roadmap: a PDF of 1,000 and 10,000 generated measures, and
// one screenful of a 10,000-measure roadmap painted by the view itself.
//   build/tests/roadmap/dxplan_roadmap_bench
// scripts/bench-roadmap-vs-calc.sh compares the PDF with LibreOffice Calc.
#include "models/PlanDocument.h"
#include "models/PlanGenerator.h"
#include "models/WorkingCopy.h"
#include "views/roadmap/RoadmapCanvas.h"
#include "views/roadmap/RoadmapExporter.h"
#include "views/roadmap/RoadmapLayout.h"

#include <QApplication>
#include <QBuffer>
#include <QImage>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <map>
#include <memory>

namespace {

const Plan &generated(int measures)
{
    static std::map<int, Plan> plans;
    auto it = plans.find(measures);
    if (it == plans.end())
        it = plans.emplace(measures, PlanGenerator::generate(measures, 1)).first;
    return it->second;
}

void BM_RoadmapPdf(benchmark::State &state)
{
    const Plan &plan = generated(int(state.range(0)));
    RoadmapOptions options;
    options.paper = RoadmapOptions::Paper::A3;
    qint64 bytes = 0;
    for (auto _ : state) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        RoadmapExporter exporter(plan, options);
        if (!exporter.writePdf(&buffer))
            state.SkipWithError(qPrintable(exporter.errorString()));
        bytes = buffer.size();
    }
    const QRectF area = options.pageLayout().paintRect(QPageLayout::Point);
    state.counters["pages"] = double(RoadmapLayout(plan, options, area.width()).paginate(area.height()).size());
    state.counters["MB"] = double(bytes) / (1 << 20);
}
BENCHMARK(BM_RoadmapPdf)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

void BM_RoadmapLayout(benchmark::State &state)
{
    const Plan &plan = generated(int(state.range(0)));
    for (auto _ : state) {
        RoadmapLayout layout(plan, RoadmapOptions(), 1200);
        benchmark::DoNotOptimize(layout.bodyHeight());
    }
}
BENCHMARK(BM_RoadmapLayout)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

// The view as a user scrolls it: 1600 x 900 pixels of a 10,000-measure
// roadmap, painted by RoadmapCanvas::paintEvent, at a new place each time.
std::unique_ptr<PlanDocument> screenDocument;

void BM_RoadmapScreenPaint(benchmark::State &state)
{
    QString error;
    if (!screenDocument)
        screenDocument = PlanDocument::create(generated(int(state.range(0))), &error);
    PlanDocument *document = screenDocument.get();
    if (!document) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    RoadmapCanvas canvas;
    canvas.resize(1600, 900);
    canvas.setDocument(document);
    // A hidden canvas lays nothing out until it is shown.
    canvas.show();
    QImage image(canvas.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    QScrollBar *scroll = canvas.verticalScrollBar();
    int position = scroll->maximum() / 2;
    for (auto _ : state) {
        position = (position + 7919) % qMax(1, scroll->maximum());
        scroll->setValue(position);
        canvas.viewport()->render(&image);
    }
    canvas.setDocument(nullptr);
}
BENCHMARK(BM_RoadmapScreenPaint)->Arg(10000)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir working;
    WorkingCopy::setRootDirectory(working.path());
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    if (screenDocument)
        screenDocument->closeCleanly();
    screenDocument.reset();
    return 0;
}
