#include "GuiTestSupport.h"

#include "models/PlanDocument.h"
#include "models/SamplePlan.h"
#include "models/PlanFileLock.h"
#include "models/WorkingCopy.h"
#include "views/editors/ItemEditorPanel.h"
#include "views/editors/ItemFieldEditor.h"
#include "views/itemmodels/MeasuresTableModel.h"
#include "views/window/MainWindow.h"
#include "views/window/MeasuresPage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QKeyEvent>
#include <QTest>
#include <QTreeView>

namespace {


class MainWindowTest : public GuiTest
{
protected:
    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>();
        window->setPrompter(&m_prompter);
        return window;
    }
    static void trigger(MainWindow *window, const char *name)
    {
        QAction *action = window->findChild<QAction *>(QLatin1String(name));
        ASSERT_NE(action, nullptr) << name;
        ASSERT_TRUE(action->isEnabled()) << name;
        action->trigger();
    }
    static QAction *action(MainWindow *window, const char *name)
    {
        return window->findChild<QAction *>(QLatin1String(name));
    }
    template<typename W>
    static W *field(MainWindow *window, const char *name)
    {
        return window->editorPanel()->findChild<W *>(QLatin1String(name));
    }
    // Types into a line edit as a user would (one undo command per field).
    static void type(MainWindow *window, const char *name, const QString &text)
    {
        auto *edit = field<QLineEdit>(window, name);
        ASSERT_NE(edit, nullptr) << name;
        edit->selectAll();
        typeInto(edit, text);
    }
    // The Nishinoshima sample saved as `name` in the test's folder.
    QString writeSamplePlan(const QString &name, const QString &title = {})
    {
        return ::writeSamplePlan(path(name), title);
    }
    static QByteArray bytesOf(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static QString titleIn(const QString &file)
    {
        QString error;
        auto doc = PlanDocument::open(file, true, &error);
        EXPECT_TRUE(doc) << error.toStdString();
        if (!doc)
            return {};
        const QString title = doc->plan().info.title;
        doc->closeCleanly();
        return title;
    }
    static int workingCopyCount()
    {
        return int(QDir(WorkingCopy::rootDirectory()).entryList({ QStringLiteral("*.sqlite") }, QDir::Files).size());
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

    FakePrompter m_prompter;
};

TEST_F(MainWindowTest, BuildAPlanUndoEverythingRedoSaveAndReopen)
{
    auto window = makeWindow();
    ASSERT_TRUE(window->newPlan());
    PlanDocument *doc = window->document();
    const Plan blank = doc->plan();
    EXPECT_EQ(doc->undoStack()->count(), 0);

    type(window.get(), "planTitle", QStringLiteral("Test town DX plan"));
    trigger(window.get(), "actionAddAudience");
    type(window.get(), "audienceName", QStringLiteral("Residents"));
    trigger(window.get(), "actionAddPrinciple");
    type(window.get(), "principleTitle", QStringLiteral("Convenient services"));
    trigger(window.get(), "actionAddDepartment");
    type(window.get(), "departmentName", QStringLiteral("General affairs"));
    trigger(window.get(), "actionAddTheme");
    type(window.get(), "themeTitle", QStringLiteral("Online procedures"));
    trigger(window.get(), "actionAddMeasure");
    type(window.get(), "measureTitle", QStringLiteral("E-applications"));
    auto *principles = field<QListWidget>(window.get(), "measurePrinciples");
    ASSERT_NE(principles, nullptr);
    ASSERT_EQ(principles->count(), 1);
    principles->item(0)->setCheckState(Qt::Checked);
    auto *departments = field<QListWidget>(window.get(), "measureDepartments");
    ASSERT_EQ(departments->count(), 1);
    departments->item(0)->setCheckState(Qt::Checked);
    auto *audience = field<QListWidget>(window.get(), "measureAudience");
    ASSERT_EQ(audience->count(), 1);
    audience->item(0)->setCheckState(Qt::Checked);
    // One click per year: study in the first two years, then operation.
    const int first = doc->plan().info.startYear;
    auto year = [&](int y) { return window->editorPanel()->findChild<QPushButton *>(QStringLiteral("year%1").arg(y)); };
    ASSERT_NE(year(first), nullptr);
    QTest::mouseClick(year(first), Qt::LeftButton);
    QTest::mouseClick(year(first + 1), Qt::LeftButton);
    QTest::mouseClick(year(first + 2), Qt::LeftButton);
    QTest::mouseClick(year(first + 2), Qt::LeftButton);
    trigger(window.get(), "actionAddGlossaryEntry");
    type(window.get(), "glossaryEntryTerm", QStringLiteral("RPA"));
    trigger(window.get(), "actionAddSystem");
    trigger(window.get(), "actionAddRevision");
    trigger(window.get(), "actionAddRole");
    type(window.get(), "roleName", QStringLiteral("CIO"));
    trigger(window.get(), "actionAddKPI");

    const Plan built = doc->plan();
    const Measure &measure = built.themes.value(0).measures.value(0);
    EXPECT_EQ(built.info.title, QStringLiteral("Test town DX plan"));
    EXPECT_EQ(measure.title, QStringLiteral("E-applications"));
    EXPECT_EQ(measure.audienceIds, QList<int>({ built.audiences.value(0).id }));
    EXPECT_EQ(measure.principleIds, QList<int>({ built.principles[0].id }));
    EXPECT_EQ(measure.departmentIds, QList<int>({ built.departments[0].id }));
    ASSERT_EQ(measure.phases.size(), 2);
    EXPECT_EQ(measure.phases[0].kind, Phase::Kind::Study);
    EXPECT_EQ(measure.phases[0].startYear, first);
    EXPECT_EQ(measure.phases[0].endYear, first + 1);
    EXPECT_EQ(measure.phases[1].kind, Phase::Kind::Operate);
    EXPECT_EQ(built.glossary.value(0).term, QStringLiteral("RPA"));
    EXPECT_EQ(built.roles.value(0).name, QStringLiteral("CIO"));
    EXPECT_EQ(built.kpis.size(), 1);
    EXPECT_TRUE(window->isWindowModified());
    // Typing merged: one command per typed field, not per key.
    EXPECT_LT(doc->undoStack()->count(), 30);

    while (doc->undoStack()->canUndo())
        trigger(window.get(), "actionUndo");
    EXPECT_TRUE(doc->plan() == blank);
    EXPECT_FALSE(window->isWindowModified());
    while (doc->undoStack()->canRedo())
        trigger(window.get(), "actionRedo");
    EXPECT_TRUE(doc->plan() == built);

    m_prompter.fileToSave = path(QStringLiteral("built.dxplan"));
    trigger(window.get(), "actionSaveAs");
    EXPECT_TRUE(m_prompter.errors.isEmpty()) << m_prompter.errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_FALSE(window->isWindowModified());
    ASSERT_TRUE(window->closeDocument());
    EXPECT_TRUE(m_prompter.saveQuestions.isEmpty());

    auto reopened = makeWindow();
    ASSERT_TRUE(reopened->openFile(path(QStringLiteral("built.dxplan"))));
    EXPECT_TRUE(reopened->document()->plan() == built);
    // Opening is not undoable: undo must never empty a freshly opened plan.
    EXPECT_EQ(reopened->document()->undoStack()->count(), 0);
    EXPECT_FALSE(action(reopened.get(), "actionUndo")->isEnabled());
    EXPECT_FALSE(reopened->isWindowModified());
    reopened->closeDocument();
}

TEST_F(MainWindowTest, ModifiedMarkFollowsTheCleanState)
{
    auto window = makeWindow();
    ASSERT_TRUE(window->newPlan(SamplePlan::names().first()));
    window->saveTo(path(QStringLiteral("sample.dxplan")));
    EXPECT_FALSE(window->isWindowModified());
    EXPECT_TRUE(window->windowTitle().contains(QLatin1String("sample.dxplan")));
    window->selectNode(OutlineNode::info());
    type(window.get(), "planVision", QStringLiteral("だれもが便利に"));
    EXPECT_TRUE(window->isWindowModified());
    trigger(window.get(), "actionUndo");
    EXPECT_FALSE(window->isWindowModified());
    trigger(window.get(), "actionRedo");
    EXPECT_TRUE(window->isWindowModified());
    // Closing with unsaved changes asks; Cancel keeps the plan open.
    m_prompter.saveAnswer = Prompter::SaveAnswer::Cancel;
    EXPECT_FALSE(window->closeDocument());
    EXPECT_NE(window->document(), nullptr);
    m_prompter.saveAnswer = Prompter::SaveAnswer::Save;
    EXPECT_TRUE(window->closeDocument());
    EXPECT_EQ(m_prompter.saveQuestions.size(), 2);
    auto reopened = makeWindow();
    ASSERT_TRUE(reopened->openFile(path(QStringLiteral("sample.dxplan"))));
    EXPECT_EQ(reopened->document()->plan().info.vision, QStringLiteral("だれもが便利に"));
    reopened->closeDocument();
}

TEST_F(MainWindowTest, RecoversUnsavedWorkAfterACrash)
{
    QString title;
    {
        auto window = makeWindow();
        ASSERT_TRUE(window->newPlan(SamplePlan::names().first()));
        window->selectNode(OutlineNode::info());
        type(window.get(), "planTitle", QStringLiteral("復元される計画"));
        title = window->document()->plan().info.title;
        // The window goes away without closing its plan, as in a crash.
    }
    const QList<WorkingCopy::Info> left = WorkingCopy::recoverable();
    ASSERT_EQ(left.size(), 1);
    EXPECT_EQ(left[0].title, title);
    EXPECT_TRUE(left[0].changedAt.isValid());

    auto window = makeWindow();
    ASSERT_TRUE(window->recoverWorkingCopy(left[0].id));
    EXPECT_EQ(window->document()->plan().info.title, QStringLiteral("復元される計画"));
    EXPECT_TRUE(window->document()->isModified());
    EXPECT_TRUE(window->isWindowModified());
    // Still recoverable until it is saved or discarded on purpose.
    m_prompter.saveAnswer = Prompter::SaveAnswer::Discard;
    ASSERT_TRUE(window->closeDocument());
    EXPECT_TRUE(WorkingCopy::recoverable().isEmpty());
}

TEST_F(MainWindowTest, ReadOnlyRefusesEveryEdit)
{
    {
        auto writer = makeWindow();
        ASSERT_TRUE(writer->newPlan(SamplePlan::names().first()));
        ASSERT_TRUE(writer->saveTo(path(QStringLiteral("audit.dxplan"))));
        writer->closeDocument();
    }
    auto window = makeWindow();
    window->show();
    ASSERT_TRUE(window->openFile(path(QStringLiteral("audit.dxplan")), true));
    PlanDocument *doc = window->document();
    ASSERT_TRUE(doc->isReadOnly());
    const Plan before = doc->plan();
    EXPECT_TRUE(window->findChild<QLabel *>(QStringLiteral("readOnlyBanner"))->isVisible());
    EXPECT_TRUE(window->windowTitle().contains(QLatin1String("read-only")));
    for (const char *name : { "actionAddAudience", "actionAddSection", "actionAddDirection",
                              "actionAddPrinciple", "actionAddRole", "actionAddTheme", "actionAddMeasure",
                              "actionAddKPI", "actionAddDepartment", "actionAddGlossaryEntry", "actionAddSystem",
                              "actionAddRevision", "actionRemove", "actionMoveUp", "actionMoveDown", "actionSave",
                              "actionUndo", "actionRedo" })
        EXPECT_FALSE(action(window.get(), name)->isEnabled()) << name;
    EXPECT_TRUE(action(window.get(), "actionSaveAs")->isEnabled());

    const int measureId = before.themes[1].measures[1].id;
    window->selectNode(OutlineNode::of<Measure>(measureId));
    auto *title = field<QLineEdit>(window.get(), "measureTitle");
    ASSERT_NE(title, nullptr);
    EXPECT_TRUE(title->isReadOnly());
    typeInto(title, QStringLiteral("x"));
    EXPECT_TRUE(field<QPlainTextEdit>(window.get(), "measureOverview")->isReadOnly());
    auto *audience = field<QListWidget>(window.get(), "measureAudience");
    ASSERT_NE(audience, nullptr);
    for (int i = 0; i < audience->count(); ++i)
        EXPECT_FALSE(audience->item(i)->flags() & Qt::ItemIsUserCheckable);
    auto *yearButton = window->editorPanel()->findChild<QPushButton *>(
        QStringLiteral("year%1").arg(before.info.startYear));
    ASSERT_NE(yearButton, nullptr);
    EXPECT_FALSE(yearButton->isEnabled());
    MeasuresTableModel *table = window->measuresPage()->tableModel();
    const QModelIndex cell = table->index(0, MeasuresTableModel::TitleColumn);
    EXPECT_FALSE(table->flags(cell) & Qt::ItemIsEditable);
    EXPECT_FALSE(table->setData(cell, QStringLiteral("changed")));
    EXPECT_FALSE(window->outlineModel()->moveBy(window->outlineModel()->indexOf(OutlineNode::of<Measure>(measureId)), -1));
    EXPECT_FALSE(window->outlineView()->dragEnabled());
    EXPECT_EQ(doc->undoStack()->count(), 0);
    EXPECT_TRUE(doc->plan() == before);
    window->closeDocument();
}

TEST_F(MainWindowTest, BrokenFileGivesOneErrorAndTheWindowGoesOn)
{
    const QString broken = path(QStringLiteral("x.dxplan"));
    QFile file(broken);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    QByteArray noise;
    for (int i = 0; i < 4096; ++i)
        noise.append(char((i * 7919 + 13) & 0xff));
    file.write(noise);
    file.close();

    auto window = makeWindow();
    EXPECT_FALSE(window->openFile(broken));
    ASSERT_EQ(m_prompter.errors.size(), 1);
    EXPECT_TRUE(m_prompter.errors[0].contains(QLatin1String("x.dxplan")));
    EXPECT_EQ(window->document(), nullptr);
    EXPECT_FALSE(QFile::exists(PlanFileLock::lockFilePathFor(broken)));
    ASSERT_TRUE(window->newPlan(SamplePlan::names().first()));
    EXPECT_GT(window->measuresPage()->tableModel()->rowCount(), 0);
    window->closeDocument();
}

TEST_F(MainWindowTest, SecondOpenOfTheSamePlanIsNoticed)
{
    {
        auto writer = makeWindow();
        ASSERT_TRUE(writer->newPlan(SamplePlan::names().first()));
        ASSERT_TRUE(writer->saveTo(path(QStringLiteral("shared.dxplan"))));
        writer->closeDocument();
    }
    // Someone without a window here holds the plan (another DX Plan Studio
    // would look the same, with its process and host).
    PlanFileLock holder(path(QStringLiteral("shared.dxplan")));
    ASSERT_TRUE(holder.tryLock());

    auto second = makeWindow();
    m_prompter.answerYes = false;
    EXPECT_FALSE(second->openFile(path(QStringLiteral("shared.dxplan"))));
    ASSERT_EQ(m_prompter.questions.size(), 1);
    EXPECT_TRUE(m_prompter.questions[0].contains(QLatin1String("already open")));
    EXPECT_EQ(second->document(), nullptr);

    m_prompter.answerYes = true;
    ASSERT_TRUE(second->openFile(path(QStringLiteral("shared.dxplan"))));
    EXPECT_TRUE(second->document()->isReadOnly());
    second->closeDocument();

    // Once the holder lets go, the plan opens for writing again.
    holder.unlock();
    auto third = makeWindow();
    m_prompter.questions.clear();
    ASSERT_TRUE(third->openFile(path(QStringLiteral("shared.dxplan"))));
    EXPECT_TRUE(m_prompter.questions.isEmpty());
    EXPECT_FALSE(third->document()->isReadOnly());
    third->closeDocument();
}

TEST_F(MainWindowTest, AFailedOrRefusedOpenLeavesTheOpenPlanUntouched)
{
    const QString planA = writeSamplePlan(QStringLiteral("a.dxplan"));
    const QString broken = path(QStringLiteral("broken.dxplan"));
    {
        QFile file(broken);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("PK\x03\x04 this is not a plan").repeated(64));
    }
    auto window = makeWindow();
    ASSERT_TRUE(window->openFile(planA));
    PlanDocument *doc = window->document();
    window->selectNode(OutlineNode::info());
    type(window.get(), "planTitle", QStringLiteral("編集中の計画"));
    const Plan before = doc->plan();
    const int commands = doc->undoStack()->count();
    const QString working = doc->workingCopyPath();
    ASSERT_TRUE(window->isWindowModified());

    // A broken file: one error, and plan A is as it was, in the same window,
    // without a question about saving it.
    EXPECT_FALSE(window->openFile(broken));
    ASSERT_EQ(m_prompter.errors.size(), 1);
    EXPECT_TRUE(m_prompter.errors[0].contains(QLatin1String("broken.dxplan")));
    EXPECT_TRUE(m_prompter.saveQuestions.isEmpty());
    EXPECT_EQ(window->document(), doc);
    EXPECT_TRUE(doc->plan() == before);
    EXPECT_EQ(doc->filePath(), QFileInfo(planA).absoluteFilePath());
    EXPECT_EQ(doc->undoStack()->count(), commands);
    EXPECT_TRUE(window->isWindowModified());
    EXPECT_TRUE(window->windowTitle().contains(QLatin1String("a.dxplan")));
    EXPECT_TRUE(QFile::exists(working));
    EXPECT_FALSE(PlanFileLock(planA).tryLock()); // still this window's

    // A plan held elsewhere, and the user declines to read it: no change.
    const QString planB = writeSamplePlan(QStringLiteral("b.dxplan"));
    {
        PlanFileLock holder(planB);
        ASSERT_TRUE(holder.tryLock());
        m_prompter.answerYes = false;
        EXPECT_FALSE(window->openFile(planB));
        EXPECT_EQ(m_prompter.questions.size(), 1);
        EXPECT_EQ(window->document(), doc);
    }

    // The user keeps plan A at the save question: plan B, opened already,
    // goes again without a trace (no working copy, no lock).
    m_prompter.saveAnswer = Prompter::SaveAnswer::Cancel;
    EXPECT_FALSE(window->openFile(planB));
    EXPECT_EQ(m_prompter.saveQuestions.size(), 1);
    EXPECT_EQ(window->document(), doc);
    EXPECT_TRUE(doc->plan() == before);
    EXPECT_EQ(workingCopyCount(), 1);
    EXPECT_TRUE(PlanFileLock(planB).tryLock());

    // And a good open still replaces it once the user agrees.
    m_prompter.saveAnswer = Prompter::SaveAnswer::Discard;
    ASSERT_TRUE(window->openFile(planB));
    EXPECT_EQ(window->document()->filePath(), QFileInfo(planB).absoluteFilePath());
    EXPECT_FALSE(QFile::exists(working));
    EXPECT_TRUE(PlanFileLock(planA).tryLock());
    window->closeDocument();
}

TEST_F(MainWindowTest, SaveConflictOffersSaveAsOverwriteOrCancel)
{
    const QString file = writeSamplePlan(QStringLiteral("shared.dxplan"));
    const QByteArray theirs = bytesOf(writeSamplePlan(QStringLiteral("theirs.dxplan"), QStringLiteral("彼らの版")));
    // Someone saves the file behind the window's back.
    auto theyWrite = [&] {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(theirs);
        ASSERT_TRUE(f.setFileTime(QDateTime::currentDateTime().addSecs(3600), QFileDevice::FileModificationTime));
    };
    auto window = makeWindow();
    ASSERT_TRUE(window->openFile(file));
    window->selectNode(OutlineNode::info());
    type(window.get(), "planTitle", QStringLiteral("私たちの版"));
    theyWrite();

    // Cancel: their file stays as they wrote it, our changes stay unsaved.
    m_prompter.choiceAnswer = -1;
    EXPECT_FALSE(window->save());
    ASSERT_EQ(m_prompter.choices.size(), 1);
    EXPECT_TRUE(m_prompter.choices[0].contains(QLatin1String("changed by someone else")));
    ASSERT_EQ(m_prompter.choiceAnswers.size(), 3);
    EXPECT_TRUE(m_prompter.choiceAnswers[0].contains(QLatin1String("Save")));
    EXPECT_TRUE(m_prompter.choiceAnswers[1].contains(QLatin1String("Overwrite")));
    EXPECT_EQ(bytesOf(file), theirs);
    EXPECT_TRUE(window->isWindowModified());
    EXPECT_TRUE(m_prompter.errors.isEmpty());

    // Overwrite: our version replaces theirs.
    m_prompter.choiceAnswer = 1;
    EXPECT_TRUE(window->save());
    EXPECT_EQ(m_prompter.choices.size(), 2);
    EXPECT_NE(bytesOf(file), theirs);
    EXPECT_EQ(titleIn(file), QStringLiteral("私たちの版"));
    EXPECT_FALSE(window->isWindowModified());

    // They write again; this time our version goes elsewhere (Save As).
    theyWrite();
    window->selectNode(OutlineNode::info());
    type(window.get(), "planTitle", QStringLiteral("私たちの第二版"));
    m_prompter.choiceAnswer = 0;
    m_prompter.fileToSave = path(QStringLiteral("ours.dxplan"));
    EXPECT_TRUE(window->save());
    EXPECT_EQ(m_prompter.choices.size(), 3);
    EXPECT_EQ(bytesOf(file), theirs);
    EXPECT_EQ(titleIn(path(QStringLiteral("ours.dxplan"))), QStringLiteral("私たちの第二版"));
    EXPECT_EQ(window->document()->filePath(), QFileInfo(path(QStringLiteral("ours.dxplan"))).absoluteFilePath());
    EXPECT_FALSE(window->isWindowModified());
    // The window now holds ours, and let theirs go.
    EXPECT_TRUE(PlanFileLock(file).tryLock());
    EXPECT_FALSE(PlanFileLock(path(QStringLiteral("ours.dxplan"))).tryLock());
    EXPECT_TRUE(m_prompter.errors.isEmpty()) << m_prompter.errors.join(QLatin1Char('\n')).toStdString();
    window->closeDocument();
}

TEST_F(MainWindowTest, OpeningAPlanOpenInAnotherWindowBringsThatWindowForward)
{
    const QString file = writeSamplePlan(QStringLiteral("shared.dxplan"));
    auto first = makeWindow();
    ASSERT_TRUE(first->openFile(file));
    first->show();
    auto second = makeWindow();
    ASSERT_TRUE(second->newPlan());
    PlanDocument *secondPlan = second->document();
    second->show();
    for (const bool readOnly : { false, true }) {
        second->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(second.get()));
        EXPECT_TRUE(second->openFile(file, readOnly));
        EXPECT_TRUE(QTest::qWaitForWindowActive(first.get())) << readOnly;
        EXPECT_EQ(QApplication::activeWindow(), first.get()) << readOnly;
        // Nothing asked, nothing opened twice, the second window keeps its plan.
        EXPECT_TRUE(m_prompter.questions.isEmpty());
        EXPECT_EQ(second->document(), secondPlan);
        EXPECT_FALSE(first->document()->isReadOnly());
        EXPECT_EQ(workingCopyCount(), 2);
    }
    EXPECT_EQ(MainWindow::windowWithFile(file), first.get());
    first->closeDocument();
    second->closeDocument();
}

TEST_F(MainWindowTest, APlanOpenReadOnlyComesBackReadOnlyAfterACrash)
{
    const QString file = writeSamplePlan(QStringLiteral("received.dxplan"));
    const QByteArray original = bytesOf(file);
    QString id;
    {
        auto window = makeWindow();
        ASSERT_TRUE(window->openFile(file, true));
        id = QFileInfo(window->document()->workingCopyPath()).completeBaseName();
        // The window goes away without closing its plan, as in a crash.
    }
    const QList<WorkingCopy::Info> left = WorkingCopy::leftBehind();
    ASSERT_EQ(left.size(), 1);
    EXPECT_EQ(left[0].id, id);
    EXPECT_TRUE(left[0].readOnly);
    // Nothing to recover in it: not offered.
    EXPECT_TRUE(WorkingCopy::recoverable().isEmpty());

    auto window = makeWindow();
    window->show();
    ASSERT_TRUE(window->recoverWorkingCopy(id));
    PlanDocument *doc = window->document();
    EXPECT_TRUE(doc->isReadOnly());
    EXPECT_TRUE(window->findChild<QLabel *>(QStringLiteral("readOnlyBanner"))->isVisible());
    EXPECT_TRUE(window->windowTitle().contains(QLatin1String("read-only")));
    EXPECT_FALSE(action(window.get(), "actionSave")->isEnabled());
    EXPECT_FALSE(action(window.get(), "actionAddTheme")->isEnabled());
    // Save never overwrites the received file: it asks for another name.
    EXPECT_FALSE(window->save());
    QString error;
    EXPECT_EQ(doc->save(file, true, &error), PlanDocument::SaveResult::Failed);
    m_prompter.fileToSave = file;
    EXPECT_FALSE(window->saveAs());
    EXPECT_EQ(bytesOf(file), original);
    // Save As elsewhere gives an editable copy.
    m_prompter.fileToSave = path(QStringLiteral("mine.dxplan"));
    ASSERT_TRUE(window->saveAs());
    EXPECT_FALSE(doc->isReadOnly());
    EXPECT_FALSE(window->findChild<QLabel *>(QStringLiteral("readOnlyBanner"))->isVisible());
    EXPECT_TRUE(action(window.get(), "actionSave")->isEnabled());
    EXPECT_EQ(bytesOf(file), original);
    window->closeDocument();
}

TEST_F(MainWindowTest, ReorderWithTheKeyboard)
{
    auto window = makeWindow();
    ASSERT_TRUE(window->newPlan(SamplePlan::names().first()));
    const Plan &plan = window->document()->plan();
    const int themeId = plan.themes[0].id;
    window->selectNode(OutlineNode::of<Theme>(themeId));
    trigger(window.get(), "actionMoveDown");
    EXPECT_EQ(plan.themes[1].id, themeId);
    EXPECT_EQ(window->selectedNode().id, themeId);
    trigger(window.get(), "actionMoveUp");
    EXPECT_EQ(plan.themes[0].id, themeId);
    EXPECT_FALSE(action(window.get(), "actionMoveUp")->isEnabled());
    window->closeDocument();
}

} // namespace
