#pragma once

#include <QDate>
#include <QString>

// Japanese fiscal years (年度) run from April to March: FY2024 is
// 2024-04-01 .. 2025-03-31. Plans count years in the Reiwa era, often with
// the Western year in brackets, so every label goes through here.
namespace FiscalYear {

enum class EraStyle { Reiwa, Western, Both };

// The fiscal year a calendar date falls in.
int ofDate(const QDate &date);

// First and last day of a fiscal year.
QDate firstDay(int fiscalYear);
QDate lastDay(int fiscalYear);

// Month offset inside a fiscal year: April = 0 .. March = 11. A calendar
// month of 0 ("whole year") is not valid here.
int monthIndex(int calendarMonth);
// The calendar month at an offset: 0 = April .. 11 = March.
int calendarMonth(int monthIndex);

// 令和6年度, FY2024 or 令和6(2024)年度. Years before Reiwa use Heisei (平成).
QString label(int fiscalYear, EraStyle style);
// A shorter header form for narrow columns: R6 / 2024 / R6(2024).
QString shortLabel(int fiscalYear, EraStyle style);
// 令和6年11月 / 2024-11 style month label for a calendar year and month.
QString monthLabel(int calendarYear, int calendarMonth, EraStyle style);

QString eraStyleName(EraStyle style);
bool eraStyleFromName(const QString &name, EraStyle *style);

} // namespace FiscalYear
