#pragma once

#include "models/FiscalYear.h"
#include "models/Plan.h"

#include <QCoreApplication>
#include <QRectF>
#include <QSizeF>

QT_BEGIN_NAMESPACE
class QChart;
class QPainter;
QT_END_NAMESPACE

// The Qt Charts chart of one KPI over fiscal years: its targets as a dashed
// line with square markers, its actuals as round points joined by a thin
// line, its baseline as a diamond on a dotted level line. Each series gets
// its own colour (Palette) and its own shape or dash, so grey-scale prints
// and colour-blind readers still tell them apart. The x axis labels each
// fiscal year in the era style; the y axis is titled with the unit.
//
// The series are fed by KpiSeriesModel through QVXYModelMapper; the models
// are children of the chart and update() refills them. QChart is a
// graphics widget: it needs a QApplication.
class KpiChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(KpiChartBuilder)

public:
    struct Options
    {
        FiscalYear::EraStyle era = FiscalYear::EraStyle::Both;
        bool pointLabels = true; // values printed next to actuals and targets
        bool shortYearLabels = false; // R6(2024) instead of 令和6(2024)年度, for narrow charts
    };

    // Object names of the series, for finding them in a built chart.
    static QString targetSeriesName();
    static QString targetPointsName();
    static QString actualSeriesName();
    static QString actualLineName();
    static QString baselineSeriesName();
    static QString baselineLineName();

    // A new chart for `kpi`; the caller owns it.
    static QChart *build(const Plan &plan, const Kpi &kpi, const Options &options);
    // Refills a chart made by build() after the KPI or the plan changed.
    static void update(QChart *chart, const Plan &plan, const Kpi &kpi, const Options &options);

    // Lays the chart out at `logicalSize` and paints it into `target` of
    // any painter (image, SVG, PDF, printer), scaled to fit.
    static void render(QChart *chart, QPainter *painter, const QRectF &target, const QSizeF &logicalSize);
};
