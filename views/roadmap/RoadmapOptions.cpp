#include "views/roadmap/RoadmapOptions.h"

#include <QMarginsF>

int RoadmapOptions::effectiveFirstYear(const Plan &plan) const
{
    return firstYear > 0 ? firstYear : plan.periodYears().first;
}

int RoadmapOptions::effectiveLastYear(const Plan &plan) const
{
    const int last = lastYear > 0 ? lastYear : plan.periodYears().second;
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
