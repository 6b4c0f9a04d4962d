#include "views/itemmodels/MeasuresFilterModel.h"

#include "views/itemmodels/MeasuresTableModel.h"

MeasuresFilterModel::MeasuresFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(MeasuresTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void MeasuresFilterModel::setMeasuresModel(MeasuresTableModel *model)
{
    m_measures = model;
    setSourceModel(model);
}

void MeasuresFilterModel::setThemeId(int themeId)
{
    if (themeId == m_themeId)
        return;
    m_themeId = themeId;
    invalidateFilter();
}

void MeasuresFilterModel::setDepartmentId(int departmentId)
{
    if (departmentId == m_departmentId)
        return;
    m_departmentId = departmentId;
    invalidateFilter();
}

void MeasuresFilterModel::setPrincipleId(int principleId)
{
    if (principleId == m_principleId)
        return;
    m_principleId = principleId;
    invalidateFilter();
}

void MeasuresFilterModel::setAudience(int audience)
{
    if (audience == m_audience)
        return;
    m_audience = audience;
    invalidateFilter();
}

void MeasuresFilterModel::setStatus(int status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateFilter();
}

void MeasuresFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void MeasuresFilterModel::clearFilters()
{
    m_themeId = m_departmentId = m_principleId = 0;
    m_audience = m_status = -1;
    m_text.clear();
    invalidateFilter();
}

bool MeasuresFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const Measure *m = m_measures ? m_measures->measureAt(sourceRow) : nullptr;
    if (!m)
        return false;
    if (m_themeId && m->themeId != m_themeId)
        return false;
    if (m_departmentId && !m->allDepartments && !m->departmentIds.contains(m_departmentId))
        return false;
    if (m_principleId && !m->principleIds.contains(m_principleId))
        return false;
    if (m_audience > 0 && !m->audienceIds.contains(m_audience))
        return false;
    if (m_status >= 0 && int(m->status) != m_status)
        return false;
    if (!m_text.isEmpty()) {
        return m->title.contains(m_text, Qt::CaseInsensitive)
            || m->overview.contains(m_text, Qt::CaseInsensitive)
            || m->effect.contains(m_text, Qt::CaseInsensitive);
    }
    return true;
}
