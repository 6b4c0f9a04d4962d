#pragma once

#include "models/PlanDiff.h"

#include <QAbstractItemModel>
#include <QSet>
#include <optional>

// The differences between two plans as a tree: one row per kind of item
// (the plan, sections, themes, measures, KPIs, ...) in the order of
// ItemKinds.h, under it one row per difference. Filters by kind of change
// and by kind of item; a kind with nothing left to show has no row.
class ComparisonModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Change, Item, Title, Field, Before, After, ColumnCount };

    explicit ComparisonModel(QObject *parent = nullptr);

    void setDifferences(const QList<PlanDifference> &differences);
    const QList<PlanDifference> &differences() const { return m_differences; }

    void setChangeShown(PlanDifference::Change change, bool shown);
    bool isChangeShown(PlanDifference::Change change) const { return !m_hiddenChanges.contains(int(change)); }
    // Only the differences of items of kind `part`; all kinds when empty.
    void setPartShown(std::optional<PlanChange::Part> part);
    // The kinds of item the differences concern, in the order of the tree.
    QList<PlanChange::Part> parts() const;

    int shownCount() const;
    int totalCount() const { return int(m_differences.size()); }

    // The difference of a row; nullptr for a kind's row.
    const PlanDifference *differenceFromIndex(const QModelIndex &index) const;
    // The row of differences()[position], invalid when filtered out.
    QModelIndex indexFromDifference(int position, int column = Change) const;

    // Added, Removed, Changed, Moved.
    static QString changeText(PlanDifference::Change change);
    // Plan, Measure, KPI, ... and the plural for a kind's row.
    static QString itemText(PlanChange::Part part);
    static QString groupText(PlanChange::Part part);
    // The field as the editors label it: title → Title, targets.2026 →
    // Target 令和8年度.
    static QString fieldText(PlanChange::Part part, const QString &field);

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        PlanChange::Part part;
        QList<int> positions; // in m_differences
    };
    void regroup();
    QVariant differenceData(const PlanDifference &d, int column, int role) const;

    QList<PlanDifference> m_differences;
    QList<Group> m_groups;
    QSet<int> m_hiddenChanges; // PlanDifference::Change values
    std::optional<PlanChange::Part> m_part;
};
