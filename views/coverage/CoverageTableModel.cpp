#include "views/coverage/CoverageTableModel.h"

#include <QFont>

namespace {

// The first two columns name the row (number and title, or department
// and phase); the others hold marks and counts.
const int labelColumns = 2;

} // namespace

CoverageTableModel::CoverageTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void CoverageTableModel::setSheet(const CoverageSheet &sheet)
{
    beginResetModel();
    m_sheet = sheet;
    endResetModel();
}

int CoverageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sheet.rows.size());
}

int CoverageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sheet.header.size());
}

QVariant CoverageTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_sheet.rows.size())
        return {};
    const QStringList &row = m_sheet.rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return row.value(index.column());
    case Qt::TextAlignmentRole:
        return index.column() < labelColumns ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignCenter);
    case Qt::FontRole:
        if (m_sheet.emphasised.value(index.row())) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant CoverageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return m_sheet.header.value(section);
}
