#pragma once

#include "views/itemmodels/OutlineNode.h"

class ItemFieldEditor;
class PlanDocument;
class QWidget;

// Builds the editor form for one outline node: the plan's own settings,
// or an item of any kind of ItemKinds.h. Simple kinds get a form built
// from their fields (a line, a paragraph or a number each); the richer
// kinds have their own builders (ItemEditors.h). Each field edit is one
// undo command; typing in a field merges into one command per field.
namespace ItemEditorFactory {

// nullptr for nodes without a form (groups, missing items).
ItemFieldEditor *create(PlanDocument *document, const OutlineNode &node, QWidget *parent);

} // namespace ItemEditorFactory
