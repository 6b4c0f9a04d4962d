#include "views/kpi/KpiChartBuilder.h"

#include "models/KpiStatus.h"
#include "views/common/Palette.h"
#include "views/common/PrintedText.h"
#include "views/kpi/KpiFormat.h"
#include "views/kpi/KpiSeriesModel.h"

#include <QChart>
#include <QCategoryAxis>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QTextDocument>
#include <QTextLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

// Beyond this a chart's arithmetic (spans, margins, ticks) could overflow.
constexpr double maxDrawableMagnitude = 1e300;

const char *const xAxisName = "fiscalYearAxis";
const char *const yAxisName = "valueAxis";

KpiSeriesModel *modelOf(QChart *chart, KpiSeriesModel::Series series)
{
    const QList<KpiSeriesModel *> models = chart->findChildren<KpiSeriesModel *>();
    for (KpiSeriesModel *m : models)
        if (m->series() == series)
            return m;
    return nullptr;
}

template<typename S>
S *seriesNamed(QChart *chart, const QString &name)
{
    for (QAbstractSeries *s : chart->series())
        if (s->objectName() == name)
            return qobject_cast<S *>(s);
    return nullptr;
}

// Fills `series` from `model` in one replace(), now and at every reset
// (the model's only change): Qt's model mapper appends point by point, and
// a series lays itself out again after each one, quadratic in the points.
void map(QXYSeries *series, KpiSeriesModel *model)
{
    const auto fill = [series, model] {
        QList<QPointF> points;
        points.reserve(model->rowCount());
        for (int r = 0; r < model->rowCount(); ++r)
            points.append({ model->index(r, KpiSeriesModel::PositionColumn).data().toDouble(),
                            model->index(r, KpiSeriesModel::ValueColumn).data().toDouble() });
        series->replace(points);
    };
    QObject::connect(model, &QAbstractItemModel::modelReset, series, fill);
    fill();
}

QPen pen(const QColor &colour, qreal width, Qt::PenStyle style)
{
    QPen p(colour, width, style);
    p.setCapStyle(Qt::FlatCap);
    return p;
}

template<typename S>
S *addSeries(QChart *chart, const QString &name, const QString &legend)
{
    auto *series = new S(chart);
    series->setObjectName(name);
    series->setName(legend);
    chart->addSeries(series);
    return series;
}

QScatterSeries *addMarkers(QChart *chart, const QString &name, const QString &legend,
                           QScatterSeries::MarkerShape shape, const QColor &colour, qreal size)
{
    auto *series = addSeries<QScatterSeries>(chart, name, legend);
    series->setMarkerShape(shape);
    series->setMarkerSize(size);
    series->setColor(colour);
    series->setBorderColor(Qt::white);
    return series;
}

void showPointLabels(QXYSeries *series, const QColor &colour, bool visible)
{
    series->setPointLabelsVisible(visible);
    series->setPointLabelsFormat(QStringLiteral("@yPoint"));
    series->setPointLabelsFont(KpiFormat::font(11));
    series->setPointLabelsColor(colour.darker(130));
    series->setPointLabelsClipping(false);
}

QString printed(const Plan &plan, const char *source)
{
    return PrintedText::text(plan.info, "KpiChartBuilder", source);
}

// `text` broken into lines of at most `width` pixels of `font`, at word
// boundaries where there are any (Japanese breaks between characters).
QStringList wrapped(const QString &text, const QFont &font, qreal width)
{
    QStringList lines;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(qMax(width, 40.0));
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

QGraphicsTextItem *statementsItem(QChart *chart)
{
    for (QGraphicsItem *item : chart->childItems())
        if (auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item); text && text->objectName() == KpiChartBuilder::statementsName())
            return text;
    return nullptr;
}

void placeStatements(QChart *chart)
{
    if (QGraphicsTextItem *item = statementsItem(chart)) {
        item->setTextWidth(qMax(80.0, chart->plotArea().width() - 16));
        item->setPos(chart->plotArea().topLeft() + QPointF(8, 6));
    }
}

void setRanges(QChart *chart, const Plan &plan, const Kpi &kpi, const KpiChartBuilder::Options &options)
{
    int first = 0;
    int last = 0;
    KpiFormat::yearRange(kpi, plan.info.startYear, plan.info.endYear, &first, &last);
    auto *x = chart->findChild<QCategoryAxis *>(QLatin1String(xAxisName));
    for (const QString &label : x->categoriesLabels())
        x->remove(label);
    x->setStartValue(first);
    for (int year = first; year <= last; ++year)
        x->append(options.shortYearLabels ? FiscalYear::shortLabel(year, options.era)
                                          : FiscalYear::label(year, options.era),
                  year + 1);
    x->setRange(first, last + 1);

    // Ticks on round values within the KPI's natural limits; the axis
    // reaches a little beyond them so no marker is cut in half at the edge.
    const KpiChartBuilder::ValueAxis axis = KpiChartBuilder::valueAxis(kpi, 5);
    auto *y = chart->findChild<QValueAxis *>(QLatin1String(yAxisName));
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(axis.low);
    y->setTickInterval(axis.step);
    y->setRange(axis.low - axis.step * 0.15, axis.high + axis.step * 0.15);
    y->setLabelFormat(axis.whole ? QStringLiteral("%.0f") : QStringLiteral("%.%1g").arg(axis.precision));
    y->setTitleText(kpi.unit.isEmpty() ? QString() : QStringLiteral("(%1)").arg(kpi.unit));
    // A qualitative KPI has no figure: a 0..1 scale would only suggest one.
    const bool figures = !KpiFormat::figures(kpi).isEmpty();
    y->setLabelsVisible(figures);
    y->setGridLineVisible(figures);

    auto *level = seriesNamed<QLineSeries>(chart, KpiChartBuilder::baselineLineName());
    level->clear();
    if (kpi.baselineValue)
        level->append({ QPointF(first, *kpi.baselineValue), QPointF(last + 1, *kpi.baselineValue) });
}

} // namespace

QString KpiChartBuilder::targetSeriesName() { return QStringLiteral("targets"); }
QString KpiChartBuilder::targetPointsName() { return QStringLiteral("targetPoints"); }
QString KpiChartBuilder::actualSeriesName() { return QStringLiteral("actuals"); }
QString KpiChartBuilder::actualLineName() { return QStringLiteral("actualLine"); }
QString KpiChartBuilder::baselineSeriesName() { return QStringLiteral("baseline"); }
QString KpiChartBuilder::baselineLineName() { return QStringLiteral("baselineLine"); }
QString KpiChartBuilder::exceededSeriesName() { return QStringLiteral("exceededTargets"); }
QString KpiChartBuilder::statementsName() { return QStringLiteral("statements"); }
QString KpiChartBuilder::originalTargetsName() { return QStringLiteral("originalTargets"); }

void KpiChartBuilder::setTitle(QChart *chart, const QString &name, qreal width)
{
    QStringList lines = wrapped(name, chart->titleFont(), width);
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    chart->setTitle(lines.join(QStringLiteral("<br>")));
}

QStringList KpiChartBuilder::statementLines(const Plan &plan, const Kpi &kpi, const Options &options)
{
    QStringList lines;
    for (const KpiTarget &t : kpi.targets)
        if (!t.statement.trimmed().isEmpty())
            lines << printed(plan, QT_TRANSLATE_NOOP("KpiChartBuilder", "Target %1: %2"))
                         .arg(FiscalYear::label(t.year, options.era), t.statement.trimmed());
    const KpiStatus status(kpi, options.asOf);
    if (status.isQualitative())
        if (const std::optional<KpiActual> latest = status.latestRecord())
            lines << printed(plan, QT_TRANSLATE_NOOP("KpiChartBuilder", "Latest (%1): %2"))
                         .arg(latest->date.toString(), KpiFormat::actual(*latest, kpi));
    return lines;
}

QChart *KpiChartBuilder::build(const Plan &plan, const Kpi &kpi, const Options &options)
{
    auto *chart = new QChart;
    chart->setBackgroundRoundness(0);
    chart->setTitleFont(KpiFormat::font(17, true));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(KpiFormat::font(12));
    // Dashed line, square, diamond and circle in the legend too, not just colours.
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);

    auto *targets = new KpiSeriesModel(KpiSeriesModel::Series::Targets, chart);
    auto *actuals = new KpiSeriesModel(KpiSeriesModel::Series::Actuals, chart);
    auto *baseline = new KpiSeriesModel(KpiSeriesModel::Series::Baseline, chart);

    // Drawn first so the markers lie on top of the lines.
    auto *level = addSeries<QLineSeries>(chart, baselineLineName(), QString());
    level->setPen(pen(Palette::baselineColor(), 1.2, Qt::DotLine));
    auto *targetLine = addSeries<QLineSeries>(chart, targetSeriesName(), printed(plan, QT_TRANSLATE_NOOP("KpiChartBuilder", "Target")));
    targetLine->setPen(pen(Palette::targetColor(), 2.2, Qt::DashLine));
    map(targetLine, targets);
    auto *actualLine = addSeries<QLineSeries>(chart, actualLineName(), QString());
    actualLine->setPen(pen(Palette::actualColor(), 1.2, Qt::SolidLine));
    map(actualLine, actuals);

    // A revised target's value as first set, faint behind the target line.
    QColor faint = Palette::targetColor();
    faint.setAlpha(90);
    addMarkers(chart, originalTargetsName(), printed(plan, QT_TRANSLATE_NOOP("KpiChartBuilder", "Original target")),
               QScatterSeries::MarkerShapeRectangle, faint, 10);
    auto *targetPoints = addMarkers(chart, targetPointsName(), printed(plan, QT_TRANSLATE_NOOP("KpiChartBuilder", "Target")),
                                    QScatterSeries::MarkerShapeRectangle, Palette::targetColor(), 11);
    map(targetPoints, targets);
    showPointLabels(targetPoints, Palette::targetColor(), options.pointLabels);
    auto *baselinePoint = addMarkers(chart, baselineSeriesName(), printed(plan, QT_TRANSLATE_NOOP("KpiChartBuilder", "Baseline")),
                                     QScatterSeries::MarkerShapeRotatedRectangle, Palette::baselineColor(), 13);
    map(baselinePoint, baseline);
    auto *actualPoints = addMarkers(chart, actualSeriesName(), printed(plan, QT_TRANSLATE_NOOP("KpiChartBuilder", "Actual")),
                                    QScatterSeries::MarkerShapeCircle, Palette::actualColor(), 11);
    // Qt Charts (6.4) gives every scatter marker a graphics item of its own
    // and restyles all of them for each one added: quadratic, minutes for
    // 10,000 actuals. A KPI recorded that often draws its actuals as the
    // line's own points, unlabelled (labels would cover the chart anyway).
    const auto recorded = std::count_if(kpi.actuals.begin(), kpi.actuals.end(),
                                        [](const KpiActual &a) { return a.date.isValid() && a.value; });
    if (recorded > maxActualMarkers) {
        actualLine->setPointsVisible(true);
        actualLine->setMarkerSize(5);
    } else {
        map(actualPoints, actuals);
        showPointLabels(actualPoints, Palette::actualColor(), options.pointLabels);
    }
    // Drawn over the target squares they mark; filled by update().
    addMarkers(chart, exceededSeriesName(), printed(plan, QT_TRANSLATE_NOOP("KpiChartBuilder", "Target already met")),
               QScatterSeries::MarkerShapeTriangle, Palette::actualColor().darker(140), 12);

    auto *statements = new QGraphicsTextItem(chart);
    statements->setObjectName(statementsName());
    statements->setFont(KpiFormat::font(13));
    statements->setDefaultTextColor(Palette::targetColor().darker(130));
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [chart] { placeStatements(chart); });

    auto *x = new QCategoryAxis(chart);
    x->setObjectName(QLatin1String(xAxisName));
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    x->setLabelsFont(KpiFormat::font(12));
    x->setGridLinePen(pen(Palette::gridColor(), 1, Qt::SolidLine));
    auto *y = new QValueAxis(chart);
    y->setObjectName(QLatin1String(yAxisName));
    y->setLabelsFont(KpiFormat::font(12));
    y->setTitleFont(KpiFormat::font(12));
    y->setLabelFormat(QStringLiteral("%g"));
    y->setGridLinePen(pen(Palette::gridColor(), 1, Qt::SolidLine));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    // One legend entry per meaning: the target line stands for its markers.
    for (QAbstractSeries *s : { static_cast<QAbstractSeries *>(level), static_cast<QAbstractSeries *>(actualLine),
                                static_cast<QAbstractSeries *>(targetPoints) })
        for (QLegendMarker *marker : chart->legend()->markers(s))
            marker->setVisible(false);

    update(chart, plan, kpi, options);
    return chart;
}

void KpiChartBuilder::update(QChart *chart, const Plan &plan, const Kpi &given, const Options &options)
{
    const Kpi kpi = drawable(given);
    setTitle(chart, kpi.name, options.titleWidth);
    // Statements of the targets as given: drawable() drops the targets
    // that have no value.
    QGraphicsTextItem *statements = statementsItem(chart);
    statements->setPlainText(statementLines(plan, given, options).join(QLatin1Char('\n')));
    placeStatements(chart);
    QList<QPointF> exceeded;
    for (const KpiTarget &t : KpiStatus(kpi, options.asOf).exceededTargets())
        exceeded << QPointF(KpiSeriesModel::positionOfYear(t.year), *t.value);
    QList<QPointF> originals;
    for (const KpiTarget &t : kpi.targets)
        if (const std::optional<KpiTarget> first = given.originalTarget(t.year); first && first->value && isDrawable(*first->value) && *first->value != t.value)
            originals << QPointF(KpiSeriesModel::positionOfYear(t.year), *first->value);
    auto *originalSeries = seriesNamed<QScatterSeries>(chart, originalTargetsName());
    originalSeries->replace(originals);
    for (QLegendMarker *marker : chart->legend()->markers(originalSeries))
        marker->setVisible(!originals.isEmpty());
    auto *exceededSeries = seriesNamed<QScatterSeries>(chart, exceededSeriesName());
    exceededSeries->replace(exceeded);
    for (QLegendMarker *marker : chart->legend()->markers(exceededSeries))
        marker->setVisible(!exceeded.isEmpty());
    for (auto series : { KpiSeriesModel::Series::Targets, KpiSeriesModel::Series::Actuals,
                         KpiSeriesModel::Series::Baseline })
        modelOf(chart, series)->setKpi(kpi);
    setRanges(chart, plan, kpi, options);
}

void KpiChartBuilder::render(QChart *chart, QPainter *painter, const QRectF &target, const QSizeF &logicalSize)
{
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), logicalSize));
    if (chart->layout())
        chart->layout()->activate();
    placeStatements(chart);
    scene.setSceneRect(QRectF(QPointF(0, 0), logicalSize));
    scene.render(painter, target, QRectF(QPointF(0, 0), logicalSize), Qt::KeepAspectRatio);
    scene.removeItem(chart);
}

bool KpiChartBuilder::isDrawable(double value)
{
    return std::isfinite(value) && std::abs(value) <= maxDrawableMagnitude;
}

Kpi KpiChartBuilder::drawable(const Kpi &kpi)
{
    Kpi result = kpi;
    if (result.baselineValue && !isDrawable(*result.baselineValue))
        result.baselineValue.reset();
    result.targets.removeIf([](const KpiTarget &t) { return !t.value || !isDrawable(*t.value); });
    result.actuals.removeIf([](const KpiActual &a) { return !a.value || !isDrawable(*a.value); });
    return result;
}

KpiChartBuilder::ValueAxis KpiChartBuilder::valueAxis(const Kpi &given, int steps)
{
    steps = qBound(1, steps, 20);
    const Kpi kpi = drawable(given);
    const QList<double> values = KpiFormat::figures(kpi);
    const double dataLow = values.isEmpty() ? 0.0 : *std::min_element(values.begin(), values.end());
    const double dataHigh = values.isEmpty() ? 0.0 : *std::max_element(values.begin(), values.end());

    double low = 0;
    double high = 1;
    KpiFormat::valueRange(kpi, &low, &high);
    // Ticks must be distinct numbers: a span too small for the size of its
    // values (1e15 and 1e15 + 0.125, or 0.5 and 0.5 + 1e-12 with a wide
    // margin) is widened around them, keeping a zero floor.
    const double magnitude = std::max(std::abs(low), std::abs(high));
    const double minSpan = std::max(magnitude * 1e-9, 1e-200);
    if (!(high - low >= minSpan)) {
        const bool zeroFloor = low >= 0;
        const double middle = low / 2 + high / 2;
        low = middle - minSpan / 2;
        high = middle + minSpan / 2;
        if (zeroFloor && low < 0) {
            high -= low;
            low = 0;
        }
    }

    ValueAxis axis;
    axis.whole = KpiFormat::isCount(kpi);
    const double raw = (high - low) / steps;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    double step = power * 10;
    for (double nice : { 1.0, 2.0, 2.5, 5.0 })
        if (raw <= nice * power) {
            step = nice * power;
            break;
        }
    // A count has no ticks between whole numbers.
    if (axis.whole && step < 1)
        step = 1;
    // Tick i is i * step: no sum of steps drifting or standing still.
    double first = std::floor(low / step + 1e-9);
    double last = std::ceil(high / step - 1e-9);
    if (!values.isEmpty()) {
        if (first * step > dataLow)
            first -= 1;
        if (last * step < dataHigh)
            last += 1;
    }
    if (last <= first)
        last = first + 1;
    if (!std::isfinite(step) || step <= 0 || !std::isfinite(first * step) || !std::isfinite(last * step)
        || last - first > steps + 4)
        return axis; // cannot happen for drawable values; 0..1 rather than nothing
    axis.step = step;
    axis.ticks.clear();
    for (double i = first; i <= last; ++i)
        axis.ticks << (std::abs(i) < 0.5 ? 0.0 : i * step);
    axis.low = axis.ticks.first();
    axis.high = axis.ticks.last();
    // Enough digits to tell neighbouring ticks apart, at least %g's six.
    const double largest = std::max(std::abs(axis.low), std::abs(axis.high));
    const int needed = int(std::floor(std::log10(largest)) - std::floor(std::log10(step))) + 2;
    axis.precision = qBound(6, needed, 17);
    return axis;
}
