#pragma once

#include "views/common/DocumentView.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QPrinter;
class QStackedWidget;
QT_END_NAMESPACE
class KpiChartPane;
class KpiDashboardWidget;
class KpiEditor;

// The KPI tab of the main window: on the left the KPI table and the
// selected KPI's editors, on the right the dashboard of every KPI, or, once
// a tile is clicked, that KPI's chart. Prints and exports what the right
// side shows: the dashboard or the open chart.
class KpiDashboardView : public QWidget, public DocumentView
{
    Q_OBJECT

public:
    explicit KpiDashboardView(QWidget *parent = nullptr);

    void setDocument(PlanDocument *document) override;
    bool canPrint() const override;
    void print() override;
    bool canExport() const override;
    void exportFile() override;

    // Opens a KPI's chart and selects it in the table.
    void showKpi(int kpiId);
    void showDashboard();
    // The KPI whose chart is open, 0 while the dashboard shows.
    int shownKpi() const;
    // Exports what is shown to a .png, .svg or .pdf file without asking.
    bool exportTo(const QString &path, QString *error);
    // The day statuses are judged on; today unless a test says otherwise.
    void setAsOf(const QDate &date);

    KpiEditor *editor() const { return m_editor; }
    KpiDashboardWidget *dashboard() const { return m_dashboard; }
    KpiChartPane *chartPane() const { return m_chartPane; }

private:
    void printOn(QPrinter *printer);
    void eraStyleChanged();

    QPointer<PlanDocument> m_document;
    QDate m_asOf;
    KpiEditor *m_editor;
    KpiDashboardWidget *m_dashboard;
    KpiChartPane *m_chartPane;
    QStackedWidget *m_stack;
};
