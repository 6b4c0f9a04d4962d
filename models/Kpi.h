#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

struct KpiTarget
{
    int year = 0; // fiscal year
    double value = 0;
    bool operator==(const KpiTarget &o) const { return year == o.year && value == o.value; }
};

struct KpiActual
{
    QDate date;
    double value = 0;
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
    QDate baselineDate;
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
