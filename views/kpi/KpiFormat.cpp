#include "views/kpi/KpiFormat.h"

#include "models/PlanLimits.h"

#include "views/common/DocumentFont.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace KpiFormat {

QString number(double value)
{
    QString text = QLocale(QLocale::Japanese, QLocale::Japan).toString(value, 'f', 2);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    if (text == QLatin1String("-0"))
        text = QStringLiteral("0");
    return text;
}

QString value(double v, const QString &unit)
{
    return number(v) + unit;
}

QString value(const std::optional<double> &figure, const QString &unit)
{
    return figure ? value(*figure, unit) : QString();
}

QString date(const PlanDate &date)
{
    if (!date.isValid())
        return QString();
    return date.date.toString(date.monthOnly ? QStringLiteral("yyyy-MM") : QStringLiteral("yyyy-MM-dd"));
}

std::optional<double> parseValue(const QString &text, const QString &unit)
{
    QString digits = text.trimmed().remove(QLatin1Char(','));
    if (!unit.isEmpty() && digits.endsWith(unit))
        digits = digits.chopped(unit.size()).trimmed();
    bool ok = false;
    const double number = digits.toDouble(&ok);
    if (!ok || !PlanLimits::isValidNumber(number))
        return std::nullopt;
    return number;
}

QString statusText(KpiStatus::Status status)
{
    switch (status) {
    case KpiStatus::Status::Achieved:
        return QCoreApplication::translate("KpiFormat", "Achieved");
    case KpiStatus::Status::OnTrack:
        return QCoreApplication::translate("KpiFormat", "On track");
    case KpiStatus::Status::Behind:
        return QCoreApplication::translate("KpiFormat", "Behind");
    case KpiStatus::Status::NoData:
        break;
    }
    return QCoreApplication::translate("KpiFormat", "No data");
}

QString rate(double r)
{
    return QStringLiteral("%1%").arg(qRound(r * 100));
}

QString directionText(Kpi::Direction direction)
{
    return direction == Kpi::Direction::HigherIsBetter
        ? QCoreApplication::translate("KpiFormat", "Higher is better")
        : QCoreApplication::translate("KpiFormat", "Lower is better");
}

QString fontFamily()
{
    return DocumentFont::installedFamily();
}

QFont font(qreal pixelSize, bool bold)
{
    QFont f(fontFamily());
    f.setPixelSize(qMax(1, qRound(pixelSize)));
    f.setBold(bold);
    return f;
}

void yearRange(const Kpi &kpi, int planStart, int planEnd, int *first, int *last)
{
    int lo = planStart;
    int hi = qMax(planStart, planEnd);
    // A mistyped year (20244) must not stretch the axis over centuries.
    const int floor = planStart - 20;
    const int ceiling = hi + 20;
    auto widen = [&](int year) {
        if (year < floor || year > ceiling)
            return;
        lo = qMin(lo, year);
        hi = qMax(hi, year);
    };
    for (const KpiTarget &t : kpi.targets)
        widen(t.year);
    for (const KpiActual &a : kpi.actuals)
        if (a.date.isValid())
            widen(FiscalYear::ofDate(a.date.latestDay()));
    if (kpi.baselineValue && kpi.baselineDate.isValid())
        widen(FiscalYear::ofDate(kpi.baselineDate.latestDay()));
    *first = lo;
    *last = hi;
}

QList<double> figures(const Kpi &kpi)
{
    QList<double> values;
    for (const KpiTarget &t : kpi.targets)
        if (t.value)
            values << *t.value;
    for (const KpiActual &a : kpi.actuals)
        if (a.value)
            values << *a.value;
    if (kpi.baselineValue)
        values << *kpi.baselineValue;
    return values;
}

void valueRange(const Kpi &kpi, double *low, double *high)
{
    const QList<double> values = figures(kpi);
    if (values.isEmpty()) {
        *low = 0;
        *high = 1;
        return;
    }
    const double lo = *std::min_element(values.begin(), values.end());
    const double hi = *std::max_element(values.begin(), values.end());
    const double pad = hi > lo ? (hi - lo) * 0.12 : qMax(1.0, qAbs(hi) * 0.1);
    *low = lo - pad;
    *high = hi + pad;
    // Counts and rates do not go below zero, nor percentages above 100:
    // an axis reaching -5 or 105% would only puzzle the reader.
    if (lo >= 0 && *low < 0)
        *low = 0;
    if (kpi.unit == QLatin1String("%") && hi <= 100 && *high > 100)
        *high = 100;
}

QList<double> ticks(double low, double high, int count)
{
    if (!(high > low) || count < 1)
        return { low };
    const double raw = (high - low) / count;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude * 10;
    for (double nice : { 1.0, 2.0, 2.5, 5.0 })
        if (raw <= nice * magnitude) {
            step = nice * magnitude;
            break;
        }
    QList<double> result;
    const double first = std::floor(low / step + 1e-9) * step;
    for (double t = first; t < high + step - 1e-9 * step && result.size() < 50; t += step)
        result.append(std::abs(t) < step * 1e-9 ? 0.0 : t);
    return result;
}

} // namespace KpiFormat
