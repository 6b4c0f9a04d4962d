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

    bool operator==(const Kpi &o) const
    {
        return id == o.id && name == o.name && unit == o.unit && description == o.description
            && direction == o.direction && baselineValue == o.baselineValue
            && baselineDate == o.baselineDate && source == o.source && themeId == o.themeId
            && measureIds == o.measureIds && targets == o.targets && actuals == o.actuals;
    }
};
