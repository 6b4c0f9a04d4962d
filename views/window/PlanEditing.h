#pragma once

#include "views/itemmodels/PlanOutlineModel.h"

class PlanDocument;

// The Edit menu's add and remove actions as undo commands: a new item gets
// a fresh id and a placeholder name, and is inserted after the selected
// item of its kind (or at the end of its list).
namespace PlanEditing {

// The new item, or a node of Kind::None when it cannot be added (a
// measure needs a theme).
PlanOutlineModel::Node addItem(PlanDocument *document, PlanOutlineModel::Kind kind,
                               const PlanOutlineModel::Node &selected);
bool canRemove(const PlanOutlineModel::Node &node);
bool removeItem(PlanDocument *document, const PlanOutlineModel::Node &node);

} // namespace PlanEditing
