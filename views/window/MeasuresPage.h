#pragma once

#include "models/PlanChange.h"

#include <QPointer>
#include <QWidget>

class MeasuresFilterModel;
class MeasuresTableModel;
class PlanDocument;
class QComboBox;
class QLineEdit;
class QTableView;

// The first central tab: every measure in a sortable table with a filter
// bar (theme, department, principle, audience, status, free text). Title,
// audience and status can be edited in place.
class MeasuresPage : public QWidget
{
    Q_OBJECT

public:
    explicit MeasuresPage(QWidget *parent = nullptr);

    void setDocument(PlanDocument *document);
    MeasuresTableModel *tableModel() const { return m_model; }
    MeasuresFilterModel *filterModel() const { return m_filter; }
    QTableView *tableView() const { return m_table; }
    // Selects the row of a measure, when the filters show it.
    void selectMeasure(int measureId);

signals:
    void measureSelected(int measureId);

private:
    void onChanged(const PlanChange &change);
    void fillChoices();
    void applyFilters();
    QComboBox *addFilter(const QString &name, const QString &label, int row, int column);

    QPointer<PlanDocument> m_document;
    MeasuresTableModel *m_model;
    MeasuresFilterModel *m_filter;
    QTableView *m_table;
    QComboBox *m_theme;
    QComboBox *m_department;
    QComboBox *m_principle;
    QComboBox *m_audience;
    QComboBox *m_status;
    QLineEdit *m_text;
    bool m_filling = false;
};
