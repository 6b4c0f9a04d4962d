#include "views/kpi/KpiMeasureLinksModel.h"

#include "models/Numbering.h"
#include "models/PlanDocument.h"

#include <algorithm>

KpiMeasureLinksModel::KpiMeasureLinksModel(QObject *parent) : QAbstractListModel(parent) {}

void KpiMeasureLinksModel::reset(const PlanDocument *document, const QList<int> &linkedIds)
{
    beginResetModel();
    m_document = document;
    m_themeStarts.clear();
    if (document) {
        const Plan &plan = document->plan();
        m_themeStarts.reserve(plan.themes.size() + 1);
        int rows = 0;
        for (const Theme &theme : plan.themes) {
            m_themeStarts.append(rows);
            rows += int(theme.measures.size());
        }
        m_themeStarts.append(rows);
        m_editable = !document->isReadOnly();
    }
    m_linked = QSet<int>(linkedIds.cbegin(), linkedIds.cend());
    endResetModel();
}

void KpiMeasureLinksModel::clear()
{
    reset(nullptr, {});
}

void KpiMeasureLinksModel::setLinked(const QList<int> &linkedIds)
{
    m_linked = QSet<int>(linkedIds.cbegin(), linkedIds.cend());
    if (const int rows = rowCount(); rows > 0)
        emit dataChanged(index(0), index(rows - 1), { Qt::CheckStateRole });
}

int KpiMeasureLinksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_themeStarts.isEmpty() ? 0 : m_themeStarts.last();
}

std::pair<int, int> KpiMeasureLinksModel::measureAt(int row) const
{
    if (!m_document || row < 0 || row >= rowCount())
        return { -1, -1 };
    // The last start not after the row; themes without measures share
    // their start with the next theme, and upper_bound skips past them.
    const auto after = std::upper_bound(m_themeStarts.cbegin(), m_themeStarts.cend(), row);
    const int theme = int(after - m_themeStarts.cbegin()) - 1;
    const int index = row - m_themeStarts.at(theme);
    // The list is reset on every change of themes or measures; a view
    // asking in between gets nothing rather than another measure.
    const Plan &plan = m_document->plan();
    if (theme >= plan.themes.size() || index >= plan.themes.at(theme).measures.size())
        return { -1, -1 };
    return { theme, index };
}

QVariant KpiMeasureLinksModel::data(const QModelIndex &index, int role) const
{
    const auto [theme, at] = measureAt(index.row());
    if (theme < 0 || index.column() != 0)
        return QVariant();
    const Measure &measure = m_document->plan().themes.at(theme).measures.at(at);
    switch (role) {
    case Qt::DisplayRole:
        return (m_document->numbers().fullMeasure(measure.id) + QLatin1Char(' ') + measure.title).trimmed();
    case Qt::CheckStateRole:
        return m_linked.contains(measure.id) ? Qt::Checked : Qt::Unchecked;
    case MeasureIdRole:
        return measure.id;
    default:
        return QVariant();
    }
}

bool KpiMeasureLinksModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !m_editable)
        return false;
    const auto [theme, at] = measureAt(index.row());
    if (theme < 0)
        return false;
    emit linkToggled(m_document->plan().themes.at(theme).measures.at(at).id,
                     value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags KpiMeasureLinksModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return m_editable ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::ItemIsEnabled;
}
