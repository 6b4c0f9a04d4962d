#include "views/itemmodels/PlanOutlineModel.h"

#include "models/commands/ItemCommands.h"
#include "views/itemmodels/ItemLabels.h"

#include <QFont>

namespace {

using Node = OutlineNode;
using Part = PlanChange::Part;

// type (8 bits), part (8 bits), id (32 bits)
quintptr packId(const Node &node)
{
    return (quintptr(node.type) << 40) | (quintptr(node.part) << 32) | quintptr(quint32(node.id));
}

Node unpackId(quintptr packed)
{
    return { Node::Type((packed >> 40) & 0xffu), Part((packed >> 32) & 0xffu),
             int(quint32(packed & 0xffffffffu)) };
}

QString untitled(const QString &text)
{
    return text.isEmpty() ? PlanOutlineModel::tr("(untitled)") : text;
}

QList<Part> kindParts(bool children)
{
    QList<Part> parts;
    forEachKind([&](auto tag) {
        using Kind = ItemKind<typename decltype(tag)::Type>;
        if (Kind::isChild == children)
            parts << Kind::part;
    });
    return parts;
}

} // namespace

PlanOutlineModel::PlanOutlineModel(QObject *parent) : QAbstractItemModel(parent) { }

const QList<Part> &PlanOutlineModel::groupParts()
{
    static const QList<Part> parts = kindParts(false);
    return parts;
}

const QList<Part> &PlanOutlineModel::childParts()
{
    static const QList<Part> parts = kindParts(true);
    return parts;
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

QList<int> PlanOutlineModel::planIds(Part part, int themeId) const
{
    QList<int> ids;
    forKind(part, [&](auto tag) {
        using Kind = ItemKind<typename decltype(tag)::Type>;
        ids = idsOf(Kind::list(m_document->plan(), themeId));
    });
    return ids;
}

QList<int> &PlanOutlineModel::shownIds(Part part, int themeId)
{
    return isChildPart(part) ? m_childIds[int(part)][themeId] : m_ids[int(part)];
}

const QList<int> &PlanOutlineModel::shownIds(Part part, int themeId) const
{
    static const QList<int> none;
    if (isChildPart(part)) {
        const auto themes = m_childIds.constFind(int(part));
        if (themes == m_childIds.cend())
            return none;
        const auto ids = themes->constFind(themeId);
        return ids == themes->cend() ? none : *ids;
    }
    const auto ids = m_ids.constFind(int(part));
    return ids == m_ids.cend() ? none : *ids;
}

int PlanOutlineModel::childOffset(int themeId, Part part) const
{
    int offset = 0;
    for (Part p : childParts()) {
        if (p == part)
            break;
        offset += shownIds(p, themeId).size();
    }
    return offset;
}

void PlanOutlineModel::rebuild()
{
    m_ids.clear();
    m_childIds.clear();
    m_themeOf.clear();
    if (!m_document)
        return;
    m_numbers = m_document->numbers();
    for (Part part : groupParts())
        m_ids.insert(int(part), planIds(part, 0));
    for (const Theme &theme : m_document->plan().themes)
        for (Part part : childParts()) {
            const QList<int> ids = planIds(part, theme.id);
            m_childIds[int(part)].insert(theme.id, ids);
            for (int id : ids)
                m_themeOf[int(part)].insert(id, theme.id);
        }
}

void PlanOutlineModel::resetAll()
{
    beginResetModel();
    rebuild();
    endResetModel();
}

int PlanOutlineModel::themeOf(const Node &node) const
{
    return node.isItem() && isChildPart(node.part) ? m_themeOf.value(int(node.part)).value(node.id) : 0;
}

// ---- structure ----

QModelIndex PlanOutlineModel::createNodeIndex(int row, const Node &node) const
{
    return createIndex(row, 0, packId(node));
}

QModelIndex PlanOutlineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0 || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return row == 0 ? createNodeIndex(0, Node::info()) : createNodeIndex(row, Node::group(groupParts()[row - 1]));
    const Node p = nodeAt(parent);
    if (p.type == Node::Type::Group)
        return createNodeIndex(row, Node::item(p.part, shownIds(p.part, 0)[row]));
    if (p.is(Part::Theme)) {
        int inKind = row;
        for (Part part : childParts()) {
            const QList<int> &ids = shownIds(part, p.id);
            if (inKind < ids.size())
                return createNodeIndex(row, Node::item(part, ids[inKind]));
            inKind -= ids.size();
        }
    }
    return {};
}

QModelIndex PlanOutlineModel::parent(const QModelIndex &child) const
{
    const Node node = nodeAt(child);
    if (!node.isItem())
        return {};
    if (isChildPart(node.part))
        return indexOf(Node::of<Theme>(themeOf(node)));
    return groupIndex(node.part);
}

int PlanOutlineModel::rowCount(const QModelIndex &parent) const
{
    if (!m_document)
        return 0;
    if (!parent.isValid())
        return 1 + groupParts().size();
    if (parent.column() != 0)
        return 0;
    const Node p = nodeAt(parent);
    if (p.type == Node::Type::Group)
        return shownIds(p.part, 0).size();
    if (p.is(Part::Theme)) {
        int count = 0;
        for (Part part : childParts())
            count += shownIds(part, p.id).size();
        return count;
    }
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

QModelIndex PlanOutlineModel::groupIndex(Part part) const
{
    const int row = groupParts().indexOf(part);
    return m_document && row >= 0 ? createNodeIndex(row + 1, Node::group(part)) : QModelIndex();
}

QModelIndex PlanOutlineModel::listIndex(Part part, int themeId) const
{
    return isChildPart(part) ? indexOf(Node::of<Theme>(themeId)) : groupIndex(part);
}

QModelIndex PlanOutlineModel::indexOf(const Node &node) const
{
    if (!m_document)
        return {};
    switch (node.type) {
    case Node::Type::Info:
        return createNodeIndex(0, Node::info());
    case Node::Type::Group:
        return groupIndex(node.part);
    case Node::Type::Item: {
        const int themeId = themeOf(node);
        const int row = shownIds(node.part, themeId).indexOf(node.id);
        if (row < 0)
            return {};
        return createNodeIndex(row + (themeId ? childOffset(themeId, node.part) : 0), node);
    }
    case Node::Type::None:
        break;
    }
    return {};
}

// ---- data ----

QString PlanOutlineModel::numberText(const Node &node, int row) const
{
    QString text;
    if (!node.isItem())
        return text;
    const int themeId = themeOf(node);
    const int position = row - (themeId ? childOffset(themeId, node.part) : 0);
    forKind(node.part, [&](auto tag) {
        using T = typename decltype(tag)::Type;
        if (const T *item = findById(ItemKind<T>::list(m_document->plan(), themeId), node.id))
            text = ItemLabels::number(m_numbers, *item, position);
    });
    return text;
}

QString PlanOutlineModel::itemText(const Node &node) const
{
    const Plan &plan = m_document->plan();
    QString text;
    switch (node.type) {
    case Node::Type::Info:
        return untitled(plan.info.title);
    case Node::Type::Group:
        forKind(node.part, [&](auto tag) {
            const ItemWords &words = ItemKind<typename decltype(tag)::Type>::words;
            text = tr("%1 (%2)").arg(words.tr(words.group)).arg(shownIds(node.part, 0).size());
        });
        return text;
    case Node::Type::Item:
        forKind(node.part, [&](auto tag) {
            using T = typename decltype(tag)::Type;
            if (const T *item = findById(ItemKind<T>::list(plan, themeOf(node)), node.id))
                text = untitled(ItemLabels::title(*item));
        });
        return text;
    case Node::Type::None:
        break;
    }
    return text;
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
    case Qt::EditRole:
        return titleOf(node);
    case Qt::AccessibleTextRole:
        return (numberText(node, index.row()) + QLatin1Char(' ') + itemText(node)).trimmed();
    case NumberRole:
        return numberText(node, index.row());
    case Qt::FontRole:
        if (!node.isItem()) {
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
    if (node.isItem() && editable) {
        f |= Qt::ItemIsDragEnabled;
        if (canRename(node))
            f |= Qt::ItemIsEditable;
    }
    if (editable && node.type != Node::Type::Info)
        f |= Qt::ItemIsDropEnabled;
    return f;
}

QString PlanOutlineModel::titleOf(const Node &node) const
{
    QString text;
    if (!node.isItem() || !m_document)
        return text;
    forKind(node.part, [&](auto tag) {
        using T = typename decltype(tag)::Type;
        if (const T *item = findById(ItemKind<T>::list(m_document->plan(), themeOf(node)), node.id))
            text = ItemLabels::title(*item);
    });
    return text;
}

bool PlanOutlineModel::canRename(const Node &node) const
{
    bool can = false;
    forKind(node.part, [&](auto tag) {
        typename decltype(tag)::Type probe;
        can = ItemLabels::setTitle(probe, QString());
    });
    return can;
}

bool PlanOutlineModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Node node = nodeAt(index);
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString title = value.toString().simplified();
    if (title.isEmpty())
        return false; // an item keeps a title; Delete removes it
    bool done = false;
    forKind(node.part, [&](auto tag) {
        using T = typename decltype(tag)::Type;
        const T *before = findById(ItemKind<T>::list(m_document->plan(), themeOf(node)), node.id);
        if (!before)
            return;
        T after = *before;
        ItemLabels::setTitle(after, title);
        done = true;
        if (after == *before)
            return;
        m_document->undoStack()->push(new ReplaceItem<T>(
            m_document, *before, after, ItemLabels::undoText(tr("Rename"), *m_document, *before)));
    });
    return done;
}
