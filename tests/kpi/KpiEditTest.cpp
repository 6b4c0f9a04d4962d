#include "tests/kpi/KpiTestSupport.h"

#include "models/PlanDocument.h"
#include "models/commands/ItemCommands.h"
#include "views/common/DateField.h"
#include "views/common/ViewSettings.h"
#include "views/kpi/KpiActualsModel.h"
#include "views/kpi/KpiChartPane.h"
#include "views/kpi/KpiDashboardView.h"
#include "views/kpi/KpiDashboardWidget.h"
#include "views/kpi/KpiEditor.h"
#include "views/kpi/KpiFormat.h"
#include "views/kpi/KpiTableModel.h"
#include "views/kpi/KpiYearGridModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QKeyEvent>
#include <QCalendarWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMouseEvent>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <memory>

namespace {

// Types text into a widget as key presses, as a user would.
void type(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
    }
}

class KpiEdit : public ::testing::Test
{
protected:
    void SetUp() override { open(cardRatePlan()); }
    void TearDown() override
    {
        view.reset();
        if (document)
            document->closeCleanly();
    }
    void open(const Plan &plan)
    {
        view.reset();
        if (document)
            document->closeCleanly();
        QString error;
        document = PlanDocument::create(plan, &error);
        ASSERT_TRUE(document) << error.toStdString();
        view = std::make_unique<KpiDashboardView>();
        view->setAsOf(QDate(2025, 4, 1));
        view->resize(1400, 900);
        view->setDocument(document.get());
        view->show();
        QApplication::processEvents();
    }
    template<typename T> T *find(const char *name) const
    {
        T *w = view->findChild<T *>(QString::fromLatin1(name));
        EXPECT_TRUE(w) << name;
        return w;
    }
    const Kpi &kpi(int index = 0) const { return document->plan().kpis.at(index); }
    QUndoStack *stack() const { return document->undoStack(); }

    std::unique_ptr<PlanDocument> document;
    std::unique_ptr<KpiDashboardView> view;
};

} // namespace

TEST_F(KpiEdit, TableEditsPushCommandsThatUndoReverses)
{
    auto *table = find<QTableView>("kpiTable");
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QString original = kpi().name;
    QAbstractItemModel *model = table->model();
    ASSERT_EQ(model->rowCount(), 1);
    // Typing in one cell merges into one command.
    EXPECT_TRUE(model->setData(model->index(0, KpiTableModel::NameColumn), QStringLiteral("カード")));
    EXPECT_TRUE(model->setData(model->index(0, KpiTableModel::NameColumn), QStringLiteral("カード率")));
    EXPECT_EQ(kpi().name, QStringLiteral("カード率"));
    EXPECT_EQ(stack()->count(), 1);
    EXPECT_EQ(model->index(0, KpiTableModel::NameColumn).data().toString(), QStringLiteral("カード率"));
    stack()->undo();
    EXPECT_EQ(kpi().name, original);
    EXPECT_EQ(model->index(0, KpiTableModel::NameColumn).data().toString(), original);
    // Derived columns are not editable.
    EXPECT_FALSE(model->flags(model->index(0, KpiTableModel::StatusColumn)) & Qt::ItemIsEditable);
    EXPECT_EQ(model->index(0, KpiTableModel::StatusColumn).data().toString(), QStringLiteral("On track"));
    EXPECT_EQ(model->index(0, KpiTableModel::LatestColumn).data().toString(), QStringLiteral("93.2% (%1)").arg(KpiFormat::date({ QDate(2025, 3, 31), false })));
}

TEST_F(KpiEdit, AddRemoveAndMoveAreUndoable)
{
    const Kpi original = kpi();
    find<QPushButton>("addKpi")->click();
    ASSERT_EQ(document->plan().kpis.size(), 2);
    const int added = kpi(1).id;
    EXPECT_EQ(view->editor()->currentKpi(), added);
    EXPECT_EQ(kpi(1).themeId, original.themeId); // follows the selected KPI's theme

    find<QPushButton>("moveKpiUp")->click();
    EXPECT_EQ(kpi(0).id, added);
    EXPECT_EQ(view->editor()->currentKpi(), added);
    stack()->undo();
    EXPECT_EQ(kpi(1).id, added);

    view->editor()->setCurrentKpi(original.id);
    find<QPushButton>("removeKpi")->click();
    ASSERT_EQ(document->plan().kpis.size(), 1);
    EXPECT_EQ(kpi(0).id, added);
    stack()->undo();
    ASSERT_EQ(document->plan().kpis.size(), 2);
    EXPECT_EQ(kpi(0), original);
    stack()->undo();
    EXPECT_EQ(document->plan().kpis.size(), 1);
    stack()->redo();
    EXPECT_EQ(document->plan().kpis.size(), 2);
}

TEST_F(KpiEdit, YearGridEditsTargets)
{
    auto *grid = find<QTableView>("targetGrid");
    auto *model = qobject_cast<KpiYearGridModel *>(grid->model());
    ASSERT_TRUE(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model->columnCount(), 5); // FY2024..FY2028
    const int fy2026 = model->columnOfYear(2026);
    EXPECT_EQ(model->index(KpiYearGridModel::ActualRow, model->columnOfYear(2024)).data().toString(),
              QStringLiteral("93.2%")); // the later of FY2024's two actuals
    EXPECT_TRUE(model->setData(model->index(KpiYearGridModel::TargetRow, fy2026), QStringLiteral("96")));
    EXPECT_EQ(kpi().targets, QList<KpiTarget>({ { 2026, 96, {} }, { 2028, 100, {} } }));
    EXPECT_EQ(model->index(KpiYearGridModel::TargetRow, fy2026).data().toString(), QStringLiteral("96%"));
    EXPECT_FALSE(model->setData(model->index(KpiYearGridModel::TargetRow, fy2026), QStringLiteral("abc")));
    // Numbers a plan may not hold are refused where they are typed.
    for (const char *outOfRange : { "1e300", "-2e15", "inf", "nan" })
        EXPECT_FALSE(model->setData(model->index(KpiYearGridModel::TargetRow, fy2026), QString::fromLatin1(outOfRange)))
            << outOfRange;
    EXPECT_FALSE(model->setData(model->index(KpiYearGridModel::ActualRow, fy2026), QStringLiteral("5")));
    // Clearing a cell removes the year's target.
    EXPECT_TRUE(model->setData(model->index(KpiYearGridModel::TargetRow, model->columnOfYear(2028)), QString()));
    EXPECT_EQ(kpi().targets, QList<KpiTarget>({ { 2026, 96, {} } }));
    EXPECT_EQ(stack()->count(), 2);
    stack()->undo();
    stack()->undo();
    EXPECT_EQ(kpi().targets, QList<KpiTarget>({ { 2028, 100, {} } }));
}

TEST_F(KpiEdit, YearGridTakesStatementsBesideOrInsteadOfNumbers)
{
    auto *model = qobject_cast<KpiYearGridModel *>(find<QTableView>("targetGrid")->model());
    ASSERT_TRUE(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int fy2026 = model->columnOfYear(2026);
    const int fy2028 = model->columnOfYear(2028);
    // A statement instead of a number.
    EXPECT_TRUE(model->setData(model->index(KpiYearGridModel::StatementRow, fy2026), QStringLiteral("改善")));
    EXPECT_EQ(kpi().targets, QList<KpiTarget>({ { 2026, std::nullopt, QStringLiteral("改善") }, { 2028, 100, {} } }));
    EXPECT_EQ(model->index(KpiYearGridModel::StatementRow, fy2026).data().toString(), QStringLiteral("改善"));
    EXPECT_TRUE(model->index(KpiYearGridModel::TargetRow, fy2026).data().toString().isEmpty());
    // Beside a number: the number stays.
    EXPECT_TRUE(model->setData(model->index(KpiYearGridModel::StatementRow, fy2028), QStringLiteral("全戸普及")));
    EXPECT_EQ(kpi().targets.last(), (KpiTarget { 2028, 100, QStringLiteral("全戸普及") }));
    // Clearing the number keeps the statement; clearing both removes the target.
    EXPECT_TRUE(model->setData(model->index(KpiYearGridModel::TargetRow, fy2028), QString()));
    EXPECT_EQ(kpi().targets.last(), (KpiTarget { 2028, std::nullopt, QStringLiteral("全戸普及") }));
    EXPECT_TRUE(model->setData(model->index(KpiYearGridModel::StatementRow, fy2028), QString()));
    EXPECT_EQ(kpi().targets.size(), 1);
    EXPECT_EQ(stack()->count(), 4);
    stack()->undo();
    EXPECT_EQ(kpi().targets.last(), (KpiTarget { 2028, std::nullopt, QStringLiteral("全戸普及") }));
    while (stack()->canUndo())
        stack()->undo();
    EXPECT_EQ(kpi(), cardRatePlan().kpis.first());
    stack()->redo();
    EXPECT_EQ(kpi().targets.first(), (KpiTarget { 2026, std::nullopt, QStringLiteral("改善") }));
}

TEST_F(KpiEdit, ActualsTakeMonthOnlyDatesAndNotesWithoutValues)
{
    auto *model = qobject_cast<KpiActualsModel *>(find<QTableView>("actualsTable")->model());
    ASSERT_TRUE(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const KpiActual before = kpi().actuals.last();
    // Typed as the plan states it: 令和7年3月末 is March 2025, no day.
    EXPECT_TRUE(model->setData(model->index(1, KpiActualsModel::DateColumn), QStringLiteral("令和7年3月末")));
    EXPECT_EQ(kpi().actuals.last().date, (PlanDate { QDate(2025, 3, 1), true }));
    // Shown as every date is: the era setting's format, to the month.
    EXPECT_EQ(model->index(1, KpiActualsModel::DateColumn).data().toString(), KpiFormat::date(kpi().actuals.last().date));
    const FiscalYear::EraStyle era = ViewSettings::instance()->eraStyle();
    ViewSettings::instance()->setEraStyle(FiscalYear::EraStyle::Western);
    EXPECT_EQ(model->index(1, KpiActualsModel::DateColumn).data().toString(), QStringLiteral("2025-03"));
    ViewSettings::instance()->setEraStyle(FiscalYear::EraStyle::Reiwa);
    EXPECT_EQ(model->index(1, KpiActualsModel::DateColumn).data().toString(), QStringLiteral("令和7年3月"));
    ViewSettings::instance()->setEraStyle(era);
    EXPECT_EQ(model->index(1, KpiActualsModel::MonthOnlyColumn).data(Qt::CheckStateRole).toInt(), Qt::Checked);
    // Unticking "month only" dates it to the month's end.
    EXPECT_TRUE(model->setData(model->index(1, KpiActualsModel::MonthOnlyColumn), Qt::Unchecked, Qt::CheckStateRole));
    EXPECT_EQ(kpi().actuals.last().date, (PlanDate { QDate(2025, 3, 31), false }));
    EXPECT_TRUE(model->setData(model->index(1, KpiActualsModel::MonthOnlyColumn), Qt::Checked, Qt::CheckStateRole));
    EXPECT_EQ(kpi().actuals.last().date, (PlanDate { QDate(2025, 3, 1), true }));
    EXPECT_TRUE(model->flags(model->index(1, KpiActualsModel::MonthOnlyColumn)) & Qt::ItemIsUserCheckable);
    // A note-only actual: the value cleared, the note kept.
    EXPECT_TRUE(model->setData(model->index(1, KpiActualsModel::ValueColumn), QString()));
    EXPECT_FALSE(kpi().actuals.last().value);
    EXPECT_EQ(stack()->count(), 4);
    while (stack()->canUndo())
        stack()->undo();
    EXPECT_EQ(kpi().actuals.last(), before);
    stack()->redo();
    EXPECT_EQ(kpi().actuals.last().date, (PlanDate { QDate(2025, 3, 1), true }));
}

TEST_F(KpiEdit, BaselineDateCanBeMonthOnly)
{
    auto *monthOnly = find<QCheckBox>("baselineMonthOnly");
    ASSERT_TRUE(monthOnly);
    const PlanDate before = kpi().baselineDate;
    monthOnly->setChecked(!before.monthOnly);
    emit monthOnly->clicked(!before.monthOnly);
    EXPECT_EQ(kpi().baselineDate.monthOnly, !before.monthOnly);
    // The field shows the date as precise as it now is.
    EXPECT_EQ(find<DateField>("baselineDate")->lineEdit()->text(),
              DateText::format(kpi().baselineDate, ViewSettings::instance()->eraStyle()));
    if (kpi().baselineDate.monthOnly) {
        EXPECT_EQ(kpi().baselineDate.date.day(), 1);
    }
    stack()->undo();
    EXPECT_EQ(kpi().baselineDate, before);
    EXPECT_EQ(monthOnly->isChecked(), before.monthOnly);
}

// The sequence a planner reported: a baseline date picked from the
// calendar used to take effect only when the field lost the focus, that
// is when the planner clicked into the year grid, which then gained a
// column under the cursor, so the target typed there landed a year off.
TEST_F(KpiEdit, BaselineDatePickedFromTheCalendarTakesEffectBeforeTheNextClick)
{
    auto *date = find<DateField>("baselineDate");
    auto *grid = find<QTableView>("targetGrid");
    auto *model = qobject_cast<KpiYearGridModel *>(grid->model());
    ASSERT_TRUE(date && model);
    ASSERT_EQ(model->yearOfColumn(0), 2024);
    date->lineEdit()->setFocus();
    QApplication::processEvents();

    // Picked: FY2022 (2023-03-31), before the plan's first year.
    emit date->calendar()->clicked(QDate(2023, 3, 31));
    QApplication::processEvents();
    EXPECT_EQ(kpi().baselineDate, (PlanDate { QDate(2023, 3, 31), false }));
    EXPECT_EQ(model->yearOfColumn(0), 2022); // the grid has its new columns already

    // The planner clicks the FY2026 cell as the grid now shows it; the date
    // field loses the focus, which changes nothing any more.
    const int fy2026 = model->columnOfYear(2026);
    grid->setFocus();
    emit date->lineEdit()->editingFinished();
    QApplication::processEvents();
    EXPECT_EQ(model->yearOfColumn(fy2026), 2026);
    ASSERT_TRUE(model->setData(model->index(KpiYearGridModel::TargetRow, fy2026), QStringLiteral("96")));
    EXPECT_EQ(kpi().targets, QList<KpiTarget>({ { 2026, 96, {} }, { 2028, 100, {} } }));
    EXPECT_EQ(stack()->count(), 2); // the baseline, the target
}

TEST_F(KpiEdit, BaselineDateTakesEveryWrittenForm)
{
    auto *date = find<DateField>("baselineDate");
    ASSERT_TRUE(date);
    const QList<QPair<QString, PlanDate>> forms = {
        { QStringLiteral("2024/3/31"), { QDate(2024, 3, 31), false } },
        { QStringLiteral("R5.9.30"), { QDate(2023, 9, 30), false } },
        { QStringLiteral("令和6年11月"), { QDate(2024, 11, 1), true } },
        { QStringLiteral("２０２４－１０－０１"), { QDate(2024, 10, 1), false } },
    };
    for (const auto &[text, expected] : forms) {
        date->lineEdit()->setText(text);
        emit date->lineEdit()->editingFinished();
        EXPECT_EQ(kpi().baselineDate, expected) << text.toStdString();
        EXPECT_EQ(find<QCheckBox>("baselineMonthOnly")->isChecked(), expected.monthOnly) << text.toStdString();
    }
    // Not a date: marked, and the stored date stays.
    const PlanDate kept = kpi().baselineDate;
    const int steps = stack()->count();
    date->lineEdit()->setText(QStringLiteral("31/3/2025"));
    emit date->lineEdit()->editingFinished();
    EXPECT_TRUE(date->isRefused());
    EXPECT_EQ(kpi().baselineDate, kept);
    EXPECT_EQ(stack()->count(), steps);
}

TEST_F(KpiEdit, ActualsAreAddedEditedAndRemoved)
{
    auto *table = find<QTableView>("actualsTable");
    auto *model = qobject_cast<KpiActualsModel *>(table->model());
    ASSERT_TRUE(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model->rowCount(), 2);
    // An earlier date moves the edited actual to the top.
    EXPECT_TRUE(model->setData(model->index(1, KpiActualsModel::DateColumn), QDate(2024, 6, 30)));
    EXPECT_EQ(kpi().actuals.first().value, 93.2);
    EXPECT_EQ(kpi().actuals.first().date.date, QDate(2024, 6, 30));
    stack()->undo();
    EXPECT_EQ(kpi().actuals.last().date.date, QDate(2025, 3, 31));

    EXPECT_TRUE(model->setData(model->index(1, KpiActualsModel::ValueColumn), QStringLiteral("94.5%")));
    EXPECT_EQ(kpi().actuals.last().value, 94.5);
    EXPECT_FALSE(model->setData(model->index(1, KpiActualsModel::ValueColumn), QStringLiteral("1e16%")));
    EXPECT_EQ(kpi().actuals.last().value, 94.5);

    find<QPushButton>("addActual")->click();
    ASSERT_EQ(kpi().actuals.size(), 3);
    EXPECT_EQ(model->rowCount(), 3);
    EXPECT_EQ(kpi().actuals.last().date.date, QDate::currentDate());
    EXPECT_EQ(kpi().actuals.last().value, 94.5); // starts from the latest figure
    table->setCurrentIndex(model->index(0, 0));
    find<QPushButton>("removeActual")->click();
    ASSERT_EQ(kpi().actuals.size(), 2);
    EXPECT_EQ(kpi().actuals.first().value, 94.5);
    stack()->undo();
    stack()->undo();
    stack()->undo();
    EXPECT_EQ(kpi(), cardRatePlan().kpis.first());
}

TEST_F(KpiEdit, DetailFieldsPushCommandsAndTypingMerges)
{
    auto *source = find<QLineEdit>("source");
    source->selectAll();
    type(source, QStringLiteral("住民課"));
    EXPECT_EQ(kpi().source, QStringLiteral("住民課"));
    EXPECT_EQ(stack()->count(), 1);

    auto *direction = find<QComboBox>("direction");
    direction->setCurrentIndex(1);
    emit direction->activated(1);
    EXPECT_EQ(kpi().direction, Kpi::Direction::LowerIsBetter);
    EXPECT_EQ(stack()->count(), 2);

    auto *baseline = find<QLineEdit>("baselineValue");
    baseline->setText(QStringLiteral("88"));
    emit baseline->editingFinished();
    EXPECT_EQ(kpi().baselineValue, 88.0);

    QAbstractItemModel *measures = find<QListView>("measures")->model();
    ASSERT_EQ(measures->rowCount(), cardRatePlan().measureCount());
    const QModelIndex first = measures->index(0, 0);
    EXPECT_EQ(first.data(Qt::CheckStateRole).toInt(), Qt::Unchecked);
    EXPECT_TRUE(measures->setData(first, Qt::Checked, Qt::CheckStateRole));
    EXPECT_TRUE(kpi().measureIds.contains(first.data(Qt::UserRole).toInt()));
    EXPECT_EQ(first.data(Qt::CheckStateRole).toInt(), Qt::Checked);

    auto *theme = find<QComboBox>("theme");
    theme->setCurrentIndex(0);
    emit theme->activated(0);
    EXPECT_EQ(kpi().themeId, 0);

    while (stack()->canUndo())
        stack()->undo();
    EXPECT_EQ(kpi(), cardRatePlan().kpis.first());
    // The form follows the undo.
    EXPECT_EQ(source->text(), kpi().source);
    EXPECT_EQ(direction->currentIndex(), 0);
    EXPECT_EQ(measures->index(0, 0).data(Qt::CheckStateRole).toInt(), Qt::Unchecked);
}

// The linked-measures list shows every measure of the plan, numbered as
// the plan numbers it, with the KPI's links checked; it follows added and
// removed measures, and its undo, without losing the links.
TEST_F(KpiEdit, LinkedMeasuresListFollowsThePlansMeasures)
{
    auto *list = find<QListView>("measures");
    QAbstractItemModel *measures = list->model();
    QAbstractItemModelTester tester(measures, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Plan &plan = document->plan();
    ASSERT_GE(plan.themes.size(), 1);
    ASSERT_GE(plan.themes.first().measures.size(), 1);
    // A copy: the edits below may move the plan's measures in memory.
    const Measure firstMeasure = plan.themes.first().measures.first();
    const QString shown = measures->index(0, 0).data().toString();
    EXPECT_TRUE(shown.endsWith(firstMeasure.title)) << shown.toStdString();
    EXPECT_TRUE(shown.startsWith(document->numbers().fullMeasure(firstMeasure.id))) << shown.toStdString();
    EXPECT_TRUE(measures->flags(measures->index(0, 0)) & Qt::ItemIsUserCheckable);

    // The KPI links the last measure; a new measure is put first.
    const int rows = measures->rowCount();
    const int lastId = measures->index(rows - 1, 0).data(Qt::UserRole).toInt();
    ASSERT_TRUE(measures->setData(measures->index(rows - 1, 0), Qt::Checked, Qt::CheckStateRole));
    Measure added;
    added.id = document->nextId<Measure>();
    added.themeId = plan.themes.first().id;
    added.title = QStringLiteral("窓口予約のオンライン化");
    stack()->push(new InsertItem<Measure>(document.get(), added, 0, QStringLiteral("add")));
    ASSERT_EQ(measures->rowCount(), rows + 1);
    EXPECT_TRUE(measures->index(0, 0).data().toString().endsWith(added.title));
    EXPECT_EQ(measures->index(0, 0).data(Qt::UserRole).toInt(), added.id);
    EXPECT_EQ(measures->index(0, 0).data(Qt::CheckStateRole).toInt(), Qt::Unchecked);
    EXPECT_EQ(measures->index(rows, 0).data(Qt::UserRole).toInt(), lastId);
    EXPECT_EQ(measures->index(rows, 0).data(Qt::CheckStateRole).toInt(), Qt::Checked);

    stack()->undo();
    ASSERT_EQ(measures->rowCount(), rows);
    EXPECT_EQ(measures->index(0, 0).data(Qt::UserRole).toInt(), firstMeasure.id);
    EXPECT_EQ(measures->index(rows - 1, 0).data(Qt::CheckStateRole).toInt(), Qt::Checked);
    // Unchecking is an undoable edit too.
    ASSERT_TRUE(measures->setData(measures->index(rows - 1, 0), Qt::Unchecked, Qt::CheckStateRole));
    EXPECT_FALSE(kpi().measureIds.contains(lastId));
    stack()->undo();
    EXPECT_TRUE(kpi().measureIds.contains(lastId));
    EXPECT_EQ(measures->index(rows - 1, 0).data(Qt::CheckStateRole).toInt(), Qt::Checked);
    // Rows past the end give nothing.
    EXPECT_FALSE(measures->index(rows, 0).isValid());
}

TEST_F(KpiEdit, ClickingATileOpensTheKpi)
{
    open(demoPlan());
    view->setAsOf(QDate(2026, 5, 1));
    QApplication::processEvents();
    auto *dashboard = view->dashboard();
    const QRect tile = dashboard->tileRect(2);
    ASSERT_TRUE(tile.isValid());
    EXPECT_EQ(dashboard->kpiAt(tile.center()), 2);
    QMouseEvent release(QEvent::MouseButtonRelease, tile.center(), dashboard->viewport()->mapToGlobal(tile.center()),
                        Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(dashboard->viewport(), &release);
    EXPECT_EQ(view->shownKpi(), 2);
    EXPECT_EQ(view->editor()->currentKpi(), 2);
    // KPI 2's FY2025 actual (46) already meets FY2026's target (40).
    auto *warning = find<QLabel>("exceededWarning");
    EXPECT_FALSE(warning->isHidden());
    EXPECT_TRUE(warning->text().contains(QStringLiteral("consider raising")));
    EXPECT_TRUE(warning->text().contains(QStringLiteral("2026")));
    EXPECT_TRUE(find<QLabel>("kpiStatusText")->text().contains(QStringLiteral("Achieved")));

    // KPI 1's latest actual, of 2025-03-31, is more than a year old: no
    // target to raise, but a warning that it is stale.
    view->showKpi(1);
    EXPECT_FALSE(warning->isHidden());
    EXPECT_FALSE(warning->text().contains(QStringLiteral("consider raising")));
    EXPECT_TRUE(warning->text().contains(QStringLiteral("more than a year old")));
    EXPECT_TRUE(find<QLabel>("kpiStatusText")->text().contains(QStringLiteral("Stale")));
    find<QPushButton>("backToDashboard")->click();
    EXPECT_EQ(view->shownKpi(), 0);
}

TEST_F(KpiEdit, ExportsWhatIsShown)
{
    QTemporaryDir dir;
    QString error;
    ASSERT_TRUE(view->exportTo(dir.filePath(QStringLiteral("dashboard.pdf")), &error)) << error.toStdString();
    view->showKpi(1);
    ASSERT_TRUE(view->exportTo(dir.filePath(QStringLiteral("chart.svg")), &error)) << error.toStdString();
    QFile svg(dir.filePath(QStringLiteral("chart.svg")));
    ASSERT_TRUE(svg.open(QIODevice::ReadOnly));
    // The chart, not the dashboard: no dashboard heading.
    const QString text = QString::fromUtf8(svg.readAll());
    EXPECT_TRUE(text.contains(kpi().name));
    EXPECT_FALSE(text.contains(QStringLiteral("KPI dashboard")));
    EXPECT_TRUE(view->canPrint());
}

TEST_F(KpiEdit, ReadOnlyDocumentsCannotBeEdited)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.dxplan"));
    ASSERT_TRUE(savePlanFile(cardRatePlan(), path));
    QString error;
    view.reset();
    document->closeCleanly();
    document = PlanDocument::open(path, true, &error);
    ASSERT_TRUE(document) << error.toStdString();
    view = std::make_unique<KpiDashboardView>();
    view->setDocument(document.get());
    EXPECT_FALSE(find<QPushButton>("addKpi")->isEnabled());
    EXPECT_FALSE(find<QPushButton>("removeKpi")->isEnabled());
    EXPECT_FALSE(find<QPushButton>("addActual")->isEnabled());
    EXPECT_TRUE(find<QLineEdit>("source")->isReadOnly());
    QAbstractItemModel *table = find<QTableView>("kpiTable")->model();
    EXPECT_FALSE(table->flags(table->index(0, 0)) & Qt::ItemIsEditable);
    EXPECT_FALSE(table->setData(table->index(0, 0), QStringLiteral("x")));
    QAbstractItemModel *grid = find<QTableView>("targetGrid")->model();
    EXPECT_FALSE(grid->setData(grid->index(0, 0), QStringLiteral("5")));
    view->show();
    QApplication::processEvents();
    QAbstractItemModel *measures = find<QListView>("measures")->model();
    ASSERT_GT(measures->rowCount(), 0);
    EXPECT_FALSE(measures->flags(measures->index(0, 0)) & Qt::ItemIsUserCheckable);
    EXPECT_FALSE(measures->setData(measures->index(0, 0), Qt::Checked, Qt::CheckStateRole));
    view->editor()->addKpi();
    EXPECT_EQ(document->undoStack()->count(), 0);
    EXPECT_EQ(document->plan().kpis.size(), 1);
}
