#pragma once

#include "models/PlanGenerator.h"
#include "tests/support/TestSupport.h"
#include "views/roadmap/RoadmapLayout.h"

#include <QPageLayout>
#include <algorithm>

// Small plans built for one test each, and the page sizes the roadmap
// prints on.
namespace RoadmapTest {

// A plan for FY2024-FY2028 with one theme holding one measure (id 1)
// with these phases and milestones.
inline Plan singleMeasurePlan(const QList<Phase> &phases, const QList<Milestone> &milestones = {})
{
    Plan plan;
    plan.info.title = QStringLiteral("試験計画");
    plan.info.startYear = 2024;
    plan.info.endYear = 2028;
    Theme theme;
    theme.id = 1;
    theme.title = QStringLiteral("取組テーマ");
    Measure measure;
    measure.id = 1;
    measure.themeId = 1;
    measure.title = QStringLiteral("施策");
    measure.phases = phases;
    measure.milestones = milestones;
    theme.measures.append(measure);
    plan.themes.append(theme);
    return plan;
}

// One theme of `count` measures, each one line with one whole-year phase.
inline Plan uniformPlan(int count)
{
    Plan plan = singleMeasurePlan({});
    Theme &theme = plan.themes[0];
    theme.measures.clear();
    for (int i = 1; i <= count; ++i) {
        Measure m;
        m.id = i;
        m.themeId = 1;
        m.title = QStringLiteral("施策%1").arg(i);
        m.phases = { { Phase::Kind::Operate, QStringLiteral("運用"), 2024, 0, 2028, 0 } };
        theme.measures.append(m);
    }
    return plan;
}

inline int rowsOfKind(const RoadmapLayout &layout, RoadmapLayout::Row::Kind kind)
{
    return int(std::count_if(layout.rows().begin(), layout.rows().end(),
                             [kind](const RoadmapLayout::Row &row) { return row.kind == kind; }));
}

inline int firstMeasureRow(const RoadmapLayout &layout)
{
    for (int i = 0; i < layout.rows().size(); ++i)
        if (layout.rows()[i].kind == RoadmapLayout::Row::Kind::Measure)
            return i;
    return -1;
}

inline RoadmapOptions paperOptions(RoadmapOptions::Paper paper,
                                   QPageLayout::Orientation orientation = QPageLayout::Landscape)
{
    RoadmapOptions options;
    options.paper = paper;
    options.orientation = orientation;
    return options;
}

// The printable area of the options' page, in points.
inline QRectF printableArea(const RoadmapOptions &options)
{
    return options.pageLayout().paintRect(QPageLayout::Point);
}

} // namespace RoadmapTest
