#include "views/kpi/KpiActualsModel.h"

#include "models/PlanDocument.h"
#include "models/commands/ItemCommands.h"
#include "views/kpi/KpiFormat.h"

#include <algorithm>

KpiActualsModel::KpiActualsModel(QObject *parent) : QAbstractTableModel(parent) { }

void KpiActualsModel::setDocument(PlanDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document)
        connect(document, &PlanDocument::changed, this, &KpiActualsModel::planChanged);
    setKpi(0);
}

void KpiActualsModel::setKpi(int kpiId)
{
    beginResetModel();
    m_kpiId = kpiId;
    const Kpi *k = kpi();
    m_rows = k ? int(k->actuals.size()) : 0;
    endResetModel();
}

const Kpi *KpiActualsModel::kpi() const
{
    return m_document ? m_document->plan().kpi(m_kpiId) : nullptr;
}

void KpiActualsModel::planChanged(const PlanChange &change)
{
    if (change.part != PlanChange::Part::Everything
        && !(change.part == PlanChange::Part::Kpi && change.id == m_kpiId))
        return;
    const Kpi *k = kpi();
    if (k && k->actuals.size() == m_rows) {
        if (m_rows > 0)
            emit dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
    } else {
        setKpi(k ? m_kpiId : 0);
    }
}

QList<KpiActual> KpiActualsModel::sorted(QList<KpiActual> actuals)
{
    std::stable_sort(actuals.begin(), actuals.end(),
                     [](const KpiActual &a, const KpiActual &b) { return a.date < b.date; });
    return actuals;
}

void KpiActualsModel::push(const Kpi &after, const QString &text)
{
    const Kpi *k = kpi();
    m_document->undoStack()->push(new ReplaceItem<Kpi>(m_document, *k, after, text));
}

int KpiActualsModel::addActual(const KpiActual &actual)
{
    const Kpi *k = kpi();
    if (!k || m_document->isReadOnly())
        return -1;
    Kpi after = *k;
    after.actuals.append(actual);
    after.actuals = sorted(after.actuals);
    push(after, tr("Add KPI actual"));
    // The new one is the last of its date.
    int row = -1;
    for (int i = 0; i < after.actuals.size(); ++i)
        if (!(actual.date < after.actuals[i].date))
            row = i;
    return row;
}

void KpiActualsModel::removeActual(int row)
{
    const Kpi *k = kpi();
    if (!k || m_document->isReadOnly() || row < 0 || row >= k->actuals.size())
        return;
    Kpi after = *k;
    after.actuals.removeAt(row);
    push(after, tr("Remove KPI actual"));
}

int KpiActualsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int KpiActualsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KpiActualsModel::data(const QModelIndex &index, int role) const
{
    const Kpi *k = kpi();
    if (!k || !index.isValid() || index.row() >= k->actuals.size())
        return QVariant();
    const KpiActual &actual = k->actuals[index.row()];
    if (role == Qt::TextAlignmentRole && index.column() == ValueColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::CheckStateRole && index.column() == MonthOnlyColumn)
        return actual.date.monthOnly ? Qt::Checked : Qt::Unchecked;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return QVariant();
    switch (Column(index.column())) {
    case DateColumn:
        // Edited as text, so every form DateText reads can be typed.
        return KpiFormat::date(actual.date);
    case MonthOnlyColumn:
        return QVariant();
    case ValueColumn:
        if (role == Qt::EditRole)
            return actual.value ? QString::number(*actual.value, 'g', 12) : QString();
        return KpiFormat::value(actual.value, *k);
    case NoteColumn:
        return actual.note;
    case ColumnCount:
        break;
    }
    return QVariant();
}

bool KpiActualsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Kpi *k = kpi();
    const bool checking = role == Qt::CheckStateRole && index.column() == MonthOnlyColumn;
    if (!k || (role != Qt::EditRole && !checking) || m_document->isReadOnly() || index.row() >= k->actuals.size())
        return false;
    Kpi after = *k;
    KpiActual &actual = after.actuals[index.row()];
    switch (Column(index.column())) {
    case DateColumn: {
        // A date from the date editor keeps the row's precision; typed
        // text says its own (2025-03 is a month).
        std::optional<PlanDate> date;
        if (value.metaType().id() == QMetaType::QDate)
            date = PlanDate { value.toDate(), actual.date.monthOnly };
        else
            date = KpiFormat::parseDate(value.toString());
        if (!date || !date->isValid())
            return false;
        if (date->monthOnly)
            date->date = QDate(date->date.year(), date->date.month(), 1);
        actual.date = *date;
        break;
    }
    case MonthOnlyColumn: {
        if (!checking || !actual.date.isValid())
            return false;
        const bool monthOnly = value.toInt() == Qt::Checked;
        // Day 1 stands for the month; unchecked, the month's end is the
        // day the month-only date already counted from.
        actual.date = monthOnly ? PlanDate { QDate(actual.date.date.year(), actual.date.date.month(), 1), true }
                                : PlanDate { actual.date.latestDay(), false };
        break;
    }
    case ValueColumn: {
        // Empty: a note-only actual, for a qualitative KPI.
        if (value.toString().trimmed().isEmpty()) {
            actual.value.reset();
            break;
        }
        const std::optional<double> number = KpiFormat::parseValue(value.toString(), k->unit);
        if (!number)
            return false;
        actual.value = *number;
        break;
    }
    case NoteColumn:
        actual.note = value.toString();
        break;
    case ColumnCount:
        return false;
    }
    after.actuals = sorted(after.actuals);
    if (after == *k)
        return false;
    push(after, tr("Edit KPI actual"));
    return true;
}

Qt::ItemFlags KpiActualsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || !m_document || m_document->isReadOnly())
        return f;
    if (index.column() == MonthOnlyColumn)
        f |= Qt::ItemIsUserCheckable;
    else
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant KpiActualsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case DateColumn:
        return tr("Date");
    case MonthOnlyColumn:
        return tr("Month only");
    case ValueColumn:
        return tr("Value");
    case NoteColumn:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return QVariant();
}
