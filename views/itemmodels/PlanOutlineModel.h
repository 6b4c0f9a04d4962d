#pragma once

#include "models/Numbering.h"
#include "models/PlanChange.h"
#include "models/PlanDocument.h"
#include "views/itemmodels/OutlineNode.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QPointer>

// The plan's structure as a tree for the outline dock: the plan itself,
// then one group per kind of item that lives in the plan's own lists
// (audiences, sections, principles, ... revisions), each theme holding the
// kinds that live in a theme (its directions, then its measures). Groups
// and children come from ItemKinds.h, so a new kind shows up by itself.
// The model mirrors the plan's ids so it can announce each change
// precisely; the values always come from the document, the numbers from
// PlanNumbers. Reordering (drag and drop, or moveBy() for the keyboard)
// pushes undo commands; the model follows the document's change signal
// like every other view.
class PlanOutlineModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    using Node = OutlineNode;
    // The number shown before an item ("重点的に取り組む事項6", "(1)", "①",
    // "▷"), kept out of the display text so that renumbering does not
    // change an item's own data.
    enum DataRole { NumberRole = Qt::UserRole + 1 };

    explicit PlanOutlineModel(QObject *parent = nullptr);

    void setDocument(PlanDocument *document);
    PlanDocument *document() const { return m_document; }

    // The kinds with a group row, and the kinds listed under a theme, in
    // ItemKinds.h's order.
    static const QList<PlanChange::Part> &groupParts();
    static const QList<PlanChange::Part> &childParts();
    static bool isChildPart(PlanChange::Part part) { return childParts().contains(part); }

    Node nodeAt(const QModelIndex &index) const;
    QModelIndex indexOf(const Node &node) const;
    QModelIndex groupIndex(PlanChange::Part part) const;
    // The row whose children are the items of `part`: its group, or for
    // the kinds that live in a theme, the theme `themeId`.
    QModelIndex listIndex(PlanChange::Part part, int themeId = 0) const;
    // The theme an item of a child kind is in (0 for other nodes).
    int themeOf(const Node &node) const;

    // Moves the item one place up (-1) or down (+1) among the items of its
    // kind, through an undo command; a measure at the end of its theme
    // moves on into the neighbouring theme. False when it cannot move.
    bool canMoveBy(const QModelIndex &index, int delta) const;
    bool moveBy(const QModelIndex &index, int delta);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Renaming in place (F2): the edit role is the item's title, and
    // setting it is one undo step.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

private:
    // The ids of a kind as the model shows them, and as the plan has them
    // (for child kinds: in theme `themeId`).
    QList<int> &shownIds(PlanChange::Part part, int themeId);
    const QList<int> &shownIds(PlanChange::Part part, int themeId) const;
    QList<int> planIds(PlanChange::Part part, int themeId) const;
    // The first row of a child kind's items under a theme.
    int childOffset(int themeId, PlanChange::Part part) const;
    void rebuild();
    void resetAll();
    void takeChildren(const Theme &theme);
    void onChanged(const PlanChange &change);
    void onChildChanged(const PlanChange &change);
    void syncList(const QModelIndex &parent, int offset, QList<int> &mine, const QList<int> &theirs,
                  PlanChange::Action action, int id);
    void refreshRows(const QModelIndex &parent);
    void refreshNumbers();
    QModelIndex createNodeIndex(int row, const Node &node) const;
    QString itemText(const Node &node) const;
    QString numberText(const Node &node, int row) const;
    QString titleOf(const Node &node) const;
    bool canRename(const Node &node) const;
    // The theme before (delta < 0) or after an item's theme, or 0.
    int neighbourTheme(const Node &node, int delta) const;
    // Where a dragged node would land: its theme (child kinds) and its new
    // position among the items of its kind. False when it cannot land there.
    bool dropTarget(const Node &node, int row, const QModelIndex &parent, int *themeId, int *index) const;
    bool moveTo(const Node &node, int themeId, int index);

    QPointer<PlanDocument> m_document;
    PlanNumbers m_numbers;
    QHash<int, QList<int>> m_ids;                 // plan-level part -> ids
    QHash<int, QHash<int, QList<int>>> m_childIds; // child part -> theme id -> ids
    QHash<int, QHash<int, int>> m_themeOf;         // child part -> id -> theme id
};
