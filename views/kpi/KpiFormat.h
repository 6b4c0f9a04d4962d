#pragma once

#include "models/FiscalYear.h"
#include "models/KpiStatus.h"

#include <QColor>
#include <QFont>
#include <QString>
#include <optional>

// How KPI figures and states are written everywhere: tiles, charts,
// tables and the command line say the same thing the same way.
namespace KpiFormat {

// A date as every date field shows it: in the era setting's format.
QString date(const PlanDate &date);

// 93.2, 12,000 or 0.75: at most two decimals, no trailing zeros; with
// `whole`, none (a count of 364.58件 makes no sense).
QString number(double value, bool whole = false);
// Whether a KPI counts things: its unit is a counter (件, 人, 回, 団体, 箇所
// and the like) or every figure it holds is a whole number. Its figures and
// axis ticks print without decimals.
bool isCount(const Kpi &kpi);
// The figure followed by the KPI's unit: 93.2%, 120件.
QString value(double value, const Kpi &kpi);
// A figure that may be missing (a qualitative target or actual): "" then.
QString value(const std::optional<double> &value, const Kpi &kpi);
// A target as the plan states it: 96%, 改善, or 96% (改善) with both.
QString target(const KpiTarget &target, const Kpi &kpi);
// An actual: its figure, else its note (a qualitative KPI's record).
QString actual(const KpiActual &actual, const Kpi &kpi);
// A date as a user types it: 2025-03-31, 2025-03 or 2025/3 (month only),
// 令和7年3月31日, 令和7年3月 or 令和7年3月末 (month only); none otherwise.
std::optional<PlanDate> parseDate(const QString &text);
// A figure as a user types it — "12,000", "93.2%" with the KPI's unit —
// or nothing when it is not a number a plan may hold (PlanLimits).
std::optional<double> parseValue(const QString &text, const QString &unit);
// Achieved / On track / Behind / No data / Stale / Qualitative: in the
// user interface's language, or in `printedLanguage` (PlanInfo::language)
// for printed output (PrintedText).
QString statusText(KpiStatus::Status status, const QString &printedLanguage = QString());
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

// A target's revision as the KPI table prints it:
// R7目標 100件 → 150件（令和7年3月改定）, and its reason after a colon.
QString targetRevision(const KpiTargetRevision &revision, const Kpi &kpi, FiscalYear::EraStyle era,
                       const QString &language);

// Every figure of a KPI: its targets, actuals, baseline and the targets
// before they were revised.
QList<double> figures(const Kpi &kpi);
// The values a KPI chart must show (targets, actuals, baseline) with a
// margin above and below, kept within the natural limits (not below 0 for
// values that are never negative, not above 100 for percentages that never
// are); 0..1 when there are none.
void valueRange(const Kpi &kpi, double *low, double *high);
} // namespace KpiFormat
