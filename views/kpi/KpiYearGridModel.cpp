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

const KpiStatus &KpiYearGridModel::statusOf(const Kpi &kpi) const
{
    if (!m_status)
        m_status = std::make_shared<const KpiStatus>(kpi, QDate());
    return *m_status;
}

void KpiYearGridModel::reload()
{
    m_status.reset();
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
    m_status.reset();
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

Kpi KpiYearGridModel::withTargetOf(const Kpi &kpi, const KpiTarget &target)
{
    Kpi after = kpi;
    after.targets.removeIf([&target](const KpiTarget &t) { return t.year == target.year; });
    if (target.value || !target.statement.trimmed().isEmpty())
        after.targets.append(target);
    std::stable_sort(after.targets.begin(), after.targets.end(),
                     [](const KpiTarget &a, const KpiTarget &b) { return a.year < b.year; });
    return after;
}

Kpi KpiYearGridModel::withTarget(const Kpi &kpi, int year, std::optional<double> value)
{
    KpiTarget target { year, value, QString() };
    for (const KpiTarget &t : kpi.targets)
        if (t.year == year)
            target.statement = t.statement;
    return withTargetOf(kpi, target);
}

Kpi KpiYearGridModel::withStatement(const Kpi &kpi, int year, const QString &statement)
{
    KpiTarget target { year, std::nullopt, statement.trimmed() };
    for (const KpiTarget &t : kpi.targets)
        if (t.year == year)
            target.value = t.value;
    return withTargetOf(kpi, target);
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
    if (role == Qt::TextAlignmentRole)
        return int((index.row() == StatementRow ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    std::optional<KpiTarget> target;
    for (const KpiTarget &t : k->targets)
        if (t.year == year)
            target = t;
    if (index.row() == TargetRow) {
        const std::optional<double> value = target ? target->value : std::nullopt;
        if (role == Qt::EditRole)
            return value ? QString::number(*value, 'g', 12) : QString();
        if (role == Qt::DisplayRole)
            return KpiFormat::value(value, *k);
    } else if (index.row() == StatementRow) {
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return target ? target->statement : QString();
    } else if (index.row() == ActualRow) {
        // The figure that counts, else the year's note (a qualitative KPI).
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return QVariant();
        const KpiStatus &status = statusOf(*k);
        std::optional<KpiActual> actual = status.actualOfYear(year);
        if (!actual)
            actual = status.recordOfYear(year);
        if (role == Qt::DisplayRole)
            return actual ? KpiFormat::actual(*actual, *k) : QString();
        if (role == Qt::ToolTipRole && actual)
            return tr("Latest actual of the year, dated %1").arg(KpiFormat::date(actual->date));
    }
    return QVariant();
}

bool KpiYearGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Kpi *k = kpi();
    if (!k || role != Qt::EditRole || index.row() == ActualRow || m_document->isReadOnly())
        return false;
    Kpi after;
    if (index.row() == StatementRow) {
        after = withStatement(*k, yearOfColumn(index.column()), value.toString());
    } else {
        std::optional<double> target;
        if (!value.toString().trimmed().isEmpty()) {
            target = KpiFormat::parseValue(value.toString(), k->unit);
            if (!target)
                return false;
        }
        after = withTarget(*k, yearOfColumn(index.column()), target);
    }
    if (after == *k)
        return false;
    m_document->undoStack()->push(new ReplaceItem<Kpi>(m_document, *k, after, tr("Change KPI target")));
    return true;
}

Qt::ItemFlags KpiYearGridModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.row() != ActualRow && m_document && !m_document->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant KpiYearGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return FiscalYear::label(yearOfColumn(section), ViewSettings::instance()->eraStyle());
    switch (Row(section)) {
    case TargetRow:
        return tr("Target");
    case StatementRow:
        return tr("Target statement");
    case ActualRow:
    case RowCount:
        break;
    }
    return tr("Actual");
}
