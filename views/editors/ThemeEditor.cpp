#include "views/editors/ItemBinder.h"
#include "views/editors/ItemEditors.h"

#include "models/Numbering.h"
#include "views/editors/ScheduleEditor.h"
#include "views/itemmodels/ItemLabels.h"

// A theme: its number, title, section (one or none), overview, principles,
// future candidates and its own bars on the roadmap.

namespace ItemEditors {

namespace {

QVariant idList(const QList<int> &ids)
{
    return QVariant::fromValue(ids);
}

ItemFieldEditor::Options sectionOptions(QPointer<PlanDocument> doc)
{
    return [doc] {
        QList<QPair<int, QString>> options { { 0, EditorText::tr("(no section)") } };
        if (!doc)
            return options;
        const PlanNumbers numbers(doc->plan());
        for (const Section &s : doc->plan().sections)
            options.append({ s.id, (numbers.section(s.id) + QLatin1Char(' ') + s.title).trimmed() });
        return options;
    };
}

} // namespace

ItemFieldEditor::Options principleOptions(QPointer<PlanDocument> doc)
{
    return [doc] {
        QList<QPair<int, QString>> options;
        if (!doc)
            return options;
        const QList<Principle> &principles = doc->plan().principles;
        for (int i = 0; i < principles.size(); ++i)
            options.append({ principles[i].id,
                             ItemLabels::number(PlanNumbers(), principles[i], i) + QLatin1Char(' ') + principles[i].title });
        return options;
    };
}

// The schedule of a theme or a measure, following the document.
void addSchedule(ItemFieldEditor *editor, PlanDocument *document, PlanChange::Part part, int id)
{
    auto *schedule = new ScheduleEditor(editor);
    schedule->setObjectName(QStringLiteral("scheduleEditor"));
    schedule->setItem(document, part, id);
    editor->addRow(EditorText::tr("Schedule"), schedule);
    QObject::connect(document, &PlanDocument::changed, schedule, &ScheduleEditor::refresh);
    QObject::connect(editor, &ItemFieldEditor::readOnlyChanged, schedule, &ScheduleEditor::setReadOnly);
}

ItemFieldEditor *build(PlanDocument *document, KindTag<Theme>, int id, QWidget *parent)
{
    auto *editor = new ItemFieldEditor(parent);
    editor->setHeading(EditorText::tr("Theme"));
    const ItemBinder<Theme> b { document, id };
    QPointer<PlanDocument> doc(document);
    editor->addLabel(QStringLiteral("themeNumber"), EditorText::tr("Number"),
                     [doc, id] { return doc ? doc->numbers().theme(id) : QString(); });
    b.text(editor, QStringLiteral("themeTitle"), EditorText::tr("Title"), &Theme::title, TitleKey);
    editor->addOptionChoice(QStringLiteral("themeSection"), EditorText::tr("Section"), sectionOptions(doc),
                            b.get([](const Theme &t) { return t.sectionId; }),
                            b.set([](Theme &t, const QVariant &v) { t.sectionId = v.toInt(); },
                                  EditorText::tr("Change section")));
    b.text(editor, QStringLiteral("themeOverview"), EditorText::tr("Overview"), &Theme::overview, OverviewKey, true);
    editor->addCheckList(QStringLiteral("themePrinciples"), EditorText::tr("Principles"), principleOptions(doc),
                         b.get([](const Theme &t) { return idList(t.principleIds); }),
                         b.set([](Theme &t, const QVariant &v) { t.principleIds = v.value<QList<int>>(); },
                               EditorText::tr("Change principles")));
    editor->addText(QStringLiteral("themeCandidates"), EditorText::tr("Future candidates (one per line)"),
                    b.get([](const Theme &t) { return t.futureCandidates.join(QLatin1Char('\n')); }),
                    b.set([](Theme &t, const QVariant &v) {
                        t.futureCandidates = v.toString().split(QLatin1Char('\n'));
                        t.futureCandidates.removeAll(QString());
                    }, EditorText::tr("Edit future candidates"), CandidatesKey));
    addSchedule(editor, document, PlanChange::Part::Theme, id);
    return editor;
}

} // namespace ItemEditors
