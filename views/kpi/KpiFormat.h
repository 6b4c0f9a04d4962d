#pragma once

#include "models/FiscalYear.h"
#include "models/KpiStatus.h"

#include <QFont>
#include <QString>
#include <optional>

// How KPI figures and states are written everywhere: tiles, charts,
// tables and the command line say the same thing the same way.
namespace KpiFormat {

// 93.2, 12,000 or 0.75: at most two decimals, no trailing zeros.
QString number(double value);
// The number followed by the unit: 93.2%, 120件.
QString value(double value, const QString &unit);
// A figure that may be missing (a qualitative target or actual): "" then.
QString value(const std::optional<double> &value, const QString &unit);
// 2025-03-31, or 2025-03 when the date names only its month.
QString date(const PlanDate &date);
// A figure as a user types it — "12,000", "93.2%" with the KPI's unit —
// or nothing when it is not a number a plan may hold (PlanLimits).
std::optional<double> parseValue(const QString &text, const QString &unit);
// Achieved / On track / Behind / No data.
QString statusText(KpiStatus::Status status);
// 34% style achievement rate.
QString rate(double rate);
// "Higher is better" / "Lower is better".
QString directionText(Kpi::Direction direction);

// The family for rendered output: IPAexGothic, which draws Japanese and
// keeps it extractable from PDFs, or the default family when missing.
QString fontFamily();
QFont font(qreal pixelSize, bool bold = false);

// The fiscal years a KPI chart spans: the plan period widened to every
// target, actual and the baseline.
void yearRange(const Kpi &kpi, int planStart, int planEnd, int *first, int *last);

// Every figure of a KPI: its targets, actuals and baseline.
QList<double> figures(const Kpi &kpi);
// The values a KPI chart must show (targets, actuals, baseline) with a
// margin above and below, kept within the natural limits (not below 0 for
// values that are never negative, not above 100 for percentages that never
// are); 0..1 when there are none.
void valueRange(const Kpi &kpi, double *low, double *high);
// Round tick values covering [low, high]: about `count` steps of 1, 2,
// 2.5 or 5 times a power of ten.
QList<double> ticks(double low, double high, int count);

} // namespace KpiFormat
