#include "models/FiscalYear.h"

namespace FiscalYear {

namespace {

// Reiwa 1 is 2019, Heisei 1 is 1989. A fiscal year belongs to the era in
// force at its start (FY2019 begins in April 2019, still Heisei 31, but
// plans write it as 令和元年度; we follow that usage).
QString eraYear(int year)
{
    if (year >= 2019) {
        const int n = year - 2018;
        return n == 1 ? QStringLiteral("令和元") : QStringLiteral("令和%1").arg(n);
    }
    const int n = year - 1988;
    return n == 1 ? QStringLiteral("平成元") : QStringLiteral("平成%1").arg(n);
}

QString shortEra(int year)
{
    return year >= 2019 ? QStringLiteral("R%1").arg(year - 2018)
                        : QStringLiteral("H%1").arg(year - 1988);
}

} // namespace

int ofDate(const QDate &date)
{
    return date.month() >= 4 ? date.year() : date.year() - 1;
}

QDate firstDay(int fiscalYear)
{
    return QDate(fiscalYear, 4, 1);
}

QDate lastDay(int fiscalYear)
{
    return QDate(fiscalYear + 1, 3, 31);
}

int monthIndex(int calendarMonth)
{
    return (calendarMonth + 8) % 12;
}

int calendarMonth(int monthIndex)
{
    return (monthIndex + 3) % 12 + 1;
}

QString label(int fiscalYear, EraStyle style)
{
    switch (style) {
    case EraStyle::Reiwa:
        return eraYear(fiscalYear) + QStringLiteral("年度");
    case EraStyle::Western:
        return QStringLiteral("FY%1").arg(fiscalYear);
    case EraStyle::Both:
        return eraYear(fiscalYear) + QStringLiteral("(%1)年度").arg(fiscalYear);
    }
    return QString();
}

QString shortLabel(int fiscalYear, EraStyle style)
{
    switch (style) {
    case EraStyle::Reiwa:
        return shortEra(fiscalYear);
    case EraStyle::Western:
        return QString::number(fiscalYear);
    case EraStyle::Both:
        return shortEra(fiscalYear) + QStringLiteral("(%1)").arg(fiscalYear);
    }
    return QString();
}

QString monthLabel(int calendarYear, int month, EraStyle style)
{
    if (style == EraStyle::Western)
        return QStringLiteral("%1-%2").arg(calendarYear).arg(month, 2, 10, QLatin1Char('0'));
    const QDate date(calendarYear, month, 1);
    const bool reiwa = date >= QDate(2019, 5, 1);
    const int n = reiwa ? calendarYear - 2018 : calendarYear - 1988;
    const QString era = reiwa ? QStringLiteral("令和") : QStringLiteral("平成");
    const QString year = n == 1 ? QStringLiteral("元") : QString::number(n);
    if (style == EraStyle::Both)
        return era + year + QStringLiteral("(%1)年%2月").arg(calendarYear).arg(month);
    return era + year + QStringLiteral("年%1月").arg(month);
}

QString eraStyleName(EraStyle style)
{
    switch (style) {
    case EraStyle::Reiwa:
        return QStringLiteral("reiwa");
    case EraStyle::Western:
        return QStringLiteral("western");
    case EraStyle::Both:
        return QStringLiteral("both");
    }
    return QString();
}

bool eraStyleFromName(const QString &name, EraStyle *style)
{
    for (EraStyle s : { EraStyle::Reiwa, EraStyle::Western, EraStyle::Both }) {
        if (eraStyleName(s) == name.toLower()) {
            *style = s;
            return true;
        }
    }
    return false;
}

} // namespace FiscalYear
