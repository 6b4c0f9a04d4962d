#include "views/editors/ItemBinder.h"
#include "views/editors/ItemEditors.h"

#include "models/Numbering.h"
#include "views/itemmodels/PlanText.h"

#include <QListWidget>

// A measure: its number, title, audiences, status, departments,
// principles, overview, effect and schedule.

namespace ItemEditors {

namespace {

QVariant idList(const QList<int> &ids)
{
    return QVariant::fromValue(ids);
}

// Id and name of each item of a plan list, for a check list.
template<typename T>
ItemFieldEditor::Options namesOf(QPointer<PlanDocument> doc, QList<T> Plan::*list, QString T::*name)
{
    return [doc, list, name] {
        QList<QPair<int, QString>> options;
        if (doc)
            for (const T &item : doc->plan().*list)
                options.append({ item.id, item.*name });
        return options;
    };
}

} // namespace

ItemFieldEditor *build(PlanDocument *document, KindTag<Measure>, int id, QWidget *parent)
{
    auto *editor = new ItemFieldEditor(parent);
    editor->setHeading(EditorText::tr("Measure"));
    const ItemBinder<Measure> b { document, id };
    QPointer<PlanDocument> doc(document);
    editor->addLabel(QStringLiteral("measureNumber"), EditorText::tr("Number"),
                     [doc, id] { return doc ? doc->numbers().fullMeasure(id) : QString(); });
    b.text(editor, QStringLiteral("measureTitle"), EditorText::tr("Title"), &Measure::title, TitleKey);
    editor->addCheckList(QStringLiteral("measureAudience"), EditorText::tr("Audience"),
                         namesOf(doc, &Plan::audiences, &AudienceGroup::name),
                         b.get([](const Measure &m) { return idList(m.audienceIds); }),
                         b.set([](Measure &m, const QVariant &v) { m.audienceIds = v.value<QList<int>>(); },
                               EditorText::tr("Change audience")));
    QStringList statuses;
    for (int i = 0; i < PlanText::statusCount; ++i)
        statuses << PlanText::statusName(MeasureStatus(i));
    editor->addChoice(QStringLiteral("measureStatus"), EditorText::tr("Status"), statuses,
                      b.get([](const Measure &m) { return int(m.status); }),
                      b.set([](Measure &m, const QVariant &v) { m.status = MeasureStatus(v.toInt()); },
                            EditorText::tr("Change status")));
    editor->addCheck(QStringLiteral("measureAllDepartments"), EditorText::tr("All departments"),
                     b.get([](const Measure &m) { return m.allDepartments; }),
                     b.set([](Measure &m, const QVariant &v) { m.allDepartments = v.toBool(); },
                           EditorText::tr("Change departments")));
    QListWidget *departments = editor->addCheckList(
        QStringLiteral("measureDepartments"), EditorText::tr("Departments"),
        namesOf(doc, &Plan::departments, &Department::name),
        b.get([](const Measure &m) { return idList(m.departmentIds); }),
        b.set([](Measure &m, const QVariant &v) { m.departmentIds = v.value<QList<int>>(); },
              EditorText::tr("Change departments")));
    editor->disableWhen(departments, [b] {
        const Measure *m = b.item();
        return m && m->allDepartments;
    });
    editor->addCheckList(QStringLiteral("measurePrinciples"), EditorText::tr("Principles"), principleOptions(doc),
                         b.get([](const Measure &m) { return idList(m.principleIds); }),
                         b.set([](Measure &m, const QVariant &v) { m.principleIds = v.value<QList<int>>(); },
                               EditorText::tr("Change principles")));
    b.text(editor, QStringLiteral("measureOverview"), EditorText::tr("Overview"), &Measure::overview, OverviewKey, true);
    b.text(editor, QStringLiteral("measureEffect"), EditorText::tr("Expected effect"), &Measure::effect, EffectKey, true);
    addSchedule(editor, document, PlanChange::Part::Measure, id);
    return editor;
}

} // namespace ItemEditors
