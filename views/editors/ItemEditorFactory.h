#pragma once

#include "views/itemmodels/PlanOutlineModel.h"

class ItemFieldEditor;
class PlanDocument;
class QWidget;

// Builds the editor form for one outline node: the plan's own fields,
// a principle, a role, a theme, a measure (with its schedule), a
// department, a glossary entry, a system or a revision. Each field edit is
// one undo command; typing in a field merges into one command per field.
namespace ItemEditorFactory {

// nullptr for nodes without a form (groups, KPIs: those have the KPI tab).
ItemFieldEditor *create(PlanDocument *document, const PlanOutlineModel::Node &node, QWidget *parent);

// Merge keys: one per edited field, so typing in a field merges only
// with typing in the same field.
enum MergeKey { TitleKey = 1, NameKey, DescriptionKey, OverviewKey, EffectKey, SectionKey,
                CandidatesKey, OrganisationKey, VisionKey, GoalKey, BackgroundKey, PositionKey,
                TermKey, ReadingKey, RowKey, ExplanationKey, BusinessKey, SystemKey, OwnerKey,
                SummaryKey };

} // namespace ItemEditorFactory
