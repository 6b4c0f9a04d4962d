#pragma once

#include "models/FiscalYear.h"
#include "models/Kpi.h"

#include <QRectF>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

// A small chart of one KPI painted straight onto a QPainter: the same
// series, colours, dashes and marker shapes as KpiChartBuilder's chart,
// without a QChart per tile, so a dashboard of hundreds of KPIs paints
// quickly on screen, on paper and into PDF, SVG and PNG alike.
class KpiMiniChart
{
public:
    struct Style
    {
        FiscalYear::EraStyle era = FiscalYear::EraStyle::Both;
        qreal fontSize = 10; // pixels of the painter's logical space
        int firstYear = 0;   // the fiscal years on the x axis
        int lastYear = 0;
    };

    // Paints axes, grid, baseline, targets and actuals inside `rect`.
    static void paint(QPainter *painter, const QRectF &rect, const Kpi &kpi, const Style &style);

    // The marker shapes shared with the legend of the dashboard.
    static void paintTargetMarker(QPainter *painter, const QPointF &centre, qreal size);
    static void paintActualMarker(QPainter *painter, const QPointF &centre, qreal size);
    static void paintBaselineMarker(QPainter *painter, const QPointF &centre, qreal size);
};
