#include "views/editors/ItemBinder.h"
#include "views/editors/ItemEditors.h"

#include <QLabel>

// A KPI's words (its figures are edited in the KPI tab) and a revision.

namespace ItemEditors {

ItemFieldEditor *build(PlanDocument *document, KindTag<Kpi>, int id, QWidget *parent)
{
    auto *editor = new ItemFieldEditor(parent);
    editor->setHeading(EditorText::tr("KPI"));
    const ItemBinder<Kpi> b { document, id };
    b.text(editor, QStringLiteral("kpiName"), EditorText::tr("Name"), &Kpi::name, NameKey);
    b.text(editor, QStringLiteral("kpiUnit"), EditorText::tr("Unit"), &Kpi::unit, UnitKey);
    b.text(editor, QStringLiteral("kpiSource"), EditorText::tr("Data source"), &Kpi::source, SourceKey);
    b.text(editor, QStringLiteral("kpiDescription"), EditorText::tr("Description"), &Kpi::description,
           DescriptionKey, true);
    auto *note = new QLabel(EditorText::tr("Baseline, targets and actuals are edited in the KPI tab."), editor);
    note->setWordWrap(true);
    editor->addRow(QString(), note);
    return editor;
}

ItemFieldEditor *build(PlanDocument *document, KindTag<Revision>, int id, QWidget *parent)
{
    auto *editor = new ItemFieldEditor(parent);
    editor->setHeading(EditorText::tr("Revision"));
    const ItemBinder<Revision> b { document, id };
    editor->addDate(QStringLiteral("revisionDate"), EditorText::tr("Date"),
                    b.get([](const Revision &r) { return r.date; }),
                    b.set([](Revision &r, const QVariant &v) { r.date = v.toDate(); }, EditorText::tr("Edit date")));
    editor->addChoice(QStringLiteral("revisionKind"), EditorText::tr("Kind"),
                      { EditorText::tr("Adopted"), EditorText::tr("Revised") },
                      b.get([](const Revision &r) { return int(r.kind); }),
                      b.set([](Revision &r, const QVariant &v) { r.kind = Revision::Kind(v.toInt()); },
                            EditorText::tr("Edit kind")));
    b.text(editor, QStringLiteral("revisionSummary"), EditorText::tr("Summary"), &Revision::summary, SummaryKey, true);
    return editor;
}

} // namespace ItemEditors
