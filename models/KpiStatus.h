#pragma once

#include "models/Kpi.h"

#include <QDate>
#include <QList>
#include <optional>

// What a KPI's figures say on a given day: the latest actual, how far it has
// come towards its target, whether it is on track, and which later targets
// it already meets. Pure rules, shared by the table, the charts and the
// command line; docs/kpi.md states them with examples.
//
// Actuals dated after the "as of" day are not known yet and are ignored.
// "Meets" honours the direction: value >= target when higher is better,
// value <= target when lower is better.
//
// A KPI whose targets are all statements (改善, 維持, 全庁導入) has no
// numeric status: it is Qualitative, and its latest record (a note) and its
// statements are what the views show. A KPI with both kinds of targets is
// judged on its numeric targets; its statements are shown beside them.
//
// Status, decided in this order:
//   Qualitative - targets, but none with a value.
//   NoData   - no actual with a value on or before the day, or no target.
//   Stale    - the latest actual is more than a year old on the day (by its
//              latestDay(): a March 2025 figure is stale from 2026-04-01):
//              an old figure says nothing about being on track now.
//   Achieved - the latest actual meets the reference target of the current
//              fiscal year (the fiscal year of the "as of" day).
//   OnTrack  - the latest actual meets the planned path at the actual's
//              date; the path is piecewise linear from the baseline (value
//              at its date) through each year's target, reached on the
//              last day of that fiscal year, flat before the baseline and
//              after the last target. Without a baseline value it starts at
//              the first actual; a baseline without a date starts on the
//              first actual's date. Targets due before the start are left
//              out of the path.
//   Behind   - otherwise.
// The reference target of a year is the year's own target, else the next
// later target, else (after the last target year) the last target.
class KpiStatus
{
public:
    // The values match Palette::statusColor().
    enum class Status { Achieved = 0, OnTrack = 1, Behind = 2, NoData = 3, Stale = 4, Qualitative = 5 };

    explicit KpiStatus(const Kpi &kpi, const QDate &asOf = QDate::currentDate());

    const QDate &asOf() const { return m_asOf; }
    int currentYear() const;

    // The latest actual with a value by date (on or before the day).
    std::optional<KpiActual> latestActual() const;
    // The actual with a value that counts for a fiscal year: the latest one in it.
    std::optional<KpiActual> actualOfYear(int fiscalYear) const;
    // The same among all actuals, note-only ones too: what a qualitative
    // KPI shows.
    std::optional<KpiActual> latestRecord() const;
    std::optional<KpiActual> recordOfYear(int fiscalYear) const;

    // Targets, but none with a value.
    bool isQualitative() const;
    // The latest actual (with a value; for a qualitative KPI the latest
    // record) is dated more than a year before the day.
    bool isStale() const;
    // The year's own target, or none.
    std::optional<double> targetOf(int fiscalYear) const;
    // The reference target among the targets with a value.
    std::optional<KpiTarget> referenceTarget(int fiscalYear) const;
    // The same rule over every target, statements too: what a qualitative
    // KPI prints as its target.
    std::optional<KpiTarget> statedTarget(int fiscalYear) const;

    // Progress of the latest actual from the baseline towards the current
    // year's reference target: 0 at the baseline, 1 at the target, above
    // 1 beyond it, negative when it moved the wrong way. Without a baseline
    // it is actual / target (target / actual when lower is better).
    std::optional<double> achievementRate() const;
    // The planned path's value on a day, or none without targets.
    std::optional<double> plannedValue(const QDate &date) const;

    Status status() const;

    // Every target of a fiscal year after the latest actual's year that the
    // latest actual already meets (Shimane's FY2023 figure beat both the
    // FY2025 and the FY2026 target): candidates for raising.
    QList<KpiTarget> exceededTargets() const;

    // Whether `value` meets `target` in the KPI's direction.
    bool meets(double value, double target) const;

private:
    Kpi m_kpi;
    QDate m_asOf;
    QList<KpiActual> m_known; // actuals with a value on or before m_asOf, by date
    QList<KpiActual> m_records; // all actuals on or before m_asOf, by date
    QList<KpiTarget> m_statedTargets; // every target, by year
    bool m_qualitative = false;
};
