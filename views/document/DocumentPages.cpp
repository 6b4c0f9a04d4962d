#include "views/document/DocumentPages.h"

#include "views/common/DocumentFont.h"
#include "views/document/DocumentBuilder.h"
#include "views/document/DocumentMarks.h"
#include "views/document/PlanDrawings.h"
#include "views/roadmap/RoadmapPages.h"

#include <QAbstractTextDocumentLayout>
#include <QHash>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>
#include <algorithm>

namespace {

using DocumentMarks::BlockRole;

constexpr qreal headerPoints = 8;

// The anchor name a heading block carries (DocumentBuilder gives each one).
QString anchorOf(const QTextBlock &block)
{
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QStringList names = it.fragment().charFormat().anchorNames();
        if (!names.isEmpty())
            return names.first();
    }
    return QString();
}

bool holdsRoadmap(const QTextBlock &block)
{
    for (auto it = block.begin(); !it.atEnd(); ++it)
        if (it.fragment().charFormat().objectType() == DocumentMarks::RoadmapObject)
            return true;
    return false;
}

QFont headerFont()
{
    // Painted where one unit is a point.
    QFont font(DocumentFont::installedFamily());
    font.setPixelSize(int(headerPoints));
    return font;
}

} // namespace

DocumentPages::DocumentPages(QTextDocument *document, const Plan &plan, const DocumentOptions &options,
                             const PlanDrawings &drawings)
    : m_document(document), m_plan(plan), m_options(options), m_drawings(drawings)
{
    const QSizeF body = DocumentBuilder::bodySizePoints(options.paper) * DocumentBuilder::pixelsPerPoint;
    m_flowPageHeight = body.height();
    // One long page: the cutting is done here (see the class comment).
    document->setPageSize(QSizeF(body.width(), -1));
    // A cover before the first heading gets no running header or number.
    for (QTextBlock b = document->begin(); b.isValid() && b.blockFormat().headingLevel() == 0; b = b.next())
        m_coverFirst = m_coverFirst || DocumentMarks::roleOf(b.blockFormat()) == BlockRole::DocumentTitle;
    QList<Cut> cuts;
    collectCuts(&cuts);
    cutPages(cuts);
    paginate();
    findContents();
}

DocumentPages::~DocumentPages()
{
    delete m_roadmap;
}

void DocumentPages::collectCuts(QList<Cut> *cuts) const
{
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    // After a heading or a table's caption comes no cut: they stay with
    // what follows them.
    bool keepWithPrevious = true;
    for (auto it = m_document->rootFrame()->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *frame = it.currentFrame()) {
            const QRectF rect = layout->frameBoundingRect(frame);
            if (!keepWithPrevious)
                cuts->append(Cut { rect.top() });
            keepWithPrevious = false;
            auto *table = qobject_cast<QTextTable *>(frame);
            if (!table || rect.height() < m_flowPageHeight * 0.9)
                continue; // shorter than a page: whole, never cut inside
            // A long table may be cut between rows; its header row is
            // painted again above each cut.
            const int headerRows = table->format().headerRowCount();
            auto rowTop = [&](int row) {
                const QTextBlock first = table->cellAt(row, 0).firstCursorPosition().block();
                return layout->blockBoundingRect(first).top() - table->format().cellPadding() - table->format().border();
            };
            const qreal headerTop = rect.top();
            const qreal headerBottom = headerRows > 0 && headerRows < table->rows() ? rowTop(headerRows) : headerTop;
            for (int row = headerRows + 1; row < table->rows(); ++row)
                cuts->append(Cut { rowTop(row), false, headerTop, headerBottom });
            continue;
        }
        const QTextBlock block = it.currentBlock();
        const QRectF rect = layout->blockBoundingRect(block);
        const QTextBlockFormat format = block.blockFormat();
        if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            cuts->append(Cut { rect.top(), true });
        else if (!keepWithPrevious)
            cuts->append(Cut { rect.top() });
        const bool heading = format.headingLevel() > 0;
        const bool caption = DocumentMarks::roleOf(format) == BlockRole::TableCaption;
        // Between lines: line positions count from the block's text, which
        // starts below its top margin.
        if (!heading && !caption && !format.nonBreakableLines())
            for (int line = 1; block.layout() && line < block.layout()->lineCount(); ++line)
                cuts->append(Cut { block.layout()->position().y() + block.layout()->lineAt(line).y() });
        keepWithPrevious = heading || caption;
    }
}

void DocumentPages::cutPages(const QList<Cut> &cuts)
{
    const qreal end = m_document->documentLayout()->documentSize().height();
    m_cuts = { 0 };
    m_repeatHeaders = { TableHeader {} };
    qreal start = 0;
    TableHeader header;
    int next = 0;
    while (start < end - 0.5) {
        const qreal limit = start + m_flowPageHeight - (header.bottom - header.top);
        while (next < cuts.size() && cuts[next].y <= start + 0.5)
            ++next;
        int chosen = -1;
        for (int i = next; i < cuts.size() && cuts[i].y <= limit + 0.5; ++i) {
            chosen = i;
            if (cuts[i].forced)
                break;
        }
        if (limit >= end && (chosen < 0 || !cuts[chosen].forced))
            break; // the rest fits on this page
        TableHeader repeated;
        qreal at = limit; // nothing may be cut here: something taller than a page is
        if (chosen >= 0) {
            at = cuts[chosen].y;
            repeated = { cuts[chosen].repeatTop, cuts[chosen].repeatBottom };
        }
        m_cuts << at;
        m_repeatHeaders << repeated;
        start = at;
        header = repeated;
    }
    m_cuts << end;
}

void DocumentPages::paginate()
{
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    const int flowPages = int(m_cuts.size()) - 1;
    m_roadmapFlowPage = -1;
    for (QTextBlock b = m_document->begin(); b.isValid(); b = b.next()) {
        if (holdsRoadmap(b)) {
            m_roadmapFlowPage = flowPageOf(layout->blockBoundingRect(b).top());
            break;
        }
        if (b.blockFormat().headingLevel() == 1)
            m_roadmapHeading = b.text();
    }
    if (m_roadmapFlowPage >= 0 && !m_roadmap) {
        const RoadmapOptions options = m_drawings.roadmapOptions();
        m_roadmap = new RoadmapPages(m_plan, options, options.pageLayout().paintRect(QPageLayout::Point).size());
    }
    m_pages.clear();
    for (int i = 0; i < flowPages; ++i) {
        if (i == m_roadmapFlowPage) {
            for (int r = 0; r < m_roadmap->count(); ++r)
                m_pages << Page { true, r };
        } else {
            m_pages << Page { false, i };
        }
    }
}

int DocumentPages::flowPageOf(qreal y) const
{
    // The last page starting at or above y (a block cut before starts
    // exactly on its page's top edge).
    const auto after = std::upper_bound(m_cuts.cbegin(), m_cuts.cend() - 1, y + 0.5);
    return qMax(0, int(after - m_cuts.cbegin()) - 1);
}

qreal DocumentPages::headerHeightAt(int flowPage) const
{
    const TableHeader &h = m_repeatHeaders.value(flowPage);
    return h.bottom - h.top;
}

int DocumentPages::physicalPageOfFlow(qreal y, qreal *topPoints) const
{
    const int flowPage = flowPageOf(y);
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages[i].roadmap ? flowPage == m_roadmapFlowPage : m_pages[i].index == flowPage) {
            if (topPoints)
                *topPoints = m_pages[i].roadmap ? 0
                                                : DocumentBuilder::marginPoints()
                        + (headerHeightAt(flowPage) + y - m_cuts[flowPage]) / DocumentBuilder::pixelsPerPoint;
            return i;
        }
    }
    return qMax(0, int(m_pages.size()) - 1);
}

void DocumentPages::findContents()
{
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    QHash<QString, int> pageOfAnchor;
    for (QTextBlock b = m_document->begin(); b.isValid(); b = b.next())
        if (b.blockFormat().headingLevel() > 0)
            pageOfAnchor.insert(anchorOf(b), physicalPageOfFlow(layout->blockBoundingRect(b).top(), nullptr) + 1);
    for (QTextBlock b = m_document->begin(); b.isValid(); b = b.next()) {
        if (DocumentMarks::roleOf(b.blockFormat()) != BlockRole::TocEntry)
            continue;
        const QTextCharFormat format = b.begin().fragment().charFormat();
        ContentsLine line { b.text(), pageOfAnchor.value(format.anchorHref().mid(1)), QRectF(), format.font() };
        if (b.layout() && b.layout()->lineCount() > 0) {
            const QTextLine first = b.layout()->lineAt(0);
            line.numberRect = QRectF(0, b.layout()->position().y() + first.y(), m_document->pageSize().width(),
                                     first.height());
        }
        m_contents << line;
    }
}

QList<std::pair<QString, int>> DocumentPages::contents() const
{
    QList<std::pair<QString, int>> lines;
    for (const ContentsLine &line : m_contents)
        lines.append({ line.text, line.page });
    return lines;
}

QList<PdfFinisher::Bookmark> DocumentPages::bookmarks() const
{
    QList<PdfFinisher::Bookmark> marks;
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    for (QTextBlock b = m_document->begin(); b.isValid(); b = b.next()) {
        const int level = b.blockFormat().headingLevel();
        if (level < 1 || level > 3)
            continue;
        qreal top = 0;
        const int page = physicalPageOfFlow(layout->blockBoundingRect(b).top(), &top);
        marks << PdfFinisher::Bookmark { b.text(), level, page, top };
    }
    return marks;
}

QPageLayout DocumentPages::layoutFor(const Page &page) const
{
    // No margins: the pages draw their own, whatever the device's minimum.
    if (page.roadmap)
        return m_drawings.roadmapOptions().pageLayout();
    return QPageLayout(QPageSize(m_options.paper), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0));
}

QString DocumentPages::drawnText() const
{
    QString text = m_document->toPlainText() + m_plan.info.title + QStringLiteral("0123456789");
    if (m_roadmap)
        text += m_roadmap->drawnCharacters() + m_roadmapHeading;
    for (const Kpi &k : m_plan.kpis)
        text += k.name + k.unit;
    return text;
}

bool DocumentPages::paint(QPagedPaintDevice *device, QString *error) const
{
    if (m_pages.isEmpty()) {
        *error = tr("The document has no pages.");
        return false;
    }
    device->setPageLayout(layoutFor(m_pages.first()));
    QPainter painter;
    if (!painter.begin(device)) {
        *error = tr("The output cannot be opened for painting.");
        return false;
    }
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    for (int i = 0; i < m_pages.size(); ++i) {
        if (i > 0) {
            if (m_pages[i].roadmap != m_pages[i - 1].roadmap)
                device->setPageLayout(layoutFor(m_pages[i]));
            if (!device->newPage()) {
                *error = tr("A new page could not be started.");
                return false;
            }
        }
        if (m_pages[i].roadmap)
            paintRoadmapPage(&painter, *device, m_pages[i].index);
        else
            paintFlowPage(&painter, *device, m_pages[i].index, i + 1);
    }
    if (!painter.end()) {
        *error = tr("The pages could not be finished.");
        return false;
    }
    return true;
}

void DocumentPages::paintRunningHeader(QPainter *painter, const QRectF &paper, const QString &text, int number) const
{
    const qreal margin = DocumentBuilder::marginPoints();
    painter->save();
    painter->setFont(headerFont());
    painter->setPen(QColor(0x44, 0x44, 0x44));
    const QRectF header(margin, margin / 2 - headerPoints, paper.width() - 2 * margin, headerPoints * 1.6);
    painter->drawText(header, Qt::AlignRight | Qt::AlignVCenter, text);
    painter->setPen(QPen(QColor(0x88, 0x88, 0x88), 0.5));
    painter->drawLine(QPointF(margin, header.bottom() + 2), QPointF(paper.width() - margin, header.bottom() + 2));
    if (number > 0) {
        painter->setPen(QColor(0x22, 0x22, 0x22));
        const QRectF footer(margin, paper.height() - margin / 2 - headerPoints, paper.width() - 2 * margin,
                            headerPoints * 1.6);
        painter->drawText(footer, Qt::AlignHCenter | Qt::AlignVCenter, QStringLiteral("- %1 -").arg(number));
    }
    painter->restore();
}

void DocumentPages::paintFlowPage(QPainter *painter, const QPagedPaintDevice &device, int flowPage, int number) const
{
    const QPageLayout page = device.pageLayout();
    const QRectF paper = page.fullRect(QPageLayout::Point);
    const QRectF printable = page.paintRect(QPageLayout::Point);
    painter->save();
    // Points from the paper's corner, whatever margins the device keeps.
    painter->scale(device.logicalDpiX() / 72.0, device.logicalDpiY() / 72.0);
    painter->translate(-printable.topLeft());
    const bool cover = m_coverFirst && flowPage == 0;
    if (!cover)
        paintRunningHeader(painter, paper, m_plan.info.title, number);
    const qreal margin = DocumentBuilder::marginPoints();
    painter->translate(margin, margin);
    painter->scale(1 / DocumentBuilder::pixelsPerPoint, 1 / DocumentBuilder::pixelsPerPoint);
    const qreal width = m_document->pageSize().width();
    auto paintSlice = [&](qreal top, qreal bottom) {
        painter->save();
        const QRectF clip(0, top, width, bottom - top);
        painter->translate(0, -top);
        painter->setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        // Blocks that start on the cut belong to the next page: they are
        // not drawn here at all (a glyph's top may rise above its line).
        context.clip = clip.adjusted(0, 0, 0, -1);
        context.palette.setColor(QPalette::Text, Qt::black);
        context.palette.setColor(QPalette::Link, QColor(0x00, 0x3D, 0x99));
        m_document->documentLayout()->draw(painter, context);
        painter->restore();
    };
    const TableHeader &header = m_repeatHeaders[flowPage];
    if (header.bottom > header.top) {
        paintSlice(header.top, header.bottom);
        painter->translate(0, header.bottom - header.top);
    }
    const qreal top = m_cuts[flowPage];
    const qreal bottom = m_cuts[flowPage + 1];
    paintSlice(top, bottom);
    paintContentsNumbers(painter, top, bottom);
    painter->restore();
}

// The contents' page numbers, at the right edge of each line; painted, not
// written into the document, so numbering never moves the pages.
void DocumentPages::paintContentsNumbers(QPainter *painter, qreal top, qreal bottom) const
{
    for (const ContentsLine &line : m_contents) {
        if (line.numberRect.isNull() || line.numberRect.top() < top - 0.5 || line.numberRect.top() >= bottom
            || line.page <= 0)
            continue;
        painter->save();
        painter->translate(0, -top);
        painter->setFont(line.font);
        painter->setPen(Qt::black);
        painter->drawText(line.numberRect, Qt::AlignRight | Qt::AlignVCenter, QString::number(line.page));
        painter->restore();
    }
}

void DocumentPages::paintRoadmapPage(QPainter *painter, const QPagedPaintDevice &device, int roadmapPage) const
{
    const QPageLayout page = device.pageLayout();
    painter->save();
    painter->scale(device.logicalDpiX() / 72.0, device.logicalDpiY() / 72.0);
    // The chapter's heading in the top margin; the roadmap in the printable area.
    const QRectF printable = page.paintRect(QPageLayout::Point);
    painter->save();
    painter->setFont(headerFont());
    painter->setPen(QColor(0x44, 0x44, 0x44));
    painter->drawText(QRectF(0, -printable.top() + 4, printable.width(), printable.top() - 6),
                      Qt::AlignLeft | Qt::AlignVCenter, m_roadmapHeading);
    painter->restore();
    // A printer that is already printing keeps its paper (Qt refuses a new
    // page layout then): the A3 page is scaled onto it.
    const QSizeF designed = m_drawings.roadmapOptions().pageLayout().paintRect(QPageLayout::Point).size();
    const qreal fit = qMin<qreal>(1, qMin(printable.width() / designed.width(), printable.height() / designed.height()));
    painter->scale(fit, fit);
    m_roadmap->paint(painter, roadmapPage);
    painter->restore();
}
