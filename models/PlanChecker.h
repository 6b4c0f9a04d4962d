#pragma once

#include "models/Plan.h"
#include "models/PlanChange.h"

#include <QDate>
#include <QList>
#include <QString>

// Content problems of a plan that a planner should fix before publishing:
// phases outside the plan period, measures with no department, dangling
// references, ... Each problem names where it is, in words for people and
// as the item it is about, so `dxplan-cli check` prints it and the
// Problems dock of the main window goes to it. Both call check().
namespace PlanChecker {

struct Problem
{
    enum class Severity { Warning, Error };
    Severity severity = Severity::Warning;
    QString where;   // e.g. "theme 2 measure ③"
    QString message;
    // The item the problem is about: Info for the plan as a whole; for
    // measures and directions also their theme.
    PlanChange::Part part = PlanChange::Part::Info;
    int id = 0;
    int themeId = 0;

    // "warning: WHERE: MESSAGE", one line of `dxplan-cli check`.
    QString toString() const;
};

// KPI figures are judged as of `asOf` (stale actuals, targets already
// met, actuals still missing), today by default.
QList<Problem> check(const Plan &plan, const QDate &asOf = QDate::currentDate());

} // namespace PlanChecker
