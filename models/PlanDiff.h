#pragma once

#include "models/Plan.h"
#include "models/PlanChange.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>

// One difference between two versions of a plan. Items are matched by id,
// never by title: a renamed measure is one Changed title, a measure put
// under another theme is one Moved.
struct PlanDifference
{
    enum class Change { Added, Removed, Changed, Moved };
    Change change = Change::Changed;
    PlanChange::Part part = PlanChange::Part::Info; // Info: the plan's own fields
    int id = 0;      // the item; 0 for the plan
    int themeId = 0; // the theme of a direction or measure (after, or before when removed)
    QString title;   // the item's title (before, when removed)
    // For Changed and Moved: the field (its JSON key; "targets.2026" for one
    // year's KPI target, "theme", "section" or "position" for a move) and
    // its values before and after, as text.
    QString field;
    QString before;
    QString after;
    // Whether the values are prose a reader compares character by
    // character (overviews, chapters), rather than one value.
    bool isText = false;

    bool operator==(const PlanDifference &o) const
    {
        return change == o.change && part == o.part && id == o.id && themeId == o.themeId
            && title == o.title && field == o.field && before == o.before && after == o.after
            && isText == o.isText;
    }
};

namespace PlanDiff {

// How values that are words print; the defaults are the JSON names
// ("study", "inProgress"), a report passes the plan's own words.
struct Words
{
    std::function<QString(const PlanInfo &, Phase::Kind)> phaseKind;
    std::function<QString(const PlanInfo &, MeasureStatus)> status;
};

// Every difference from `before` to `after`, in plan order: the plan's
// fields, then each kind in the order of ItemKinds.h, a theme followed by
// its directions and measures; within an item, its fields in their order.
// A removed item sits where it stood. The revision lists are compared only
// when `revisions` is true (two files; not two snapshots, which have none).
QList<PlanDifference> compare(const Plan &before, const Plan &after, bool revisions = true,
                              const Words &words = {});

// The names the JSON form and the command line use.
QString changeName(PlanDifference::Change change);
// plan, section, theme, measure, direction, kpi, principle, department,
// role, glossary, system, revision, chapter, audience, figure.
QString itemName(PlanChange::Part part);

// {"changes": [...]}: one object per difference with change, item, id
// (null for the plan), title, and for changed and moved its field, old and
// new (docs/diff.md).
QByteArray toJson(const QList<PlanDifference> &differences);

} // namespace PlanDiff
