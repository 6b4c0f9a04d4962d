#include "views/window/PlanEditing.h"

#include "models/commands/ItemCommands.h"

#include <QCoreApplication>
#include <QDate>

namespace PlanEditing {

namespace {

struct EditText
{
    Q_DECLARE_TR_FUNCTIONS(PlanEditing)
};

using Kind = PlanOutlineModel::Kind;
using Node = PlanOutlineModel::Node;

// Right after the selected item of the same kind, else at the end.
template<typename T>
int insertIndex(PlanDocument *doc, const QList<T> &list, Kind kind, const Node &selected)
{
    if (selected.kind == kind) {
        const int at = doc->indexOf<T>(selected.id);
        if (at >= 0)
            return at + 1;
    }
    return list.size();
}

template<typename T>
Node insert(PlanDocument *doc, T item, const QList<T> &list, Kind kind, const Node &selected, const QString &text)
{
    item.id = doc->nextId<T>();
    doc->undoStack()->push(new InsertItem<T>(doc, item, insertIndex(doc, list, kind, selected), text));
    return { kind, item.id };
}

Node addMeasure(PlanDocument *doc, const Node &selected)
{
    const Plan &plan = doc->plan();
    int themeId = 0;
    int index = -1;
    if (selected.kind == Kind::Theme) {
        themeId = selected.id;
    } else if (selected.kind == Kind::Measure) {
        if (const Measure *m = plan.measure(selected.id)) {
            themeId = m->themeId;
            index = doc->indexOf<Measure>(m->id) + 1;
        }
    } else if (!plan.themes.isEmpty()) {
        themeId = plan.themes.last().id;
    }
    const Theme *theme = plan.theme(themeId);
    if (!theme)
        return {};
    Measure measure;
    measure.id = doc->nextId<Measure>();
    measure.themeId = themeId;
    measure.title = EditText::tr("New measure");
    if (index < 0)
        index = theme->measures.size();
    doc->undoStack()->push(new InsertItem<Measure>(doc, measure, index, EditText::tr("Add measure")));
    return { Kind::Measure, measure.id };
}

} // namespace

Node addItem(PlanDocument *doc, Kind kind, const Node &selected)
{
    if (!doc || doc->isReadOnly())
        return {};
    const Plan &plan = doc->plan();
    switch (kind) {
    case Kind::Principle: {
        Principle p;
        p.title = EditText::tr("New principle");
        return insert(doc, p, plan.principles, kind, selected, EditText::tr("Add principle"));
    }
    case Kind::Role: {
        Role r;
        r.name = EditText::tr("New role");
        return insert(doc, r, plan.roles, kind, selected, EditText::tr("Add role"));
    }
    case Kind::Theme: {
        Theme t;
        t.title = EditText::tr("New theme");
        return insert(doc, t, plan.themes, kind, selected, EditText::tr("Add theme"));
    }
    case Kind::Measure:
        return addMeasure(doc, selected);
    case Kind::Kpi: {
        Kpi k;
        k.name = EditText::tr("New KPI");
        return insert(doc, k, plan.kpis, kind, selected, EditText::tr("Add KPI"));
    }
    case Kind::Department: {
        Department d;
        d.name = EditText::tr("New department");
        return insert(doc, d, plan.departments, kind, selected, EditText::tr("Add department"));
    }
    case Kind::Glossary: {
        GlossaryEntry g;
        g.term = EditText::tr("New term");
        return insert(doc, g, plan.glossary, kind, selected, EditText::tr("Add glossary entry"));
    }
    case Kind::System: {
        SystemEntry s;
        s.number = plan.systems.size() + 1;
        s.business = EditText::tr("New business");
        return insert(doc, s, plan.systems, kind, selected, EditText::tr("Add system"));
    }
    case Kind::Revision: {
        Revision r;
        r.date = { QDate::currentDate(), false };
        r.kind = plan.revisions.isEmpty() ? Revision::Kind::Adopted : Revision::Kind::Revised;
        return insert(doc, r, plan.revisions, kind, selected, EditText::tr("Add revision"));
    }
    default:
        return {};
    }
}

bool canRemove(const Node &node)
{
    return node.kind != Kind::None && node.kind != Kind::Info && node.kind != Kind::Group;
}

bool removeItem(PlanDocument *doc, const Node &node)
{
    if (!doc || doc->isReadOnly() || !canRemove(node))
        return false;
    QUndoCommand *command = nullptr;
    switch (node.kind) {
    case Kind::Principle: command = new RemoveItem<Principle>(doc, node.id, EditText::tr("Remove principle")); break;
    case Kind::Role: command = new RemoveItem<Role>(doc, node.id, EditText::tr("Remove role")); break;
    case Kind::Theme: command = new RemoveItem<Theme>(doc, node.id, EditText::tr("Remove theme")); break;
    case Kind::Measure: command = new RemoveItem<Measure>(doc, node.id, EditText::tr("Remove measure")); break;
    case Kind::Kpi: command = new RemoveItem<Kpi>(doc, node.id, EditText::tr("Remove KPI")); break;
    case Kind::Department: command = new RemoveItem<Department>(doc, node.id, EditText::tr("Remove department")); break;
    case Kind::Glossary: command = new RemoveItem<GlossaryEntry>(doc, node.id, EditText::tr("Remove glossary entry")); break;
    case Kind::System: command = new RemoveItem<SystemEntry>(doc, node.id, EditText::tr("Remove system")); break;
    case Kind::Revision: command = new RemoveItem<Revision>(doc, node.id, EditText::tr("Remove revision")); break;
    default: return false;
    }
    doc->undoStack()->push(command);
    return true;
}

} // namespace PlanEditing
