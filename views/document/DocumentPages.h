#pragma once

#include "models/Plan.h"
#include "views/document/DocumentOptions.h"
#include "views/document/PdfFinisher.h"

#include <QCoreApplication>
#include <QFont>
#include <QPageLayout>
#include <QRectF>
#include <QList>
#include <QString>
#include <utility>

class PlanDrawings;
class QPagedPaintDevice;
class QPainter;
class QTextDocument;

// The built document as printed pages: the flow cut into pages of the
// chosen paper with the plan's title as running header and the page
// number below, the roadmap on A3 landscape pages of its own where its
// part stands, and the contents' page numbers painted in. One painting
// path for the PDF, the printer and the print preview.
//
// The document is laid out once as one long page and cut here, where
// cutting is allowed: before a part (always), between paragraphs and
// lines, never inside a table row, never between a heading or a table's
// caption and what follows; a table shorter than a page stays whole, and
// a longer one repeats its header row on every page it continues on. One
// layout whatever the size, so a 1,000-measure plan pages in a moment.
class DocumentPages
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPages)

public:
    // Lays the document out for the paper's text width. Plan, document
    // and drawings must outlive the pages.
    DocumentPages(QTextDocument *document, const Plan &plan, const DocumentOptions &options,
                  const PlanDrawings &drawings);
    ~DocumentPages();

    int count() const { return int(m_pages.size()); }
    // Headings of levels 1 to 3 with the page they start on.
    QList<PdfFinisher::Bookmark> bookmarks() const;
    // Paints every page, changing the page layout where the roadmap's
    // pages begin and end; false with `error` set on failure.
    bool paint(QPagedPaintDevice *device, QString *error) const;
    // Every text painted, for the PDF's text layer (PdfTextLayerFix).
    QString drawnText() const;
    // Where the flow is cut, in the document's pixels: page i of the flow
    // shows [cuts[i], cuts[i + 1]).
    const QList<qreal> &flowCuts() const { return m_cuts; }
    // The contents' lines and the page (from 1) each part starts on.
    QList<std::pair<QString, int>> contents() const;

private:
    struct Page
    {
        bool roadmap = false;
        int index = 0; // in the flow's pages, or in the roadmap's pages
    };
    struct Cut
    {
        qreal y = 0;
        bool forced = false;   // a part starts here
        qreal repeatTop = 0;   // inside a long table: its header row's
        qreal repeatBottom = 0; // extent, painted again above the cut
    };
    struct TableHeader
    {
        qreal top = 0;
        qreal bottom = 0;
    };
    void collectCuts(QList<Cut> *cuts) const;
    void cutPages(const QList<Cut> &cuts);
    void paginate();
    int flowPageOf(qreal y) const;
    int physicalPageOfFlow(qreal y, qreal *topPoints) const;
    qreal headerHeightAt(int flowPage) const;
    void findContents();
    void paintContentsNumbers(QPainter *painter, qreal top, qreal bottom) const;
    QPageLayout layoutFor(const Page &page) const;
    void paintFlowPage(QPainter *painter, const QPagedPaintDevice &device, int flowPage, int number) const;
    void paintRoadmapPage(QPainter *painter, const QPagedPaintDevice &device, int roadmapPage) const;
    void paintRunningHeader(QPainter *painter, const QRectF &paper, const QString &text, int number) const;

    QTextDocument *m_document;
    const Plan &m_plan;
    DocumentOptions m_options;
    const PlanDrawings &m_drawings;
    class RoadmapPages *m_roadmap = nullptr;
    QString m_roadmapHeading;
    int m_roadmapFlowPage = -1;
    bool m_coverFirst = false;
    qreal m_flowPageHeight = 0; // pixels
    QList<qreal> m_cuts;                // flow page starts, then the end
    QList<TableHeader> m_repeatHeaders; // per flow page: header row repeated at its top
    QList<Page> m_pages;
    // A contents line: its text, the page its part starts on, and where
    // and in which font its number is painted.
    struct ContentsLine
    {
        QString text;
        int page = 0;
        QRectF numberRect; // document pixels
        QFont font;
    };
    QList<ContentsLine> m_contents;
};
