#pragma once

#include "models/Plan.h"

#include <QDate>
#include <QList>
#include <QString>

// Content problems of a plan that a planner should fix before publishing:
// phases outside the plan period, measures with no department, dangling
// references, ... Each problem names where it is.
namespace PlanChecker {

struct Problem
{
    enum class Severity { Warning, Error };
    Severity severity = Severity::Warning;
    QString where;   // e.g. "theme 2 measure ③"
    QString message;
    QString toString() const;
};

// KPI figures are judged as of `asOf` (stale actuals, targets already
// met), today by default.
QList<Problem> check(const Plan &plan, const QDate &asOf = QDate::currentDate());

} // namespace PlanChecker
