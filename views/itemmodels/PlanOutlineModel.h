#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QHash>
#include <QPointer>

#include "models/PlanChange.h"
#include "models/PlanDocument.h"

// The plan's structure as a tree for the outline dock: the plan itself,
// then one group per kind of item (principles, roles, themes with their
// measures, KPIs, departments, glossary, systems, revisions). The model
// mirrors the plan's ids so it can announce each change precisely; the
// values always come from the document. Reordering (drag and drop, or
// moveBy() for the keyboard) pushes undo commands; the model follows the
// document's change signal like every other view.
class PlanOutlineModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Kind { None, Info, Group, Principle, Role, Theme, Measure, Kpi, Department, Glossary, System, Revision };
    // The number shown before an item (①, 2.), derived from its position;
    // kept out of the display text so that moving a neighbour does not
    // change an item's own data.
    enum DataRole { NumberRole = Qt::UserRole + 1 };
    enum Group { Principles, Roles, Themes, Kpis, Departments, Glossary, Systems, Revisions, GroupCount };
    struct Node
    {
        Kind kind = Kind::None;
        int id = 0; // the item's id, or the Group for group rows
        bool operator==(const Node &o) const { return kind == o.kind && id == o.id; }
    };

    explicit PlanOutlineModel(QObject *parent = nullptr);

    void setDocument(PlanDocument *document);
    PlanDocument *document() const { return m_document; }

    Node nodeAt(const QModelIndex &index) const;
    QModelIndex indexOf(const Node &node) const;
    QModelIndex groupIndex(Group group) const;
    static Kind itemKindOf(Group group);

    // Moves the item one place up (-1) or down (+1) among its siblings,
    // through an undo command; a measure at the end of its theme moves on
    // into the neighbouring theme. False when it cannot move that way.
    bool canMoveBy(const QModelIndex &index, int delta) const;
    bool moveBy(const QModelIndex &index, int delta);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

private:
    // The id of the theme before (delta < 0) or after a measure's theme, or 0.
    int neighbourTheme(int measureId, int delta) const;
    void rebuild();
    void onChanged(const PlanChange &change);
    void onMeasureChanged(const PlanChange &change);
    void syncList(const QModelIndex &parent, QList<int> &mine, const QList<int> &theirs,
                  PlanChange::Action action, int id);
    void renumber(const QModelIndex &parent, int count);
    QList<int> planIds(Group group) const;
    QList<int> planMeasureIds(int themeId) const;
    QModelIndex createNodeIndex(int row, Kind kind, int id) const;
    QString itemText(const Node &node) const;
    QString numberText(const Node &node, int row) const;
    // Where a dragged node would land: its new position among its siblings
    // (and, for measures, its theme). False when it cannot land there.
    bool dropTarget(const Node &node, int row, const QModelIndex &parent, int *themeId, int *index) const;
    bool moveTo(const Node &node, int themeId, int index);

    QPointer<PlanDocument> m_document;
    QList<int> m_ids[GroupCount];
    QHash<int, QList<int>> m_measureIds; // theme id -> its measure ids
    QHash<int, int> m_themeOfMeasure;
};
