#pragma once

#include "models/PlanItems.h"

#include <QStringList>

// Words of the plan's own text that follow its organisation and language:
// 県民 for a prefecture, 町民 for a town.
namespace PlanWords {

// 県民 / 市民 / 町民 / 村民, or 住民 when the kind says nothing.
QString residents(const PlanInfo &info);
// The audiences a new plan of this kind starts with.
QStringList defaultAudiences(const PlanInfo &info);

} // namespace PlanWords
