// Daily use of the main window: the start page, the outline's keys, tool
// bar and context menu, undo entries that name their item, one selection
// across the views, and new plans' years.
#include "GuiTestSupport.h"

#include "models/FiscalYear.h"
#include "models/Numbering.h"
#include "models/PlanDocument.h"
#include "models/RecentFiles.h"
#include "models/SamplePlan.h"
#include "views/editors/ItemEditorPanel.h"
#include "views/kpi/KpiDashboardView.h"
#include "views/roadmap/RoadmapCanvas.h"
#include "views/roadmap/RoadmapView.h"
#include "views/window/MainWindow.h"
#include "views/window/ManualWindow.h"
#include "views/window/MeasuresPage.h"
#include "views/window/StartPage.h"

#include <QAction>
#include <QDockWidget>
#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

namespace {

class DailyUseTest : public GuiTest
{
protected:
    std::unique_ptr<MainWindow> makeWindow(bool withPlan = true)
    {
        auto window = std::make_unique<MainWindow>();
        window->setPrompter(&m_prompter);
        if (withPlan) {
            EXPECT_TRUE(window->newPlan(SamplePlan::names().first()));
        }
        window->show();
        QApplication::setActiveWindow(window.get());
        QApplication::processEvents();
        return window;
    }
    static QAction *action(MainWindow *window, const char *name)
    {
        return window->findChild<QAction *>(QLatin1String(name));
    }
    static void selectInOutline(MainWindow *window, const OutlineNode &node)
    {
        const QModelIndex index = window->outlineModel()->indexOf(node);
        ASSERT_TRUE(index.isValid());
        window->outlineView()->setCurrentIndex(index);
    }
    // Presses a key in the outline as the user would, with the outline focused.
    static void pressInOutline(MainWindow *window, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        window->outlineView()->setFocus();
        QTest::keyClick(window->outlineView(), Qt::Key(key), modifiers);
        QApplication::processEvents();
    }
    // The in-place editor the outline has open, or nullptr.
    static QLineEdit *openEditor(MainWindow *window)
    {
        for (QLineEdit *edit : window->outlineView()->viewport()->findChildren<QLineEdit *>())
            if (edit->isVisible())
                return edit;
        return nullptr;
    }
    static QStringList names(std::initializer_list<const char *> list)
    {
        QStringList result;
        for (const char *name : list)
            result << QLatin1String(name);
        return result;
    }
    FakePrompter m_prompter;
};

TEST_F(DailyUseTest, WithoutAPlanTheStartPageOffersWaysToStart)
{
    auto window = makeWindow(false);
    auto *start = window->findChild<StartPage *>(QStringLiteral("startPage"));
    ASSERT_TRUE(start);
    EXPECT_TRUE(start->isVisible());
    EXPECT_FALSE(window->findChild<QTabWidget *>(QStringLiteral("centralTabs"))->isVisible());
    // The docks, empty without a plan, step aside and come back with one.
    auto *outlineDock = window->findChild<QDockWidget *>(QStringLiteral("outlineDock"));
    EXPECT_FALSE(outlineDock->isVisible());

    // A sample, from its button.
    auto *sample = start->findChild<QPushButton *>(QStringLiteral("startSample_") + SamplePlan::names().first());
    ASSERT_TRUE(sample);
    sample->click();
    ASSERT_TRUE(window->document());
    EXPECT_FALSE(start->isVisible());
    EXPECT_TRUE(outlineDock->isVisible());

    // Saved, closed: the page lists it, and opens it again.
    const QString file = path(QStringLiteral("town.dxplan"));
    m_prompter.fileToSave = file;
    ASSERT_TRUE(window->saveAs());
    ASSERT_TRUE(window->closeDocument());
    EXPECT_TRUE(start->isVisible());
    QListWidget *recent = start->recentList();
    ASSERT_GE(recent->count(), 1);
    EXPECT_EQ(recent->item(0)->data(Qt::UserRole).toString(), QFileInfo(file).absoluteFilePath());
    emit recent->itemActivated(recent->item(0));
    ASSERT_TRUE(window->document());
    EXPECT_EQ(window->document()->filePath(), QFileInfo(file).absoluteFilePath());
    window->closeDocument();

    // A blank plan, and the manual from its link.
    start->findChild<QPushButton *>(QStringLiteral("startNewPlan"))->click();
    ASSERT_TRUE(window->document());
    window->closeDocument();
    emit start->helpRequested();
    auto *manual = window->findChild<ManualWindow *>();
    ASSERT_TRUE(manual);
    EXPECT_TRUE(manual->browser()->toPlainText().contains(QStringLiteral("Keyboard shortcuts")));
}

TEST_F(DailyUseTest, NewPlansCoverTheFiscalYearUnderWayAndFourMore)
{
    auto window = makeWindow(false);
    ASSERT_TRUE(window->newPlan());
    const int now = FiscalYear::ofDate(QDate::currentDate());
    EXPECT_EQ(window->document()->plan().info.startYear, now);
    EXPECT_EQ(window->document()->plan().info.endYear, now + 4);
    window->closeDocument();
}

TEST_F(DailyUseTest, TheOutlineKeysAddRenameAndDeleteAsOneUndoStepEach)
{
    auto window = makeWindow();
    PlanDocument *doc = window->document();
    const Theme &theme = doc->plan().themes.first();
    const int themeId = theme.id;
    const int firstMeasure = theme.measures.first().id;
    const int measures = int(theme.measures.size());
    selectInOutline(window.get(), OutlineNode::of<Measure>(firstMeasure));

    // Insert: a measure after the selected one, its title open for typing.
    pressInOutline(window.get(), Qt::Key_Insert);
    ASSERT_EQ(doc->plan().theme(themeId)->measures.size(), measures + 1);
    const Measure added = doc->plan().theme(themeId)->measures.at(1);
    auto *editor = openEditor(window.get());
    ASSERT_TRUE(editor);
    EXPECT_EQ(editor->selectedText(), added.title); // typing replaces it
    editor->setText(QStringLiteral("オンライン申請の拡充"));
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents();
    EXPECT_EQ(doc->plan().theme(themeId)->measures.at(1).title, QStringLiteral("オンライン申請の拡充"));
    EXPECT_TRUE(doc->undoStack()->text(doc->undoStack()->index() - 1).contains(added.title));

    // F2 opens the same editor on the selected item.
    window->outlineView()->setCurrentIndex(window->outlineModel()->indexOf(OutlineNode::of<Measure>(added.id)));
    pressInOutline(window.get(), Qt::Key_F2);
    editor = openEditor(window.get());
    ASSERT_TRUE(editor);
    EXPECT_EQ(editor->text(), QStringLiteral("オンライン申請の拡充"));
    QTest::keyClick(editor, Qt::Key_Escape);
    QApplication::processEvents();

    // Delete removes it; Ctrl+Z brings it back; Ctrl+Y and Ctrl+Shift+Z redo.
    pressInOutline(window.get(), Qt::Key_Delete);
    EXPECT_FALSE(findItem<Measure>(doc->plan(), added.id));
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(findItem<Measure>(doc->plan(), added.id));
    QTest::keyClick(window.get(), Qt::Key_Y, Qt::ControlModifier);
    EXPECT_FALSE(findItem<Measure>(doc->plan(), added.id));
    doc->undoStack()->undo();
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_FALSE(findItem<Measure>(doc->plan(), added.id));
    window->closeDocument();
}

TEST_F(DailyUseTest, DeleteInATextFieldDeletesCharactersNotTheItem)
{
    auto window = makeWindow();
    PlanDocument *doc = window->document();
    const int measure = doc->plan().themes.first().measures.first().id;
    selectInOutline(window.get(), OutlineNode::of<Measure>(measure));
    auto *title = window->editorPanel()->findChild<QLineEdit *>();
    ASSERT_TRUE(title);
    title->setFocus();
    title->setCursorPosition(0);
    QTest::keyClick(title, Qt::Key_Delete);
    EXPECT_TRUE(findItem<Measure>(doc->plan(), measure));
    window->closeDocument();
}

TEST_F(DailyUseTest, TheOutlineMenuAndToolBarOfferTheSameCommands)
{
    auto window = makeWindow();
    PlanDocument *doc = window->document();
    const Theme theme = doc->plan().themes.first();
    const QModelIndex measure = window->outlineModel()->indexOf(OutlineNode::of<Measure>(theme.measures.first().id));
    QStringList offered;
    QTimer::singleShot(0, [&offered] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            for (QAction *a : menu->actions())
                if (!a->isSeparator())
                    offered << a->objectName();
            menu->close();
        }
    });
    window->outlineView()->scrollTo(measure);
    const QPoint at = window->outlineView()->visualRect(measure).center();
    emit window->outlineView()->customContextMenuRequested(at);
    EXPECT_EQ(offered, names({ "actionAddSibling", "actionRename", "actionDeleteItem", "actionMoveUp", "actionMoveDown" }));

    auto *bar = window->findChild<QWidget *>(QStringLiteral("outlineToolBar"));
    ASSERT_TRUE(bar);
    QStringList onBar;
    for (QAction *a : bar->actions())
        if (!a->isSeparator())
            onBar << a->objectName();
    EXPECT_EQ(onBar, names({ "actionAddSibling", "actionAddChild", "actionRename", "actionDeleteItem", "actionMoveUp",
                             "actionMoveDown" }));
    // On a theme, Add Measure to Theme adds into it.
    selectInOutline(window.get(), OutlineNode::of<Theme>(theme.id));
    action(window.get(), "actionAddChild")->trigger();
    EXPECT_EQ(doc->plan().theme(theme.id)->measures.size(), theme.measures.size() + 1);
    window->closeDocument();
}

TEST_F(DailyUseTest, UndoEntriesNameTheirItem)
{
    auto window = makeWindow();
    PlanDocument *doc = window->document();
    const Measure measure = doc->plan().themes.first().measures.first();
    const QString number = PlanNumbers(doc->plan()).measure(measure.id);
    selectInOutline(window.get(), OutlineNode::of<Measure>(measure.id));
    auto *title = window->editorPanel()->findChild<QLineEdit *>();
    ASSERT_TRUE(title);
    title->setText(measure.title + QStringLiteral("（改）"));
    emit title->textEdited(title->text());
    emit title->editingFinished();
    QApplication::processEvents();
    ASSERT_GE(doc->undoStack()->count(), 1);
    const QString text = doc->undoStack()->text(doc->undoStack()->count() - 1);
    EXPECT_TRUE(text.contains(number + QLatin1Char(' ') + measure.title.left(20))) << text.toStdString();
    window->closeDocument();
}

TEST_F(DailyUseTest, OneSelectionAcrossOutlineTableEditorAndRoadmap)
{
    auto window = makeWindow();
    PlanDocument *doc = window->document();
    auto *roadmap = window->findChild<RoadmapView *>(QStringLiteral("roadmapView"));
    ASSERT_TRUE(roadmap);
    const Measure last = doc->plan().themes.last().measures.last();

    // Chosen in the outline: the roadmap marks it, the editor shows it.
    selectInOutline(window.get(), OutlineNode::of<Measure>(last.id));
    EXPECT_EQ(roadmap->canvas()->selectedMeasure(), last.id);
    EXPECT_EQ(window->editorPanel()->node(), OutlineNode::of<Measure>(last.id));

    // Chosen on the roadmap: the outline and editor follow.
    const Measure first = doc->plan().themes.first().measures.first();
    emit roadmap->canvas()->measureClicked(first.id);
    EXPECT_EQ(window->outlineModel()->nodeAt(window->outlineView()->currentIndex()), OutlineNode::of<Measure>(first.id));
    EXPECT_EQ(window->editorPanel()->node(), OutlineNode::of<Measure>(first.id));
    EXPECT_EQ(roadmap->canvas()->selectedMeasure(), first.id);

    // The KPI tab does not keep showing the measure in the editor dock.
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("centralTabs"));
    auto *kpis = window->findChild<KpiDashboardView *>();
    // It steps aside there, leaving the width to the dashboard, and comes back.
    auto *editorDock = window->findChild<QDockWidget *>(QStringLiteral("editorDock"));
    ASSERT_TRUE(editorDock->isVisible());
    tabs->setCurrentWidget(kpis);
    EXPECT_FALSE(window->editorPanel()->node().is(PlanChange::Part::Measure));
    EXPECT_FALSE(editorDock->isVisible());
    tabs->setCurrentWidget(roadmap);
    EXPECT_EQ(window->editorPanel()->node(), OutlineNode::of<Measure>(first.id));
    EXPECT_TRUE(editorDock->isVisible());
    window->closeDocument();
}

TEST_F(DailyUseTest, HelpOpensTheManualInTheInterfaceLanguage)
{
    auto window = makeWindow();
    ASSERT_TRUE(action(window.get(), "actionManual"));
    EXPECT_EQ(action(window.get(), "actionManual")->shortcut(), QKeySequence(QKeySequence::HelpContents));
    action(window.get(), "actionManual")->trigger();
    auto *manual = window->findChild<ManualWindow *>();
    ASSERT_TRUE(manual);
    EXPECT_TRUE(manual->isVisible());
    EXPECT_TRUE(action(window.get(), "actionWhatsThis"));
    // Both manuals are compiled in and name every part of the window.
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("ja") }) {
        QTextBrowser browser;
        browser.setSource(QUrl(ManualWindow::source(language)));
        EXPECT_GT(browser.toPlainText().size(), 2000) << language.toStdString();
    }
    window->closeDocument();
}

} // namespace
