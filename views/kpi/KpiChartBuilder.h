#pragma once

#include "models/FiscalYear.h"
#include "models/Plan.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
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
// fiscal year in the era style; the y axis is titled with the unit. Targets
// the latest actual already meets get a triangle over their square; the
// statements of qualitative targets (改善, 全庁導入) are written in the
// plot area. The title wraps, never cut, and the words are in the plan's
// language (PrintedText).
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
        QDate asOf = QDate::currentDate(); // for the targets already met
        qreal titleWidth = 940; // logical pixels the title wraps within
    };

    // Above this many actuals they are drawn as points of the actual line,
    // not as separate markers (see build()).
    static constexpr int maxActualMarkers = 300;

    // Object names of the series, for finding them in a built chart.
    static QString targetSeriesName();
    static QString targetPointsName();
    static QString actualSeriesName();
    static QString actualLineName();
    static QString baselineSeriesName();
    static QString baselineLineName();
    static QString exceededSeriesName();
    // Object name of the text item holding the target statements.
    static QString statementsName();
    // The faint squares of targets as first set, before a revision.
    static QString originalTargetsName();

    // The KPI name as the chart's title, wrapped into lines of `width`
    // logical pixels of the title font.
    static void setTitle(QChart *chart, const QString &name, qreal width);
    // The statements written in the plot area: each target statement with
    // its year, and for a qualitative KPI its latest record.
    static QStringList statementLines(const Plan &plan, const Kpi &kpi, const Options &options);

    // A new chart for `kpi`; the caller owns it.
    static QChart *build(const Plan &plan, const Kpi &kpi, const Options &options);
    // Refills a chart made by build() after the KPI or the plan changed.
    static void update(QChart *chart, const Plan &plan, const Kpi &kpi, const Options &options);

    // Lays the chart out at `logicalSize` and paints it into `target` of
    // any painter (image, SVG, PDF, printer), scaled to fit.
    static void render(QChart *chart, QPainter *painter, const QRectF &target, const QSizeF &logicalSize);

    // Whether a chart can place `value`: finite and within +-1e300 (a plan
    // holds at most +-1e15, PlanLimits; anything else is left out, never
    // drawn at a made-up place).
    static bool isDrawable(double value);
    // `kpi` without the targets, actuals and baseline no chart can place.
    static Kpi drawable(const Kpi &kpi);

    // The value axis of a KPI's chart, shared by the Qt Charts chart and the
    // dashboard's mini chart: round ticks (1, 2, 2.5 or 5 times a power of
    // ten) from `low` to `high`, covering every drawable value with a
    // margin within the KPI's natural limits (KpiFormat::valueRange). Ticks
    // are distinct and at most steps + 3 whatever the values: all equal, a
    // single one, -1e15..1e15, or 1e-12 apart.
    struct ValueAxis
    {
        double low = 0;
        double high = 1;
        double step = 0.25;
        QList<double> ticks { 0, 0.25, 0.5, 0.75, 1 };
        int precision = 6; // significant digits that tell the ticks apart
        bool whole = false; // a count (KpiFormat::isCount): whole ticks, no decimals
    };
    static ValueAxis valueAxis(const Kpi &kpi, int steps);
};
