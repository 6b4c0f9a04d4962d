#pragma once

#include "views/common/DocumentView.h"
#include "views/coverage/CoverageSheet.h"

#include <QPointer>
#include <QWidget>

class CoverageTableModel;
class PlanDocument;
class QLabel;
class QPrinter;
class QTableView;
class QTimer;
class QVBoxLayout;
struct PlanChange;

// The Coverage tab: principles × themes and measures above, departments ×
// fiscal years below, kept current as the plan changes. File > Print and
// File > Export (CSV, HTML, PDF) write both through CoverageReport.
class CoverageView : public QWidget, public DocumentView
{
    Q_OBJECT

public:
    explicit CoverageView(QWidget *parent = nullptr);

    void setDocument(PlanDocument *document) override;
    bool canPrint() const override;
    void print() override;
    bool canExport() const override;
    void exportFile() override;

    // Both sheets, current: principles, then departments.
    QList<CoverageSheet> sheets();
    // Builds the sheets now instead of after the short wait.
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Soon when shown; else marked stale and built when next shown or
    // asked for (a large plan's sheets take a while, and the tab is
    // mostly hidden).
    void scheduleRefresh();
    void printOn(QPrinter *printer);
    QTableView *addTable(QVBoxLayout *layout, CoverageTableModel *model, QLabel **notes, const QString &name);

    QPointer<PlanDocument> m_document;
    CoverageTableModel *m_principles;
    CoverageTableModel *m_departments;
    QLabel *m_principleNotes = nullptr;
    QLabel *m_departmentNotes = nullptr;
    QTimer *m_timer;
    bool m_stale = false;
};
