#pragma once

#include "models/Kpi.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QPointer>
#include <memory>

class KpiStatus;
class PlanDocument;
struct PlanChange;

// One KPI's years side by side: a column per fiscal year of the plan
// period (widened to any target outside it), a row of target values and a
// row of target statements (改善, 全庁導入), which the planner types in, and
// a row of the actual that counts for each year (the latest in it, its note
// when it has no value), read-only. A year's target may have a value, a
// statement or both; clearing both removes it. Every edit is a
// ReplaceItem<Kpi> on the undo stack.
class KpiYearGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Row { TargetRow, StatementRow, ActualRow, RowCount };

    explicit KpiYearGridModel(QObject *parent = nullptr);

    void setDocument(PlanDocument *document);
    void setKpi(int kpiId);
    int kpiId() const { return m_kpiId; }
    int yearOfColumn(int column) const { return m_firstYear + column; }
    int columnOfYear(int year) const { return year - m_firstYear; }

    // The KPI with `year`'s target value or statement set, keeping the
    // other; the target is removed when it is left with neither. Targets
    // stay sorted by year.
    static Kpi withTarget(const Kpi &kpi, int year, std::optional<double> value);
    static Kpi withStatement(const Kpi &kpi, int year, const QString &statement);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void planChanged(const PlanChange &change);
    void reload();
    const Kpi *kpi() const;
    static Kpi withTargetOf(const Kpi &kpi, const KpiTarget &target);

    // The KPI's status, worked out once per change: it sorts every actual,
    // too much to do again for every cell painted (10,000 actuals).
    const KpiStatus &statusOf(const Kpi &kpi) const;
    mutable std::shared_ptr<const KpiStatus> m_status;

    QPointer<PlanDocument> m_document;
    int m_kpiId = 0;
    int m_firstYear = 0;
    int m_lastYear = -1;
};
