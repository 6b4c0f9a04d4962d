#include "views/roadmap/RoadmapOptions.h"

#include <QMarginsF>

std::pair<int, int> RoadmapOptions::planYears(const Plan &plan)
{
    if (!plan.info.isOpenEnded())
        return { plan.info.startYear, plan.info.endYear };
    // An open-ended plan (対象期間を定めず) spans the years its schedule uses.
    int first = 0;
    int last = 0;
    auto take = [&](int year) {
        if (year <= 0)
            return;
        first = first == 0 ? year : qMin(first, year);
        last = qMax(last, year);
    };
    auto takeSchedule = [&](const QList<Phase> &phases, const QList<Milestone> &milestones) {
        for (const Phase &phase : phases) {
            take(phase.startYear);
            take(phase.endYear);
        }
        for (const Milestone &milestone : milestones)
            take(milestone.year);
    };
    for (const Theme &theme : plan.themes) {
        takeSchedule(theme.phases, theme.milestones);
        for (const Measure &measure : theme.measures)
            takeSchedule(measure.phases, measure.milestones);
    }
    if (first == 0)
        return { plan.info.startYear, plan.info.startYear }; // nothing scheduled yet
    return { first, last };
}

int RoadmapOptions::effectiveFirstYear(const Plan &plan) const
{
    return firstYear > 0 ? firstYear : planYears(plan).first;
}

int RoadmapOptions::effectiveLastYear(const Plan &plan) const
{
    const int last = lastYear > 0 ? lastYear : planYears(plan).second;
    return qMax(effectiveFirstYear(plan), last);
}

bool RoadmapOptions::showsTheme(const Theme &theme) const
{
    return themeIds.isEmpty() || themeIds.contains(theme.id);
}

bool RoadmapOptions::showsMeasure(const Theme &theme, const Measure &measure) const
{
    if (departmentId != 0 && !measure.allDepartments
        && !measure.departmentIds.contains(departmentId))
        return false;
    if (principleId != 0) {
        // A measure without principles of its own serves its theme's.
        const QList<int> &principles =
            measure.principleIds.isEmpty() ? theme.principleIds : measure.principleIds;
        if (!principles.contains(principleId))
            return false;
    }
    return true;
}

QPageLayout RoadmapOptions::pageLayout() const
{
    return QPageLayout(QPageSize(pageSizeId(paper)), orientation, QMarginsF(10, 10, 10, 10),
                       QPageLayout::Millimeter);
}

QPageSize::PageSizeId RoadmapOptions::pageSizeId(Paper paper)
{
    switch (paper) {
    case Paper::A3:
        return QPageSize::A3;
    case Paper::A4:
        return QPageSize::A4;
    case Paper::Letter:
        return QPageSize::Letter;
    }
    return QPageSize::A3;
}

QString RoadmapOptions::paperName(Paper paper)
{
    switch (paper) {
    case Paper::A3:
        return QStringLiteral("A3");
    case Paper::A4:
        return QStringLiteral("A4");
    case Paper::Letter:
        return QStringLiteral("Letter");
    }
    return QString();
}

bool RoadmapOptions::paperFromName(const QString &name, Paper *paper)
{
    for (Paper p : { Paper::A3, Paper::A4, Paper::Letter }) {
        if (name.compare(paperName(p), Qt::CaseInsensitive) == 0) {
            *paper = p;
            return true;
        }
    }
    return false;
}
