#pragma once

#include <QStringList>
#include <QtGlobal>

// The value rules of the plan format, in one place: the JSON importer, the
// reader of received files, the working database and the writer all check
// against these, so whatever one side accepts the other side opens
// (docs/dxplan-format.md, "Limits"). Changing one is a format change.
namespace PlanLimits {

// Fiscal years (年度) anywhere in a plan: period, phases, milestones, targets.
constexpr int minYear = 1900;
constexpr int maxYear = 2200;
// Months are calendar months 1..12 inside the fiscal year; 0 = whole year.
constexpr int minMonth = 0;
constexpr int maxMonth = 12;
// Item ids are positive 32-bit integers.
constexpr qint64 minId = 1;
constexpr qint64 maxId = 2147483647;
// KPI baselines, targets and actuals: finite and no larger than this in
// magnitude (a thousand trillion covers any yen amount a plan states).
constexpr double maxNumberMagnitude = 1e15;

// Any one text value, in UTF-8 bytes.
constexpr qint64 maxTextBytes = qint64(1) << 20;
// All text of a plan together, in UTF-8 bytes.
constexpr qint64 maxTotalTextBytes = qint64(64) << 20;
// Rows of all tables together (a 100,000-measure plan has about 800,000).
constexpr qint64 maxRows = 2000000;
// The plan database as stored in a .dxplan file.
constexpr qint64 maxDatabaseBytes = qint64(512) << 20;
// A JSON plan file.
constexpr qint64 maxJsonBytes = qint64(512) << 20;

// One figure's picture file, in bytes: with its row's texts it stays
// under the 16 MiB a received database's value or row may be.
constexpr qint64 maxFigureBytes = qint64(8) << 20;
// What a figure's picture may be.
inline QStringList figureMediaTypes()
{
    return { QStringLiteral("image/png"), QStringLiteral("image/jpeg"), QStringLiteral("image/svg+xml") };
}

// What `organisationKind` may be.
inline QStringList organisationKinds()
{
    return { QStringLiteral("town"), QStringLiteral("city"), QStringLiteral("village"),
             QStringLiteral("prefecture"), QStringLiteral("other") };
}

inline bool isValidYear(qint64 year) { return year >= minYear && year <= maxYear; }
inline bool isValidMonth(qint64 month) { return month >= minMonth && month <= maxMonth; }
inline bool isValidId(qint64 id) { return id >= minId && id <= maxId; }
inline bool isValidNumber(double value)
{
    return qIsFinite(value) && value <= maxNumberMagnitude && value >= -maxNumberMagnitude;
}

} // namespace PlanLimits
