#include "GuiTestSupport.h"

#include "models/PlanDocument.h"
#include "models/commands/ItemCommands.h"
#include "views/coverage/CoverageView.h"
#include "views/itemmodels/OutlineNode.h"
#include "views/problems/ProblemsModel.h"
#include "views/problems/ProblemsPanel.h"
#include "views/window/MainWindow.h"

#include <QAction>
#include <QDockWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

// The Problems dock follows the plan as it is edited and undone, and takes
// the user to a problem's item.
namespace {

class ProblemsDockTest : public GuiTest
{
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        m_window = std::make_unique<MainWindow>();
        m_window->setPrompter(&m_prompter);
        ASSERT_TRUE(m_window->newPlan(QStringLiteral("nishinoshima")));
        m_panel = m_window->problemsPanel();
        ASSERT_NE(m_panel, nullptr);
        // The plan is checked in the background after it opens.
        QTRY_VERIFY(!m_panel->isChecking());
        m_testers.watch(m_panel->model());
    }
    void TearDown() override
    {
        EXPECT_TRUE(ModelTesters::failures().isEmpty()) << ModelTesters::failures().join(QLatin1Char('\n')).toStdString();
    }
    // The row of the first problem saying `fragment`, or -1.
    int rowOf(const QString &fragment) const
    {
        const QList<PlanChecker::Problem> &problems = m_panel->model()->problems();
        for (int row = 0; row < problems.size(); ++row)
            if (problems[row].message.contains(fragment))
                return row;
        return -1;
    }

    FakePrompter m_prompter;
    ModelTesters m_testers;
    std::unique_ptr<MainWindow> m_window;
    ProblemsPanel *m_panel = nullptr;
};

} // namespace

TEST_F(ProblemsDockTest, FollowsEditsAndUndo)
{
    PlanDocument *doc = m_window->document();
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("problemsDock"));
    ASSERT_NE(dock, nullptr);
    const int before = int(m_panel->model()->problems().size());
    EXPECT_EQ(rowOf(QStringLiteral("no responsible department")), -1);

    const Measure measure = doc->plan().themes[0].measures[0];
    Measure after = measure;
    after.departmentIds.clear();
    doc->undoStack()->push(new ReplaceItem<Measure>(doc, measure, after, QStringLiteral("edit")));
    // Checked again shortly after the change, not at once.
    QTRY_VERIFY(rowOf(QStringLiteral("no responsible department")) >= 0);
    EXPECT_EQ(m_panel->model()->problems().size(), before + 1);
    EXPECT_TRUE(dock->windowTitle().contains(QString::number(before + 1))) << dock->windowTitle().toStdString();

    doc->undoStack()->undo();
    QTRY_COMPARE(rowOf(QStringLiteral("no responsible department")), -1);
    EXPECT_EQ(m_panel->model()->problems().size(), before);
    doc->undoStack()->redo();
    QTRY_VERIFY(rowOf(QStringLiteral("no responsible department")) >= 0);
}

TEST_F(ProblemsDockTest, ActivatingAProblemSelectsItsItem)
{
    PlanDocument *doc = m_window->document();
    const Measure measure = doc->plan().themes[2].measures[1];
    Measure after = measure;
    after.phases.clear();
    doc->undoStack()->push(new ReplaceItem<Measure>(doc, measure, after, QStringLiteral("edit")));
    m_panel->refresh();
    const int row = rowOf(QStringLiteral("no schedule"));
    ASSERT_GE(row, 0);
    QTreeView *view = m_panel->view();
    view->setCurrentIndex(m_panel->model()->index(row, ProblemsModel::Message));
    QTest::keyClick(view, Qt::Key_Return);
    EXPECT_EQ(m_window->selectedNode(), OutlineNode::of<Measure>(measure.id));

    // A KPI's problem selects the KPI.
    const int kpiRow = rowOf(QStringLiteral("has no target"));
    ASSERT_GE(kpiRow, 0);
    emit view->activated(m_panel->model()->index(kpiRow, ProblemsModel::Where));
    EXPECT_EQ(m_window->selectedNode(), OutlineNode::of<Kpi>(doc->plan().kpis[0].id));
}

TEST_F(ProblemsDockTest, ViewMenuTogglesTheDock)
{
    QAction *toggle = m_window->findChild<QAction *>(QStringLiteral("actionShowProblems"));
    ASSERT_NE(toggle, nullptr);
    EXPECT_EQ(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_window->show();
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("problemsDock"));
    EXPECT_TRUE(dock->isVisible());
    toggle->trigger();
    EXPECT_FALSE(dock->isVisible());
}

// The Coverage tab builds its sheets when it is shown (or asked for them),
// not on every change while hidden; what it shows is current either way.
TEST_F(ProblemsDockTest, CoverageIsBuiltWhenShownAndCurrent)
{
    auto *coverage = m_window->findChild<CoverageView *>(QStringLiteral("coverageView"));
    ASSERT_NE(coverage, nullptr);
    auto *principlesTable = coverage->findChild<QTableView *>();
    ASSERT_NE(principlesTable, nullptr);
    m_window->show();
    ASSERT_FALSE(coverage->isVisible());
    // Hidden: nothing built yet for the sample.
    EXPECT_EQ(principlesTable->model()->rowCount(), 0);

    auto *tabs = m_window->findChild<QTabWidget *>();
    ASSERT_NE(tabs, nullptr);
    tabs->setCurrentWidget(coverage);
    ASSERT_TRUE(coverage->isVisible());
    EXPECT_GT(principlesTable->model()->rowCount(), 0);
    const qsizetype principleRows = coverage->sheets().at(0).rows.size();

    // A measure added while the tab is hidden is in the sheets asked for.
    tabs->setCurrentIndex(0);
    PlanDocument *doc = m_window->document();
    Measure added;
    added.themeId = doc->plan().themes[0].id;
    added.title = QStringLiteral("追加の施策");
    added.principleIds = doc->plan().themes[0].measures[0].principleIds;
    doc->undoStack()->push(new InsertItem<Measure>(doc, added, 0, QStringLiteral("add")));
    const QList<CoverageSheet> sheets = coverage->sheets();
    ASSERT_FALSE(sheets.isEmpty());
    // The principles sheet has a row per theme and per measure.
    EXPECT_EQ(sheets[0].rows.size(), principleRows + 1);
    bool listed = false;
    for (const QStringList &row : sheets[0].rows)
        listed = listed || row.join(QString()).contains(added.title);
    EXPECT_TRUE(listed);
}
