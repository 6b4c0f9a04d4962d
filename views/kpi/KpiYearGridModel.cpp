#include "views/kpi/KpiYearGridModel.h"

#include "models/KpiStatus.h"
#include "models/PlanDocument.h"
#include "models/commands/ItemCommands.h"
#include "views/common/ViewSettings.h"
#include "views/kpi/KpiFormat.h"

#include <algorithm>

KpiYearGridModel::KpiYearGridModel(QObject *parent) : QAbstractTableModel(parent)
{
    connect(ViewSettings::instance(), &ViewSettings::eraStyleChanged, this, [this] {
        if (columnCount() > 0)
            emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    });
}

void KpiYearGridModel::setDocument(PlanDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_kpiId = 0;
    if (document)
        connect(document, &PlanDocument::changed, this, &KpiYearGridModel::planChanged);
    reload();
}

void KpiYearGridModel::setKpi(int kpiId)
{
    m_kpiId = kpiId;
    reload();
}

const Kpi *KpiYearGridModel::kpi() const
{
    return m_document ? m_document->plan().kpi(m_kpiId) : nullptr;
}

void KpiYearGridModel::reload()
{
    beginResetModel();
    m_firstYear = 0;
    m_lastYear = -1;
    if (const Kpi *k = kpi()) {
        const PlanInfo &info = m_document->plan().info;
        KpiFormat::yearRange(*k, info.startYear, info.endYear, &m_firstYear, &m_lastYear);
    }
    endResetModel();
}

void KpiYearGridModel::planChanged(const PlanChange &change)
{
    if (change.part == PlanChange::Part::Everything || change.part == PlanChange::Part::Info
        || (change.part == PlanChange::Part::Kpi && change.id == m_kpiId)) {
        int first = 0;
        int last = -1;
        if (const Kpi *k = kpi()) {
            const PlanInfo &info = m_document->plan().info;
            KpiFormat::yearRange(*k, info.startYear, info.endYear, &first, &last);
        }
        // Same years: refresh the cells in place so an open editor survives.
        if (first == m_firstYear && last == m_lastYear && kpi())
            emit dataChanged(index(0, 0), index(RowCount - 1, columnCount() - 1));
        else
            reload();
    }
}

Kpi KpiYearGridModel::withTarget(const Kpi &kpi, int year, std::optional<double> value)
{
    Kpi after = kpi;
    after.targets.erase(std::remove_if(after.targets.begin(), after.targets.end(),
                                       [year](const KpiTarget &t) { return t.year == year; }),
                        after.targets.end());
    if (value)
        after.targets.append({ year, *value });
    std::stable_sort(after.targets.begin(), after.targets.end(),
                     [](const KpiTarget &a, const KpiTarget &b) { return a.year < b.year; });
    return after;
}

int KpiYearGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !kpi() ? 0 : RowCount;
}

int KpiYearGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !kpi() ? 0 : m_lastYear - m_firstYear + 1;
}

QVariant KpiYearGridModel::data(const QModelIndex &index, int role) const
{
    const Kpi *k = kpi();
    if (!k || !index.isValid())
        return QVariant();
    const int year = yearOfColumn(index.column());
    const KpiStatus status(*k, QDate());
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (index.row() == TargetRow) {
        const std::optional<double> target = status.targetOf(year);
        if (role == Qt::EditRole)
            return target ? QString::number(*target, 'g', 12) : QString();
        if (role == Qt::DisplayRole)
            return target ? KpiFormat::value(*target, k->unit) : QString();
    } else if (index.row() == ActualRow) {
        const std::optional<KpiActual> actual = status.actualOfYear(year);
        if (role == Qt::DisplayRole)
            return actual ? KpiFormat::value(actual->value, k->unit) : QString();
        if (role == Qt::ToolTipRole && actual)
            return tr("Latest actual of the year, dated %1").arg(KpiFormat::date(actual->date));
    }
    return QVariant();
}

bool KpiYearGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Kpi *k = kpi();
    if (!k || role != Qt::EditRole || index.row() != TargetRow || m_document->isReadOnly())
        return false;
    std::optional<double> target;
    if (!value.toString().trimmed().isEmpty()) {
        target = KpiFormat::parseValue(value.toString(), k->unit);
        if (!target)
            return false;
    }
    const Kpi after = withTarget(*k, yearOfColumn(index.column()), target);
    if (after == *k)
        return false;
    m_document->undoStack()->push(new ReplaceItem<Kpi>(m_document, *k, after, tr("Change KPI target")));
    return true;
}

Qt::ItemFlags KpiYearGridModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.row() == TargetRow && m_document && !m_document->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant KpiYearGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return FiscalYear::label(yearOfColumn(section), ViewSettings::instance()->eraStyle());
    return section == TargetRow ? tr("Target") : tr("Actual");
}
