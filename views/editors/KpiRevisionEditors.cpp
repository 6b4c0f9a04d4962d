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
                    b.get([](const Revision &r) { return QVariant::fromValue(r.date); }),
                    b.set([](Revision &r, const QVariant &v) { r.date = v.value<PlanDate>(); },
                          EditorText::tr("Edit date")),
                    true);
    editor->addCheck(QStringLiteral("revisionMonthOnly"), EditorText::tr("The plan states only the month"),
                     b.get([](const Revision &r) { return r.date.monthOnly; }),
                     b.set([](Revision &r, const QVariant &v) {
                         r.date.monthOnly = v.toBool();
                         if (r.date.monthOnly)
                             r.date.date = QDate(r.date.date.year(), r.date.date.month(), 1);
                     }, EditorText::tr("Edit date")));
    editor->addChoice(QStringLiteral("revisionKind"), EditorText::tr("Kind"),
                      { EditorText::tr("Adopted"), EditorText::tr("Revised") },
                      b.get([](const Revision &r) { return int(r.kind); }),
                      b.set([](Revision &r, const QVariant &v) { r.kind = Revision::Kind(v.toInt()); },
                            EditorText::tr("Edit kind")));
    b.text(editor, QStringLiteral("revisionSummary"), EditorText::tr("Summary"), &Revision::summary, SummaryKey, true);
    return editor;
}

} // namespace ItemEditors
