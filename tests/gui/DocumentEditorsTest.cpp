#include "GuiTestSupport.h"

#include "models/DocumentParts.h"
#include "models/PlanDocument.h"
#include "models/PlanLimits.h"
#include "views/document/ChapterMarkdown.h"
#include "views/editors/ItemBinder.h"
#include "views/editors/ItemEditorFactory.h"
#include "views/editors/ItemEditors.h"
#include "views/editors/ItemFieldEditor.h"
#include "views/window/DocumentExportDialog.h"
#include "views/window/MainWindow.h"
#include "views/window/PlanEditing.h"

#include <QAction>
#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>

// The chapter and figure editors and the Export Document dialog, offscreen:
// every edit is one undo step, the preview renders what the document
// prints, and pictures that the plan cannot keep are refused whole.

namespace {

class DocumentEditorsTest : public GuiTest
{
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        Plan plan = samplePlan();
        ASSERT_FALSE(plan.glossary.isEmpty());
        m_glossaryEntry = plan.glossary.first();

        m_figure.id = nextId(plan.figures);
        m_figure.caption = QStringLiteral("Counter waiting times, 2024");
        m_figure.altText = QStringLiteral("A bar chart of waiting times");
        m_figure.mediaType = QStringLiteral("image/png");
        m_figure.data = pngBytes(QSize(40, 30));
        plan.figures.append(m_figure);

        Chapter chapter;
        chapter.id = nextId(plan.chapters);
        chapter.title = QStringLiteral("Why the town goes digital");
        chapter.text = QStringLiteral("The town uses %1 at the counter.").arg(m_glossaryEntry.term);
        plan.chapters.append(chapter);
        m_chapterId = chapter.id;

        QString error;
        m_doc = PlanDocument::create(plan, &error);
        ASSERT_TRUE(m_doc) << error.toStdString();
    }
    void TearDown() override
    {
        if (m_doc)
            m_doc->closeCleanly();
    }

    template<typename T>
    static int nextId(const QList<T> &items)
    {
        int id = 0;
        for (const T &item : items)
            id = qMax(id, item.id);
        return id + 1;
    }
    static QByteArray pngBytes(const QSize &size)
    {
        QImage image(size, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    }
    QString writeFile(const QString &name, const QByteArray &bytes) const
    {
        QFile file(path(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return file.fileName();
    }

    const Chapter &chapter() const { return *findById(m_doc->plan().chapters, m_chapterId); }
    QUndoStack *undoStack() { return m_doc->undoStack(); }

    std::unique_ptr<ItemFieldEditor> editorFor(const OutlineNode &node)
    {
        std::unique_ptr<ItemFieldEditor> editor(ItemEditorFactory::create(m_doc.get(), node, nullptr));
        EXPECT_NE(editor, nullptr);
        return editor;
    }
    // The chapter editor shown in an active window, so that its keyboard
    // shortcuts reach it as a user's would.
    std::unique_ptr<ItemFieldEditor> shownChapterEditor()
    {
        auto editor = editorFor(OutlineNode::of<Chapter>(m_chapterId));
        if (!editor)
            return editor;
        editor->resize(900, 700);
        editor->show();
        editor->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(editor.get()));
        return editor;
    }
    static QPlainTextEdit *chapterText(QWidget *editor)
    {
        return editor->findChild<QPlainTextEdit *>(QStringLiteral("chapterText"));
    }
    static void selectText(QPlainTextEdit *edit, const QString &words)
    {
        const int at = int(edit->toPlainText().indexOf(words));
        ASSERT_GE(at, 0) << words.toStdString();
        QTextCursor cursor = edit->textCursor();
        cursor.setPosition(at);
        cursor.setPosition(at + int(words.size()), QTextCursor::KeepAnchor);
        edit->setTextCursor(cursor);
    }

    std::unique_ptr<PlanDocument> m_doc;
    GlossaryEntry m_glossaryEntry;
    Figure m_figure;
    int m_chapterId = 0;
};

// --- Chapter editor ---------------------------------------------------------

TEST_F(DocumentEditorsTest, TypingInAChapterIsOneUndoStep)
{
    auto editor = editorFor(OutlineNode::of<Chapter>(m_chapterId));
    QPlainTextEdit *text = chapterText(editor.get());
    ASSERT_NE(text, nullptr);
    const QString original = chapter().text;
    EXPECT_EQ(text->toPlainText(), original);

    text->moveCursor(QTextCursor::End);
    QTest::keyClicks(text, QStringLiteral(" Every desk"));
    EXPECT_EQ(chapter().text, original + QStringLiteral(" Every desk"));
    EXPECT_EQ(undoStack()->count(), 1);

    undoStack()->undo();
    EXPECT_EQ(chapter().text, original);
    EXPECT_EQ(text->toPlainText(), original); // the editor follows the undo
}

TEST_F(DocumentEditorsTest, CtrlGMarksTheSelectedGlossaryTerm)
{
    auto editor = shownChapterEditor();
    QPlainTextEdit *text = chapterText(editor.get());
    ASSERT_NE(text, nullptr);
    text->setFocus();
    const QString original = chapter().text;
    selectText(text, m_glossaryEntry.term);

    QTest::keyClick(text, Qt::Key_G, Qt::ControlModifier);
    const QString link = QStringLiteral("[%1](%2)").arg(m_glossaryEntry.term,
                                                         ChapterMarkdown::glossaryTarget(m_glossaryEntry.id));
    EXPECT_EQ(chapter().text, QString(original).replace(m_glossaryEntry.term, link));
    EXPECT_EQ(text->toPlainText(), chapter().text);
    EXPECT_EQ(undoStack()->count(), 1);

    // Typing after it is a step of its own.
    QTest::keyClicks(text, QStringLiteral("!"));
    EXPECT_EQ(undoStack()->count(), 2);
    undoStack()->undo();
    undoStack()->undo();
    EXPECT_EQ(chapter().text, original);
}

TEST_F(DocumentEditorsTest, CtrlBMakesTheSelectionBold)
{
    auto editor = shownChapterEditor();
    QPlainTextEdit *text = chapterText(editor.get());
    ASSERT_NE(text, nullptr);
    text->setFocus();
    selectText(text, QStringLiteral("counter"));
    QTest::keyClick(text, Qt::Key_B, Qt::ControlModifier);
    EXPECT_TRUE(chapter().text.contains(QStringLiteral("**counter**"))) << chapter().text.toStdString();
    EXPECT_EQ(undoStack()->count(), 1);
}

TEST_F(DocumentEditorsTest, CtrlKLinksTheSelectionAndSelectsTheAddress)
{
    auto editor = shownChapterEditor();
    QPlainTextEdit *text = chapterText(editor.get());
    ASSERT_NE(text, nullptr);
    text->setFocus();
    selectText(text, QStringLiteral("counter"));
    // Ctrl+K would delete to the end of the line in a plain text edit.
    QTest::keyClick(text, Qt::Key_K, Qt::ControlModifier);
    EXPECT_TRUE(chapter().text.contains(QStringLiteral("[counter](https://).")))
        << chapter().text.toStdString();
    EXPECT_EQ(text->textCursor().selectedText(), QStringLiteral("https://"));
    EXPECT_EQ(undoStack()->count(), 1);
}

TEST_F(DocumentEditorsTest, InsertFigurePutsItsTargetInTheText)
{
    auto editor = editorFor(OutlineNode::of<Chapter>(m_chapterId));
    auto *menu = editor->findChild<QMenu *>(QStringLiteral("chapterFigureMenu"));
    ASSERT_NE(menu, nullptr);
    ASSERT_EQ(menu->actions().size(), 1);
    QAction *figure = menu->actions().first();
    EXPECT_EQ(figure->text(), m_figure.caption);
    EXPECT_EQ(figure->data().toInt(), m_figure.id);

    figure->trigger();
    const QString target = ChapterMarkdown::figureTarget(m_figure.id);
    EXPECT_TRUE(chapter().text.contains(QStringLiteral("](%1)").arg(target))) << chapter().text.toStdString();
    EXPECT_TRUE(chapter().text.contains(QStringLiteral("![%1]").arg(m_figure.altText)));
    EXPECT_EQ(undoStack()->count(), 1);
    // The undo entry names the chapter it changed.
    EXPECT_EQ(undoStack()->text(0), QStringLiteral("%1: %2").arg(EditorText::tr("Insert figure"), chapter().title));
}

TEST_F(DocumentEditorsTest, PreviewShowsTheChapterAfterTypingStops)
{
    auto editor = editorFor(OutlineNode::of<Chapter>(m_chapterId));
    QPlainTextEdit *text = chapterText(editor.get());
    auto *preview = editor->findChild<QTextBrowser *>(QStringLiteral("chapterPreview"));
    ASSERT_NE(text, nullptr);
    ASSERT_NE(preview, nullptr);
    EXPECT_TRUE(preview->isReadOnly());
    EXPECT_TRUE(preview->toPlainText().contains(QStringLiteral("at the counter")));

    text->moveCursor(QTextCursor::End);
    text->insertPlainText(QStringLiteral("\n\n## Waiting times\n\n"));
    editor->findChild<QMenu *>(QStringLiteral("chapterFigureMenu"))->actions().first()->trigger();
    // Not while the user is still typing...
    EXPECT_FALSE(preview->toPlainText().contains(QStringLiteral("Waiting times")));
    // ...but once the pause is long enough: the heading as a heading (no
    // Markdown marks) and the figure with its caption.
    EXPECT_TRUE(QTest::qWaitFor([&] { return preview->toPlainText().contains(QStringLiteral("Waiting times")); }, 3000));
    EXPECT_FALSE(preview->toPlainText().contains(QStringLiteral("## Waiting times")));
    EXPECT_TRUE(preview->toPlainText().contains(m_figure.caption)) << preview->toPlainText().toStdString();
}

TEST_F(DocumentEditorsTest, ReadOnlyChapterEditorChangesNothing)
{
    auto editor = shownChapterEditor();
    QPlainTextEdit *text = chapterText(editor.get());
    auto *toolBar = editor->findChild<QToolBar *>(QStringLiteral("chapterToolBar"));
    ASSERT_NE(text, nullptr);
    ASSERT_NE(toolBar, nullptr);
    EXPECT_TRUE(toolBar->isEnabled());
    editor->setReadOnly(true);
    EXPECT_TRUE(text->isReadOnly());
    EXPECT_FALSE(toolBar->isEnabled());
    EXPECT_FALSE(editor->findChild<QAction *>(QStringLiteral("chapterGlossaryTerm"))->isEnabled());
    EXPECT_FALSE(editor->findChild<QAction *>(QStringLiteral("chapterInsertFigure"))->isEnabled());

    const QString original = chapter().text;
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("typed"));
    selectText(text, m_glossaryEntry.term);
    QTest::keyClick(text, Qt::Key_G, Qt::ControlModifier);
    EXPECT_EQ(chapter().text, original);
    EXPECT_EQ(undoStack()->count(), 0);

    editor->setReadOnly(false);
    EXPECT_FALSE(text->isReadOnly());
    EXPECT_TRUE(toolBar->isEnabled());
    EXPECT_TRUE(editor->findChild<QAction *>(QStringLiteral("chapterGlossaryTerm"))->isEnabled());
}

TEST_F(DocumentEditorsTest, GlossaryActionSaysWhyItIsOffWithoutEntries)
{
    auto editor = editorFor(OutlineNode::of<Chapter>(m_chapterId));
    auto *action = editor->findChild<QAction *>(QStringLiteral("chapterGlossaryTerm"));
    ASSERT_NE(action, nullptr);
    EXPECT_TRUE(action->isEnabled());
    EXPECT_FALSE(action->shortcut().isEmpty());
    const QString enabledTip = action->toolTip();

    // Remove every glossary entry: the action goes off and says why.
    const QList<GlossaryEntry> entries = m_doc->plan().glossary;
    for (const GlossaryEntry &entry : entries)
        ASSERT_TRUE(PlanEditing::removeItem(m_doc.get(), OutlineNode::of<GlossaryEntry>(entry.id)));
    EXPECT_FALSE(action->isEnabled());
    EXPECT_NE(action->toolTip(), enabledTip);
    EXPECT_TRUE(editor->findChild<QMenu *>(QStringLiteral("chapterGlossaryMenu"))->actions().isEmpty());
    undoStack()->undo();
    EXPECT_TRUE(action->isEnabled());
}

// --- Figure editor ----------------------------------------------------------

TEST_F(DocumentEditorsTest, ChoosingAPictureIsOneUndoStep)
{
    auto editor = editorFor(OutlineNode::of<Figure>(m_figure.id));
    auto *picture = editor->findChild<QLabel *>(QStringLiteral("figurePicture"));
    ASSERT_NE(picture, nullptr);
    EXPECT_EQ(picture->pixmap().size(), QSize(40, 30));

    const QByteArray png = pngBytes(QSize(64, 48));
    QString error;
    ASSERT_TRUE(ItemEditors::loadFigurePicture(m_doc.get(), m_figure.id, writeFile(QStringLiteral("chart.png"), png), &error))
        << error.toStdString();
    const Figure *figure = findById(m_doc->plan().figures, m_figure.id);
    EXPECT_EQ(figure->data, png);
    EXPECT_EQ(figure->mediaType, QStringLiteral("image/png"));
    EXPECT_EQ(figure->caption, m_figure.caption);
    EXPECT_EQ(undoStack()->count(), 1);
    EXPECT_EQ(picture->pixmap().size(), QSize(64, 48));

    // The type comes from the bytes, not the name: an SVG saved as .png.
    const QByteArray svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"10\">"
                           "<rect width=\"20\" height=\"10\" fill=\"teal\"/></svg>";
    ASSERT_TRUE(ItemEditors::loadFigurePicture(m_doc.get(), m_figure.id, writeFile(QStringLiteral("plan.png"), svg), &error))
        << error.toStdString();
    figure = findById(m_doc->plan().figures, m_figure.id);
    EXPECT_EQ(figure->data, svg);
    EXPECT_EQ(figure->mediaType, QStringLiteral("image/svg+xml"));
    EXPECT_EQ(undoStack()->count(), 2);
    EXPECT_FALSE(picture->pixmap().isNull());

    // One undo each brings back both bytes and type.
    undoStack()->undo();
    EXPECT_EQ(findById(m_doc->plan().figures, m_figure.id)->mediaType, QStringLiteral("image/png"));
    undoStack()->undo();
    EXPECT_TRUE(*findById(m_doc->plan().figures, m_figure.id) == m_figure);
    EXPECT_EQ(picture->pixmap().size(), QSize(40, 30));
}

TEST_F(DocumentEditorsTest, NewFigureStartsWithoutAPicture)
{
    const OutlineNode added = PlanEditing::addItem(m_doc.get(), PlanChange::Part::Figure, OutlineNode());
    ASSERT_TRUE(added.is(PlanChange::Part::Figure));
    ASSERT_NE(findById(m_doc->plan().figures, added.id), nullptr);
    auto editor = editorFor(added);
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(editor->findChild<QLabel *>(QStringLiteral("figurePicture"))->text(), EditorText::tr("No picture yet"));

    QString error;
    ASSERT_TRUE(ItemEditors::loadFigurePicture(m_doc.get(), added.id,
                                               writeFile(QStringLiteral("chart.png"), pngBytes(QSize(8, 8))), &error))
        << error.toStdString();
    EXPECT_EQ(findById(m_doc->plan().figures, added.id)->mediaType, QStringLiteral("image/png"));
    EXPECT_TRUE(editor->findChild<QLabel *>(QStringLiteral("figurePicture"))->text().isEmpty());
}

TEST_F(DocumentEditorsTest, PicturesThePlanCannotKeepAreRefusedWhole)
{
    const Plan before = m_doc->plan();
    QString error;

    // Not a picture, whatever its name says.
    EXPECT_FALSE(ItemEditors::loadFigurePicture(m_doc.get(), m_figure.id,
                                                writeFile(QStringLiteral("notes.png"), "minutes of the meeting"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("notes.png"))) << error.toStdString();

    // One byte over the limit.
    const QString large = path(QStringLiteral("large.png"));
    {
        QFile file(large);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(pngBytes(QSize(8, 8)));
        ASSERT_TRUE(file.resize(PlanLimits::maxFigureBytes + 1));
    }
    error.clear();
    EXPECT_FALSE(ItemEditors::loadFigurePicture(m_doc.get(), m_figure.id, large, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("large.png"))) << error.toStdString();

    // A file that is not there.
    error.clear();
    EXPECT_FALSE(ItemEditors::loadFigurePicture(m_doc.get(), m_figure.id, path(QStringLiteral("gone.png")), &error));
    EXPECT_FALSE(error.isEmpty());

    EXPECT_TRUE(m_doc->plan() == before);
    EXPECT_EQ(undoStack()->count(), 0);
}

TEST_F(DocumentEditorsTest, FigureEditorOffersItsMarkdown)
{
    auto editor = editorFor(OutlineNode::of<Figure>(m_figure.id));
    auto *snippet = editor->findChild<QLineEdit *>(QStringLiteral("figureMarkdown"));
    ASSERT_NE(snippet, nullptr);
    EXPECT_EQ(snippet->text(), QStringLiteral("![%1](%2)").arg(m_figure.altText, ChapterMarkdown::figureTarget(m_figure.id)));
    EXPECT_NE(editor->findChild<QPushButton *>(QStringLiteral("figureCopyMarkdown")), nullptr);
    EXPECT_FALSE(editor->findChild<QLabel *>(QStringLiteral("figurePicture"))->pixmap().isNull());
    EXPECT_FALSE(editor->findChild<QLabel *>(QStringLiteral("figureAltTextHint"))->text().isEmpty());
    auto *choose = editor->findChild<QPushButton *>(QStringLiteral("figureChoosePicture"));
    ASSERT_NE(choose, nullptr);
    editor->setReadOnly(true);
    EXPECT_FALSE(choose->isEnabled());
}

// --- Export Document dialog -------------------------------------------------

class DocumentExportDialogTest : public DocumentEditorsTest
{
protected:
    QListWidget *parts(DocumentExportDialog &dialog)
    {
        return dialog.findChild<QListWidget *>(QStringLiteral("documentPartsList"));
    }
    static QListWidgetItem *item(QListWidget *list, const QString &key)
    {
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole).toString() == key)
                return list->item(i);
        return nullptr;
    }
    static QPushButton *button(DocumentExportDialog &dialog, const char *name)
    {
        return dialog.findChild<QPushButton *>(QLatin1String(name));
    }
    QStringList documentParts() const { return m_doc->plan().info.documentParts; }
};

TEST_F(DocumentExportDialogTest, ListsThePartsInTheUsersLanguage)
{
    DocumentExportDialog dialog(m_doc.get());
    QListWidget *list = parts(dialog);
    ASSERT_NE(list, nullptr);
    const QStringList standard = DocumentParts::standardOrder(m_doc->plan());
    EXPECT_EQ(dialog.shownParts(), standard);
    ASSERT_EQ(list->count(), standard.size());
    EXPECT_EQ(item(list, QStringLiteral("cover"))->text(), DocumentExportDialog::tr("Cover"));
    EXPECT_EQ(item(list, QStringLiteral("kpis"))->text(), DocumentExportDialog::tr("KPIs"));
    EXPECT_EQ(item(list, DocumentParts::chapterKey(m_chapterId))->text(), chapter().title);
    for (int i = 0; i < list->count(); ++i)
        EXPECT_EQ(list->item(i)->checkState(), Qt::Checked) << i;
    // Nothing to reset while the document is the standard one.
    EXPECT_FALSE(button(dialog, "standardOrderButton")->isEnabled());
}

TEST_F(DocumentExportDialogTest, LeavingOutAndMovingAreOneUndoStepEach)
{
    DocumentExportDialog dialog(m_doc.get());
    QListWidget *list = parts(dialog);
    const QStringList standard = DocumentParts::standardOrder(m_doc->plan());

    // Leave the roadmap out: it stays in the list, unchecked, in its place,
    // and the plan keeps that place.
    item(list, QStringLiteral("roadmap"))->setCheckState(Qt::Unchecked);
    QStringList withoutRoadmap = standard;
    withoutRoadmap.replace(withoutRoadmap.indexOf(QStringLiteral("roadmap")), QStringLiteral("-roadmap"));
    EXPECT_EQ(documentParts(), withoutRoadmap);
    EXPECT_FALSE(DocumentParts::effectiveOrder(m_doc->plan()).contains(QStringLiteral("roadmap")));
    EXPECT_EQ(undoStack()->count(), 1);
    EXPECT_EQ(dialog.shownParts(), standard);
    EXPECT_EQ(item(list, QStringLiteral("roadmap"))->checkState(), Qt::Unchecked);

    // Move the KPIs up twice: past the left-out roadmap, then above the
    // future candidates.
    list->setCurrentItem(item(list, QStringLiteral("kpis")));
    QPushButton *up = button(dialog, "moveUpButton");
    ASSERT_TRUE(up->isEnabled());
    EXPECT_EQ(up->shortcut(), QKeySequence(Qt::ALT | Qt::Key_Up));
    up->click();
    EXPECT_EQ(undoStack()->count(), 2);
    up->click();
    EXPECT_EQ(undoStack()->count(), 3);
    QStringList kpisEarlier = withoutRoadmap;
    kpisEarlier.move(kpisEarlier.indexOf(QStringLiteral("kpis")), kpisEarlier.indexOf(QStringLiteral("candidates")));
    EXPECT_EQ(documentParts(), kpisEarlier);
    EXPECT_EQ(list->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("kpis"));
    EXPECT_EQ(list->row(item(list, QStringLiteral("kpis"))) + 1, list->row(item(list, QStringLiteral("candidates"))));

    // Undo restores each step, and the list follows.
    undoStack()->undo();
    undoStack()->undo();
    EXPECT_EQ(documentParts(), withoutRoadmap);
    EXPECT_EQ(dialog.shownParts(), standard);
    undoStack()->undo();
    EXPECT_TRUE(documentParts().isEmpty());
    EXPECT_EQ(item(list, QStringLiteral("roadmap"))->checkState(), Qt::Checked);
    undoStack()->redo();
    undoStack()->redo();
    undoStack()->redo();
    EXPECT_EQ(documentParts(), kpisEarlier);

    // The standard order: every part, in order, in one step.
    QPushButton *standardOrder = button(dialog, "standardOrderButton");
    ASSERT_TRUE(standardOrder->isEnabled());
    standardOrder->click();
    EXPECT_TRUE(documentParts().isEmpty());
    EXPECT_EQ(DocumentParts::effectiveOrder(m_doc->plan()), standard);
    EXPECT_EQ(dialog.shownParts(), standard);
    EXPECT_EQ(undoStack()->count(), 4);
    EXPECT_FALSE(standardOrder->isEnabled());
    undoStack()->undo();
    EXPECT_EQ(documentParts(), kpisEarlier);
}

TEST_F(DocumentExportDialogTest, AChapterCanBeLeftOutButNotEveryPart)
{
    DocumentExportDialog dialog(m_doc.get());
    QListWidget *list = parts(dialog);
    const QString chapterKey = DocumentParts::chapterKey(m_chapterId);
    item(list, chapterKey)->setCheckState(Qt::Unchecked);
    EXPECT_TRUE(documentParts().contains(QStringLiteral("-") + chapterKey));
    EXPECT_FALSE(DocumentParts::effectiveOrder(m_doc->plan()).contains(chapterKey));
    EXPECT_EQ(item(list, chapterKey)->checkState(), Qt::Unchecked);
    EXPECT_EQ(undoStack()->count(), 1);

    // Every part but one can go; the last one stays, and says why.
    const QStringList keys = dialog.shownParts();
    for (const QString &key : keys)
        item(list, key)->setCheckState(Qt::Unchecked);
    EXPECT_EQ(DocumentParts::effectiveOrder(m_doc->plan()), QStringList({ keys.last() }));
    EXPECT_EQ(item(list, keys.last())->checkState(), Qt::Checked);
    EXPECT_EQ(undoStack()->count(), keys.size() - 1);
    EXPECT_FALSE(dialog.findChild<QLabel *>(QStringLiteral("documentPartsNote"))->text().isEmpty());
}

TEST_F(DocumentExportDialogTest, ExportWritesTheDocumentAsArranged)
{
    DocumentExportDialog dialog(m_doc.get());
    const QString html = path(QStringLiteral("plan.html"));
    ASSERT_TRUE(dialog.exportTo(html)) << dialog.errorString().toStdString();
    QFile written(html);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(written.readAll()).contains(chapter().title));
    written.close();

    // Left out in the dialog, left out of the file.
    item(parts(dialog), DocumentParts::chapterKey(m_chapterId))->setCheckState(Qt::Unchecked);
    ASSERT_TRUE(dialog.exportTo(html)) << dialog.errorString().toStdString();
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_FALSE(QString::fromUtf8(written.readAll()).contains(chapter().title));

    // A folder that is not there: false, and the exporter's reason.
    EXPECT_FALSE(dialog.exportTo(path(QStringLiteral("missing/plan.pdf"))));
    EXPECT_FALSE(dialog.errorString().isEmpty());
}

TEST_F(DocumentExportDialogTest, PreviewShowsThePages)
{
    DocumentExportDialog dialog(m_doc.get());
    auto *preview = dialog.findChild<QPrintPreviewWidget *>(QStringLiteral("documentPreview"));
    ASSERT_NE(preview, nullptr);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return preview->pageCount() > 1; }, 30000));
    const int pages = preview->pageCount();
    // Fewer parts, fewer pages, once the preview has caught up.
    QListWidget *list = parts(dialog);
    for (const char *key : { "themes", "roadmap", "kpis", "systems", "glossary" })
        item(list, QLatin1String(key))->setCheckState(Qt::Unchecked);
    EXPECT_TRUE(QTest::qWaitFor([&] { return preview->pageCount() < pages; }, 30000)) << pages;
}

TEST_F(DocumentExportDialogTest, ReadOnlyPlanIsExportedNotRearranged)
{
    const QString file = writeSamplePlan(path(QStringLiteral("plan.dxplan")));
    QString error;
    auto readOnly = PlanDocument::open(file, true, &error);
    ASSERT_TRUE(readOnly) << error.toStdString();
    {
        DocumentExportDialog dialog(readOnly.get());
        QListWidget *list = parts(dialog);
        ASSERT_GT(list->count(), 1);
        EXPECT_FALSE(list->item(0)->flags() & Qt::ItemIsUserCheckable);
        list->setCurrentRow(1);
        EXPECT_FALSE(button(dialog, "moveUpButton")->isEnabled());
        EXPECT_TRUE(button(dialog, "exportButton")->isEnabled());
    }
    readOnly->closeCleanly();
}

TEST_F(DocumentExportDialogTest, ExportDocumentIsInTheFileMenu)
{
    MainWindow window;
    FakePrompter prompter;
    window.setPrompter(&prompter);
    QAction *action = window.findChild<QAction *>(QStringLiteral("actionExportDocument"));
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    EXPECT_FALSE(action->isEnabled()); // no plan open

    // File > Export > Document..., right after the current tab's export.
    QMenu *file = window.menuBar()->actions().first()->menu();
    ASSERT_NE(file, nullptr);
    QMenu *exports = file->findChild<QMenu *>(QStringLiteral("exportMenu"));
    ASSERT_NE(exports, nullptr);
    EXPECT_TRUE(file->actions().contains(exports->menuAction()));
    const int at = int(exports->actions().indexOf(action));
    ASSERT_GE(at, 1);
    EXPECT_EQ(exports->actions().value(at - 1)->objectName(), QStringLiteral("actionExport"));
    EXPECT_EQ(exports->actions().value(at + 1)->objectName(), QStringLiteral("actionExportSpreadsheet"));
    // No other action of the window answers the same keys.
    for (const QAction *other : window.findChildren<QAction *>()) {
        if (other == action)
            continue;
        EXPECT_NE(other->shortcut(), action->shortcut()) << other->objectName().toStdString();
    }

    ASSERT_TRUE(window.newPlan());
    EXPECT_TRUE(action->isEnabled());
    window.closeDocument();
}

} // namespace
