#pragma once

#include "models/PlanItems.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

// A target is a number, a statement (改善, 維持, 全庁導入) or both.
struct KpiTarget
{
    int year = 0; // fiscal year
    std::optional<double> value;
    QString statement;
    bool operator==(const KpiTarget &o) const
    {
        return year == o.year && value == o.value && statement == o.statement;
    }
};

// A measured value, or for a qualitative KPI only a note of where it stands.
struct KpiActual
{
    PlanDate date;
    std::optional<double> value;
    QString note;
    bool operator==(const KpiActual &o) const
    {
        return date == o.date && value == o.value && note == o.note;
    }
};

// A target changed after the plan was adopted (上方修正): the value it had,
// the value it has since, when and why. The KPI keeps these in the order
// they were made, so the original target stays known.
struct KpiTargetRevision
{
    int year = 0; // the fiscal year of the target
    PlanDate date;
    std::optional<double> oldValue;
    QString oldStatement;
    std::optional<double> newValue;
    QString newStatement;
    QString reason;
    bool operator==(const KpiTargetRevision &o) const
    {
        return year == o.year && date == o.date && oldValue == o.oldValue
            && oldStatement == o.oldStatement && newValue == o.newValue
            && newStatement == o.newStatement && reason == o.reason;
    }
};

struct Kpi
{
    enum class Direction { HigherIsBetter, LowerIsBetter };
    int id = 0;
    QString name;
    QString unit;
    QString description;
    Direction direction = Direction::HigherIsBetter;
    std::optional<double> baselineValue;
    PlanDate baselineDate;
    QString source;
    int themeId = 0; // 0 = none
    QList<int> measureIds;
    QList<KpiTarget> targets; // sorted by year, one per year
    QList<KpiActual> actuals; // sorted by date
    QList<KpiTargetRevision> targetRevisions; // in the order they were made

    // The target of a year as first set, before any revision; nothing when
    // the year has no target.
    std::optional<KpiTarget> originalTarget(int year) const
    {
        for (const KpiTargetRevision &r : targetRevisions)
            if (r.year == year)
                return KpiTarget { year, r.oldValue, r.oldStatement };
        for (const KpiTarget &t : targets)
            if (t.year == year)
                return t;
        return std::nullopt;
    }

    bool operator==(const Kpi &o) const
    {
        return id == o.id && name == o.name && unit == o.unit && description == o.description
            && direction == o.direction && baselineValue == o.baselineValue
            && baselineDate == o.baselineDate && source == o.source && themeId == o.themeId
            && measureIds == o.measureIds && targets == o.targets && actuals == o.actuals
            && targetRevisions == o.targetRevisions;
    }
};
