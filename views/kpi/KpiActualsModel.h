#pragma once

#include "models/Kpi.h"

#include <QAbstractTableModel>
#include <QPointer>

class PlanDocument;
struct PlanChange;

// One KPI's dated actuals as an editable list: date, "month only", value,
// note, in date order. A month-only date (令和7年3月末) is shown and kept as
// 2025-03 without a day; the date cell also takes typed text (2025-03,
// 令和7年3月). A value may be left empty for a note-only actual of a
// qualitative KPI. Edits, additions and removals push ReplaceItem<Kpi>; the
// list keeps the KPI's actuals sorted by date, so an edited date may move
// its row.
class KpiActualsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, MonthOnlyColumn, ValueColumn, NoteColumn, ColumnCount };

    explicit KpiActualsModel(QObject *parent = nullptr);

    void setDocument(PlanDocument *document);
    void setKpi(int kpiId);
    int kpiId() const { return m_kpiId; }

    // Records an actual; returns its row.
    int addActual(const KpiActual &actual);
    void removeActual(int row);

    // The KPI's actuals sorted by date (equal dates keep their order).
    static QList<KpiActual> sorted(QList<KpiActual> actuals);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void planChanged(const PlanChange &change);
    void push(const Kpi &after, const QString &text);
    const Kpi *kpi() const;

    QPointer<PlanDocument> m_document;
    int m_kpiId = 0;
    int m_rows = 0;
};
