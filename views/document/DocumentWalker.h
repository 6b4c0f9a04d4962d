#pragma once

#include <QList>
#include <QString>
#include <QTextBlock>

class QTextDocument;
class QTextFrame;
class QTextList;
class QTextTable;
class QTextTableCell;

// Text as XML takes it: the characters XML 1.0 forbids (controls a pasted
// text may carry) and object markers are dropped.
QString cleanText(const QString &text);
// A block's text, cleaned, white space simplified.
QString blockText(const QTextBlock &block);
// The text of the document's DocumentTitle block, or "".
QString titleBlockText(const QTextDocument &document);

// Reads the plan document in reading order for the writers that rebuild
// its structure (HTML, ODT): both need the same decisions about which
// block is a heading, where a list opens and closes (Qt keeps nesting only
// as QTextListFormat::indent), which caption belongs to which table or
// picture. A writer derives from this and says what each thing becomes.
class DocumentWalker {
public:
    explicit DocumentWalker(const QTextDocument &document)
        : m_document(document)
    {
    }
    virtual ~DocumentWalker() = default;

    // Calls the hooks below for the whole document.
    void walk();

protected:
    // level 1 is a chapter. It never goes more than one deeper than the
    // heading before it: a Markdown chunk that jumps from ## to #### would
    // otherwise leave a gap the outline and screen readers stumble over.
    virtual void heading(const QTextBlock &block, int level) = 0;
    // Any other text block (title, cover line, caption that names nothing,
    // TOC entry, note, body text); the writer looks at its role. Inside a
    // list item it is a further paragraph of that item.
    virtual void paragraph(const QTextBlock &block) = 0;
    // A block of pictures/drawings only, with the FigureCaption block after
    // it (invalid when there is none).
    virtual void figure(const QTextBlock &block, const QTextBlock &caption) = 0;
    // A table with the TableCaption block before it (invalid when none).
    // The writer writes the cells' blocks itself (cellBlocks()).
    virtual void table(const QTextTable &table, const QTextBlock &caption) = 0;
    // Lists nest: beginList comes inside the item it belongs to. `start` is
    // the number of the list's first item here (1 unless the list goes on
    // after something interrupted it).
    virtual void beginList(const QTextList &list, int start) = 0;
    virtual void endList() = 0;
    virtual void beginListItem(const QTextBlock &block) = 0;
    virtual void endListItem() = 0;

    // The text blocks of a table cell, in order.
    static QList<QTextBlock> cellBlocks(const QTextTableCell &cell);

private:
    void walkFrame(const QTextFrame *frame);
    void block(const QTextBlock &block);
    void listBlock(const QTextBlock &block);
    // Closes the open lists whose indent is deeper than `indent`.
    void closeListsDeeperThan(int indent);

    struct OpenList {
        const QTextList *list;
        int indent;
    };

    const QTextDocument &m_document;
    QList<OpenList> m_lists; // outermost first; indents strictly increase
    int m_lastHeadingLevel = 0;
};
