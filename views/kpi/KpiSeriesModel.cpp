#include "views/kpi/KpiSeriesModel.h"

#include "models/FiscalYear.h"

#include <algorithm>

KpiSeriesModel::KpiSeriesModel(Series series, QObject *parent)
    : QAbstractTableModel(parent), m_series(series)
{
}

double KpiSeriesModel::positionOf(const QDate &date)
{
    const int year = FiscalYear::ofDate(date);
    const QDate first = FiscalYear::firstDay(year);
    const double days = double(first.daysTo(FiscalYear::lastDay(year)) + 1);
    // The day's middle, so 31 March stays inside the year it closes.
    return year + (double(first.daysTo(date)) + 0.5) / days;
}

double KpiSeriesModel::positionOfYear(int fiscalYear)
{
    return fiscalYear + 0.5;
}

void KpiSeriesModel::setKpi(const Kpi &kpi)
{
    beginResetModel();
    m_points.clear();
    switch (m_series) {
    case Series::Targets: {
        QList<KpiTarget> targets = kpi.targets;
        std::stable_sort(targets.begin(), targets.end(),
                         [](const KpiTarget &a, const KpiTarget &b) { return a.year < b.year; });
        for (const KpiTarget &t : targets)
            if (t.value)
                m_points.append({ positionOfYear(t.year), *t.value });
        break;
    }
    case Series::Actuals: {
        QList<KpiActual> actuals;
        for (const KpiActual &a : kpi.actuals)
            if (a.date.isValid() && a.value)
                actuals.append(a);
        std::stable_sort(actuals.begin(), actuals.end(),
                         [](const KpiActual &a, const KpiActual &b) { return a.date < b.date; });
        for (const KpiActual &a : actuals)
            m_points.append({ positionOf(a.date.latestDay()), *a.value });
        break;
    }
    case Series::Baseline:
        if (kpi.baselineValue && kpi.baselineDate.isValid())
            m_points.append({ positionOf(kpi.baselineDate.latestDay()), *kpi.baselineValue });
        break;
    }
    endResetModel();
}

int KpiSeriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_points.size());
}

int KpiSeriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KpiSeriesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_points.size()
        || (role != Qt::DisplayRole && role != Qt::EditRole))
        return QVariant();
    const Point &p = m_points[index.row()];
    return index.column() == PositionColumn ? p.position : p.value;
}

QVariant KpiSeriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == PositionColumn ? tr("Fiscal year") : tr("Value");
}
