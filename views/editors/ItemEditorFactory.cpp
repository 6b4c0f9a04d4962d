#include "views/editors/ItemEditorFactory.h"

#include "models/commands/ItemCommands.h"
#include "views/editors/ItemFieldEditor.h"
#include "views/editors/ScheduleEditor.h"
#include "views/itemmodels/PlanText.h"

#include <QCoreApplication>
#include <QListWidget>
#include <QPointer>

namespace ItemEditorFactory {

namespace {

// The editors' words, in the ItemEditorFactory translation context.
struct EditorText
{
    Q_DECLARE_TR_FUNCTIONS(ItemEditorFactory)
};

template<typename T>
const T *findIn(const QList<T> &list, int id)
{
    for (const T &item : list)
        if (item.id == id)
            return &item;
    return nullptr;
}

template<typename T> const T *lookup(const Plan &plan, int id);
template<> const Principle *lookup(const Plan &p, int id) { return findIn(p.principles, id); }
template<> const Role *lookup(const Plan &p, int id) { return findIn(p.roles, id); }
template<> const Department *lookup(const Plan &p, int id) { return findIn(p.departments, id); }
template<> const Theme *lookup(const Plan &p, int id) { return findIn(p.themes, id); }
template<> const Measure *lookup(const Plan &p, int id) { return p.measure(id); }
template<> const SystemEntry *lookup(const Plan &p, int id) { return findIn(p.systems, id); }
template<> const GlossaryEntry *lookup(const Plan &p, int id) { return findIn(p.glossary, id); }
template<> const Revision *lookup(const Plan &p, int id) { return findIn(p.revisions, id); }

// Binds editor fields to one item of type T: getters read the document,
// setters push a ReplaceItem command.
template<typename T>
struct Binder
{
    QPointer<PlanDocument> document;
    int id;

    const T *item() const { return document ? lookup<T>(document->plan(), id) : nullptr; }

    ItemFieldEditor::Getter get(std::function<QVariant(const T &)> read) const
    {
        Binder self = *this;
        return [self, read] {
            const T *t = self.item();
            return t ? read(*t) : QVariant();
        };
    }
    ItemFieldEditor::Setter set(std::function<void(T &, const QVariant &)> write, const QString &text,
                                int mergeKey = -1) const
    {
        Binder self = *this;
        return [self, write, text, mergeKey](const QVariant &value) {
            const T *before = self.item();
            if (!before)
                return;
            T after = *before;
            write(after, value);
            if (after == *before)
                return;
            self.document->undoStack()->push(
                new ReplaceItem<T>(self.document, *before, after, text, mergeKey));
        };
    }
    // A plain text member edited by typing.
    void line(ItemFieldEditor *editor, const QString &name, const QString &label, QString T::*member,
              int mergeKey, bool multiLine = false) const
    {
        auto getter = get([member](const T &t) { return t.*member; });
        auto setter = set([member](T &t, const QVariant &v) { t.*member = v.toString(); },
                          EditorText::tr("Edit %1").arg(label), mergeKey);
        if (multiLine)
            editor->addText(name, label, getter, setter);
        else
            editor->addLine(name, label, getter, setter);
    }
};

ItemFieldEditor::Options principleOptions(QPointer<PlanDocument> document)
{
    return [document] {
        QList<QPair<int, QString>> options;
        if (!document)
            return options;
        const QList<Principle> &principles = document->plan().principles;
        for (int i = 0; i < principles.size(); ++i)
            options.append({ principles[i].id, circledNumber(i + 1) + QLatin1Char(' ') + principles[i].title });
        return options;
    };
}

QVariant idList(const QList<int> &ids)
{
    return QVariant::fromValue(ids);
}

ItemFieldEditor *infoEditor(PlanDocument *document, QWidget *parent)
{
    auto *editor = new ItemFieldEditor(parent);
    editor->setHeading(EditorText::tr("Plan"));
    QPointer<PlanDocument> doc(document);
    auto text = [editor, doc](const QString &name, const QString &label, QString PlanInfo::*member,
                              int key, bool multiLine) {
        auto get = [doc, member] { return doc ? QVariant(doc->plan().info.*member) : QVariant(); };
        auto set = [doc, member, key, label](const QVariant &v) {
            PlanInfo info = doc->plan().info;
            info.*member = v.toString();
            if (!(info == doc->plan().info))
                doc->undoStack()->push(new ChangeInfo(doc, info, EditorText::tr("Edit %1").arg(label), key));
        };
        if (multiLine)
            editor->addText(name, label, get, set);
        else
            editor->addLine(name, label, get, set);
    };
    auto year = [editor, doc](const QString &name, const QString &label, int PlanInfo::*member) {
        editor->addNumber(name, label, 2000, 2100,
                          [doc, member] { return doc ? QVariant(doc->plan().info.*member) : QVariant(); },
                          [doc, member, label](const QVariant &v) {
                              PlanInfo info = doc->plan().info;
                              info.*member = v.toInt();
                              if (!(info == doc->plan().info))
                                  doc->undoStack()->push(new ChangeInfo(doc, info, EditorText::tr("Edit %1").arg(label)));
                          });
    };
    text(QStringLiteral("planTitle"), EditorText::tr("Title"), &PlanInfo::title, TitleKey, false);
    text(QStringLiteral("planOrganisation"), EditorText::tr("Organisation"), &PlanInfo::organisation, OrganisationKey, false);
    year(QStringLiteral("planStartYear"), EditorText::tr("First fiscal year"), &PlanInfo::startYear);
    year(QStringLiteral("planEndYear"), EditorText::tr("Last fiscal year"), &PlanInfo::endYear);
    text(QStringLiteral("planVision"), EditorText::tr("Vision"), &PlanInfo::vision, VisionKey, false);
    text(QStringLiteral("planGoal"), EditorText::tr("Goal"), &PlanInfo::goal, GoalKey, true);
    text(QStringLiteral("planPosition"), EditorText::tr("Position among other plans"), &PlanInfo::position, PositionKey, true);
    text(QStringLiteral("planBackground"), EditorText::tr("Background"), &PlanInfo::background, BackgroundKey, true);
    return editor;
}

ItemFieldEditor *themeEditor(PlanDocument *document, int id, QWidget *parent)
{
    auto *editor = new ItemFieldEditor(parent);
    editor->setHeading(EditorText::tr("Theme"));
    const Binder<Theme> b { document, id };
    b.line(editor, QStringLiteral("themeTitle"), EditorText::tr("Title"), &Theme::title, TitleKey);
    QPointer<PlanDocument> doc(document);
    editor->addCheckList(QStringLiteral("themeSection"), EditorText::tr("Section"),
                         [doc] {
                             QList<QPair<int, QString>> options;
                             if (doc)
                                 for (const Section &s : doc->plan().sections)
                                     options.append({ s.id, s.title });
                             return options;
                         },
                         b.get([](const Theme &t) { return idList(t.sectionId ? QList<int> { t.sectionId } : QList<int>()); }),
                         b.set([](Theme &t, const QVariant &v) {
                             const QList<int> ids = v.value<QList<int>>();
                             // One section at most: the one just ticked wins.
                             t.sectionId = ids.isEmpty() ? 0 : (ids.size() > 1 && ids.first() == t.sectionId ? ids.last() : ids.first());
                         }, EditorText::tr("Change section")));
    b.line(editor, QStringLiteral("themeOverview"), EditorText::tr("Overview"), &Theme::overview, OverviewKey, true);
    editor->addCheckList(QStringLiteral("themePrinciples"), EditorText::tr("Principles"), principleOptions(document),
                         b.get([](const Theme &t) { return idList(t.principleIds); }),
                         b.set([](Theme &t, const QVariant &v) { t.principleIds = v.value<QList<int>>(); },
                               EditorText::tr("Change principles")));
    editor->addText(QStringLiteral("themeCandidates"), EditorText::tr("Future candidates (one per line)"),
                    b.get([](const Theme &t) { return t.futureCandidates.join(QLatin1Char('\n')); }),
                    b.set([](Theme &t, const QVariant &v) {
                        t.futureCandidates = v.toString().split(QLatin1Char('\n'));
                        t.futureCandidates.removeAll(QString());
                    }, EditorText::tr("Edit future candidates"), CandidatesKey));
    return editor;
}

ItemFieldEditor *measureEditor(PlanDocument *document, int id, QWidget *parent)
{
    auto *editor = new ItemFieldEditor(parent);
    editor->setHeading(EditorText::tr("Measure"));
    const Binder<Measure> b { document, id };
    QPointer<PlanDocument> doc(document);
    b.line(editor, QStringLiteral("measureTitle"), EditorText::tr("Title"), &Measure::title, TitleKey);
    editor->addCheckList(QStringLiteral("measureAudience"), EditorText::tr("Audience"),
                         [doc] {
                             QList<QPair<int, QString>> options;
                             if (doc)
                                 for (const AudienceGroup &a : doc->plan().audiences)
                                     options.append({ a.id, a.name });
                             return options;
                         },
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
        [doc] {
            QList<QPair<int, QString>> options;
            if (doc)
                for (const Department &d : doc->plan().departments)
                    options.append({ d.id, d.name });
            return options;
        },
        b.get([](const Measure &m) { return idList(m.departmentIds); }),
        b.set([](Measure &m, const QVariant &v) { m.departmentIds = v.value<QList<int>>(); },
              EditorText::tr("Change departments")));
    editor->disableWhen(departments, [b] {
        const Measure *m = b.item();
        return m && m->allDepartments;
    });
    editor->addCheckList(QStringLiteral("measurePrinciples"), EditorText::tr("Principles"), principleOptions(document),
                         b.get([](const Measure &m) { return idList(m.principleIds); }),
                         b.set([](Measure &m, const QVariant &v) { m.principleIds = v.value<QList<int>>(); },
                               EditorText::tr("Change principles")));
    b.line(editor, QStringLiteral("measureOverview"), EditorText::tr("Overview"), &Measure::overview, OverviewKey, true);
    b.line(editor, QStringLiteral("measureEffect"), EditorText::tr("Expected effect"), &Measure::effect, EffectKey, true);
    auto *schedule = new ScheduleEditor(editor);
    schedule->setObjectName(QStringLiteral("scheduleEditor"));
    schedule->setMeasure(document, id);
    editor->addRow(EditorText::tr("Schedule"), schedule);
    QObject::connect(document, &PlanDocument::changed, schedule, &ScheduleEditor::refresh);
    QObject::connect(editor, &ItemFieldEditor::readOnlyChanged, schedule, &ScheduleEditor::setReadOnly);
    return editor;
}

ItemFieldEditor *simpleEditor(PlanDocument *document, const PlanOutlineModel::Node &node, QWidget *parent)
{
    using Kind = PlanOutlineModel::Kind;
    auto *editor = new ItemFieldEditor(parent);
    switch (node.kind) {
    case Kind::Principle: {
        editor->setHeading(EditorText::tr("Principle"));
        const Binder<Principle> b { document, node.id };
        b.line(editor, QStringLiteral("principleTitle"), EditorText::tr("Title"), &Principle::title, TitleKey);
        b.line(editor, QStringLiteral("principleDescription"), EditorText::tr("Description"), &Principle::description,
               DescriptionKey, true);
        break;
    }
    case Kind::Role: {
        editor->setHeading(EditorText::tr("Role"));
        const Binder<Role> b { document, node.id };
        b.line(editor, QStringLiteral("roleName"), EditorText::tr("Name"), &Role::name, NameKey);
        b.line(editor, QStringLiteral("roleDescription"), EditorText::tr("Description"), &Role::description, DescriptionKey, true);
        break;
    }
    case Kind::Department: {
        editor->setHeading(EditorText::tr("Department"));
        const Binder<Department> b { document, node.id };
        b.line(editor, QStringLiteral("departmentName"), EditorText::tr("Name"), &Department::name, NameKey);
        break;
    }
    case Kind::Glossary: {
        editor->setHeading(EditorText::tr("Glossary entry"));
        const Binder<GlossaryEntry> b { document, node.id };
        b.line(editor, QStringLiteral("glossaryTerm"), EditorText::tr("Term"), &GlossaryEntry::term, TermKey);
        b.line(editor, QStringLiteral("glossaryReading"), EditorText::tr("Reading"), &GlossaryEntry::reading, ReadingKey);
        b.line(editor, QStringLiteral("glossaryRow"), EditorText::tr("Kana row"), &GlossaryEntry::row, RowKey);
        b.line(editor, QStringLiteral("glossaryExplanation"), EditorText::tr("Explanation"), &GlossaryEntry::explanation,
               ExplanationKey, true);
        break;
    }
    case Kind::System: {
        editor->setHeading(EditorText::tr("System"));
        const Binder<SystemEntry> b { document, node.id };
        editor->addNumber(QStringLiteral("systemNumber"), EditorText::tr("Number"), 0, 9999,
                          b.get([](const SystemEntry &s) { return s.number; }),
                          b.set([](SystemEntry &s, const QVariant &v) { s.number = v.toInt(); },
                                EditorText::tr("Edit number")));
        b.line(editor, QStringLiteral("systemBusiness"), EditorText::tr("Business"), &SystemEntry::business, BusinessKey);
        b.line(editor, QStringLiteral("systemSystem"), EditorText::tr("Current system"), &SystemEntry::system, SystemKey);
        b.line(editor, QStringLiteral("systemOwner"), EditorText::tr("Owning department"), &SystemEntry::owner, OwnerKey);
        break;
    }
    case Kind::Revision: {
        editor->setHeading(EditorText::tr("Revision"));
        const Binder<Revision> b { document, node.id };
        editor->addDate(QStringLiteral("revisionDate"), EditorText::tr("Date"),
                        b.get([](const Revision &r) { return r.date.date; }),
                        b.set([](Revision &r, const QVariant &v) { r.date = { v.toDate(), false }; }, EditorText::tr("Edit date")));
        editor->addChoice(QStringLiteral("revisionKind"), EditorText::tr("Kind"), { EditorText::tr("Adopted"), EditorText::tr("Revised") },
                          b.get([](const Revision &r) { return int(r.kind); }),
                          b.set([](Revision &r, const QVariant &v) { r.kind = Revision::Kind(v.toInt()); },
                                EditorText::tr("Edit kind")));
        b.line(editor, QStringLiteral("revisionSummary"), EditorText::tr("Summary"), &Revision::summary, SummaryKey, true);
        break;
    }
    default:
        delete editor;
        return nullptr;
    }
    return editor;
}

} // namespace

ItemFieldEditor *create(PlanDocument *document, const PlanOutlineModel::Node &node, QWidget *parent)
{
    if (!document)
        return nullptr;
    switch (node.kind) {
    case PlanOutlineModel::Kind::Info:
        return infoEditor(document, parent);
    case PlanOutlineModel::Kind::Theme:
        return themeEditor(document, node.id, parent);
    case PlanOutlineModel::Kind::Measure:
        return measureEditor(document, node.id, parent);
    default:
        return simpleEditor(document, node, parent);
    }
}

} // namespace ItemEditorFactory
