// Edit > Mark Revision, Revision History and Compare, driven as a user
// drives them: through the dialogs' fields and buttons and the window's
// actions.
#include "GuiTestSupport.h"

#include "models/PlanDiff.h"
#include "models/PlanDocument.h"
#include "models/SamplePlan.h"
#include "views/editors/ItemEditorPanel.h"
#include "views/revisions/ComparisonModel.h"
#include "views/revisions/ComparisonSource.h"
#include "views/revisions/ComparisonWindow.h"
#include "views/common/DateField.h"
#include "views/revisions/MarkRevisionDialog.h"
#include "views/revisions/RevisionHistoryDialog.h"
#include "views/revisions/RevisionListModel.h"
#include "views/window/MainWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

namespace {

class RevisionWindowsTest : public GuiTest
{
protected:
    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>();
        window->setPrompter(&m_prompter);
        EXPECT_TRUE(window->newPlan(SamplePlan::names().first()));
        return window;
    }
    static void trigger(MainWindow *window, const char *name)
    {
        auto *action = window->findChild<QAction *>(QLatin1String(name));
        ASSERT_NE(action, nullptr) << name;
        ASSERT_TRUE(action->isEnabled()) << name;
        action->trigger();
    }
    template<typename W>
    static W *child(QWidget *parent, const char *name)
    {
        auto *widget = parent->findChild<W *>(QLatin1String(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }
    // Key presses carrying text; QTest::keyClicks knows only ASCII.
    static void typeInto(QWidget *widget, const QString &text)
    {
        for (const QChar ch : text) {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(ch));
            QCoreApplication::sendEvent(widget, &press);
            QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(ch));
            QCoreApplication::sendEvent(widget, &release);
        }
    }
    static void replaceText(QLineEdit *edit, const QString &text)
    {
        edit->selectAll();
        typeInto(edit, text);
    }
    // Edit > Mark Revision, the name typed in and OK clicked; the dialog,
    // still open when it refused the name.
    static QPointer<MarkRevisionDialog> markRevision(MainWindow *window, const QString &name,
                                                     const QString &note = {})
    {
        trigger(window, "actionMarkRevision");
        QPointer<MarkRevisionDialog> dialog = window->findChild<MarkRevisionDialog *>();
        EXPECT_TRUE(dialog);
        if (!dialog)
            return dialog;
        EXPECT_TRUE(dialog->isVisible());
        replaceText(child<QLineEdit>(dialog, "revisionName"), name);
        typeInto(child<QPlainTextEdit>(dialog, "revisionNote"), note);
        QTest::mouseClick(child<QPushButton>(dialog, "markRevisionOk"), Qt::LeftButton);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return dialog;
    }
    // Renames a measure in its editor, as a user types a new title.
    static void renameMeasure(MainWindow *window, int measureId, const QString &title)
    {
        window->selectNode(OutlineNode::of<Measure>(measureId));
        auto *edit = window->editorPanel()->findChild<QLineEdit *>(QStringLiteral("measureTitle"));
        ASSERT_NE(edit, nullptr);
        replaceText(edit, title);
        ASSERT_EQ(window->document()->plan().measure(measureId)->title, title);
    }
    static const Revision *revisionNamed(const Plan &plan, const QString &name)
    {
        for (const Revision &r : plan.revisions)
            if (r.name == name)
                return &r;
        return nullptr;
    }
    static Plan withoutRevisions(Plan plan)
    {
        plan.revisions.clear();
        return plan;
    }
    // The rows of the comparison list under each kind's row.
    static QList<const PlanDifference *> shownDifferences(const ComparisonModel *model)
    {
        QList<const PlanDifference *> shown;
        for (int g = 0; g < model->rowCount(); ++g) {
            const QModelIndex group = model->index(g, 0);
            for (int row = 0; row < model->rowCount(group); ++row)
                shown << model->differenceFromIndex(model->index(row, 0, group));
        }
        return shown;
    }

    FakePrompter m_prompter;
    ModelTesters m_testers;
};

TEST_F(RevisionWindowsTest, MarkingThroughTheDialogKeepsASnapshotAndUndoTakesItBack)
{
    auto window = makeWindow();
    PlanDocument *doc = window->document();
    const Plan before = doc->plan();
    const int revisions = int(before.revisions.size());

    // The name follows the date until the user types one.
    trigger(window.get(), "actionMarkRevision");
    QPointer<MarkRevisionDialog> dialog = window->findChild<MarkRevisionDialog *>();
    ASSERT_TRUE(dialog);
    // Typed as people write dates; it takes effect on Return.
    QLineEdit *date = child<DateField>(dialog, "revisionDate")->lineEdit();
    date->setText(QStringLiteral("R7.3.14"));
    emit date->editingFinished();
    EXPECT_EQ(child<QLineEdit>(dialog, "revisionName")->text(), QStringLiteral("令和7年3月改定"));
    EXPECT_EQ(MarkRevisionDialog::suggestedName(before.info, QDate(2025, 3, 14)), QStringLiteral("令和7年3月改定"));
    dialog->reject();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_EQ(doc->plan().revisions.size(), revisions);

    dialog = markRevision(window.get(), QStringLiteral("中間見直し"), QStringLiteral("施策の見直し"));
    EXPECT_FALSE(dialog) << "the dialog closes once the revision is marked";
    ASSERT_EQ(doc->plan().revisions.size(), revisions + 1);
    const Revision marked = doc->plan().revisions.last();
    EXPECT_EQ(marked.name, QStringLiteral("中間見直し"));
    EXPECT_EQ(marked.summary, QStringLiteral("施策の見直し"));
    EXPECT_EQ(marked.date.date, QDate::currentDate());
    EXPECT_TRUE(marked.hasSnapshot);
    Plan snapshot;
    QString error;
    ASSERT_TRUE(doc->revisionPlan(marked.id, &snapshot, &error)) << error.toStdString();
    EXPECT_TRUE(snapshot == withoutRevisions(before));

    trigger(window.get(), "actionUndo");
    EXPECT_EQ(doc->plan().revisions.size(), revisions);
    EXPECT_TRUE(doc->plan() == before);
    trigger(window.get(), "actionRedo");
    EXPECT_TRUE(revisionNamed(doc->plan(), QStringLiteral("中間見直し")));
    window->closeDocument();
}

TEST_F(RevisionWindowsTest, AnEmptyOrTakenNameIsRefusedInTheDialog)
{
    auto window = makeWindow();
    PlanDocument *doc = window->document();
    ASSERT_FALSE(markRevision(window.get(), QStringLiteral("令和7年3月改定")));

    for (const QString &name : { QStringLiteral("令和7年3月改定"), QStringLiteral(" 令和7年3月改定 "), QStringLiteral("  ") }) {
        const int commands = doc->undoStack()->count();
        const int revisions = int(doc->plan().revisions.size());
        QPointer<MarkRevisionDialog> dialog = markRevision(window.get(), name);
        ASSERT_TRUE(dialog) << name.toStdString();
        EXPECT_TRUE(dialog->isVisible());
        auto *problem = child<QLabel>(dialog, "revisionProblem");
        EXPECT_FALSE(problem->isHidden());
        if (!name.trimmed().isEmpty()) {
            EXPECT_TRUE(problem->text().contains(name.trimmed())) << problem->text().toStdString();
        }
        EXPECT_EQ(doc->undoStack()->count(), commands);
        EXPECT_EQ(doc->plan().revisions.size(), revisions);
        // Another name goes through.
        const QString other = QStringLiteral("改定%1").arg(doc->plan().revisions.size());
        replaceText(child<QLineEdit>(dialog, "revisionName"), other);
        EXPECT_TRUE(problem->isHidden());
        QTest::mouseClick(child<QPushButton>(dialog, "markRevisionOk"), Qt::LeftButton);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        EXPECT_FALSE(dialog);
        EXPECT_TRUE(revisionNamed(doc->plan(), other));
    }
    window->closeDocument();
}

TEST_F(RevisionWindowsTest, HistoryListsRevisionsAndWhatCanBeDoneWithThem)
{
    auto window = makeWindow();
    PlanDocument *doc = window->document();
    // A revision typed in from the printed history: no snapshot.
    trigger(window.get(), "actionAddRevision");
    ASSERT_FALSE(markRevision(window.get(), QStringLiteral("令和7年3月改定"), QStringLiteral("KPIの追加")));

    trigger(window.get(), "actionRevisionHistory");
    RevisionHistoryDialog *history = window->findChild<RevisionHistoryDialog *>();
    ASSERT_NE(history, nullptr);
    EXPECT_TRUE(history->isVisible());
    m_testers.watch(history->model());
    RevisionListModel *model = history->model();
    ASSERT_EQ(model->rowCount(), doc->plan().revisions.size());
    const Revision typed = doc->plan().revisions.first();
    const Revision marked = doc->plan().revisions.last();
    ASSERT_FALSE(typed.hasSnapshot);
    const QModelIndex row = model->indexFromRevision(marked.id);
    EXPECT_EQ(row.siblingAtColumn(RevisionListModel::Name).data().toString(), marked.name);
    EXPECT_EQ(row.siblingAtColumn(RevisionListModel::Note).data().toString(), QStringLiteral("KPIの追加"));
    EXPECT_EQ(row.siblingAtColumn(RevisionListModel::Author).data().toString(), marked.author);
    EXPECT_FALSE(row.siblingAtColumn(RevisionListModel::Date).data().toString().isEmpty());
    EXPECT_NE(row.siblingAtColumn(RevisionListModel::Snapshot).data(),
              model->indexFromRevision(typed.id, RevisionListModel::Snapshot).data());

    auto *open = child<QPushButton>(history, "openRevisionButton");
    auto *compareWithCurrent = child<QPushButton>(history, "compareWithCurrentButton");
    auto *restore = child<QPushButton>(history, "restoreRevisionButton");
    auto *compareTwo = child<QPushButton>(history, "compareRevisionsButton");
    history->selectRevision(typed.id);
    for (QPushButton *button : { open, compareWithCurrent, restore }) {
        EXPECT_FALSE(button->isEnabled()) << button->objectName().toStdString();
        EXPECT_EQ(button->toolTip(), RevisionListModel::noSnapshotReason());
    }
    history->selectRevision(marked.id);
    for (QPushButton *button : { open, compareWithCurrent, restore })
        EXPECT_TRUE(button->isEnabled()) << button->objectName().toStdString();
    EXPECT_FALSE(compareTwo->isEnabled());

    // Two selected, one of them without a snapshot: nothing to compare.
    history->view()->selectionModel()->select(model->indexFromRevision(typed.id),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    EXPECT_FALSE(open->isEnabled());
    EXPECT_FALSE(compareTwo->isEnabled());
    EXPECT_EQ(compareTwo->toolTip(), RevisionListModel::noSnapshotReason());

    // A new revision appears in the open dialog; undo takes it away.
    ASSERT_FALSE(markRevision(window.get(), QStringLiteral("令和8年3月改定")));
    EXPECT_EQ(model->rowCount(), doc->plan().revisions.size());
    EXPECT_TRUE(model->indexFromRevision(doc->plan().revisions.last().id).isValid());
    trigger(window.get(), "actionUndo");
    EXPECT_EQ(model->rowCount(), doc->plan().revisions.size());
    EXPECT_TRUE(ModelTesters::failures().isEmpty()) << ModelTesters::failures().join(QLatin1Char('\n')).toStdString();
    window->closeDocument();
    EXPECT_EQ(window->findChild<RevisionHistoryDialog *>(), nullptr) << "the history goes with its plan";
}

TEST_F(RevisionWindowsTest, OpeningARevisionShowsItsSnapshotReadOnlyInAWindowOfItsOwn)
{
    auto window = makeWindow();
    PlanDocument *doc = window->document();
    ASSERT_FALSE(markRevision(window.get(), QStringLiteral("令和7年3月改定")));
    const Revision marked = doc->plan().revisions.last();
    const int measureId = doc->plan().themes[0].measures[0].id;
    renameMeasure(window.get(), measureId, QStringLiteral("改名した施策"));

    trigger(window.get(), "actionRevisionHistory");
    RevisionHistoryDialog *history = window->findChild<RevisionHistoryDialog *>();
    ASSERT_NE(history, nullptr);
    history->selectRevision(marked.id);
    const QList<MainWindow *> before = MainWindow::windows();
    QTest::mouseClick(child<QPushButton>(history, "openRevisionButton"), Qt::LeftButton);
    ASSERT_EQ(MainWindow::windows().size(), before.size() + 1);
    QPointer<MainWindow> opened = MainWindow::windows().last();
    ASSERT_TRUE(opened);
    PlanDocument *snapshotDoc = opened->document();
    ASSERT_NE(snapshotDoc, nullptr);
    EXPECT_TRUE(snapshotDoc->isReadOnly());
    EXPECT_TRUE(snapshotDoc->filePath().isEmpty());
    Plan snapshot;
    QString error;
    ASSERT_TRUE(doc->revisionPlan(marked.id, &snapshot, &error)) << error.toStdString();
    EXPECT_TRUE(snapshotDoc->plan() == snapshot);
    EXPECT_FALSE(snapshotDoc->plan() == withoutRevisions(doc->plan()));
    EXPECT_TRUE(opened->windowTitle().contains(marked.name)) << opened->windowTitle().toStdString();
    EXPECT_TRUE(opened->windowTitle().contains(QLatin1String("read-only")));

    // Nothing in it can be changed, the way every read-only plan is.
    for (const char *name : { "actionAddMeasure", "actionRemove", "actionSave", "actionMarkRevision" })
        EXPECT_FALSE(opened->findChild<QAction *>(QLatin1String(name))->isEnabled()) << name;
    opened->selectNode(OutlineNode::of<Measure>(measureId));
    auto *title = opened->editorPanel()->findChild<QLineEdit *>(QStringLiteral("measureTitle"));
    ASSERT_NE(title, nullptr);
    EXPECT_TRUE(title->isReadOnly());
    typeInto(title, QStringLiteral("x"));
    EXPECT_TRUE(snapshotDoc->plan() == snapshot);
    EXPECT_EQ(snapshotDoc->undoStack()->count(), 0);

    // Closing it asks nothing and leaves no working copy behind.
    const QString workingCopy = snapshotDoc->workingCopyPath();
    EXPECT_TRUE(QFileInfo::exists(workingCopy));
    opened->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_FALSE(opened);
    EXPECT_TRUE(m_prompter.saveQuestions.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(workingCopy));
    window->closeDocument();
}

TEST_F(RevisionWindowsTest, RestoringARevisionIsOneStepUndoBringsThePlanBack)
{
    auto window = makeWindow();
    PlanDocument *doc = window->document();
    ASSERT_FALSE(markRevision(window.get(), QStringLiteral("令和7年3月改定")));
    const Revision marked = doc->plan().revisions.last();
    const Plan atRevision = doc->plan();
    renameMeasure(window.get(), doc->plan().themes[0].measures[0].id, QStringLiteral("改名した施策"));
    trigger(window.get(), "actionAddTheme");
    const Plan edited = doc->plan();
    ASSERT_FALSE(edited == atRevision);

    trigger(window.get(), "actionRevisionHistory");
    RevisionHistoryDialog *history = window->findChild<RevisionHistoryDialog *>();
    ASSERT_NE(history, nullptr);
    history->selectRevision(marked.id);
    const int commands = doc->undoStack()->count();
    m_prompter.answerYes = false;
    QTest::mouseClick(child<QPushButton>(history, "restoreRevisionButton"), Qt::LeftButton);
    ASSERT_EQ(m_prompter.questions.size(), 1);
    EXPECT_TRUE(m_prompter.questions.first().contains(marked.name));
    EXPECT_TRUE(doc->plan() == edited) << "a refused restore changes nothing";

    m_prompter.answerYes = true;
    QTest::mouseClick(child<QPushButton>(history, "restoreRevisionButton"), Qt::LeftButton);
    EXPECT_EQ(doc->undoStack()->count(), commands + 1);
    EXPECT_TRUE(withoutRevisions(doc->plan()) == withoutRevisions(atRevision));
    EXPECT_EQ(doc->plan().revisions, edited.revisions) << "the history stays";
    EXPECT_TRUE(window->isWindowModified());

    trigger(window.get(), "actionUndo");
    EXPECT_TRUE(doc->plan() == edited);
    window->closeDocument();
}

TEST_F(RevisionWindowsTest, ComparisonListsARenamedMeasureAsOneChangedTitle)
{
    auto window = makeWindow();
    PlanDocument *doc = window->document();
    ASSERT_FALSE(markRevision(window.get(), QStringLiteral("令和7年3月改定")));
    const Revision marked = doc->plan().revisions.last();
    const Measure measure = doc->plan().themes[0].measures[0];
    renameMeasure(window.get(), measure.id, measure.title + QStringLiteral("（改）"));

    trigger(window.get(), "actionRevisionHistory");
    RevisionHistoryDialog *history = window->findChild<RevisionHistoryDialog *>();
    ASSERT_NE(history, nullptr);
    history->selectRevision(marked.id);
    QTest::mouseClick(child<QPushButton>(history, "compareWithCurrentButton"), Qt::LeftButton);
    ComparisonWindow *comparison = window->findChild<ComparisonWindow *>();
    ASSERT_NE(comparison, nullptr);
    EXPECT_TRUE(comparison->isVisible());
    EXPECT_EQ(comparison->before(), ComparisonSource::revision(marked.id));
    EXPECT_EQ(comparison->after(), ComparisonSource::current());
    ComparisonModel *model = comparison->model();
    m_testers.watch(model);

    const QList<const PlanDifference *> shown = shownDifferences(model);
    ASSERT_EQ(shown.size(), 1);
    EXPECT_EQ(model->totalCount(), 1);
    const PlanDifference &d = *shown.first();
    EXPECT_EQ(d.change, PlanDifference::Change::Changed);
    EXPECT_EQ(d.part, PlanChange::Part::Measure);
    EXPECT_EQ(d.id, measure.id);
    EXPECT_EQ(d.field, QStringLiteral("title"));
    EXPECT_EQ(d.before, measure.title);
    EXPECT_EQ(d.after, measure.title + QStringLiteral("（改）"));
    const QModelIndex row = model->index(0, 0, model->index(0, 0));
    EXPECT_EQ(row.siblingAtColumn(ComparisonModel::Change).data().toString(),
              ComparisonModel::changeText(PlanDifference::Change::Changed));
    EXPECT_EQ(row.siblingAtColumn(ComparisonModel::Item).data().toString(),
              ComparisonModel::itemText(PlanChange::Part::Measure));
    EXPECT_EQ(row.siblingAtColumn(ComparisonModel::Before).data().toString(), measure.title);

    // The detail pane: the old title whole, the added characters marked.
    comparison->view()->setCurrentIndex(row);
    auto *beforeText = child<QTextBrowser>(comparison, "comparisonBeforeText");
    auto *afterText = child<QTextBrowser>(comparison, "comparisonAfterText");
    EXPECT_EQ(beforeText->toPlainText(), measure.title);
    EXPECT_EQ(afterText->toPlainText(), measure.title + QStringLiteral("（改）"));
    EXPECT_TRUE(afterText->toHtml().contains(QLatin1String("underline")));
    EXPECT_FALSE(beforeText->toHtml().contains(QLatin1String("line-through")));

    // Enter on the row selects the measure in the main window.
    window->selectNode(OutlineNode::info());
    ASSERT_FALSE(window->selectedNode() == OutlineNode::of<Measure>(measure.id));
    comparison->view()->setFocus();
    QTest::keyClick(comparison->view(), Qt::Key_Return);
    EXPECT_TRUE(window->selectedNode() == OutlineNode::of<Measure>(measure.id));

    // The comparison follows further edits of the plan.
    renameMeasure(window.get(), measure.id, measure.title);
    QTest::qWait(10);
    EXPECT_EQ(model->totalCount(), 0);
    EXPECT_TRUE(ModelTesters::failures().isEmpty()) << ModelTesters::failures().join(QLatin1Char('\n')).toStdString();
    window->closeDocument();
    EXPECT_EQ(window->findChild<ComparisonWindow *>(), nullptr) << "the comparison goes with its plan";
}

TEST_F(RevisionWindowsTest, ComparisonFiltersByChangeAndByItem)
{
    auto window = makeWindow();
    PlanDocument *doc = window->document();
    ASSERT_FALSE(markRevision(window.get(), QStringLiteral("令和7年3月改定")));
    const Plan atRevision = doc->plan();
    ASSERT_GE(atRevision.themes[0].measures.size() + atRevision.themes[1].measures.size(), 2);
    const Measure renamed = atRevision.themes[1].measures[0];
    const Measure removed = atRevision.themes[1].measures.last();
    ASSERT_NE(renamed.id, removed.id);
    renameMeasure(window.get(), renamed.id, QStringLiteral("新しい名前"));
    window->selectNode(OutlineNode::of<Measure>(removed.id));
    trigger(window.get(), "actionRemove");
    trigger(window.get(), "actionAddTheme");
    const int addedTheme = doc->plan().themes.last().id;

    trigger(window.get(), "actionCompare");
    ComparisonWindow *comparison = window->findChild<ComparisonWindow *>();
    ASSERT_NE(comparison, nullptr);
    ComparisonModel *model = comparison->model();
    m_testers.watch(model);
    const QList<PlanDifference> all = PlanDiff::compare(withoutRevisions(atRevision), doc->plan(), false);
    ASSERT_EQ(model->totalCount(), all.size());
    auto count = [&](auto predicate) {
        int n = 0;
        for (const PlanDifference *d : shownDifferences(model))
            n += predicate(*d) ? 1 : 0;
        return n;
    };
    auto any = [](const PlanDifference &) { return true; };
    EXPECT_EQ(count([&](const PlanDifference &d) { return d.change == PlanDifference::Change::Removed && d.id == removed.id; }), 1);
    EXPECT_EQ(count([&](const PlanDifference &d) {
                  return d.change == PlanDifference::Change::Added && d.part == PlanChange::Part::Theme && d.id == addedTheme;
              }), 1);
    EXPECT_EQ(count([&](const PlanDifference &d) { return d.id == renamed.id && d.field == QLatin1String("title"); }), 1);
    auto *counter = child<QLabel>(comparison, "comparisonCount");
    EXPECT_TRUE(counter->text().contains(QString::number(all.size()))) << counter->text().toStdString();

    // Removed unticked: no removal shown, everything else still is.
    child<QCheckBox>(comparison, "comparisonShowRemoved")->setChecked(false);
    int removals = 0;
    for (const PlanDifference &d : all)
        removals += d.change == PlanDifference::Change::Removed ? 1 : 0;
    ASSERT_GT(removals, 0);
    EXPECT_EQ(count([](const PlanDifference &d) { return d.change == PlanDifference::Change::Removed; }), 0);
    EXPECT_EQ(count(any), all.size() - removals);
    EXPECT_EQ(model->shownCount(), all.size() - removals);
    EXPECT_TRUE(counter->text().contains(QString::number(all.size() - removals))) << counter->text().toStdString();
    child<QCheckBox>(comparison, "comparisonShowRemoved")->setChecked(true);
    EXPECT_EQ(count(any), all.size());

    // Themes only.
    auto *items = child<QComboBox>(comparison, "comparisonItemFilter");
    const int themes = items->findData(int(PlanChange::Part::Theme));
    ASSERT_GE(themes, 0);
    items->setCurrentIndex(themes);
    EXPECT_GT(count(any), 0);
    EXPECT_EQ(count([](const PlanDifference &d) { return d.part != PlanChange::Part::Theme; }), 0);
    EXPECT_EQ(model->rowCount(), 1);
    items->setCurrentIndex(0);
    EXPECT_EQ(count(any), all.size());

    // The removed measure is nowhere to go to; the renamed one is.
    for (const PlanDifference *d : shownDifferences(model)) {
        if (d->part != PlanChange::Part::Measure)
            continue;
        if (d->id == removed.id) {
            EXPECT_FALSE(comparison->canGoTo(*d));
        } else if (d->id == renamed.id) {
            EXPECT_TRUE(comparison->canGoTo(*d));
        }
    }
    EXPECT_TRUE(ModelTesters::failures().isEmpty()) << ModelTesters::failures().join(QLatin1Char('\n')).toStdString();
    window->closeDocument();
}

TEST_F(RevisionWindowsTest, TwoOtherFilesHaveNothingToGoTo)
{
    auto window = makeWindow();
    const QString first = writeSamplePlan(path(QStringLiteral("a.dxplan")), QStringLiteral("西ノ島町DX推進計画"));
    const QString second = writeSamplePlan(path(QStringLiteral("b.dxplan")), QStringLiteral("西ノ島町DX推進計画（改定版）"));
    ComparisonWindow *comparison = window->compare(ComparisonSource::file(first), ComparisonSource::file(second));
    ASSERT_NE(comparison, nullptr);
    const QList<const PlanDifference *> shown = shownDifferences(comparison->model());
    ASSERT_EQ(shown.size(), 1);
    EXPECT_EQ(shown.first()->part, PlanChange::Part::Info);
    EXPECT_EQ(shown.first()->field, QStringLiteral("title"));
    EXPECT_EQ(comparison->beforeLabel(), QStringLiteral("a.dxplan"));
    EXPECT_FALSE(comparison->canGoTo(*shown.first()));
    const QModelIndex row = comparison->model()->index(0, 0, comparison->model()->index(0, 0));
    comparison->view()->setCurrentIndex(row);
    EXPECT_FALSE(child<QPushButton>(comparison, "goToItemButton")->isEnabled());
    EXPECT_FALSE(comparison->activate(row));
    // Both reports of the comparison are written, as the export menu writes them.
    auto *exportButton = child<QPushButton>(comparison, "exportComparisonButton");
    EXPECT_TRUE(exportButton->isEnabled());
    ASSERT_NE(exportButton->menu(), nullptr);
    EXPECT_EQ(exportButton->menu()->actions().size(), 2);
    for (const auto &[name, style] : { std::pair { QStringLiteral("table.html"), DocumentComparison::Style::Table },
                                       std::pair { QStringLiteral("markup.html"), DocumentComparison::Style::Markup } }) {
        QString error;
        ASSERT_TRUE(comparison->writeReport(path(name), style, &error)) << error.toStdString();
        QFile report(path(name));
        ASSERT_TRUE(report.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(report.readAll());
        EXPECT_TRUE(html.contains(QStringLiteral("<ins>（改定版）</ins>"))) << name.toStdString();
    }

    // A file that is not a plan is said so in the window.
    EXPECT_FALSE(comparison->setSources(ComparisonSource::file(path(QStringLiteral("missing.dxplan"))),
                                        ComparisonSource::current()));
    EXPECT_FALSE(child<QLabel>(comparison, "comparisonProblem")->isHidden());
    EXPECT_EQ(comparison->model()->totalCount(), 0);
    window->closeDocument();
}

TEST_F(RevisionWindowsTest, EveryShortcutOfTheWindowIsItsOwn)
{
    auto window = makeWindow();
    QHash<QString, QString> seen;
    for (const QAction *action : window->findChildren<QAction *>()) {
        // Shortcuts of one widget (a text editor's toolbar) act only there.
        if (action->shortcutContext() == Qt::WidgetShortcut || action->shortcutContext() == Qt::WidgetWithChildrenShortcut)
            continue;
        for (const QKeySequence &shortcut : action->shortcuts()) {
            const QString key = shortcut.toString(QKeySequence::PortableText);
            EXPECT_FALSE(seen.contains(key)) << key.toStdString() << " is on " << seen.value(key).toStdString()
                                             << " and " << action->objectName().toStdString();
            seen.insert(key, action->objectName());
        }
    }
    for (const char *name : { "actionMarkRevision", "actionRevisionHistory", "actionCompare" })
        EXPECT_FALSE(window->findChild<QAction *>(QLatin1String(name))->shortcut().isEmpty()) << name;
    window->closeDocument();
}

} // namespace
