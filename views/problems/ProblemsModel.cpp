#include "views/problems/ProblemsModel.h"

#include <QApplication>
#include <QStyle>

ProblemsModel::ProblemsModel(QObject *parent) : QAbstractTableModel(parent) { }

void ProblemsModel::setProblems(const QList<PlanChecker::Problem> &problems)
{
    beginResetModel();
    m_problems = problems;
    endResetModel();
}

const PlanChecker::Problem *ProblemsModel::problemFromIndex(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_problems.size())
        return nullptr;
    return &m_problems[index.row()];
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    const PlanChecker::Problem *problem = problemFromIndex(index);
    if (!problem)
        return {};
    const bool isError = problem->severity == PlanChecker::Problem::Severity::Error;
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Where ? problem->where : problem->message;
    case Qt::ToolTipRole:
        return QStringLiteral("%1: %2").arg(problem->where, problem->message);
    case Qt::DecorationRole:
        if (index.column() == Where)
            return QApplication::style()->standardIcon(isError ? QStyle::SP_MessageBoxCritical
                                                               : QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::AccessibleDescriptionRole:
        if (index.column() == Where)
            return isError ? tr("Error") : tr("Warning");
        return {};
    default:
        return {};
    }
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Where ? tr("Where") : tr("Problem");
}
