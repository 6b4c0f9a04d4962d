#include "models/KpiStatus.h"

#include "models/FiscalYear.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace {

// Figures typed as decimals (93.2) come out of arithmetic a hair off, so
// "meets" and "equal" allow a relative tolerance far below any real
// difference between KPI values.
bool nearlyEqual(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max({ 1.0, std::abs(a), std::abs(b) });
}

struct PathPoint
{
    qint64 day; // Julian day
    double value;
};

double interpolate(const QList<PathPoint> &path, qint64 day)
{
    if (day <= path.first().day)
        return path.first().value;
    for (int i = 1; i < path.size(); ++i) {
        const PathPoint &a = path[i - 1];
        const PathPoint &b = path[i];
        if (day <= b.day) {
            if (b.day == a.day)
                return b.value;
            const double f = double(day - a.day) / double(b.day - a.day);
            return a.value + f * (b.value - a.value);
        }
    }
    return path.last().value;
}

// The year's own target, else the next later one, else the last one.
std::optional<KpiTarget> referenceAmong(const QList<KpiTarget> &sortedTargets, int fiscalYear)
{
    if (sortedTargets.isEmpty())
        return std::nullopt;
    for (const KpiTarget &t : sortedTargets)
        if (t.year >= fiscalYear)
            return t;
    return sortedTargets.last();
}

} // namespace

KpiStatus::KpiStatus(const Kpi &kpi, const QDate &asOf) : m_kpi(kpi), m_asOf(asOf)
{
    // The figures: actuals and targets with a number. A month-only date
    // counts from the month's last day (令和7年3月末).
    for (const KpiActual &a : kpi.actuals)
        if (a.date.isValid() && (!asOf.isValid() || a.date.latestDay() <= asOf))
            m_records.append(a);
    auto byDay = [](const KpiActual &a, const KpiActual &b) { return a.date.latestDay() < b.date.latestDay(); };
    std::stable_sort(m_records.begin(), m_records.end(), byDay);
    for (const KpiActual &a : std::as_const(m_records))
        if (a.value)
            m_known.append(a);
    m_qualitative = !kpi.targets.isEmpty()
        && std::none_of(kpi.targets.begin(), kpi.targets.end(), [](const KpiTarget &t) { return t.value.has_value(); });
    std::stable_sort(m_kpi.targets.begin(), m_kpi.targets.end(),
                     [](const KpiTarget &a, const KpiTarget &b) { return a.year < b.year; });
    m_statedTargets = m_kpi.targets;
    m_kpi.targets.removeIf([](const KpiTarget &t) { return !t.value; });
}

int KpiStatus::currentYear() const
{
    return FiscalYear::ofDate(m_asOf.isValid() ? m_asOf : QDate::currentDate());
}

std::optional<KpiActual> KpiStatus::latestActual() const
{
    if (m_known.isEmpty())
        return std::nullopt;
    return m_known.last();
}

std::optional<KpiActual> KpiStatus::actualOfYear(int fiscalYear) const
{
    for (auto it = m_known.crbegin(); it != m_known.crend(); ++it)
        if (FiscalYear::ofDate(it->date.latestDay()) == fiscalYear)
            return *it;
    return std::nullopt;
}

std::optional<KpiActual> KpiStatus::latestRecord() const
{
    if (m_records.isEmpty())
        return std::nullopt;
    return m_records.last();
}

std::optional<KpiActual> KpiStatus::recordOfYear(int fiscalYear) const
{
    for (auto it = m_records.crbegin(); it != m_records.crend(); ++it)
        if (FiscalYear::ofDate(it->date.latestDay()) == fiscalYear)
            return *it;
    return std::nullopt;
}

bool KpiStatus::isQualitative() const
{
    return m_qualitative;
}

bool KpiStatus::isStale() const
{
    const std::optional<KpiActual> latest = m_qualitative ? latestRecord() : latestActual();
    const QDate day = m_asOf.isValid() ? m_asOf : QDate::currentDate();
    return latest && latest->date.latestDay() < day.addYears(-1);
}

std::optional<double> KpiStatus::targetOf(int fiscalYear) const
{
    for (const KpiTarget &t : m_kpi.targets)
        if (t.year == fiscalYear)
            return t.value;
    return std::nullopt;
}

std::optional<KpiTarget> KpiStatus::referenceTarget(int fiscalYear) const
{
    return referenceAmong(m_kpi.targets, fiscalYear);
}

std::optional<KpiTarget> KpiStatus::statedTarget(int fiscalYear) const
{
    return referenceAmong(m_statedTargets, fiscalYear);
}

bool KpiStatus::meets(double value, double target) const
{
    if (nearlyEqual(value, target))
        return true;
    return m_kpi.direction == Kpi::Direction::HigherIsBetter ? value > target : value < target;
}

std::optional<double> KpiStatus::achievementRate() const
{
    const std::optional<KpiActual> latest = latestActual();
    const std::optional<KpiTarget> reference = referenceTarget(currentYear());
    if (!latest || !reference)
        return std::nullopt;
    const double actual = *latest->value;
    const double target = *reference->value;
    if (m_kpi.baselineValue) {
        const double span = target - *m_kpi.baselineValue;
        if (nearlyEqual(span, 0))
            return meets(actual, target) ? 1.0 : 0.0;
        return (actual - *m_kpi.baselineValue) / span;
    }
    const bool higher = m_kpi.direction == Kpi::Direction::HigherIsBetter;
    const double denominator = higher ? target : actual;
    if (nearlyEqual(denominator, 0))
        return meets(actual, target) ? 1.0 : 0.0;
    return higher ? actual / target : target / actual;
}

std::optional<double> KpiStatus::plannedValue(const QDate &date) const
{
    if (m_kpi.targets.isEmpty())
        return std::nullopt;
    QList<PathPoint> path;
    if (m_kpi.baselineValue || !m_known.isEmpty()) {
        QDate start = m_kpi.baselineValue ? m_kpi.baselineDate.latestDay() : QDate();
        if (!start.isValid() && !m_known.isEmpty())
            start = m_known.first().date.latestDay();
        const double value = m_kpi.baselineValue ? *m_kpi.baselineValue : *m_known.first().value;
        if (start.isValid())
            path.append({ start.toJulianDay(), value });
    }
    for (const KpiTarget &t : m_kpi.targets) {
        const qint64 due = FiscalYear::lastDay(t.year).toJulianDay();
        if (path.isEmpty() || due > path.last().day)
            path.append({ due, *t.value });
    }
    return interpolate(path, date.toJulianDay());
}

KpiStatus::Status KpiStatus::status() const
{
    if (m_qualitative)
        return Status::Qualitative;
    const std::optional<KpiActual> latest = latestActual();
    if (!latest || m_kpi.targets.isEmpty())
        return Status::NoData;
    if (isStale())
        return Status::Stale;
    if (meets(*latest->value, *referenceTarget(currentYear())->value))
        return Status::Achieved;
    const std::optional<double> planned = plannedValue(latest->date.latestDay());
    return meets(*latest->value, *planned) ? Status::OnTrack : Status::Behind;
}

QList<KpiTarget> KpiStatus::exceededTargets() const
{
    QList<KpiTarget> exceeded;
    const std::optional<KpiActual> latest = latestActual();
    if (!latest)
        return exceeded;
    const int year = FiscalYear::ofDate(latest->date.latestDay());
    for (const KpiTarget &t : m_kpi.targets)
        if (t.year > year && meets(*latest->value, *t.value))
            exceeded.append(t);
    return exceeded;
}
