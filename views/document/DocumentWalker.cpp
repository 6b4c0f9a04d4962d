#include "views/document/DocumentWalker.h"

#include "views/document/DocumentMarks.h"

#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

using DocumentMarks::BlockRole;

namespace {

// One thing in a frame's flow: a block or a child frame (a table).
struct Item {
    QTextBlock block;
    const QTextFrame *frame = nullptr;
};

QList<Item> itemsOf(const QTextFrame *frame)
{
    QList<Item> items;
    for (QTextFrame::iterator it = frame->begin(); !it.atEnd(); ++it) {
        if (it.currentFrame())
            items.append({ QTextBlock(), it.currentFrame() });
        else if (it.currentBlock().isValid())
            items.append({ it.currentBlock(), nullptr });
    }
    return items;
}

bool hasRole(const Item &item, BlockRole role)
{
    return item.block.isValid() && DocumentMarks::roleOf(item.block.blockFormat()) == role;
}

// True when the block holds nothing but pictures and drawings (image or
// custom-object characters, perhaps with spaces around): a figure.
bool isFigureBlock(const QTextBlock &block)
{
    bool pictures = false;
    for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        const QTextCharFormat format = fragment.charFormat();
        if (format.isImageFormat() || format.objectType() >= QTextFormat::UserObject) {
            pictures = true;
            continue;
        }
        if (!fragment.text().trimmed().isEmpty())
            return false;
    }
    return pictures;
}

} // namespace

void DocumentWalker::walk()
{
    m_lists.clear();
    m_lastHeadingLevel = 0;
    walkFrame(m_document.rootFrame());
    closeListsDeeperThan(-1);
}

QList<QTextBlock> DocumentWalker::cellBlocks(const QTextTableCell &cell)
{
    QList<QTextBlock> blocks;
    for (QTextFrame::iterator it = cell.begin(); !it.atEnd(); ++it) {
        if (it.currentBlock().isValid())
            blocks.append(it.currentBlock());
    }
    return blocks;
}

void DocumentWalker::walkFrame(const QTextFrame *frame)
{
    const QList<Item> items = itemsOf(frame);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Item &item = items.at(i);
        const Item next = i + 1 < items.size() ? items.at(i + 1) : Item();
        if (item.frame) {
            closeListsDeeperThan(-1);
            if (auto *table = qobject_cast<const QTextTable *>(item.frame))
                this->table(*table, QTextBlock());
            else
                walkFrame(item.frame); // a plain frame (a box): its content flows on
            continue;
        }
        if (hasRole(item, BlockRole::TableCaption) && next.frame) {
            if (auto *table = qobject_cast<const QTextTable *>(next.frame)) {
                closeListsDeeperThan(-1);
                this->table(*table, item.block);
                ++i;
                continue;
            }
        }
        if (!item.block.textList() && isFigureBlock(item.block)) {
            closeListsDeeperThan(-1);
            if (hasRole(next, BlockRole::FigureCaption)) {
                figure(item.block, next.block);
                ++i;
            } else {
                figure(item.block, QTextBlock());
            }
            continue;
        }
        block(item.block);
    }
}

void DocumentWalker::block(const QTextBlock &block)
{
    const QTextBlockFormat format = block.blockFormat();
    const BlockRole role = DocumentMarks::roleOf(format);
    if (role == BlockRole::RunningHeader)
        return; // the PDF's page header; never part of the text
    if (block.textList()) {
        listBlock(block);
        return;
    }
    if (format.headingLevel() > 0 && role == BlockRole::Body) {
        closeListsDeeperThan(-1);
        const int level = qMin(format.headingLevel(), m_lastHeadingLevel + 1);
        m_lastHeadingLevel = level;
        heading(block, level);
        return;
    }
    // Markdown's further paragraph of a list item is a block outside the
    // list, indented as deep as the list: it stays in that item.
    closeListsDeeperThan(format.indent() > 0 ? format.indent() : -1);
    if (!m_lists.isEmpty() && m_lists.last().indent != format.indent())
        closeListsDeeperThan(-1);
    paragraph(block);
}

void DocumentWalker::listBlock(const QTextBlock &block)
{
    const QTextList *list = block.textList();
    const int indent = list->format().indent();
    // Leave deeper lists, and another list at the same depth.
    while (!m_lists.isEmpty()
        && (m_lists.last().indent > indent
            || (m_lists.last().indent == indent && m_lists.last().list != list))) {
        endListItem();
        endList();
        m_lists.removeLast();
    }
    if (!m_lists.isEmpty() && m_lists.last().list == list) {
        endListItem();
    } else {
        beginList(*list, list->itemNumber(block) + 1);
        m_lists.append({ list, indent });
    }
    beginListItem(block);
}

void DocumentWalker::closeListsDeeperThan(int indent)
{
    while (!m_lists.isEmpty() && m_lists.last().indent > indent) {
        endListItem();
        endList();
        m_lists.removeLast();
    }
}

QString cleanText(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        if ((c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\n'))
            || c.unicode() == 0xfffe || c.unicode() == 0xffff || c == QChar::ObjectReplacementCharacter)
            continue;
        clean.append(c);
    }
    return clean;
}

QString blockText(const QTextBlock &block)
{
    return cleanText(block.text()).simplified();
}

QString titleBlockText(const QTextDocument &document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        if (DocumentMarks::roleOf(block.blockFormat()) == DocumentMarks::BlockRole::DocumentTitle
            && !blockText(block).isEmpty())
            return blockText(block);
    return QString();
}
