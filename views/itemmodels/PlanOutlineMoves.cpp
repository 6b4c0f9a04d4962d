#include "views/itemmodels/PlanOutlineModel.h"

#include "models/commands/ItemCommands.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

// Reordering in the outline, by keyboard (moveBy) or by drag and drop:
// each move is one undo command; the rows follow the document's signal.

namespace {

const char *const outlineMimeType = "application/x-dxplan-outline-node";

using Part = PlanChange::Part;
using Node = OutlineNode;

// Pushes the command that puts item `id` of kind T at `index` of its list
// in theme `themeId` (0 for plan-level kinds); false when nothing moves.
template<typename T>
bool pushMove(PlanDocument *doc, int id, int fromTheme, int themeId, int index)
{
    const ItemWords &words = ItemKind<T>::words;
    const QString text = PlanOutlineModel::tr("Move %1").arg(words.tr(words.name));
    if (themeId == fromTheme) {
        if (index == doc->indexOf<T>(id))
            return false;
        doc->undoStack()->push(new MoveItem<T>(doc, id, index, text));
    } else if constexpr (std::is_same_v<T, Measure>) {
        doc->undoStack()->push(new MoveMeasure(doc, id, themeId, index, text));
    } else if constexpr (ItemKind<T>::isChild) {
        // Other child kinds have no command of their own for this: the
        // item leaves one theme and enters the other in one undo step.
        const T *item = findItem<T>(doc->plan(), id);
        if (!item || !doc->plan().theme(themeId))
            return false;
        T moved = *item;
        ItemKind<T>::setParent(moved, themeId);
        doc->undoStack()->beginMacro(text);
        doc->undoStack()->push(new RemoveItem<T>(doc, id, text));
        doc->undoStack()->push(new InsertItem<T>(doc, moved, index, text));
        doc->undoStack()->endMacro();
    } else {
        return false;
    }
    return true;
}

Node decode(const QMimeData *data)
{
    QDataStream stream(data->data(QLatin1String(outlineMimeType)));
    int part = 0;
    int id = 0;
    stream >> part >> id;
    return Node::item(Part(part), id);
}

} // namespace

bool PlanOutlineModel::moveTo(const Node &node, int themeId, int index)
{
    PlanDocument *doc = m_document;
    if (!doc || doc->isReadOnly() || !node.isItem())
        return false;
    bool moved = false;
    forKind(node.part, [&](auto tag) {
        moved = pushMove<typename decltype(tag)::Type>(doc, node.id, themeOf(node), themeId, index);
    });
    return moved;
}

int PlanOutlineModel::neighbourTheme(const Node &node, int delta) const
{
    const QList<Theme> &themes = m_document->plan().themes;
    const int theme = m_document->indexOf<Theme>(themeOf(node));
    const int neighbour = theme + (delta < 0 ? -1 : 1);
    return theme >= 0 && neighbour >= 0 && neighbour < themes.size() ? themes[neighbour].id : 0;
}

bool PlanOutlineModel::canMoveBy(const QModelIndex &index, int delta) const
{
    const Node node = nodeAt(index);
    if (!m_document || m_document->isReadOnly() || !node.isItem())
        return false;
    const QList<int> &siblings = shownIds(node.part, themeOf(node));
    const int target = siblings.indexOf(node.id) + delta;
    if (target >= 0 && target < siblings.size())
        return true;
    // A measure at either end of its theme moves on into the neighbour.
    return node.is(Part::Measure) && neighbourTheme(node, delta) != 0;
}

bool PlanOutlineModel::moveBy(const QModelIndex &index, int delta)
{
    if (!canMoveBy(index, delta))
        return false;
    const Node node = nodeAt(index);
    const int themeId = themeOf(node);
    const QList<int> &siblings = shownIds(node.part, themeId);
    const int target = siblings.indexOf(node.id) + delta;
    if (target < 0 || target >= siblings.size()) {
        // Up from the first measure: the end of the theme before; down
        // from the last: the start of the theme after.
        const int neighbour = neighbourTheme(node, delta);
        return moveTo(node, neighbour, delta < 0 ? int(shownIds(node.part, neighbour).size()) : 0);
    }
    return moveTo(node, themeId, target);
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
    if (!node.isItem())
        return nullptr;
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << int(node.part) << node.id;
    auto *data = new QMimeData;
    data->setData(QLatin1String(outlineMimeType), bytes);
    return data;
}

bool PlanOutlineModel::dropTarget(const Node &node, int row, const QModelIndex &parent, int *themeId,
                                  int *index) const
{
    if (!indexOf(node).isValid())
        return false;
    const Node target = nodeAt(parent);
    int position = 0;
    if (row < 0 && target.isItem() && target.part == node.part) {
        // Dropped onto an item of its kind: it takes that item's place.
        *themeId = themeOf(target);
        position = shownIds(node.part, *themeId).indexOf(target.id);
    } else if (isChildPart(node.part)) {
        if (!target.is(Part::Theme))
            return false;
        *themeId = target.id;
        const int count = shownIds(node.part, target.id).size();
        position = row < 0 ? count : qBound(0, row - childOffset(target.id, node.part), count);
    } else {
        if (target.type != Node::Type::Group || target.part != node.part)
            return false;
        *themeId = 0;
        const int count = shownIds(node.part, 0).size();
        position = row < 0 || row > count ? count : row;
    }
    // The commands take the item out before putting it back in.
    const int from = themeOf(node) == *themeId ? shownIds(node.part, *themeId).indexOf(node.id) : -1;
    *index = (from >= 0 && from < position) ? position - 1 : position;
    return true;
}

bool PlanOutlineModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                       const QModelIndex &parent) const
{
    if (action != Qt::MoveAction || !data || !data->hasFormat(QLatin1String(outlineMimeType))
        || !m_document || m_document->isReadOnly())
        return false;
    int themeId = 0;
    int index = 0;
    return dropTarget(decode(data), row, parent, &themeId, &index);
}

bool PlanOutlineModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                    const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const Node node = decode(data);
    int themeId = 0;
    int index = 0;
    dropTarget(node, row, parent, &themeId, &index);
    // The move is done by the undo command; the view must not remove the
    // dragged row itself (removeRows() is not implemented, so it cannot).
    return moveTo(node, themeId, index);
}
