#pragma once

#include "views/coverage/CoverageSheet.h"

#include <QAbstractTableModel>

// One coverage sheet as a read-only table for a QTableView: its header,
// its cells, emphasised rows in bold, marks and counts centred.
class CoverageTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit CoverageTableModel(QObject *parent = nullptr);

    void setSheet(const CoverageSheet &sheet);
    const CoverageSheet &sheet() const { return m_sheet; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    CoverageSheet m_sheet;
};
