#pragma once

#include "models/Measure.h"

#include <QList>

// The one-click view of a measure's schedule: one cell per fiscal year of
// the plan, holding the kind of the phase in that year or nothing. Setting
// a year rebuilds the phases inside the plan period from the cells,
// merging neighbouring years of the same kind into one phase; labels and
// start/end months of the phases that are kept stay as they were, and
// phases entirely outside the plan period are left alone.
namespace ScheduleYears {

constexpr int none = -1;

// int(Phase::Kind) of the first phase covering `year`, or none.
int kindInYear(const QList<Phase> &phases, int year);
// The kind after `kind` when a cell is clicked: none, study, operate,
// procure, build, other, none ...
int nextKind(int kind);
QList<Phase> withYearKind(const QList<Phase> &phases, int startYear, int endYear, int year, int kind);

// A phase that starts before or ends after the plan period, or ends
// before it starts.
bool isOutsidePeriod(const Phase &phase, int startYear, int endYear);
bool isReversed(const Phase &phase);

} // namespace ScheduleYears
