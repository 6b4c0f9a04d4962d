#pragma once

#include "models/Plan.h"
#include "views/document/DocumentObjects.h"
#include "views/document/DocumentOptions.h"
#include "views/roadmap/RoadmapOptions.h"

#include <memory>



// The plan document's drawings, from the renderers the rest of the
// application uses: the roadmap (RoadmapRenderer, the whole roadmap
// scaled to the text width) and a KPI's chart (KpiDashboardRenderer's
// single-KPI picture, which needs no Qt Charts). No drawing code of its own.
class PlanDrawings : public DocumentObjects
{
public:
    // The plan must outlive the drawings.
    PlanDrawings(const Plan &plan, const DocumentOptions &options);

    QSizeF size(const QTextFormat &format) const override;
    void paint(QPainter *painter, const QRectF &rect, const QTextFormat &format) const override;
    QString altText(const QTextFormat &format) const override;
    QString textAlternativeHtml(const QTextFormat &format) const override;

    // The roadmap options the document prints with (A3 landscape, the
    // document's era and day).
    RoadmapOptions roadmapOptions() const;

private:
    struct Roadmap; // its layout and renderer, made once for size and painting
    const Roadmap &roadmap() const;

    const Plan &m_plan;
    DocumentOptions m_options;
    mutable std::shared_ptr<const Roadmap> m_roadmap;
};
