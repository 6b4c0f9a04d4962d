#pragma once

#include <QList>
#include <QString>

// A span of a measure's schedule: 検討・準備 (study), 運用 (operate), ...
// Years are fiscal years; months are calendar months (4 = April .. 3 =
// March of the next calendar year), 0 meaning the whole year: a start month
// of 0 starts in April, an end month of 0 runs through March.
struct Phase
{
    enum class Kind { Study, Procure, Build, Operate, Other };
    Kind kind = Kind::Study;
    QString label;
    int startYear = 0;
    int startMonth = 0;
    int endYear = 0;
    int endMonth = 0;

    // Months counted from April of `fromYear`: the first month covered and
    // one past the last month covered.
    int startOffset(int fromYear) const;
    int endOffset(int fromYear) const;

    bool operator==(const Phase &o) const
    {
        return kind == o.kind && label == o.label && startYear == o.startYear
            && startMonth == o.startMonth && endYear == o.endYear && endMonth == o.endMonth;
    }
};

struct Milestone
{
    QString label;
    int year = 0;  // fiscal year
    int month = 0; // calendar month, 0 = some time in the year
    bool operator==(const Milestone &o) const
    {
        return label == o.label && year == o.year && month == o.month;
    }
};

enum class MeasureStatus { Planned, InProgress, Done, OnHold };

// 取組施策: its number is its position in its theme (see Numbering).
struct Measure
{
    int id = 0;
    int themeId = 0;
    QString title;
    QList<int> audienceIds; // AudienceGroup ids
    QString overview;
    QString effect;
    bool allDepartments = false;
    QList<int> departmentIds;
    QList<int> principleIds;
    MeasureStatus status = MeasureStatus::Planned;
    QList<Phase> phases;
    QList<Milestone> milestones;

    bool operator==(const Measure &o) const
    {
        return id == o.id && themeId == o.themeId && title == o.title && audienceIds == o.audienceIds
            && overview == o.overview && effect == o.effect && allDepartments == o.allDepartments
            && departmentIds == o.departmentIds && principleIds == o.principleIds
            && status == o.status && phases == o.phases && milestones == o.milestones;
    }
};
