#include "views/kpi/KpiFormat.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QLocale>

#include <algorithm>

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
    static const QString family = QFontDatabase::families().contains(QStringLiteral("IPAexGothic"))
        ? QStringLiteral("IPAexGothic")
        : QFont().family();
    return family;
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
            widen(FiscalYear::ofDate(a.date));
    if (kpi.baselineValue && kpi.baselineDate.isValid())
        widen(FiscalYear::ofDate(kpi.baselineDate));
    *first = lo;
    *last = hi;
}

void valueRange(const Kpi &kpi, double *low, double *high)
{
    QList<double> values;
    for (const KpiTarget &t : kpi.targets)
        values << t.value;
    for (const KpiActual &a : kpi.actuals)
        values << a.value;
    if (kpi.baselineValue)
        values << *kpi.baselineValue;
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
}

} // namespace KpiFormat
