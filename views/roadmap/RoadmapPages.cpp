#include "views/roadmap/RoadmapPages.h"

#include <QPainter>

RoadmapPages::RoadmapPages(const Plan &plan, const RoadmapOptions &options, const QSizeF &printablePoints)
    : m_plan(plan), m_options(options), m_layout(plan, options, printablePoints.width()),
      m_renderer(plan, options, m_layout)
{
    // A page too narrow for the least usable layout gets it scaled down.
    m_fit = printablePoints.width() / m_layout.width();
    m_pageHeight = printablePoints.height() / m_fit;
    m_pages = m_layout.paginate(m_pageHeight);
}

void RoadmapPages::paint(QPainter *painter, int index) const
{
    paint(painter, index, m_renderer);
}

void RoadmapPages::paint(QPainter *painter, int index, const RoadmapRenderer &renderer) const
{
    painter->save();
    painter->scale(m_fit, m_fit);
    renderer.paintPage(painter, m_pages[index], index + 1, count(), m_pageHeight);
    painter->restore();
}

std::unique_ptr<RoadmapRenderer> RoadmapPages::makeRenderer() const
{
    return std::make_unique<RoadmapRenderer>(m_plan, m_options, m_layout);
}
