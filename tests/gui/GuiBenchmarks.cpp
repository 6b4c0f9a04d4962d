// Speed of the authoring window with plans of 10,000 and 100,000 measures
// (the aims: open to first paint < 1 s at 10,000 and < 2 s at 100,000,
// filtering the measures table < 100 ms, scrolling a table < 16 ms, an edit
// plus its undo < 10 ms). Run by hand:
//   build/tests/gui/dxplan_gui_bench
#include "models/PlanDocument.h"
#include "models/PlanGenerator.h"
#include "models/WorkingCopy.h"
#include "views/itemmodels/MeasuresFilterModel.h"
#include "views/itemmodels/MeasuresTableModel.h"
#include "views/window/MainWindow.h"
#include "views/window/MeasuresPage.h"
#include "views/window/Prompter.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHash>
#include <QScrollBar>
#include <QTableView>
#include <QTreeView>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

namespace {

QTemporaryDir &folder()
{
    static QTemporaryDir dir;
    return dir;
}

// A plan of that many measures, saved once as a .dxplan file.
QString largePlanFile(int measureCount)
{
    static QHash<int, QString> paths;
    QString &path = paths[measureCount];
    if (path.isEmpty()) {
        QString error;
        auto doc = PlanDocument::create(PlanGenerator::generate(measureCount), &error);
        path = folder().filePath(QStringLiteral("large-%1.dxplan").arg(measureCount));
        if (!doc || doc->save(path, false, &error) != PlanDocument::SaveResult::Saved)
            qFatal("cannot write the benchmark plan: %s", qPrintable(error));
        doc->closeCleanly();
    }
    return path;
}

void BM_OpenToFirstPaint(benchmark::State &state)
{
    const QString path = largePlanFile(int(state.range(0)));
    for (auto _ : state) {
        MainWindow window;
        window.openFile(path);
        window.show();
        QImage image = window.grab().toImage();
        benchmark::DoNotOptimize(image.bits());
        state.PauseTiming();
        window.closeDocument();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_OpenToFirstPaint)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond)->Iterations(3);

struct OpenWindow
{
    MainWindow window;
    explicit OpenWindow(int measureCount)
    {
        window.openFile(largePlanFile(measureCount));
        window.show();
        window.grab();
    }
    ~OpenWindow() { window.closeDocument(); }
};

void BM_FilterMeasuresTable(benchmark::State &state)
{
    OpenWindow open(int(state.range(0)));
    MeasuresFilterModel *filter = open.window.measuresPage()->filterModel();
    const QStringList words = { QStringLiteral("システム"), QStringLiteral("導入"), QString() };
    int i = 0;
    for (auto _ : state) {
        filter->setText(words[i++ % words.size()]);
        benchmark::DoNotOptimize(filter->rowCount());
    }
}
BENCHMARK(BM_FilterMeasuresTable)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

// One step of scrolling: a page further down, painted. (grab() paints for
// certain; repaint() on the offscreen platform may skip the work.)
void scrollOnePage(QAbstractItemView *view, benchmark::State &state)
{
    QScrollBar *bar = view->verticalScrollBar();
    for (auto _ : state) {
        int next = bar->value() + bar->pageStep();
        bar->setValue(next > bar->maximum() ? 0 : next);
        QPixmap shown = view->viewport()->grab();
        benchmark::DoNotOptimize(shown.cacheKey());
    }
}

void BM_ScrollMeasuresTable(benchmark::State &state)
{
    OpenWindow open(int(state.range(0)));
    scrollOnePage(open.window.measuresPage()->tableView(), state);
}
BENCHMARK(BM_ScrollMeasuresTable)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

void BM_ScrollOutline(benchmark::State &state)
{
    OpenWindow open(int(state.range(0)));
    open.window.outlineView()->expandAll();
    scrollOnePage(open.window.outlineView(), state);
}
BENCHMARK(BM_ScrollOutline)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

void BM_EditAndUndo(benchmark::State &state)
{
    const int measureCount = int(state.range(0));
    OpenWindow open(measureCount);
    MeasuresTableModel *table = open.window.measuresPage()->tableModel();
    const QModelIndex cell = table->index(measureCount / 2, MeasuresTableModel::TitleColumn);
    QUndoStack *stack = open.window.document()->undoStack();
    int i = 0;
    for (auto _ : state) {
        table->setData(cell, QStringLiteral("施策 %1").arg(++i));
        stack->undo();
    }
}
BENCHMARK(BM_EditAndUndo)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("DX Plan Studio Benchmarks"));
    QStandardPaths::setTestModeEnabled(true);
    WorkingCopy::setRootDirectory(folder().filePath(QStringLiteral("working")));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
