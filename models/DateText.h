#pragma once

#include "models/FiscalYear.h"
#include "models/PlanItems.h"

#include <QString>
#include <optional>

// Dates as planners type and read them. Plans and town-hall forms write
// 令和7年3月31日, R7.3.31 or 2025/3/31 interchangeably, often to the month
// only (令和6年11月); every date field takes all of them, and every date
// is shown in one format that follows the era setting.
namespace DateText {

enum class Precision { Day, DayOrMonth };

// Accepts, with full-width digits and spaces allowed:
//   2025/3/31  2025-03-31  2025.3.31  2025年3月31日  20250331
//   R7.3.31  R7/3/31  H31.4.30  令和7年3月31日  令和7(2025)年3月31日  令和元年5月1日
// and with Precision::DayOrMonth also the month forms
//   2025/3  2025-03  2025年3月  R7.3  令和7年3月  令和7年3月末
// (a month-only date keeps day 1). Nothing else: no guessing of
// two-digit years or of day-month order.
std::optional<PlanDate> parse(const QString &text, Precision precision = Precision::Day);

// 令和7年3月31日 / 2025-03-31 / 令和7(2025)年3月31日; months without the day.
QString format(const PlanDate &date, FiscalYear::EraStyle style);

// The forms parse() takes, as a hint for an empty or refused field.
QString hint(Precision precision);

} // namespace DateText
