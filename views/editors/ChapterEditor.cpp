#include "views/editors/ItemBinder.h"
#include "views/editors/ItemEditors.h"

#include "views/document/ChapterMarkdown.h"

#include <QAction>
#include <QKeyEvent>
#include <QMenu>
#include <QPlainTextEdit>
#include <QResizeEvent>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

// A narrative chapter: its title, and its Markdown text with a small
// formatting toolbar beside a live preview that renders the chapter as the
// plan document will (ChapterMarkdown::preview).

namespace ItemEditors {

namespace {

// How long typing must pause before the preview is rendered again.
constexpr int previewDelayMs = 300;

// The selected text with its line breaks as typed (Qt gives U+2029).
QString selectedText(const QTextCursor &cursor)
{
    return cursor.selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
}

// The Markdown text, its toolbar and its preview, following the document.
// Typed text is one undo step per pause in typing (the field's merge key);
// every toolbar change is an undo step of its own.
class ChapterTextPane : public QWidget
{
public:
    ChapterTextPane(PlanDocument *document, int chapterId, ItemFieldEditor *editor);

private:
    const Chapter *chapter() const { return m_binder.item(); }
    void createActions();
    // `buttonText` is the short word on the toolbar (it has to fit the
    // editor dock); `text` the full name screen readers say.
    QAction *addFormatAction(const QString &name, const QString &text, const QString &buttonText,
                             const QString &toolTip, const QKeySequence &shortcut);
    void refresh();
    void refreshMenus();
    void setReadOnly(bool readOnly);
    void renderPreview();
    void onTextChanged();
    // Changes the text at the cursor as one undo step called `undoText`.
    void applyEdit(const QString &undoText, const std::function<void(QTextCursor &)> &edit);

    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    // `prefix(n, line)` goes before the n-th selected line (or the caret's).
    void prefixLines(const QString &undoText, const std::function<QString(int, const QString &)> &prefix);
    void wrapSelection(const QString &undoText, const QString &before, const QString &after,
                       const QString &placeholder);
    void insertBlock(const QString &undoText, const QString &block);
    void insertLink();
    void insertFigure(int figureId);
    void markGlossaryTerm();
    void insertGlossaryLink(int entryId);

    QPointer<PlanDocument> m_document;
    ItemBinder<Chapter> m_binder;
    QToolBar *m_toolBar;
    QPlainTextEdit *m_text;
    QSplitter *m_splitter;
    QTextBrowser *m_preview;
    QTimer m_previewTimer;
    QMenu *m_figureMenu = nullptr;
    QMenu *m_glossaryMenu = nullptr;
    QAction *m_figureAction = nullptr;
    QAction *m_glossaryAction = nullptr;
    QList<QPair<int, QString>> m_listedFigures; // (id, caption) in the figure menu
    QList<QPair<int, QString>> m_listedTerms;   // (id, term) in the glossary menu
    bool m_menusReadOnly = false;
    bool m_menusBuilt = false;
    bool m_refreshing = false;
    bool m_readOnly = false;
};

ChapterTextPane::ChapterTextPane(PlanDocument *document, int chapterId, ItemFieldEditor *editor)
    : QWidget(editor), m_document(document), m_binder { document, chapterId }
{
    setObjectName(QStringLiteral("chapterTextPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("chapterToolBar"));
    m_toolBar->setAccessibleName(EditorText::tr("Formatting"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(m_toolBar);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("chapterSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_text = new QPlainTextEdit(m_splitter);
    m_text->setObjectName(QStringLiteral("chapterText"));
    m_text->setAccessibleName(EditorText::tr("Text (Markdown)"));
    m_text->setTabChangesFocus(true);
    m_preview = new QTextBrowser(m_splitter);
    m_preview->setObjectName(QStringLiteral("chapterPreview"));
    m_preview->setAccessibleName(EditorText::tr("Preview"));
    // Figure and glossary links lead nowhere on screen.
    m_preview->setOpenLinks(false);
    m_splitter->addWidget(m_text);
    m_splitter->addWidget(m_preview);
    m_splitter->setMinimumHeight(fontMetrics().lineSpacing() * 24);
    layout->addWidget(m_splitter, 1);

    createActions();
    m_text->installEventFilter(this);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(previewDelayMs);
    connect(&m_previewTimer, &QTimer::timeout, this, &ChapterTextPane::renderPreview);
    connect(m_text, &QPlainTextEdit::textChanged, this, &ChapterTextPane::onTextChanged);
    // Figures, glossary entries and the plan's term style change the
    // preview and the menus too, not only the text.
    connect(document, &PlanDocument::changed, this, &ChapterTextPane::refresh);
    connect(editor, &ItemFieldEditor::readOnlyChanged, this, &ChapterTextPane::setReadOnly);
    refresh();
    renderPreview();
}

QAction *ChapterTextPane::addFormatAction(const QString &name, const QString &text, const QString &buttonText,
                                          const QString &toolTip, const QKeySequence &shortcut)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setIconText(buttonText);
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        // Only while the chapter editor has the keyboard: Ctrl+B elsewhere
        // is not ours.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(toolTip, shortcut.toString(QKeySequence::NativeText)));
    } else {
        action->setToolTip(toolTip);
    }
    m_toolBar->addAction(action);
    if (QWidget *button = m_toolBar->widgetForAction(action))
        button->setAccessibleName(text);
    addAction(action); // its shortcut works while the text has the focus
    return action;
}

void ChapterTextPane::createActions()
{
    connect(addFormatAction(QStringLiteral("chapterHeading"), EditorText::tr("Heading"),
                            EditorText::tr("H", "toolbar button: heading"),
                            EditorText::tr("Make the line a heading (## at its start)"), {}),
            &QAction::triggered, this, [this] {
                // A line that is a heading already stays as it is.
                prefixLines(EditorText::tr("Make heading"), [](int, const QString &line) {
                    return line.startsWith(QLatin1Char('#')) ? QString() : QStringLiteral("## ");
                });
            });
    connect(addFormatAction(QStringLiteral("chapterBold"), EditorText::tr("Bold"),
                            EditorText::tr("B", "toolbar button: bold"),
                            EditorText::tr("Bold text (**text**)"), QKeySequence(Qt::CTRL | Qt::Key_B)),
            &QAction::triggered, this, [this] {
                wrapSelection(EditorText::tr("Make bold"), QStringLiteral("**"), QStringLiteral("**"),
                              EditorText::tr("bold text"));
            });
    connect(addFormatAction(QStringLiteral("chapterItalic"), EditorText::tr("Italic"),
                            EditorText::tr("I", "toolbar button: italic"),
                            EditorText::tr("Italic text (*text*)"), QKeySequence(Qt::CTRL | Qt::Key_I)),
            &QAction::triggered, this, [this] {
                wrapSelection(EditorText::tr("Make italic"), QStringLiteral("*"), QStringLiteral("*"),
                              EditorText::tr("italic text"));
            });
    // B and I look like what they do.
    for (const auto &[name, bold] : { std::pair { "chapterBold", true }, std::pair { "chapterItalic", false } }) {
        QWidget *button = m_toolBar->widgetForAction(findChild<QAction *>(QLatin1String(name)));
        if (!button)
            continue;
        QFont font = button->font();
        if (bold)
            font.setBold(true);
        else
            font.setItalic(true);
        button->setFont(font);
    }
    connect(addFormatAction(QStringLiteral("chapterBulletedList"), EditorText::tr("Bulleted list"),
                            EditorText::tr("• List", "toolbar button: bulleted list"),
                            EditorText::tr("Make the selected lines a bulleted list (- at their start)"), {}),
            &QAction::triggered, this, [this] {
                prefixLines(EditorText::tr("Make bulleted list"),
                            [](int, const QString &) { return QStringLiteral("- "); });
            });
    connect(addFormatAction(QStringLiteral("chapterNumberedList"), EditorText::tr("Numbered list"),
                            EditorText::tr("1. List", "toolbar button: numbered list"),
                            EditorText::tr("Make the selected lines a numbered list (1. 2. 3. at their start)"), {}),
            &QAction::triggered, this, [this] {
                prefixLines(EditorText::tr("Make numbered list"),
                            [](int n, const QString &) { return QString::number(n + 1) + QStringLiteral(". "); });
            });
    connect(addFormatAction(QStringLiteral("chapterTable"), EditorText::tr("Table"), EditorText::tr("Table"),
                            EditorText::tr("Insert a table of two columns to fill in"), {}),
            &QAction::triggered, this, [this] {
                const QString table = QStringLiteral("| %1 | %2 |\n| --- | --- |\n|  |  |\n|  |  |")
                                          .arg(EditorText::tr("Column 1"), EditorText::tr("Column 2"));
                insertBlock(EditorText::tr("Insert table"), table);
            });
    connect(addFormatAction(QStringLiteral("chapterLink"), EditorText::tr("Link"), EditorText::tr("Link"),
                            EditorText::tr("Link the selected text to a web address ([text](address))"),
                            QKeySequence(Qt::CTRL | Qt::Key_K)),
            &QAction::triggered, this, &ChapterTextPane::insertLink);

    // Figures and glossary entries come from the plan: their menus are
    // rebuilt whenever it changes (refreshMenus).
    m_figureMenu = new QMenu(this);
    m_figureMenu->setObjectName(QStringLiteral("chapterFigureMenu"));
    m_figureAction = new QAction(EditorText::tr("Insert figure..."), this);
    m_figureAction->setObjectName(QStringLiteral("chapterInsertFigure"));
    m_figureAction->setIconText(EditorText::tr("Figure", "toolbar button: insert figure"));
    m_figureAction->setMenu(m_figureMenu);
    m_toolBar->addAction(m_figureAction);
    if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(m_figureAction))) {
        button->setPopupMode(QToolButton::InstantPopup);
        button->setAccessibleName(m_figureAction->text());
    }

    m_glossaryMenu = new QMenu(this);
    m_glossaryMenu->setObjectName(QStringLiteral("chapterGlossaryMenu"));
    m_glossaryAction = addFormatAction(QStringLiteral("chapterGlossaryTerm"), EditorText::tr("Glossary term"),
                                       EditorText::tr("Term", "toolbar button: glossary term"), QString(),
                                       QKeySequence(Qt::CTRL | Qt::Key_G));
    connect(m_glossaryAction, &QAction::triggered, this, &ChapterTextPane::markGlossaryTerm);
}

bool ChapterTextPane::eventFilter(QObject *watched, QEvent *event)
{
    // The text edit claims some keys for itself (Ctrl+K deletes to the end
    // of the line on Linux); the toolbar's shortcuts go first.
    if (watched == m_text && event->type() == QEvent::ShortcutOverride) {
        const QKeySequence pressed(static_cast<QKeyEvent *>(event)->keyCombination());
        for (const QAction *action : actions())
            if (action->isEnabled() && action->shortcut() == pressed) {
                event->ignore();
                return true;
            }
    }
    return QWidget::eventFilter(watched, event);
}

void ChapterTextPane::resizeEvent(QResizeEvent *event)
{
    // Side by side where there is room; in the narrow editor dock the
    // preview goes below the text instead of squeezing both.
    const Qt::Orientation orientation =
        event->size().width() >= fontMetrics().averageCharWidth() * 90 ? Qt::Horizontal : Qt::Vertical;
    if (m_splitter->orientation() != orientation)
        m_splitter->setOrientation(orientation);
    QWidget::resizeEvent(event);
}

void ChapterTextPane::refreshMenus()
{
    if (!m_document)
        return;
    const Plan &plan = m_document->plan();
    // Every keystroke changes the plan: the menus are rebuilt only when
    // what they list changed.
    QList<QPair<int, QString>> figures;
    for (const Figure &figure : plan.figures)
        figures.append({ figure.id, figure.caption });
    QList<QPair<int, QString>> terms;
    for (const GlossaryEntry &entry : plan.glossary)
        terms.append({ entry.id, entry.term });
    if (m_menusBuilt && figures == m_listedFigures && terms == m_listedTerms && m_menusReadOnly == m_readOnly)
        return;
    m_menusBuilt = true;
    m_listedFigures = figures;
    m_listedTerms = terms;
    m_menusReadOnly = m_readOnly;

    m_figureMenu->clear();
    for (const Figure &figure : plan.figures) {
        const QString caption = figure.caption.isEmpty() ? EditorText::tr("(figure without caption)") : figure.caption;
        QAction *action = m_figureMenu->addAction(caption);
        action->setData(figure.id);
        const int id = figure.id;
        connect(action, &QAction::triggered, this, [this, id] { insertFigure(id); });
    }
    const bool hasFigures = !plan.figures.isEmpty();
    m_figureAction->setEnabled(hasFigures && !m_readOnly);
    m_figureAction->setToolTip(hasFigures ? EditorText::tr("Show one of the plan's figures here")
                                          : EditorText::tr("The plan has no figures yet: add one under Figures first."));

    m_glossaryMenu->clear();
    for (const GlossaryEntry &entry : plan.glossary) {
        QAction *action = m_glossaryMenu->addAction(entry.term);
        action->setData(entry.id);
        const int id = entry.id;
        connect(action, &QAction::triggered, this, [this, id] { insertGlossaryLink(id); });
    }
    const bool hasGlossary = !plan.glossary.isEmpty();
    m_glossaryAction->setEnabled(hasGlossary && !m_readOnly);
    m_glossaryAction->setToolTip(
        hasGlossary ? EditorText::tr("Mark the selected text as a glossary term (%1)")
                          .arg(m_glossaryAction->shortcut().toString(QKeySequence::NativeText))
                    : EditorText::tr("The plan's glossary is empty: add glossary entries first."));
}

void ChapterTextPane::refresh()
{
    const Chapter *c = chapter();
    if (!c)
        return; // the chapter was removed; the panel replaces this editor
    if (m_text->toPlainText() != c->text) {
        // An undo or another view changed the text: show it, keeping the
        // caret about where it was.
        m_refreshing = true;
        const int position = m_text->textCursor().position();
        const int scroll = m_text->verticalScrollBar()->value();
        m_text->setPlainText(c->text);
        QTextCursor cursor = m_text->textCursor();
        cursor.setPosition(qMin(position, int(c->text.size())));
        m_text->setTextCursor(cursor);
        m_text->verticalScrollBar()->setValue(scroll);
        m_refreshing = false;
    }
    refreshMenus();
    m_previewTimer.start();
}

void ChapterTextPane::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_text->setReadOnly(readOnly);
    m_toolBar->setEnabled(!readOnly);
    for (QAction *action : actions())
        action->setEnabled(!readOnly);
    refreshMenus(); // figure and glossary actions also need something to insert
}

void ChapterTextPane::renderPreview()
{
    const Chapter *c = chapter();
    if (!c || !m_document)
        return;
    const int scroll = m_preview->verticalScrollBar()->value();
    ChapterMarkdown::preview(m_preview->document(), m_document->plan(), *c);
    // The browser's caret would otherwise sit where the old text ended and
    // pull the view down to it; the reader's place is kept instead.
    m_preview->setTextCursor(QTextCursor(m_preview->document()));
    m_preview->verticalScrollBar()->setValue(scroll);
}

void ChapterTextPane::onTextChanged()
{
    if (m_refreshing || m_readOnly)
        return;
    m_binder.set([](Chapter &c, const QVariant &v) { c.text = v.toString(); }, EditorText::tr("Edit text"),
                 ChapterTextKey)(m_text->toPlainText());
    m_previewTimer.start();
}

void ChapterTextPane::applyEdit(const QString &undoText, const std::function<void(QTextCursor &)> &edit)
{
    if (m_readOnly || !chapter())
        return;
    // The text widget changes first (so the caret and selection land where
    // the edit leaves them); the chapter then takes the result in one
    // command that typing does not merge into.
    m_refreshing = true;
    QTextCursor cursor = m_text->textCursor();
    cursor.beginEditBlock();
    edit(cursor);
    cursor.endEditBlock();
    m_text->setTextCursor(cursor);
    m_refreshing = false;
    m_binder.set([](Chapter &c, const QVariant &v) { c.text = v.toString(); }, undoText)(m_text->toPlainText());
    m_text->setFocus();
    m_previewTimer.start();
}

void ChapterTextPane::prefixLines(const QString &undoText,
                                  const std::function<QString(int, const QString &)> &prefix)
{
    applyEdit(undoText, [&prefix](QTextCursor &cursor) {
        const QTextDocument *doc = cursor.document();
        const QTextBlock first = doc->findBlock(cursor.selectionStart());
        QTextBlock last = doc->findBlock(cursor.selectionEnd());
        // A selection that ends at the start of a line does not take it in.
        if (cursor.hasSelection() && last != first && cursor.selectionEnd() == last.position())
            last = last.previous();
        int line = 0;
        for (QTextBlock block = first; block.isValid(); block = block.next()) {
            QTextCursor at(block);
            at.insertText(prefix(line++, block.text()));
            if (block == last)
                break;
        }
    });
}

void ChapterTextPane::wrapSelection(const QString &undoText, const QString &before, const QString &after,
                                    const QString &placeholder)
{
    applyEdit(undoText, [&](QTextCursor &cursor) {
        const QString inner = cursor.hasSelection() ? selectedText(cursor) : placeholder;
        cursor.insertText(before + inner + after);
        // The wrapped words stay selected, to type over a placeholder.
        const int end = cursor.position() - int(after.size());
        cursor.setPosition(end - int(inner.size()));
        cursor.setPosition(end, QTextCursor::KeepAnchor);
    });
}

void ChapterTextPane::insertBlock(const QString &undoText, const QString &block)
{
    applyEdit(undoText, [&block](QTextCursor &cursor) {
        // Markdown needs a blank line around a table or picture.
        cursor.clearSelection();
        if (!cursor.atBlockStart())
            cursor.movePosition(QTextCursor::EndOfBlock);
        const QString before = cursor.atStart() ? QString()
                               : cursor.atBlockStart() ? QStringLiteral("\n")
                                                       : QStringLiteral("\n\n");
        cursor.insertText(before + block + QStringLiteral("\n"));
    });
}

void ChapterTextPane::insertLink()
{
    const QString address = QStringLiteral("https://");
    applyEdit(EditorText::tr("Insert link"), [&](QTextCursor &cursor) {
        const QString text = cursor.hasSelection() ? selectedText(cursor) : EditorText::tr("link text");
        cursor.insertText(QStringLiteral("[%1](%2)").arg(text, address));
        // The address is selected, for the user to type or paste it.
        const int end = cursor.position() - 1;
        cursor.setPosition(end - int(address.size()));
        cursor.setPosition(end, QTextCursor::KeepAnchor);
    });
}

void ChapterTextPane::insertFigure(int figureId)
{
    const Figure *figure = m_document ? findById(m_document->plan().figures, figureId) : nullptr;
    if (!figure)
        return;
    insertBlock(EditorText::tr("Insert figure"), figureMarkdown(*figure));
}

void ChapterTextPane::markGlossaryTerm()
{
    if (!m_document || m_readOnly)
        return;
    const QString selected = selectedText(m_text->textCursor()).trimmed();
    if (!selected.isEmpty())
        for (const GlossaryEntry &entry : m_document->plan().glossary)
            if (entry.term == selected) {
                insertGlossaryLink(entry.id);
                return;
            }
    // Not a term as it stands: the user picks the entry the words mean.
    if (!m_glossaryMenu->isEmpty())
        m_glossaryMenu->exec(m_text->viewport()->mapToGlobal(m_text->cursorRect().bottomRight()));
}

void ChapterTextPane::insertGlossaryLink(int entryId)
{
    const GlossaryEntry *entry = m_document ? findById(m_document->plan().glossary, entryId) : nullptr;
    if (!entry)
        return;
    const QString target = ChapterMarkdown::glossaryTarget(entryId);
    const QString term = entry->term;
    applyEdit(EditorText::tr("Mark glossary term"), [&](QTextCursor &cursor) {
        // The selected words, as the text says them; or the term itself.
        const QString text = cursor.hasSelection() ? selectedText(cursor).trimmed() : term;
        cursor.insertText(QStringLiteral("[%1](%2)").arg(text, target));
    });
}

} // namespace

ItemFieldEditor *build(PlanDocument *document, KindTag<Chapter>, int id, QWidget *parent)
{
    auto *editor = new ItemFieldEditor(parent);
    editor->setHeading(EditorText::tr("Chapter"));
    const ItemBinder<Chapter> b { document, id };
    b.text(editor, QStringLiteral("chapterTitle"), EditorText::tr("Title"), &Chapter::title, TitleKey);
    editor->addRow(EditorText::tr("Text (Markdown)"), new ChapterTextPane(document, id, editor));
    return editor;
}

} // namespace ItemEditors
