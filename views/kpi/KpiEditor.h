#pragma once

#include <QDate>
#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
QT_END_NAMESPACE
class KpiDetailsEditor;
class KpiTableModel;
class PlanDocument;

// The KPI editing side of the dashboard tab: the table of KPIs with Add,
// Remove, Move up and Move down, and the selected KPI's details below.
// Every action is one command on the document's undo stack.
class KpiEditor : public QWidget
{
    Q_OBJECT

public:
    explicit KpiEditor(QWidget *parent = nullptr);

    void setDocument(PlanDocument *document);
    void setAsOf(const QDate &date);
    int currentKpi() const;
    void setCurrentKpi(int kpiId);

    void addKpi();
    void removeKpi();
    void moveKpi(int offset);

signals:
    void currentKpiChanged(int kpiId);

private:
    void selectionChanged();
    void updateActions();

    QPointer<PlanDocument> m_document;
    KpiTableModel *m_model;
    QTableView *m_table;
    KpiDetailsEditor *m_details;
    QStackedWidget *m_detailsStack = nullptr;
    QLabel *m_noKpi = nullptr;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    int m_current = 0;
};
