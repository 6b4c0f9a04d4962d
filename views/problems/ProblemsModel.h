#pragma once

#include "models/PlanChecker.h"

#include <QAbstractTableModel>
#include <QList>

// The problems PlanChecker found, as a table: where each one is and what
// is wrong, the severity as the first column's icon.
class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Where, Message, ColumnCount };

    explicit ProblemsModel(QObject *parent = nullptr);

    void setProblems(const QList<PlanChecker::Problem> &problems);
    const QList<PlanChecker::Problem> &problems() const { return m_problems; }
    // The problem of a row, or nullptr for an invalid index.
    const PlanChecker::Problem *problemFromIndex(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PlanChecker::Problem> m_problems;
};
