#pragma once

#include "models/ItemKinds.h"
#include "views/editors/ItemFieldEditor.h"

#include <QPointer>

class PlanDocument;

// The editors of the kinds that are more than their fields (and of the
// plan's own settings), registered here and picked by overload in
// ItemEditorFactory; every other kind gets the form built from its
// ItemKind<T>::fields.
namespace ItemEditors {

ItemFieldEditor *build(PlanDocument *document, KindTag<Theme>, int id, QWidget *parent);
ItemFieldEditor *build(PlanDocument *document, KindTag<Measure>, int id, QWidget *parent);
ItemFieldEditor *build(PlanDocument *document, KindTag<Kpi>, int id, QWidget *parent);
ItemFieldEditor *build(PlanDocument *document, KindTag<Revision>, int id, QWidget *parent);
ItemFieldEditor *build(PlanDocument *document, KindTag<Chapter>, int id, QWidget *parent);
ItemFieldEditor *build(PlanDocument *document, KindTag<Figure>, int id, QWidget *parent);
ItemFieldEditor *buildInfo(PlanDocument *document, QWidget *parent);

// Parts the theme and measure editors share: the principles to tick, and
// the schedule of bars of a theme or measure.
ItemFieldEditor::Options principleOptions(QPointer<PlanDocument> document);
void addSchedule(ItemFieldEditor *editor, PlanDocument *document, PlanChange::Part part, int id);

// A figure's picture from a PNG, JPEG or SVG file: its bytes and media type
// in one undo command. False, with `*error` for the user and the figure
// untouched, when the file is too large, unreadable or no such picture.
// The figure editor's "Choose picture..." comes through here.
bool loadFigurePicture(PlanDocument *document, int figureId, const QString &path, QString *error);
// The Markdown that shows a figure in a chapter: ![alt](figure:ID).
QString figureMarkdown(const Figure &figure);

// Merge keys of the typed fields: typing merges only within one field.
// Edits of different kinds never merge, so a key needs to differ only from
// the other keys of its kind (PhaseNameKey + n are the plan's own).
enum MergeKey { TitleKey = 1, NameKey, UnitKey, DescriptionKey, SourceKey, OverviewKey, EffectKey,
                CandidatesKey, OrganisationKey, VisionKey, GoalKey, SummaryKey,
                PrefixKey, PhaseNameKey = PrefixKey + PlanInfo::LevelCount,
                ChapterTextKey, CaptionKey, AltTextKey };

} // namespace ItemEditors
