#include "views/kpi/KpiTableModel.h"

#include "models/Numbering.h"

#include "models/KpiStatus.h"
#include "models/PlanDocument.h"
#include "models/commands/ItemCommands.h"
#include "views/common/ViewSettings.h"
#include "views/common/Palette.h"
#include "views/kpi/KpiFormat.h"

KpiTableModel::KpiTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_asOf(QDate::currentDate())
{
    connect(ViewSettings::instance(), &ViewSettings::eraStyleChanged, this, [this] {
        if (!m_ids.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
}

void KpiTableModel::setDocument(PlanDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document)
        connect(document, &PlanDocument::changed, this, &KpiTableModel::planChanged);
    reload();
}

void KpiTableModel::setAsOf(const QDate &date)
{
    m_asOf = date;
    reload();
}

const KpiStatus &KpiTableModel::statusOf(const Kpi &kpi) const
{
    std::shared_ptr<const KpiStatus> &status = m_statuses[kpi.id];
    if (!status)
        status = std::make_shared<const KpiStatus>(kpi, m_asOf);
    return *status;
}

void KpiTableModel::reload()
{
    m_statuses.clear();
    beginResetModel();
    m_ids.clear();
    if (m_document)
        for (const Kpi &kpi : m_document->plan().kpis)
            m_ids << kpi.id;
    m_numbers = m_document ? m_document->numbers() : PlanNumbers();
    endResetModel();
}

void KpiTableModel::planChanged(const PlanChange &change)
{
    m_statuses.clear();
    using Part = PlanChange::Part;
    using Action = PlanChange::Action;
    if (change.part == Part::Kpi && change.action == Action::Changed) {
        const int row = int(m_ids.indexOf(change.id));
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else if (change.part == Part::Kpi && change.action == Action::Inserted && !m_ids.contains(change.id)) {
        const int row = qBound(0, m_document->indexOf<Kpi>(change.id), int(m_ids.size()));
        beginInsertRows(QModelIndex(), row, row);
        m_ids.insert(row, change.id);
        endInsertRows();
    } else if (change.part == Part::Kpi && change.action == Action::Removed) {
        const int row = int(m_ids.indexOf(change.id));
        if (row >= 0) {
            beginRemoveRows(QModelIndex(), row, row);
            m_ids.removeAt(row);
            endRemoveRows();
        }
    } else if (change.part == Part::Kpi || change.part == Part::Everything) {
        reload();
    } else if (change.part == Part::Theme || change.part == Part::Section || change.part == Part::Info) {
        // Numbers are worked out once per change that can alter them, not
        // per cell: a plan may have thousands of themes and measures.
        m_numbers = m_document->numbers();
        if (!m_ids.isEmpty())
            emit dataChanged(index(0, ThemeColumn), index(rowCount() - 1, ThemeColumn));
    }
}

int KpiTableModel::kpiFromIndex(const QModelIndex &index) const
{
    return index.isValid() && index.row() < m_ids.size() ? m_ids[index.row()] : 0;
}

QModelIndex KpiTableModel::indexFromKpi(int kpiId, int column) const
{
    const int row = int(m_ids.indexOf(kpiId));
    return row < 0 ? QModelIndex() : index(row, column);
}

int KpiTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int KpiTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KpiTableModel::data(const QModelIndex &index, int role) const
{
    const Kpi *kpi = m_document ? m_document->plan().kpi(kpiFromIndex(index)) : nullptr;
    if (!kpi)
        return QVariant();
    const KpiStatus &status = statusOf(*kpi);
    if (role == Qt::DecorationRole && index.column() == StatusColumn)
        return Palette::statusColor(int(status.status()));
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return kpi->description.isEmpty() ? QVariant() : kpi->description;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return QVariant();
    switch (Column(index.column())) {
    case NameColumn:
        return kpi->name;
    case UnitColumn:
        return kpi->unit;
    case DirectionColumn:
        return KpiFormat::directionText(kpi->direction);
    case BaselineColumn:
        if (!kpi->baselineValue)
            return QString();
        return kpi->baselineDate.isValid()
            ? tr("%1 (%2)").arg(KpiFormat::value(*kpi->baselineValue, *kpi), KpiFormat::date(kpi->baselineDate))
            : KpiFormat::value(*kpi->baselineValue, *kpi);
    case LatestColumn:
        if (const std::optional<KpiActual> latest = status.isQualitative() ? status.latestRecord() : status.latestActual())
            return tr("%1 (%2)").arg(KpiFormat::actual(*latest, *kpi), KpiFormat::date(latest->date));
        return QString();
    case StatusColumn:
        return KpiFormat::statusText(status.status());
    case ThemeColumn:
        if (const Theme *theme = m_document->plan().theme(kpi->themeId))
            return (m_numbers.fullTheme(theme->id) + QLatin1Char(' ') + theme->title).trimmed();
        return QString();
    case AttentionColumn:
        return attention(status);
    case ColumnCount:
        break;
    }
    return QVariant();
}

QString KpiTableModel::attention(const KpiStatus &status) const
{
    QStringList notes;
    const QList<KpiTarget> exceeded = status.exceededTargets();
    if (!exceeded.isEmpty()) {
        QStringList years;
        for (const KpiTarget &t : exceeded)
            years << FiscalYear::shortLabel(t.year, ViewSettings::instance()->eraStyle());
        notes << tr("Target already met for %1").arg(years.join(QStringLiteral(", ")));
    }
    if (status.isStale())
        notes << tr("Latest actual over a year old");
    return notes.join(QStringLiteral("; "));
}

bool KpiTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Kpi *kpi = m_document ? m_document->plan().kpi(kpiFromIndex(index)) : nullptr;
    if (!kpi || role != Qt::EditRole || m_document->isReadOnly())
        return false;
    Kpi after = *kpi;
    const QString text = value.toString();
    if (index.column() == NameColumn) {
        if (text.trimmed().isEmpty())
            return false;
        after.name = text;
    } else if (index.column() == UnitColumn) {
        after.unit = text;
    } else {
        return false;
    }
    if (after == *kpi)
        return false;
    m_document->undoStack()->push(new ReplaceItem<Kpi>(m_document, *kpi, after, tr("Edit KPI"), index.column()));
    return true;
}

Qt::ItemFlags KpiTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_document && !m_document->isReadOnly()
        && (index.column() == NameColumn || index.column() == UnitColumn))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant KpiTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case UnitColumn:
        return tr("Unit");
    case DirectionColumn:
        return tr("Direction");
    case BaselineColumn:
        return tr("Baseline");
    case LatestColumn:
        return tr("Latest");
    case StatusColumn:
        return tr("Status");
    case ThemeColumn:
        return tr("Theme");
    case AttentionColumn:
        return tr("Attention");
    case ColumnCount:
        break;
    }
    return QVariant();
}
