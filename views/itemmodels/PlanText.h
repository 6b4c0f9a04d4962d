#pragma once

#include "models/FiscalYear.h"
#include "models/Measure.h"

#include <QList>
#include <QString>

struct Plan;

// The words the user interface shows for plan values, in the user's
// language: audience, status, phase kinds, and short summaries that the
// outline, the measures table and the editors share.
namespace PlanText {

QString statusName(MeasureStatus status);
// ①② for principle ids, in the plan's order of principles.
QString principleNumbers(const Plan &plan, const QList<int> &principleIds);
// "R6–R7 Study / prepare, R8–R10 Operation" in the chosen era style.
QString scheduleSummary(const Measure &measure, FiscalYear::EraStyle style);

constexpr int statusCount = 4;
constexpr int phaseKindCount = 5;

} // namespace PlanText
