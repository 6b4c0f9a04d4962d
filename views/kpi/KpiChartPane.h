#pragma once

#include "models/FiscalYear.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QLabel;
QT_END_NAMESPACE
class PlanDocument;
struct Kpi;

// One KPI opened from the dashboard: its Qt Charts chart, a sentence on its
// status (with its statements when qualitative), a warning for each later
// target the latest actual already meets, suggesting to raise it, and one
// when the latest actual is more than a year old.
class KpiChartPane : public QWidget
{
    Q_OBJECT

public:
    explicit KpiChartPane(QWidget *parent = nullptr);

    void setDocument(PlanDocument *document);
    void setKpi(int kpiId);
    int kpiId() const { return m_kpiId; }
    void setAsOf(const QDate &date);
    void setEraStyle(FiscalYear::EraStyle style);

    // The sentences shown under the chart, for a KPI on a day.
    static QString statusSentence(const Kpi &kpi, const QDate &asOf, FiscalYear::EraStyle era);
    static QStringList warnings(const Kpi &kpi, const QDate &asOf, FiscalYear::EraStyle era);

signals:
    void backRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    // Rebuilds the chart now when shown, else on the next show.
    void refreshWhenShown();
    // Full year labels need about this many pixels per fiscal year.
    bool wantsShortLabels() const;
    qreal titleWidth() const;

    QPointer<PlanDocument> m_document;
    int m_kpiId = 0;
    bool m_stale = false;
    QDate m_asOf;
    FiscalYear::EraStyle m_era = FiscalYear::EraStyle::Both;
    QChartView *m_chartView;
    QChart *m_chart = nullptr;
    bool m_shortLabels = false;
    QLabel *m_status;
    QLabel *m_warning;
};
