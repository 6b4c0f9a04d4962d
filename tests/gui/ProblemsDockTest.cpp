#include "GuiTestSupport.h"

#include "models/PlanDocument.h"
#include "models/commands/ItemCommands.h"
#include "views/itemmodels/OutlineNode.h"
#include "views/problems/ProblemsModel.h"
#include "views/problems/ProblemsPanel.h"
#include "views/window/MainWindow.h"

#include <QAction>
#include <QDockWidget>
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
