#pragma once

#include "models/Measure.h"
#include "models/PlanItems.h"

#include <QString>

// The words for phase kinds, shared by the editors, the roadmap and its
// dialogs, so a kind reads the same everywhere.
namespace PhaseText {

QString kindName(Phase::Kind kind);
// The kind's name as the plan prints it: the plan's own name for it
// (PlanInfo::phaseKindNames), else the standard word in the plan's
// language.
QString kindName(const PlanInfo &info, Phase::Kind kind);
// The phase's own label, or its kind's name when it has none (phases set
// with the one-click year row have no label).
QString label(const Phase &phase);
// The same as the plan prints it: a phase without a label shows its kind's
// name in the plan's words.
QString label(const PlanInfo &info, const Phase &phase);

} // namespace PhaseText
