#pragma once

#include "models/Kpi.h"
#include "models/PlanItems.h"
#include "models/Theme.h"

#include <QList>
#include <utility>

// A heading above themes: (1) 行政DXの基盤となる取組事項, その他事項.
struct Section
{
    int id = 0;
    QString title;
    QString overview;
    bool operator==(const Section &o) const
    {
        return id == o.id && title == o.title && overview == o.overview;
    }
};

// Someone a measure is for (住民, 県民, 職員, 市町村, 事業者 ...): the plan
// keeps its own list.
struct AudienceGroup
{
    int id = 0;
    QString name;
    bool operator==(const AudienceGroup &o) const { return id == o.id && name == o.name; }
};

// The whole plan as plain values. PlanDocument owns the open one and is the
// only place that changes it; renderers and checks read it.
struct Plan
{
    PlanInfo info;
    QList<AudienceGroup> audiences;
    QList<Section> sections;
    QList<Principle> principles;
    QList<Role> roles;
    QList<Department> departments;
    QList<Theme> themes;
    QList<Kpi> kpis;
    QList<SystemEntry> systems;
    QList<GlossaryEntry> glossary;
    QList<Revision> revisions;
    QList<Chapter> chapters;
    QList<Figure> figures;

    int measureCount() const;

    const Theme *theme(int id) const;
    const Measure *measure(int id) const;
    const Kpi *kpi(int id) const;
    const Department *department(int id) const;
    const Principle *principle(int id) const;
    const Section *section(int id) const;
    const Direction *direction(int id) const;
    const AudienceGroup *audience(int id) const;
    // The latest revision by date, or nullptr.
    const Revision *latestRevision() const;
    // Department names of a measure, or the word for "all departments".
    QStringList departmentNames(const Measure &measure) const;
    QStringList audienceNames(const Measure &measure) const;
    // The plan period's first and last fiscal year; for an open-ended plan
    // the years its schedule uses (the start year alone while nothing is
    // scheduled).
    std::pair<int, int> periodYears() const;

    bool operator==(const Plan &o) const
    {
        return info == o.info && audiences == o.audiences && sections == o.sections
            && principles == o.principles && roles == o.roles
            && departments == o.departments && themes == o.themes && kpis == o.kpis
            && systems == o.systems && glossary == o.glossary && revisions == o.revisions
            && chapters == o.chapters && figures == o.figures;
    }
};

// The ids of a list's items, in order.
template<typename T>
QList<int> idsOf(const QList<T> &items)
{
    QList<int> ids;
    ids.reserve(items.size());
    for (const T &item : items)
        ids << item.id;
    return ids;
}

// The item with that id, or nullptr.
template<typename T>
const T *findById(const QList<T> &items, int id)
{
    for (const T &item : items)
        if (item.id == id)
            return &item;
    return nullptr;
}

// Circled number for a measure: ① .. ⑳, then (21), (22) ...
QString circledNumber(int n);
