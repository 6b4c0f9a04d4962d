#include "views/kpi/KpiMiniChart.h"

#include "views/common/Palette.h"
#include "views/kpi/KpiChartBuilder.h"
#include "views/kpi/KpiFormat.h"
#include "views/kpi/KpiSeriesModel.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace {

// Maps fiscal-year positions and values into the plot rectangle.
struct Mapping
{
    QRectF plot;
    double firstYear;
    double yearSpan;
    double low;
    double high;

    QPointF at(double position, double value) const
    {
        const double fx = (position - firstYear) / yearSpan;
        const double fy = high > low ? (value - low) / (high - low) : 0.5;
        return QPointF(plot.left() + fx * plot.width(), plot.bottom() - fy * plot.height());
    }
};

// A tick's label: the figure as tiles and tables write it (12,000, 0.75)
// when that tells the ticks apart and stays short, else in as many
// significant digits as needed (1e+15, 0.50000000000025).
QString tickLabel(double value, const KpiChartBuilder::ValueAxis &axis)
{
    const double largest = qMax(qAbs(axis.low), qAbs(axis.high));
    if (axis.step >= 0.01 && largest < 1e12)
        return KpiFormat::number(value, axis.whole);
    return QLocale(QLocale::Japanese, QLocale::Japan).toString(value, 'g', axis.precision);
}

void paintGrid(QPainter *p, const Mapping &m, const KpiChartBuilder::ValueAxis &axis, const KpiMiniChart::Style &style)
{
    const QList<double> &ticks = axis.ticks;
    const QFont font = KpiFormat::font(style.fontSize);
    const QFontMetricsF fm(font);
    p->setFont(font);
    p->setPen(QPen(Palette::gridColor(), 0.8));
    for (double t : ticks) {
        const qreal y = m.at(m.firstYear, t).y();
        p->setPen(QPen(Palette::gridColor(), 0.8));
        p->drawLine(QPointF(m.plot.left(), y), QPointF(m.plot.right(), y));
        p->setPen(Qt::black);
        const QRectF label(m.plot.left() - 200, y - fm.height() / 2, 200 - style.fontSize * 0.35, fm.height());
        p->drawText(label, Qt::AlignRight | Qt::AlignVCenter, tickLabel(t, axis));
    }
    const int years = qMax(1, style.lastYear - style.firstYear + 1);
    const qreal yearWidth = m.plot.width() / years;
    qreal widest = 0;
    for (int year = style.firstYear; year < style.firstYear + years; ++year)
        widest = qMax(widest, fm.horizontalAdvance(FiscalYear::shortLabel(year, style.era)));
    // Every n-th year is labelled when the labels would otherwise touch.
    const int every = qMax(1, int(std::ceil((widest + style.fontSize * 0.4) / yearWidth)));
    for (int i = 0; i < years; ++i) {
        const qreal x = m.plot.left() + i * yearWidth;
        p->setPen(QPen(Palette::gridColor(), 0.8));
        if (i > 0)
            p->drawLine(QPointF(x, m.plot.top()), QPointF(x, m.plot.bottom()));
        if (i % every != 0)
            continue;
        p->setPen(Qt::black);
        const QRectF label(x + yearWidth / 2 - widest, m.plot.bottom() + 1, widest * 2, fm.height());
        p->drawText(label, Qt::AlignHCenter | Qt::AlignTop, FiscalYear::shortLabel(style.firstYear + i, style.era));
    }
    p->setPen(QPen(Palette::gridColor().darker(130), 0.8));
    p->setBrush(Qt::NoBrush);
    p->drawRect(m.plot);
}

} // namespace

void KpiMiniChart::paintTargetMarker(QPainter *p, const QPointF &c, qreal size)
{
    p->setPen(QPen(Qt::white, size * 0.12));
    p->setBrush(Palette::targetColor());
    p->drawRect(QRectF(c.x() - size / 2, c.y() - size / 2, size, size));
}

void KpiMiniChart::paintActualMarker(QPainter *p, const QPointF &c, qreal size)
{
    p->setPen(QPen(Qt::white, size * 0.12));
    p->setBrush(Palette::actualColor());
    p->drawEllipse(c, size / 2, size / 2);
}

void KpiMiniChart::paintBaselineMarker(QPainter *p, const QPointF &c, qreal size)
{
    const qreal r = size * 0.62;
    QPainterPath diamond;
    diamond.moveTo(c.x(), c.y() - r);
    diamond.lineTo(c.x() + r, c.y());
    diamond.lineTo(c.x(), c.y() + r);
    diamond.lineTo(c.x() - r, c.y());
    diamond.closeSubpath();
    p->setPen(QPen(Qt::white, size * 0.12));
    p->setBrush(Palette::baselineColor());
    p->drawPath(diamond);
}

void KpiMiniChart::paint(QPainter *p, const QRectF &rect, const Kpi &given, const Style &style)
{
    // Values no chart can place are left out; the rest always fit the axis.
    const Kpi kpi = KpiChartBuilder::drawable(given);
    const KpiChartBuilder::ValueAxis axis = KpiChartBuilder::valueAxis(kpi, 4);

    const QFontMetricsF fm(KpiFormat::font(style.fontSize));
    qreal labelWidth = 0;
    for (double t : axis.ticks)
        labelWidth = qMax(labelWidth, fm.horizontalAdvance(tickLabel(t, axis)));
    // The unit heads the value axis, as in the full chart: 364 alone could
    // be 件 or 人.
    const qreal unitHeight = kpi.unit.isEmpty() ? 0 : fm.height();
    const QRectF plot = rect.adjusted(labelWidth + style.fontSize * 0.6, style.fontSize * 0.6 + unitHeight,
                                      -style.fontSize * 0.6, -(fm.height() + 2));
    if (plot.width() <= 4 || plot.height() <= 4)
        return;
    const Mapping m { plot, double(style.firstYear), double(qMax(1, style.lastYear - style.firstYear + 1)), axis.low,
                      axis.high };

    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    paintGrid(p, m, axis, style);
    if (!kpi.unit.isEmpty()) {
        p->setFont(KpiFormat::font(style.fontSize));
        p->setPen(Qt::black);
        p->drawText(QRectF(rect.left(), rect.top(), plot.left() - rect.left() + plot.width() / 2, unitHeight),
                    Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("(%1)").arg(kpi.unit));
    }
    const qreal marker = style.fontSize * 0.75;

    if (kpi.baselineValue) {
        const qreal y = m.at(m.firstYear, *kpi.baselineValue).y();
        p->setPen(QPen(Palette::baselineColor(), 1, Qt::DotLine));
        p->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        if (kpi.baselineDate.isValid())
            paintBaselineMarker(p, m.at(KpiSeriesModel::positionOf(kpi.baselineDate.latestDay()), *kpi.baselineValue), marker * 1.1);
    }

    KpiSeriesModel targets(KpiSeriesModel::Series::Targets);
    targets.setKpi(kpi);
    KpiSeriesModel actuals(KpiSeriesModel::Series::Actuals);
    actuals.setKpi(kpi);
    auto pointsOf = [&m](const KpiSeriesModel &model) {
        QList<QPointF> points;
        for (int row = 0; row < model.rowCount(); ++row)
            points << m.at(model.index(row, KpiSeriesModel::PositionColumn).data().toDouble(),
                           model.index(row, KpiSeriesModel::ValueColumn).data().toDouble());
        return points;
    };
    const QList<QPointF> targetPoints = pointsOf(targets);
    const QList<QPointF> actualPoints = pointsOf(actuals);

    p->setBrush(Qt::NoBrush);
    p->setPen(QPen(Palette::targetColor(), 1.6, Qt::DashLine));
    p->drawPolyline(targetPoints.constData(), int(targetPoints.size()));
    p->setPen(QPen(Palette::actualColor(), 1));
    p->drawPolyline(actualPoints.constData(), int(actualPoints.size()));
    for (const QPointF &point : targetPoints)
        paintTargetMarker(p, point, marker);
    for (const QPointF &point : actualPoints)
        paintActualMarker(p, point, marker);
    p->restore();
}
