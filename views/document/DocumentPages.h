#pragma once

#include "models/Plan.h"
#include "views/document/DocumentOptions.h"
#include "views/document/PdfFinisher.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QList>
#include <QString>

class PlanDrawings;
class QPagedPaintDevice;
class QPainter;
class QTextDocument;

// The built document as printed pages: the flow cut into pages of the
// chosen paper with the plan's title as running header and the page
// number below, the roadmap on A3 landscape pages of its own where its
// part stands, and the contents' page numbers filled in. One painting
// path for the PDF, the printer and the print preview.
class DocumentPages
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPages)

public:
    // Lays the document out (it gains its page size and the contents'
    // page numbers). Plan, document and drawings must outlive the pages.
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

private:
    struct Page
    {
        bool roadmap = false;
        int index = 0; // in the flow's pages, or in the roadmap's pages
    };
    void keepTablesTogether();
    void paginate();
    bool fillContentsPageNumbers();
    int flowPageOf(qreal y) const;
    int physicalPageOfFlow(qreal y, qreal *topPoints) const;
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
    QList<Page> m_pages;
};
