#include "views/itemmodels/PlanOutlineModel.h"

// How the outline follows the document's change signal: each insert,
// removal and move of an item becomes the matching row signal; anything
// the model cannot follow row by row resets it.

using Part = PlanChange::Part;
using Node = OutlineNode;

void PlanOutlineModel::refreshRows(const QModelIndex &parent)
{
    const int rows = rowCount(parent);
    if (rows > 0)
        emit dataChanged(index(0, 0, parent), index(rows - 1, 0, parent));
    if (nodeAt(parent).type == Node::Type::Group)
        emit dataChanged(parent, parent);
}

void PlanOutlineModel::refreshNumbers()
{
    m_numbers = m_document->numbers();
    for (Part part : groupParts())
        refreshRows(groupIndex(part));
    for (int themeId : shownIds(Part::Theme, 0))
        refreshRows(indexOf(Node::of<Theme>(themeId)));
}

void PlanOutlineModel::syncList(const QModelIndex &parent, int offset, QList<int> &mine, const QList<int> &theirs,
                                PlanChange::Action action, int id)
{
    using A = PlanChange::Action;
    const int from = mine.indexOf(id);
    const int to = theirs.indexOf(id);
    if (action == A::Inserted && from < 0 && to >= 0 && to <= mine.size()) {
        beginInsertRows(parent, offset + to, offset + to);
        mine.insert(to, id);
        endInsertRows();
    } else if (action == A::Removed && from >= 0 && to < 0) {
        beginRemoveRows(parent, offset + from, offset + from);
        mine.removeAt(from);
        endRemoveRows();
    } else if (action == A::Moved && from >= 0 && to >= 0 && from != to) {
        beginMoveRows(parent, offset + from, offset + from, parent, offset + (to > from ? to + 1 : to));
        mine.move(from, to);
        endMoveRows();
    } else if (action == A::Changed && from >= 0) {
        const QModelIndex item = index(offset + from, 0, parent);
        emit dataChanged(item, item);
        return;
    }
    if (mine != theirs) {
        resetAll();
        return;
    }
    refreshRows(parent);
}

void PlanOutlineModel::takeChildren(const Theme &theme)
{
    for (Part part : childParts()) {
        const QList<int> ids = planIds(part, theme.id);
        m_childIds[int(part)].insert(theme.id, ids);
        for (int id : ids)
            m_themeOf[int(part)].insert(id, theme.id);
    }
}

void PlanOutlineModel::onChanged(const PlanChange &change)
{
    if (change.part == Part::Everything || change.action == PlanChange::Action::Reset) {
        resetAll();
        return;
    }
    // The parts PlanNumbers reads: a change there may renumber any row
    // (for measures only their places count, not their text).
    const bool renumbers = change.part == Part::Info || change.part == Part::Section
        || change.part == Part::Theme
        || (change.part == Part::Measure && change.action != PlanChange::Action::Changed);
    if (change.part == Part::Info) {
        const QModelIndex info = index(0, 0);
        emit dataChanged(info, info);
    } else if (isChildPart(change.part)) {
        onChildChanged(change);
    } else if (groupParts().contains(change.part)) {
        const bool isTheme = change.part == Part::Theme;
        // A theme comes back with its children when its removal is undone.
        if (isTheme && change.action == PlanChange::Action::Inserted)
            if (const Theme *theme = m_document->plan().theme(change.id))
                takeChildren(*theme);
        syncList(groupIndex(change.part), 0, m_ids[int(change.part)], planIds(change.part, 0), change.action,
                 change.id);
        if (isTheme && change.action == PlanChange::Action::Removed)
            for (Part part : childParts())
                for (int id : m_childIds[int(part)].take(change.id))
                    m_themeOf[int(part)].remove(id);
    }
    if (renumbers && m_document)
        refreshNumbers();
}

void PlanOutlineModel::onChildChanged(const PlanChange &change)
{
    const Part part = change.part;
    QHash<int, int> &themeOfItem = m_themeOf[int(part)];
    QHash<int, QList<int>> &themes = m_childIds[int(part)];
    const int oldTheme = themeOfItem.value(change.id, change.themeId);
    if (change.action == PlanChange::Action::Moved && oldTheme != change.themeId) {
        // Make both lists exist before holding references into the hash.
        themes[oldTheme];
        themes[change.themeId];
        QList<int> &source = themes[oldTheme];
        QList<int> &target = themes[change.themeId];
        const QList<int> theirs = planIds(part, change.themeId);
        const int from = source.indexOf(change.id);
        const int to = theirs.indexOf(change.id);
        if (from >= 0 && to >= 0 && to <= target.size()) {
            const QModelIndex sourceParent = indexOf(Node::of<Theme>(oldTheme));
            const QModelIndex targetParent = indexOf(Node::of<Theme>(change.themeId));
            const int sourceRow = childOffset(oldTheme, part) + from;
            beginMoveRows(sourceParent, sourceRow, sourceRow, targetParent, childOffset(change.themeId, part) + to);
            source.removeAt(from);
            target.insert(to, change.id);
            themeOfItem.insert(change.id, change.themeId);
            endMoveRows();
            refreshRows(sourceParent);
            refreshRows(targetParent);
        }
        if (source != planIds(part, oldTheme) || target != theirs)
            resetAll();
        return;
    }
    const int themeId = change.action == PlanChange::Action::Removed ? oldTheme : change.themeId;
    if (change.action == PlanChange::Action::Inserted)
        themeOfItem.insert(change.id, themeId);
    const int offset = childOffset(themeId, part);
    syncList(indexOf(Node::of<Theme>(themeId)), offset, themes[themeId], planIds(part, themeId), change.action,
             change.id);
    if (change.action == PlanChange::Action::Removed)
        m_themeOf[int(part)].remove(change.id);
}
