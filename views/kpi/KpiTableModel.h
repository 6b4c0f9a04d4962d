#pragma once

#include "models/Numbering.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QPointer>
#include <memory>

class KpiStatus;
class PlanDocument;
struct PlanChange;

// The plan's KPIs as a table: name, unit, direction, baseline, latest
// actual (a qualitative KPI's latest note), status, theme, and what needs
// attention: the later targets the latest actual already meets and an
// actual more than a year old. Name and unit are edited in place; setData()
// pushes a ReplaceItem<Kpi> (typing in one cell merges into one command)
// and the table follows PlanDocument::changed like every other view.
class KpiTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        UnitColumn,
        DirectionColumn,
        BaselineColumn,
        LatestColumn,
        StatusColumn,
        ThemeColumn,
        AttentionColumn, // later targets already met, an actual more than a year old
        ColumnCount
    };

    explicit KpiTableModel(QObject *parent = nullptr);

    void setDocument(PlanDocument *document);
    // The day the status and latest actual are judged on (today by default).
    void setAsOf(const QDate &date);

    int kpiFromIndex(const QModelIndex &index) const;
    QModelIndex indexFromKpi(int kpiId, int column = NameColumn) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void planChanged(const PlanChange &change);
    void reload();
    QString attention(const KpiStatus &status) const;
    // Each KPI's status, worked out once per change of the plan: it sorts
    // every actual, too much to do again for every cell painted.
    const KpiStatus &statusOf(const Kpi &kpi) const;
    mutable QHash<int, std::shared_ptr<const KpiStatus>> m_statuses;

    QPointer<PlanDocument> m_document;
    QList<int> m_ids; // row order, mirrors plan().kpis
    PlanNumbers m_numbers;
    QDate m_asOf;
};
