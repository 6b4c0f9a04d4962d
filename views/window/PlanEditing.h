#pragma once

#include "views/itemmodels/OutlineNode.h"

class PlanDocument;

// The Edit menu's add and remove actions as undo commands, for every kind
// of ItemKinds.h: a new item gets a fresh id and the kind's "New ..."
// title, and is inserted after the selected item of its kind (or at the
// end of its list; an item of a kind that lives in a theme goes into the
// selected theme, or the theme of the selected item, or the last theme).
namespace PlanEditing {

// The new item, or a node of Type::None when it cannot be added (a
// direction or measure needs a theme).
OutlineNode addItem(PlanDocument *document, PlanChange::Part part, const OutlineNode &selected);
bool canRemove(const OutlineNode &node);
bool removeItem(PlanDocument *document, const OutlineNode &node);

} // namespace PlanEditing
