#pragma once

#include "views/roadmap/RoadmapLayout.h"
#include "views/roadmap/RoadmapRenderer.h"

#include <QList>
#include <QRectF>
#include <QString>
#include <memory>

class QPainter;

// The roadmap cut into printed pages for a page's printable area (in
// points): laid out for its width, scaled down when the page is too narrow
// for the least usable layout. The roadmap's own PDF and printing, and the
// plan document's A3 pages, all page it through here.
class RoadmapPages
{
public:
    // `plan` must outlive the pages.
    RoadmapPages(const Plan &plan, const RoadmapOptions &options, const QSizeF &printablePoints);

    int count() const { return int(m_pages.size()); }
    // Paints page `index` with the painter at the printable area's top
    // left, in points.
    void paint(QPainter *painter, int index) const;
    // The same with `renderer`, one from makeRenderer(): pages painted on
    // another thread at the same time (see RoadmapRenderer).
    void paint(QPainter *painter, int index, const RoadmapRenderer &renderer) const;
    std::unique_ptr<RoadmapRenderer> makeRenderer() const;
    // Every text the pages may draw (PdfTextLayerFix).
    QString textContent() const { return m_renderer.textContent(); }
    // Each of those characters once.
    QString drawnCharacters() const { return m_renderer.drawnCharacters(); }

private:
    const Plan &m_plan;
    RoadmapOptions m_options;
    RoadmapLayout m_layout;
    RoadmapRenderer m_renderer;
    qreal m_fit = 1;
    qreal m_pageHeight = 0;
    QList<RoadmapLayout::Page> m_pages;
};
