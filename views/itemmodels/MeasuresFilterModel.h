#pragma once

#include <QSortFilterProxyModel>

class MeasuresTableModel;

// Filters and sorts the measures table: by theme, department, principle,
// audience, status and free text (title, overview, effect). Each filter is
// off at its default value; all that are on must match.
class MeasuresFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit MeasuresFilterModel(QObject *parent = nullptr);

    void setMeasuresModel(MeasuresTableModel *model);
    MeasuresTableModel *measuresModel() const { return m_measures; }

    void setThemeId(int themeId);           // 0 = every theme
    void setDepartmentId(int departmentId); // 0 = every department
    void setPrincipleId(int principleId);   // 0 = every principle
    void setAudience(int audience);         // an audience id, 0 or less = any
    void setStatus(int status);             // -1 = any, else int(MeasureStatus)
    void setText(const QString &text);
    void clearFilters();

    int themeId() const { return m_themeId; }
    int departmentId() const { return m_departmentId; }
    int principleId() const { return m_principleId; }
    int audience() const { return m_audience; }
    int status() const { return m_status; }
    QString text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    MeasuresTableModel *m_measures = nullptr;
    int m_themeId = 0;
    int m_departmentId = 0;
    int m_principleId = 0;
    int m_audience = -1;
    int m_status = -1;
    QString m_text;
};
