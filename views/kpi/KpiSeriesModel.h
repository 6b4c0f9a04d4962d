#pragma once

#include "models/Kpi.h"

#include <QAbstractTableModel>

// One chart series of a KPI as a table, for QVXYModelMapper: a row per
// point, the x position in fiscal-year units and the value. Read-only; the
// chart follows setKpi() through the model's reset.
//
// Positions: fiscal year N spans [N, N + 1) on the x axis, so an actual
// dated 2025-03-31 sits at the right end of FY2024 and a year's target in
// the middle of its year (N + 0.5).
class KpiSeriesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Series {
        Targets,  // one row per fiscal-year target, by year
        Actuals,  // one row per dated actual, by date
        Baseline, // one row when the baseline has a value and a date
    };
    enum Column { PositionColumn, ValueColumn, ColumnCount };

    explicit KpiSeriesModel(Series series, QObject *parent = nullptr);

    Series series() const { return m_series; }
    void setKpi(const Kpi &kpi);

    // The x position of a day: its fiscal year plus the elapsed fraction.
    static double positionOf(const QDate &date);
    // The x position of a fiscal year's middle.
    static double positionOfYear(int fiscalYear);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Point
    {
        double position;
        double value;
    };
    Series m_series;
    QList<Point> m_points;
};
