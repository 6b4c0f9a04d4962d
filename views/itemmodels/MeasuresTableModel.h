#pragma once

#include "models/PlanChange.h"
#include "models/Numbering.h"
#include "models/PlanDocument.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

// Every measure of the plan in one flat table, in plan order (theme by
// theme). Title and status can be edited in place: setData()
// pushes an undo command and the table follows the document's change
// signal like every other view, so outline, table and editors agree.
class MeasuresTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ThemeColumn, NumberColumn, TitleColumn, AudienceColumn, DepartmentsColumn,
                  PrinciplesColumn, StatusColumn, ScheduleColumn, ColumnCount };
    enum Role { MeasureIdRole = Qt::UserRole + 1, SortRole };

    explicit MeasuresTableModel(QObject *parent = nullptr);

    void setDocument(PlanDocument *document);
    PlanDocument *document() const { return m_document; }

    // Typed lookups both ways; nullptr / invalid when unknown.
    const Measure *measureAt(int row) const;
    int measureIdAt(int row) const;
    QModelIndex indexOfMeasure(int measureId, int column = TitleColumn) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void onChanged(const PlanChange &change);
    void resetFromPlan();
    void locate();
    QList<int> planOrder() const;
    void columnChanged(Column column);
    QVariant displayData(const Measure &m, int column) const;

    QPointer<PlanDocument> m_document;
    QList<int> m_rows; // measure ids in plan order
    // Measure id -> (theme index, measure index) in the plan, and -> row.
    QHash<int, QPair<int, int>> m_location;
    QHash<int, int> m_rowOf;
    PlanNumbers m_numbers;
};
