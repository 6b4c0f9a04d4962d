#include "views/document/ChangeMarkup.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <dtl/dtl.hpp>

#include <algorithm>
#include <vector>

namespace ChangeMarkup {

namespace {

using DocumentMarks::TextChange;
using Kind = TextDiff::Segment::Kind;

const QColor changeColour(0xC0, 0x00, 0x00);
const QColor changedCellColour(0xFF, 0xF2, 0x99);

QString withoutObjects(QString text)
{
    return text.remove(QChar::ObjectReplacementCharacter);
}

// What to do to one paragraph of the new document.
struct BlockEdit
{
    int block = 0;
    QList<TextDiff::Segment> segments; // how its text differs, when paired with an old one
    QStringList removedBefore;         // old paragraphs gone just before it
    bool added = false;                // new as a whole
};

// The paragraphs of a document with what they are matched by: their text
// under their heading, and for a cell its place in its table. The same
// 検討・準備 appears in many schedule cells; only the one of the same
// measure and year is the same paragraph.
struct Paragraphs
{
    std::vector<QString> keys;
    std::vector<QString> texts;
};

Paragraphs paragraphsOf(const QTextDocument &document)
{
    Paragraphs p;
    QString heading;
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
        const QString text = b.text();
        // A heading or a table's caption (a measure's title) without its
        // number (② 健康福祉業務…): an item renumbered by an
        // insertion above it is still the same item.
        if (b.blockFormat().headingLevel() > 0 || DocumentMarks::roleOf(b.blockFormat()) == DocumentMarks::BlockRole::TableCaption)
            heading = text.contains(QChar(0x3000)) ? text.section(QChar(0x3000), 1) : text;
        QString place;
        if (QTextTable *table = QTextCursor(b).currentTable()) {
            const QTextTableCell cell = table->cellAt(b.position());
            place = QStringLiteral("%1,%2").arg(cell.row()).arg(cell.column());
        }
        p.keys.push_back(heading + QChar(0x1f) + place + QChar(0x1f) + text);
        p.texts.push_back(text);
    }
    return p;
}

void markCell(const QTextBlock &block)
{
    QTextCursor at(block);
    QTextTable *table = at.currentTable();
    if (!table)
        return;
    QTextTableCell cell = table->cellAt(block.position());
    QTextCharFormat format = cell.format();
    format.setBackground(changedCellColour);
    format.setProperty(DocumentMarks::ChangedCell, true);
    cell.setFormat(format);
}

QTextCharFormat addedMark()
{
    QTextCharFormat mark;
    mark.setForeground(changeColour);
    mark.setFontUnderline(true);
    mark.setProperty(DocumentMarks::TextChangeMark, int(TextChange::Added));
    return mark;
}

// Paragraphs removed as a whole, written struck through in a paragraph of
// their own before `block`; before the table when `block` is in one, so
// no table gains a cell's worth of text that was never there.
void insertRemovedParagraphs(const QTextBlock &block, const QStringList &texts)
{
    QTextCursor at(block);
    if (QTextTable *table = at.currentTable())
        at.setPosition(table->firstPosition() - 1);
    else
        at.setPosition(block.position());
    const QTextCharFormat base = at.charFormat();
    const QTextBlockFormat format = at.blockFormat();
    if (at.position() == block.position() && !at.currentTable()) {
        at.insertText(withoutObjects(texts.join(QChar::LineSeparator)), changeFormat(base, TextChange::Removed));
        at.insertBlock(format, base);
        return;
    }
    // The paragraph before the table: the removed text follows it.
    at.movePosition(QTextCursor::EndOfBlock);
    QTextBlockFormat plain = format;
    plain.setHeadingLevel(0);
    plain.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
    at.insertBlock(plain, base);
    at.insertText(withoutObjects(texts.join(QChar::LineSeparator)), changeFormat(base, TextChange::Removed));
}

void apply(QTextDocument *document, const BlockEdit &edit)
{
    const QTextBlock block = document->findBlockByNumber(edit.block);
    if (!block.isValid())
        return;
    const bool changesText = edit.added || !TextDiff::isUnchanged(edit.segments);
    QTextCursor cursor(block);
    if (edit.added) {
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(addedMark());
    } else if (changesText) {
        for (const TextDiff::Segment &s : edit.segments) {
            if (s.kind == Kind::Removed) {
                const QTextCharFormat base = cursor.charFormat();
                cursor.insertText(withoutObjects(s.text), changeFormat(base, TextChange::Removed));
                continue;
            }
            const int length = int(s.text.size());
            if (s.kind == Kind::Added) {
                cursor.setPosition(cursor.position() + length, QTextCursor::KeepAnchor);
                cursor.mergeCharFormat(addedMark());
                cursor.clearSelection();
            } else {
                cursor.setPosition(cursor.position() + length);
            }
        }
    }
    if (changesText)
        markCell(document->findBlockByNumber(edit.block));
    if (!edit.removedBefore.isEmpty())
        insertRemovedParagraphs(document->findBlockByNumber(edit.block), edit.removedBefore);
}

} // namespace

QTextCharFormat changeFormat(const QTextCharFormat &base, TextChange change)
{
    QTextCharFormat format = base;
    format.setProperty(DocumentMarks::TextChangeMark, int(change));
    if (change == TextChange::None)
        return format;
    format.setForeground(changeColour);
    format.setFontUnderline(change == TextChange::Added);
    format.setFontStrikeOut(change == TextChange::Removed);
    // Inserted text must not extend a link or an anchor of the base.
    format.setAnchor(false);
    format.setAnchorNames({});
    format.setAnchorHref(QString());
    return format;
}

void insertSegments(QTextCursor &cursor, const QList<TextDiff::Segment> &segments, const QTextCharFormat &base)
{
    for (const TextDiff::Segment &s : segments) {
        const TextChange change = s.kind == Kind::Added ? TextChange::Added
            : s.kind == Kind::Removed                   ? TextChange::Removed
                                                        : TextChange::None;
        // Paragraph breaks inside a value stay line breaks of one paragraph.
        QString text = s.text;
        text.replace(QLatin1Char('\n'), QChar::LineSeparator);
        cursor.insertText(text, change == TextChange::None ? base : changeFormat(base, change));
    }
}

int markChanges(QTextDocument *after, const QTextDocument &before)
{
    const Paragraphs old = paragraphsOf(before);
    const Paragraphs now = paragraphsOf(*after);
    dtl::Diff<QString, std::vector<QString>> diff(old.keys, now.keys);
    diff.compose();

    QList<BlockEdit> edits;
    QList<int> removedRun; // indexes into `old`
    QList<int> addedRun;   // block numbers of `after`
    int oldIndex = 0;
    int newIndex = 0;
    // A run of removed and added paragraphs between unchanged ones: pair
    // them in order; what is left over is wholly added or removed.
    auto closeRun = [&] {
        const int pairs = int(qMin(removedRun.size(), addedRun.size()));
        for (int i = 0; i < pairs; ++i) {
            BlockEdit edit;
            edit.block = addedRun[i];
            const QString &was = old.texts[size_t(removedRun[i])];
            const QString &text = now.texts[size_t(addedRun[i])];
            edit.segments = TextDiff::compareReadable(was, text);
            edits << edit;
        }
        for (int i = pairs; i < addedRun.size(); ++i) {
            BlockEdit edit;
            edit.block = addedRun[i];
            edit.added = !now.texts[size_t(addedRun[i])].isEmpty();
            edits << edit;
        }
        QStringList left;
        for (int i = pairs; i < removedRun.size(); ++i)
            if (const QString text = withoutObjects(old.texts[size_t(removedRun[i])]); !text.trimmed().isEmpty())
                left << text;
        if (!left.isEmpty() && !now.texts.empty()) {
            BlockEdit edit;
            edit.block = qMin(newIndex, int(now.texts.size()) - 1);
            edit.removedBefore = left;
            edits << edit;
        }
        removedRun.clear();
        addedRun.clear();
    };
    for (const auto &[key, info] : diff.getSes().getSequence()) {
        Q_UNUSED(key);
        if (info.type == dtl::SES_DELETE) {
            removedRun << oldIndex++;
        } else if (info.type == dtl::SES_ADD) {
            addedRun << newIndex++;
        } else {
            closeRun();
            ++oldIndex;
            ++newIndex;
        }
    }
    closeRun();

    // Merge edits of one paragraph, then apply from the end so that the
    // block numbers still ahead stay valid.
    std::stable_sort(edits.begin(), edits.end(), [](const BlockEdit &a, const BlockEdit &b) { return a.block > b.block; });
    QTextCursor group(after);
    group.beginEditBlock();
    int marked = 0;
    for (int i = 0; i < edits.size(); ++i) {
        BlockEdit edit = edits[i];
        while (i + 1 < edits.size() && edits[i + 1].block == edit.block) {
            const BlockEdit &other = edits[++i];
            edit.removedBefore = other.removedBefore + edit.removedBefore;
            if (!other.segments.isEmpty())
                edit.segments = other.segments;
            edit.added = edit.added || other.added;
        }
        if (edit.added || !edit.removedBefore.isEmpty() || !TextDiff::isUnchanged(edit.segments)) {
            apply(after, edit);
            ++marked;
        }
    }
    group.endEditBlock();
    return marked;
}

} // namespace ChangeMarkup
