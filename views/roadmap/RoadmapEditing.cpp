#include "views/roadmap/RoadmapEditing.h"

#include "models/FiscalYear.h"

#include <cmath>

namespace RoadmapEditing {

namespace {

int floorDiv(int a, int b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

int floorMod(int a, int b)
{
    return a - floorDiv(a, b) * b;
}

} // namespace

Phase withOffsets(const Phase &phase, int fromYear, int start, int end)
{
    Phase result = phase;
    result.startYear = fromYear + floorDiv(start, 12);
    const int startIndex = floorMod(start, 12);
    result.startMonth = startIndex == 0 && phase.startMonth == 0 ? 0 : FiscalYear::calendarMonth(startIndex);
    const int last = end - 1;
    result.endYear = fromYear + floorDiv(last, 12);
    const int endIndex = floorMod(last, 12);
    result.endMonth = endIndex == 11 && phase.endMonth == 0 ? 0 : FiscalYear::calendarMonth(endIndex);
    return result;
}

Phase dragged(const Phase &phase, int fromYear, Grip grip, int months)
{
    int start = phase.startOffset(fromYear);
    int end = phase.endOffset(fromYear);
    switch (grip) {
    case Grip::Body:
        start += months;
        end += months;
        break;
    case Grip::Start:
        start = qMin(start + months, end - 1);
        break;
    case Grip::End:
        end = qMax(end + months, start + 1);
        break;
    }
    return withOffsets(phase, fromYear, start, end);
}

Milestone moved(const Milestone &milestone, int months)
{
    Milestone result = milestone;
    if (milestone.month == 0 && months % 12 == 0) {
        result.year += months / 12;
        return result;
    }
    const int index = milestone.month == 0 ? 6 : FiscalYear::monthIndex(milestone.month);
    const int offset = index + months;
    result.year = milestone.year + floorDiv(offset, 12);
    result.month = FiscalYear::calendarMonth(floorMod(offset, 12));
    return result;
}

Milestone milestoneAt(const QString &label, int fromYear, int offset)
{
    return { label, fromYear + floorDiv(offset, 12), FiscalYear::calendarMonth(floorMod(offset, 12)) };
}

Phase phaseForYear(Phase::Kind kind, const QString &label, int fiscalYear)
{
    return { kind, label, fiscalYear, 0, fiscalYear, 0 };
}

int snappedMonths(qreal distance, qreal monthWidth)
{
    return monthWidth > 0 ? int(std::lround(distance / monthWidth)) : 0;
}

} // namespace RoadmapEditing
