// Speed of the authoring window with a 10,000-measure plan (the issue's
// targets: open to first paint < 1 s, filtering the measures table
// < 100 ms, an edit plus its undo < 10 ms). Run by hand:
//   build/tests/gui/dxplan_gui_bench
#include "models/PlanDocument.h"
#include "models/PlanGenerator.h"
#include "models/WorkingCopy.h"
#include "views/itemmodels/MeasuresFilterModel.h"
#include "views/itemmodels/MeasuresTableModel.h"
#include "views/window/MainWindow.h"
#include "views/window/MeasuresPage.h"
#include "views/window/Prompter.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

namespace {

constexpr int measureCount = 10000;

QTemporaryDir &folder()
{
    static QTemporaryDir dir;
    return dir;
}

// The large plan, saved once as a .dxplan file.
QString largePlanFile()
{
    static QString path;
    if (path.isEmpty()) {
        QString error;
        auto doc = PlanDocument::create(PlanGenerator::generate(measureCount), &error);
        path = folder().filePath(QStringLiteral("large.dxplan"));
        if (!doc || doc->save(path, false, &error) != PlanDocument::SaveResult::Saved)
            qFatal("cannot write the benchmark plan: %s", qPrintable(error));
        doc->closeCleanly();
    }
    return path;
}

void BM_OpenToFirstPaint(benchmark::State &state)
{
    const QString path = largePlanFile();
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
BENCHMARK(BM_OpenToFirstPaint)->Unit(benchmark::kMillisecond)->Iterations(5);

struct OpenWindow
{
    MainWindow window;
    OpenWindow()
    {
        window.openFile(largePlanFile());
        window.show();
        window.grab();
    }
    ~OpenWindow() { window.closeDocument(); }
};

void BM_FilterMeasuresTable(benchmark::State &state)
{
    OpenWindow open;
    MeasuresFilterModel *filter = open.window.measuresPage()->filterModel();
    const QStringList words = { QStringLiteral("システム"), QStringLiteral("導入"), QString() };
    int i = 0;
    for (auto _ : state) {
        filter->setText(words[i++ % words.size()]);
        benchmark::DoNotOptimize(filter->rowCount());
    }
}
BENCHMARK(BM_FilterMeasuresTable)->Unit(benchmark::kMillisecond);

void BM_EditAndUndo(benchmark::State &state)
{
    OpenWindow open;
    MeasuresTableModel *table = open.window.measuresPage()->tableModel();
    const QModelIndex cell = table->index(measureCount / 2, MeasuresTableModel::TitleColumn);
    QUndoStack *stack = open.window.document()->undoStack();
    int i = 0;
    for (auto _ : state) {
        table->setData(cell, QStringLiteral("施策 %1").arg(++i));
        stack->undo();
    }
}
BENCHMARK(BM_EditAndUndo)->Unit(benchmark::kMillisecond);

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
