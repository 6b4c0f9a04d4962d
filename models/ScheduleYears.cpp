#include "models/ScheduleYears.h"

#include <algorithm>

namespace ScheduleYears {

int kindInYear(const QList<Phase> &phases, int year)
{
    for (const Phase &phase : phases)
        if (phase.startYear <= year && year <= phase.endYear)
            return int(phase.kind);
    return none;
}

int nextKind(int kind)
{
    static const int order[] = { none, int(Phase::Kind::Study), int(Phase::Kind::Operate),
                                 int(Phase::Kind::Procure), int(Phase::Kind::Build),
                                 int(Phase::Kind::Other) };
    const int count = int(sizeof(order) / sizeof(order[0]));
    for (int i = 0; i < count; ++i)
        if (order[i] == kind)
            return order[(i + 1) % count];
    return none;
}

namespace {

// The old phase of `kind` covering `year`, to keep its label and months.
const Phase *oldPhase(const QList<Phase> &phases, int year, int kind)
{
    for (const Phase &phase : phases)
        if (int(phase.kind) == kind && phase.startYear <= year && year <= phase.endYear)
            return &phase;
    return nullptr;
}

} // namespace

QList<Phase> withYearKind(const QList<Phase> &phases, int startYear, int endYear, int year, int kind)
{
    QList<int> cells;
    for (int y = startYear; y <= endYear; ++y)
        cells << (y == year ? kind : kindInYear(phases, y));

    QList<Phase> result;
    for (const Phase &phase : phases)
        if (phase.endYear < startYear || phase.startYear > endYear)
            result << phase;
    for (int i = 0; i < cells.size();) {
        if (cells[i] == none) {
            ++i;
            continue;
        }
        int j = i;
        while (j + 1 < cells.size() && cells[j + 1] == cells[i])
            ++j;
        Phase phase;
        phase.kind = Phase::Kind(cells[i]);
        phase.startYear = startYear + i;
        phase.endYear = startYear + j;
        if (const Phase *first = oldPhase(phases, phase.startYear, cells[i])) {
            phase.label = first->label;
            // A phase that began before the plan period keeps its start.
            if (first->startYear == phase.startYear || (i == 0 && first->startYear < phase.startYear)) {
                phase.startYear = first->startYear;
                phase.startMonth = first->startMonth;
            }
        }
        if (const Phase *last = oldPhase(phases, phase.endYear, cells[i])) {
            if (last->endYear == phase.endYear || (j == cells.size() - 1 && last->endYear > phase.endYear)) {
                phase.endYear = last->endYear;
                phase.endMonth = last->endMonth;
            }
        }
        result << phase;
        i = j + 1;
    }
    std::stable_sort(result.begin(), result.end(), [](const Phase &a, const Phase &b) {
        return a.startYear < b.startYear;
    });
    return result;
}

bool isOutsidePeriod(const Phase &phase, int startYear, int endYear)
{
    return phase.startYear < startYear || phase.endYear > endYear;
}

bool isReversed(const Phase &phase)
{
    return phase.endOffset(phase.startYear) <= phase.startOffset(phase.startYear);
}

} // namespace ScheduleYears
