#include "views/itemmodels/PlanOutlineModel.h"

#include "models/commands/ItemCommands.h"

#include <QDataStream>
#include <QFont>
#include <QIODevice>
#include <QMimeData>

namespace {

const char *const outlineMimeType = "application/x-dxplan-outline-node";

quintptr packId(PlanOutlineModel::Kind kind, int id)
{
    return (quintptr(kind) << 32) | quintptr(quint32(id));
}

PlanOutlineModel::Node unpackId(quintptr packed)
{
    return { PlanOutlineModel::Kind(packed >> 32), int(quint32(packed & 0xffffffffu)) };
}

bool groupOfPart(PlanChange::Part part, PlanOutlineModel::Group *group)
{
    using P = PlanChange::Part;
    switch (part) {
    case P::Principle: *group = PlanOutlineModel::Principles; return true;
    case P::Role: *group = PlanOutlineModel::Roles; return true;
    case P::Theme: *group = PlanOutlineModel::Themes; return true;
    case P::Kpi: *group = PlanOutlineModel::Kpis; return true;
    case P::Department: *group = PlanOutlineModel::Departments; return true;
    case P::Glossary: *group = PlanOutlineModel::Glossary; return true;
    case P::System: *group = PlanOutlineModel::Systems; return true;
    case P::Revision: *group = PlanOutlineModel::Revisions; return true;
    default: return false;
    }
}

bool groupOfKind(PlanOutlineModel::Kind kind, PlanOutlineModel::Group *group)
{
    for (int g = 0; g < PlanOutlineModel::GroupCount; ++g)
        if (PlanOutlineModel::itemKindOf(PlanOutlineModel::Group(g)) == kind) {
            *group = PlanOutlineModel::Group(g);
            return true;
        }
    return false;
}

QString untitled(const QString &text)
{
    return text.isEmpty() ? PlanOutlineModel::tr("(untitled)") : text;
}

} // namespace

PlanOutlineModel::PlanOutlineModel(QObject *parent) : QAbstractItemModel(parent) { }

PlanOutlineModel::Kind PlanOutlineModel::itemKindOf(Group group)
{
    static const Kind kinds[GroupCount] = { Kind::Principle, Kind::Role, Kind::Theme,
                                            Kind::Kpi, Kind::Department, Kind::Glossary,
                                            Kind::System, Kind::Revision };
    return kinds[group];
}

void PlanOutlineModel::setDocument(PlanDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    beginResetModel();
    m_document = document;
    rebuild();
    endResetModel();
    if (m_document)
        connect(m_document, &PlanDocument::changed, this, &PlanOutlineModel::onChanged);
}

QList<int> PlanOutlineModel::planIds(Group group) const
{
    const Plan &p = m_document->plan();
    switch (group) {
    case Principles: return idsOf(p.principles);
    case Roles: return idsOf(p.roles);
    case Themes: return idsOf(p.themes);
    case Kpis: return idsOf(p.kpis);
    case Departments: return idsOf(p.departments);
    case Glossary: return idsOf(p.glossary);
    case Systems: return idsOf(p.systems);
    case Revisions: return idsOf(p.revisions);
    case GroupCount: break;
    }
    return {};
}

QList<int> PlanOutlineModel::planMeasureIds(int themeId) const
{
    const Theme *theme = m_document->plan().theme(themeId);
    return theme ? idsOf(theme->measures) : QList<int>();
}

void PlanOutlineModel::rebuild()
{
    for (QList<int> &ids : m_ids)
        ids.clear();
    m_measureIds.clear();
    m_themeOfMeasure.clear();
    if (!m_document)
        return;
    for (int g = 0; g < GroupCount; ++g)
        m_ids[g] = planIds(Group(g));
    for (const Theme &theme : m_document->plan().themes) {
        m_measureIds.insert(theme.id, idsOf(theme.measures));
        for (const Measure &m : theme.measures)
            m_themeOfMeasure.insert(m.id, theme.id);
    }
}

// ---- structure ----

QModelIndex PlanOutlineModel::createNodeIndex(int row, Kind kind, int id) const
{
    return createIndex(row, 0, packId(kind, id));
}

QModelIndex PlanOutlineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0 || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return row == 0 ? createNodeIndex(0, Kind::Info, 0) : createNodeIndex(row, Kind::Group, row - 1);
    const Node p = nodeAt(parent);
    if (p.kind == Kind::Group)
        return createNodeIndex(row, itemKindOf(Group(p.id)), m_ids[p.id][row]);
    if (p.kind == Kind::Theme)
        return createNodeIndex(row, Kind::Measure, m_measureIds.value(p.id)[row]);
    return {};
}

QModelIndex PlanOutlineModel::parent(const QModelIndex &child) const
{
    const Node node = nodeAt(child);
    if (node.kind == Kind::Measure)
        return indexOf({ Kind::Theme, m_themeOfMeasure.value(node.id) });
    Group group;
    if (groupOfKind(node.kind, &group))
        return groupIndex(group);
    return {};
}

int PlanOutlineModel::rowCount(const QModelIndex &parent) const
{
    if (!m_document)
        return 0;
    if (!parent.isValid())
        return 1 + GroupCount;
    if (parent.column() != 0)
        return 0;
    const Node p = nodeAt(parent);
    if (p.kind == Kind::Group)
        return m_ids[p.id].size();
    if (p.kind == Kind::Theme)
        return m_measureIds.value(p.id).size();
    return 0;
}

int PlanOutlineModel::columnCount(const QModelIndex &) const
{
    return 1;
}

PlanOutlineModel::Node PlanOutlineModel::nodeAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    return unpackId(index.internalId());
}

QModelIndex PlanOutlineModel::groupIndex(Group group) const
{
    return m_document ? createNodeIndex(group + 1, Kind::Group, group) : QModelIndex();
}

QModelIndex PlanOutlineModel::indexOf(const Node &node) const
{
    if (!m_document)
        return {};
    if (node.kind == Kind::Info)
        return createNodeIndex(0, Kind::Info, 0);
    if (node.kind == Kind::Group)
        return node.id >= 0 && node.id < GroupCount ? groupIndex(Group(node.id)) : QModelIndex();
    if (node.kind == Kind::Measure) {
        const int row = m_measureIds.value(m_themeOfMeasure.value(node.id)).indexOf(node.id);
        return row < 0 ? QModelIndex() : createNodeIndex(row, Kind::Measure, node.id);
    }
    Group group;
    if (!groupOfKind(node.kind, &group))
        return {};
    const int row = m_ids[group].indexOf(node.id);
    return row < 0 ? QModelIndex() : createNodeIndex(row, node.kind, node.id);
}

// ---- data ----

QString PlanOutlineModel::numberText(const Node &node, int row) const
{
    switch (node.kind) {
    case Kind::Principle:
    case Kind::Measure:
        return circledNumber(row + 1);
    case Kind::Theme:
        return QStringLiteral("%1.").arg(row + 1);
    default:
        return {};
    }
}

QString PlanOutlineModel::itemText(const Node &node) const
{
    const Plan &p = m_document->plan();
    switch (node.kind) {
    case Kind::Info:
        return untitled(p.info.title);
    case Kind::Group: {
        static const char *const names[GroupCount] = {
            QT_TR_NOOP("Principles"), QT_TR_NOOP("Promotion structure"), QT_TR_NOOP("Themes"),
            QT_TR_NOOP("KPIs"), QT_TR_NOOP("Departments"), QT_TR_NOOP("Glossary"),
            QT_TR_NOOP("System inventory"), QT_TR_NOOP("Revisions")
        };
        return tr("%1 (%2)").arg(tr(names[node.id])).arg(m_ids[node.id].size());
    }
    case Kind::Principle:
        if (const Principle *item = findById(p.principles, node.id))
            return untitled(item->title);
        break;
    case Kind::Role:
        if (const Role *item = findById(p.roles, node.id))
            return untitled(item->name);
        break;
    case Kind::Theme:
        if (const Theme *item = findById(p.themes, node.id))
            return untitled(item->title);
        break;
    case Kind::Measure:
        if (const Theme *theme = p.theme(m_themeOfMeasure.value(node.id)))
            if (const Measure *item = findById(theme->measures, node.id))
                return untitled(item->title);
        break;
    case Kind::Kpi:
        if (const Kpi *item = findById(p.kpis, node.id))
            return untitled(item->name);
        break;
    case Kind::Department:
        if (const Department *item = findById(p.departments, node.id))
            return untitled(item->name);
        break;
    case Kind::Glossary:
        if (const GlossaryEntry *item = findById(p.glossary, node.id))
            return untitled(item->term);
        break;
    case Kind::System:
        if (const SystemEntry *item = findById(p.systems, node.id))
            return QStringLiteral("%1. %2").arg(item->number).arg(untitled(item->business));
        break;
    case Kind::Revision:
        if (const Revision *item = findById(p.revisions, node.id))
            return QStringLiteral("%1 %2").arg(item->date.date.toString(item->date.monthOnly ? QStringLiteral("yyyy-MM") : QStringLiteral("yyyy-MM-dd")),
                                               item->kind == Revision::Kind::Adopted ? tr("Adopted") : tr("Revised"));
        break;
    case Kind::None:
        break;
    }
    return {};
}

QVariant PlanOutlineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_document)
        return {};
    const Node node = nodeAt(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return itemText(node);
    case Qt::AccessibleTextRole:
        return numberText(node, index.row()) + QLatin1Char(' ') + itemText(node);
    case NumberRole:
        return numberText(node, index.row());
    case Qt::FontRole:
        if (node.kind == Kind::Info || node.kind == Kind::Group) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    default:
        break;
    }
    return {};
}

Qt::ItemFlags PlanOutlineModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Node node = nodeAt(index);
    const bool editable = m_document && !m_document->isReadOnly();
    if (node.kind != Kind::Info && node.kind != Kind::Group && editable)
        f |= Qt::ItemIsDragEnabled;
    if (editable && node.kind != Kind::Info)
        f |= Qt::ItemIsDropEnabled;
    return f;
}

// ---- following the document ----

void PlanOutlineModel::renumber(const QModelIndex &parent, int count)
{
    if (count > 0)
        emit dataChanged(index(0, 0, parent), index(count - 1, 0, parent));
    if (parent.isValid() && nodeAt(parent).kind == Kind::Group)
        emit dataChanged(parent, parent);
}

void PlanOutlineModel::syncList(const QModelIndex &parent, QList<int> &mine, const QList<int> &theirs,
                                PlanChange::Action action, int id)
{
    using A = PlanChange::Action;
    const int from = mine.indexOf(id);
    const int to = theirs.indexOf(id);
    if (action == A::Inserted && from < 0 && to >= 0 && to <= mine.size()) {
        beginInsertRows(parent, to, to);
        mine.insert(to, id);
        endInsertRows();
    } else if (action == A::Removed && from >= 0 && to < 0) {
        beginRemoveRows(parent, from, from);
        mine.removeAt(from);
        endRemoveRows();
    } else if (action == A::Moved && from >= 0 && to >= 0 && from != to) {
        beginMoveRows(parent, from, from, parent, to > from ? to + 1 : to);
        mine.move(from, to);
        endMoveRows();
    } else if (action == A::Changed && from >= 0) {
        const QModelIndex item = index(from, 0, parent);
        emit dataChanged(item, item);
        return;
    }
    if (mine != theirs) {
        beginResetModel();
        rebuild();
        endResetModel();
        return;
    }
    renumber(parent, mine.size());
}

void PlanOutlineModel::onChanged(const PlanChange &change)
{
    using P = PlanChange::Part;
    if (change.part == P::Everything || change.action == PlanChange::Action::Reset) {
        beginResetModel();
        rebuild();
        endResetModel();
        return;
    }
    if (change.part == P::Info) {
        const QModelIndex info = index(0, 0);
        emit dataChanged(info, info);
        return;
    }
    if (change.part == P::Measure) {
        onMeasureChanged(change);
        return;
    }
    Group group;
    if (!groupOfPart(change.part, &group))
        return;
    if (group == Themes && change.action == PlanChange::Action::Inserted) {
        // A theme comes back with its measures when its removal is undone.
        const QList<int> measures = planMeasureIds(change.id);
        m_measureIds.insert(change.id, measures);
        for (int id : measures)
            m_themeOfMeasure.insert(id, change.id);
    }
    syncList(groupIndex(group), m_ids[group], planIds(group), change.action, change.id);
    if (group == Themes && change.action == PlanChange::Action::Removed) {
        for (int id : m_measureIds.take(change.id))
            m_themeOfMeasure.remove(id);
    }
}

void PlanOutlineModel::onMeasureChanged(const PlanChange &change)
{
    const int oldTheme = m_themeOfMeasure.value(change.id, change.themeId);
    if (change.action == PlanChange::Action::Moved && oldTheme != change.themeId) {
        QList<int> &source = m_measureIds[oldTheme];
        QList<int> &target = m_measureIds[change.themeId];
        const QList<int> theirs = planMeasureIds(change.themeId);
        const int from = source.indexOf(change.id);
        const int to = theirs.indexOf(change.id);
        if (from >= 0 && to >= 0 && to <= target.size()) {
            const QModelIndex sourceParent = indexOf({ Kind::Theme, oldTheme });
            const QModelIndex targetParent = indexOf({ Kind::Theme, change.themeId });
            beginMoveRows(sourceParent, from, from, targetParent, to);
            source.removeAt(from);
            target.insert(to, change.id);
            m_themeOfMeasure.insert(change.id, change.themeId);
            endMoveRows();
            renumber(sourceParent, source.size());
            renumber(targetParent, target.size());
        }
        if (source != planMeasureIds(oldTheme) || target != theirs) {
            beginResetModel();
            rebuild();
            endResetModel();
        }
        return;
    }
    const int themeId = change.action == PlanChange::Action::Removed ? oldTheme : change.themeId;
    if (change.action == PlanChange::Action::Inserted)
        m_themeOfMeasure.insert(change.id, themeId);
    syncList(indexOf({ Kind::Theme, themeId }), m_measureIds[themeId], planMeasureIds(themeId),
             change.action, change.id);
    if (change.action == PlanChange::Action::Removed)
        m_themeOfMeasure.remove(change.id);
}

// ---- reordering ----

bool PlanOutlineModel::moveTo(const Node &node, int themeId, int index)
{
    PlanDocument *doc = m_document;
    if (!doc || doc->isReadOnly())
        return false;
    QUndoCommand *command = nullptr;
    switch (node.kind) {
    case Kind::Measure:
        if (themeId == m_themeOfMeasure.value(node.id) && index == doc->indexOf<Measure>(node.id))
            return false;
        command = new MoveMeasure(doc, node.id, themeId, index, tr("Move measure"));
        break;
    case Kind::Principle: command = new MoveItem<Principle>(doc, node.id, index, tr("Move principle")); break;
    case Kind::Role: command = new MoveItem<Role>(doc, node.id, index, tr("Move role")); break;
    case Kind::Theme: command = new MoveItem<Theme>(doc, node.id, index, tr("Move theme")); break;
    case Kind::Kpi: command = new MoveItem<Kpi>(doc, node.id, index, tr("Move KPI")); break;
    case Kind::Department: command = new MoveItem<Department>(doc, node.id, index, tr("Move department")); break;
    case Kind::Glossary: command = new MoveItem<GlossaryEntry>(doc, node.id, index, tr("Move glossary entry")); break;
    case Kind::System: command = new MoveItem<SystemEntry>(doc, node.id, index, tr("Move system")); break;
    case Kind::Revision: command = new MoveItem<Revision>(doc, node.id, index, tr("Move revision")); break;
    default: return false;
    }
    doc->undoStack()->push(command);
    return true;
}

bool PlanOutlineModel::canMoveBy(const QModelIndex &index, int delta) const
{
    const Node node = nodeAt(index);
    if (!m_document || m_document->isReadOnly() || node.kind == Kind::None
        || node.kind == Kind::Info || node.kind == Kind::Group)
        return false;
    const int target = index.row() + delta;
    if (target >= 0 && target < rowCount(index.parent()))
        return true;
    // A measure at either end of its theme moves on into the neighbour.
    return node.kind == Kind::Measure && neighbourTheme(node.id, delta) != 0;
}

int PlanOutlineModel::neighbourTheme(int measureId, int delta) const
{
    const QList<Theme> &themes = m_document->plan().themes;
    const int theme = m_document->indexOf<Theme>(m_themeOfMeasure.value(measureId));
    const int neighbour = theme + (delta < 0 ? -1 : 1);
    return theme >= 0 && neighbour >= 0 && neighbour < themes.size() ? themes[neighbour].id : 0;
}

bool PlanOutlineModel::moveBy(const QModelIndex &index, int delta)
{
    if (!canMoveBy(index, delta))
        return false;
    const Node node = nodeAt(index);
    const int target = index.row() + delta;
    if (node.kind == Kind::Measure && (target < 0 || target >= rowCount(index.parent()))) {
        // Up from the first measure: the end of the theme before; down
        // from the last: the start of the theme after.
        const int themeId = neighbourTheme(node.id, delta);
        return moveTo(node, themeId, delta < 0 ? int(m_document->plan().theme(themeId)->measures.size()) : 0);
    }
    return moveTo(node, m_themeOfMeasure.value(node.id), target);
}

Qt::DropActions PlanOutlineModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions PlanOutlineModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList PlanOutlineModel::mimeTypes() const
{
    return { QLatin1String(outlineMimeType) };
}

QMimeData *PlanOutlineModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.size() != 1)
        return nullptr;
    const Node node = nodeAt(indexes.first());
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << int(node.kind) << node.id;
    auto *data = new QMimeData;
    data->setData(QLatin1String(outlineMimeType), bytes);
    return data;
}

bool PlanOutlineModel::dropTarget(const Node &node, int row, const QModelIndex &parent, int *themeId,
                                  int *index) const
{
    Node target = nodeAt(parent);
    // Dropped onto an item: it takes that item's place.
    if (target.kind == node.kind && row < 0) {
        row = parent.row();
        target = nodeAt(parent.parent());
    }
    int siblings = 0;
    int from = -1;
    if (node.kind == Kind::Measure) {
        if (target.kind != Kind::Theme)
            return false;
        *themeId = target.id;
        siblings = m_measureIds.value(target.id).size();
        if (m_themeOfMeasure.value(node.id) == target.id)
            from = m_measureIds.value(target.id).indexOf(node.id);
    } else {
        Group group;
        if (!groupOfKind(node.kind, &group) || target.kind != Kind::Group || target.id != group)
            return false;
        *themeId = 0;
        siblings = m_ids[group].size();
        from = m_ids[group].indexOf(node.id);
    }
    if (row < 0 || row > siblings)
        row = siblings;
    // The commands take the item out before putting it back in.
    *index = (from >= 0 && from < row) ? row - 1 : row;
    return true;
}

bool PlanOutlineModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                       const QModelIndex &parent) const
{
    if (action != Qt::MoveAction || !data || !data->hasFormat(QLatin1String(outlineMimeType))
        || !m_document || m_document->isReadOnly())
        return false;
    QDataStream stream(data->data(QLatin1String(outlineMimeType)));
    int kind = 0;
    Node node;
    stream >> kind >> node.id;
    node.kind = Kind(kind);
    int themeId = 0;
    int index = 0;
    return dropTarget(node, row, parent, &themeId, &index);
}

bool PlanOutlineModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                    const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QDataStream stream(data->data(QLatin1String(outlineMimeType)));
    int kind = 0;
    Node node;
    stream >> kind >> node.id;
    node.kind = Kind(kind);
    int themeId = 0;
    int index = 0;
    dropTarget(node, row, parent, &themeId, &index);
    // The move is done by the undo command; the view must not remove the
    // dragged row itself (removeRows() is not implemented, so it cannot).
    return moveTo(node, themeId, index);
}
