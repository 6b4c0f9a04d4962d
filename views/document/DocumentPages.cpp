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

// Where a block's text starts: a block that breaks to a new page keeps
// its rectangle where the previous one ended, its first line moves down.
qreal blockTop(QAbstractTextDocumentLayout *layout, const QTextBlock &block)
{
    const qreal top = layout->blockBoundingRect(block).top();
    const QTextLayout *lines = block.layout();
    return lines && lines->lineCount() > 0 ? top + lines->lineAt(0).y() : top;
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
    document->setPageSize(body);
    // A cover before the first heading gets no running header or number.
    for (QTextBlock b = document->begin(); b.isValid() && b.blockFormat().headingLevel() == 0; b = b.next())
        m_coverFirst = m_coverFirst || DocumentMarks::roleOf(b.blockFormat()) == BlockRole::DocumentTitle;
    keepTablesTogether();
    paginate();
    // Page numbers may move the pages after the contents once: fill them
    // in until they stand still.
    for (int pass = 0; pass < 3 && fillContentsPageNumbers(); ++pass)
        paginate();
}

DocumentPages::~DocumentPages()
{
    delete m_roadmap;
}

void DocumentPages::paginate()
{
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    const int flowPages = layout->pageCount();
    m_roadmapFlowPage = -1;
    for (QTextBlock b = m_document->begin(); b.isValid(); b = b.next()) {
        if (holdsRoadmap(b)) {
            m_roadmapFlowPage = flowPageOf(blockTop(layout, b));
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

void DocumentPages::keepTablesTogether()
{
    // Qt moves a table row to the next page only when none of its cells
    // fits; a table shorter than a page is moved whole instead, caption
    // and all. Moving one may push the next ones over a page end, so this
    // runs until nothing moves (a few passes).
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    for (int pass = 0; pass < 10; ++pass) {
        bool moved = false;
        for (QTextFrame *frame : m_document->rootFrame()->childFrames()) {
            auto *table = qobject_cast<QTextTable *>(frame);
            if (!table)
                continue;
            const QRectF rect = layout->frameBoundingRect(table);
            if (rect.height() >= m_flowPageHeight * 0.9 || flowPageOf(rect.top()) == flowPageOf(rect.bottom() - 1))
                continue;
            const QTextBlock caption = m_document->findBlock(table->firstPosition() - 1);
            if (DocumentMarks::roleOf(caption.blockFormat()) == BlockRole::TableCaption) {
                QTextBlockFormat f = caption.blockFormat();
                if (f.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                    continue;
                f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                QTextCursor(caption).setBlockFormat(f);
            } else {
                QTextTableFormat f = table->format();
                if (f.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                    continue;
                f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                table->setFormat(f);
            }
            moved = true;
        }
        if (!moved)
            break;
    }
}

int DocumentPages::flowPageOf(qreal y) const
{
    // A block moved to a new page starts exactly on its top edge, which
    // rounding must not push back onto the page before.
    return int((y + 0.5) / m_flowPageHeight);
}

int DocumentPages::physicalPageOfFlow(qreal y, qreal *topPoints) const
{
    const int flowPage = flowPageOf(y);
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages[i].roadmap ? flowPage == m_roadmapFlowPage : m_pages[i].index == flowPage) {
            if (topPoints)
                *topPoints = m_pages[i].roadmap ? 0
                                                : DocumentBuilder::marginPoints()
                        + (y - flowPage * m_flowPageHeight) / DocumentBuilder::pixelsPerPoint;
            return i;
        }
    }
    return qMax(0, int(m_pages.size()) - 1);
}

bool DocumentPages::fillContentsPageNumbers()
{
    bool changed = false;
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    QHash<QString, int> pageOfAnchor;
    for (QTextBlock b = m_document->begin(); b.isValid(); b = b.next())
        if (b.blockFormat().headingLevel() > 0)
            pageOfAnchor.insert(anchorOf(b), physicalPageOfFlow(blockTop(layout, b), nullptr));
    for (QTextBlock b = m_document->begin(); b.isValid(); b = b.next()) {
        if (DocumentMarks::roleOf(b.blockFormat()) != BlockRole::TocEntry)
            continue;
        const QString href = b.begin().fragment().charFormat().anchorHref();
        const auto page = pageOfAnchor.constFind(href.mid(1));
        if (page == pageOfAnchor.cend())
            continue;
        // The number is what follows the entry's tab.
        const int tab = b.text().lastIndexOf(QLatin1Char('\t'));
        const QString number = QString::number(*page + 1);
        if (tab < 0 || b.text().mid(tab + 1) == number)
            continue;
        QTextCursor after(b);
        after.setPosition(b.position() + tab + 1);
        after.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        after.insertText(number);
        changed = true;
    }
    return changed;
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
        const int page = physicalPageOfFlow(blockTop(layout, b), &top);
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
        text += m_roadmap->textContent() + m_roadmapHeading;
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
    const QRectF clip(0, flowPage * m_flowPageHeight, m_document->pageSize().width(), m_flowPageHeight);
    painter->translate(0, -clip.top());
    painter->setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = clip;
    context.palette.setColor(QPalette::Text, Qt::black);
    context.palette.setColor(QPalette::Link, QColor(0x00, 0x3D, 0x99));
    m_document->documentLayout()->draw(painter, context);
    painter->restore();
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
    m_roadmap->paint(painter, roadmapPage);
    painter->restore();
}
