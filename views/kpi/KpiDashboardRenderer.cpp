#include "views/kpi/KpiDashboardRenderer.h"

#include "models/KpiStatus.h"
#include "views/common/Palette.h"
#include "views/common/PrintedText.h"
#include "views/kpi/KpiChartBuilder.h"
#include "views/kpi/KpiFormat.h"
#include "views/kpi/KpiMiniChart.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace {

// Tiles are laid out in this design size and scaled to their rectangle,
// so a tile looks the same on screen, on A4 and in a small PNG.
const qreal tileWidth = 320;
const qreal tileHeight = 210;
// Smallest tiles a printed page holds (A4 landscape: 4 x 3).
const qreal minPrintedWidth = 250;
const qreal minPrintedHeight = 185;
const qreal margin = 16;
const qreal headerHeight = 54;
const qreal footerHeight = 20;

// Draws `text` and returns its width.
qreal drawText(QPainter *p, const QPointF &baseline, const QString &text, const QFont &font, const QColor &colour)
{
    p->setFont(font);
    p->setPen(colour);
    p->drawText(baseline, text);
    return QFontMetricsF(font).horizontalAdvance(text);
}

} // namespace

QString KpiDashboardRenderer::printed(const char *source) const
{
    return PrintedText::text(m_plan.info, "KpiDashboardRenderer", source);
}

KpiDashboardRenderer::KpiDashboardRenderer(const Plan &plan)
    : m_plan(plan), m_asOf(QDate::currentDate())
{
}

void KpiDashboardRenderer::setKpiIds(const QList<int> &ids)
{
    m_ids = ids;
    m_allKpis = false;
}

QList<int> KpiDashboardRenderer::kpiIds() const
{
    QList<int> ids;
    for (const Kpi *kpi : kpis())
        ids << kpi->id;
    return ids;
}

QList<const Kpi *> KpiDashboardRenderer::kpis() const
{
    QList<const Kpi *> list;
    if (m_allKpis) {
        for (const Kpi &kpi : m_plan.kpis)
            list << &kpi;
        return list;
    }
    for (int id : m_ids)
        if (const Kpi *kpi = m_plan.kpi(id))
            list << kpi;
    return list;
}

KpiDashboardRenderer::Grid KpiDashboardRenderer::fitGrid(int count, const QSizeF &area)
{
    Grid best;
    qreal bestScale = -1;
    for (int columns = 1; columns <= qMax(1, count); ++columns) {
        const int rows = qMax(1, (count + columns - 1) / columns);
        const qreal scale = qMin(area.width() / columns / tileWidth, area.height() / rows / tileHeight);
        if (scale > bestScale + 1e-9) {
            bestScale = scale;
            best = { columns, rows };
        }
    }
    return best;
}

KpiDashboardRenderer::Grid KpiDashboardRenderer::pageGrid(const QSizeF &area)
{
    return { qMax(1, int(area.width() / minPrintedWidth)), qMax(1, int(area.height() / minPrintedHeight)) };
}

QSizeF KpiDashboardRenderer::tileDesignSize()
{
    return QSizeF(tileWidth, tileHeight);
}

QList<QRectF> KpiDashboardRenderer::tileRects(const QRectF &area, const Grid &grid, int count, qreal maxScale)
{
    QList<QRectF> rects;
    qreal w = area.width() / grid.columns;
    qreal h = area.height() / grid.rows;
    if (maxScale > 0) {
        w = qMin(w, tileWidth * maxScale);
        h = qMin(h, tileHeight * maxScale);
    }
    for (int i = 0; i < count && i < grid.perPage(); ++i)
        rects << QRectF(area.left() + (i % grid.columns) * w, area.top() + (i / grid.columns) * h, w, h);
    return rects;
}

QRectF KpiDashboardRenderer::bodyRect(const QRectF &page, bool paged)
{
    return page.adjusted(margin, headerHeight, -margin, -(paged ? footerHeight : margin));
}

int KpiDashboardRenderer::pageCount(const QSizeF &pageSize) const
{
    const int perPage = pageGrid(bodyRect(QRectF(QPointF(), pageSize), true).size()).perPage();
    return qMax(1, int((kpis().size() + perPage - 1) / perPage));
}

void KpiDashboardRenderer::paintPage(QPainter *painter, const QRectF &page, int pageIndex) const
{
    const QRectF body = bodyRect(page, true);
    const Grid grid = pageGrid(body.size());
    const int first = pageIndex * grid.perPage();
    paintHeader(painter, page);
    paintTiles(painter, tileRects(body, grid, int(kpis().size()) - first), first, 0);
    const QString number = printed(QT_TRANSLATE_NOOP("KpiDashboardRenderer", "Page %1 of %2")).arg(pageIndex + 1).arg(pageCount(page.size()));
    painter->setFont(KpiFormat::font(10));
    painter->setPen(Qt::darkGray);
    painter->drawText(QRectF(page.left(), page.bottom() - footerHeight, page.width() - margin, footerHeight),
                      Qt::AlignRight | Qt::AlignVCenter, number);
}

void KpiDashboardRenderer::paintAll(QPainter *painter, const QRectF &rect) const
{
    const QRectF body = bodyRect(rect, false);
    const int count = int(kpis().size());
    paintHeader(painter, rect);
    paintTiles(painter, tileRects(body, fitGrid(count, body.size()), count, 1.8), 0, 0);
}

void KpiDashboardRenderer::paintTiles(QPainter *painter, const QList<QRectF> &rects, int firstIndex,
                                      int highlightedId) const
{
    const QList<const Kpi *> list = kpis();
    if (list.isEmpty()) {
        painter->setFont(KpiFormat::font(14));
        painter->setPen(Qt::darkGray);
        painter->drawText(rects.isEmpty() ? painter->window() : rects.first(), Qt::AlignCenter,
                          printed(QT_TRANSLATE_NOOP("KpiDashboardRenderer", "This plan has no KPIs yet.")));
        return;
    }
    for (int i = 0; i < rects.size() && firstIndex + i < list.size(); ++i) {
        const Kpi *kpi = list[firstIndex + i];
        paintTile(painter, rects[i], *kpi, kpi->id == highlightedId);
    }
}

void KpiDashboardRenderer::paintHeader(QPainter *painter, const QRectF &page) const
{
    const qreal left = page.left() + margin;
    QString title = m_plan.info.title;
    if (!m_plan.info.organisation.isEmpty() && !title.startsWith(m_plan.info.organisation))
        title.prepend(m_plan.info.organisation + QLatin1Char(' '));
    qreal x = left + drawText(painter, QPointF(left, page.top() + 24), title, KpiFormat::font(17, true), Qt::black);
    drawText(painter, QPointF(x + 12, page.top() + 24), printed(QT_TRANSLATE_NOOP("KpiDashboardRenderer", "KPI dashboard")), KpiFormat::font(14), Qt::darkGray);
    const QString asOf = printed(QT_TRANSLATE_NOOP("KpiDashboardRenderer", "As of %1")).arg(m_asOf.toString(Qt::ISODate));
    painter->setFont(KpiFormat::font(12));
    painter->drawText(QRectF(page.left(), page.top() + 8, page.width() - margin, 22), Qt::AlignRight | Qt::AlignVCenter, asOf);

    // The legend: series symbols, then the status colours with their words.
    const qreal y = page.top() + 43;
    const QFont font = KpiFormat::font(11);
    painter->setRenderHint(QPainter::Antialiasing);
    x = left;
    painter->setPen(QPen(Palette::targetColor(), 1.6, Qt::DashLine));
    painter->drawLine(QPointF(x, y - 4), QPointF(x + 22, y - 4));
    KpiMiniChart::paintTargetMarker(painter, QPointF(x + 11, y - 4), 7);
    x += 26 + drawText(painter, QPointF(x + 26, y), printed(QT_TRANSLATE_NOOP("KpiDashboardRenderer", "Target")), font, Qt::black) + 16;
    KpiMiniChart::paintActualMarker(painter, QPointF(x + 5, y - 4), 8);
    x += 14 + drawText(painter, QPointF(x + 14, y), printed(QT_TRANSLATE_NOOP("KpiDashboardRenderer", "Actual")), font, Qt::black) + 16;
    KpiMiniChart::paintBaselineMarker(painter, QPointF(x + 5, y - 4), 8);
    x += 14 + drawText(painter, QPointF(x + 14, y), printed(QT_TRANSLATE_NOOP("KpiDashboardRenderer", "Baseline")), font, Qt::black) + 28;
    for (const KpiStatus::Status s : { KpiStatus::Status::Achieved, KpiStatus::Status::OnTrack, KpiStatus::Status::Behind,
                                       KpiStatus::Status::Stale, KpiStatus::Status::NoData, KpiStatus::Status::Qualitative }) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(Palette::statusColor(int(s)));
        painter->drawRoundedRect(QRectF(x, y - 10, 12, 12), 2, 2);
        x += 16 + drawText(painter, QPointF(x + 16, y), KpiFormat::statusText(s, m_plan.info.language), font, Qt::black) + 12;
    }
    painter->setPen(QPen(Palette::gridColor(), 1));
    painter->drawLine(QPointF(left, page.top() + headerHeight - 5), QPointF(page.right() - margin, page.top() + headerHeight - 5));
}

void KpiDashboardRenderer::paintTile(QPainter *painter, const QRectF &rect, const Kpi &kpi, bool highlighted) const
{
    paintScaledTile(painter, rect, kpi, highlighted, qMin(rect.width() / tileWidth, rect.height() / tileHeight));
}

void KpiDashboardRenderer::paintSingle(QPainter *painter, const QRectF &rect, const Kpi &kpi) const
{
    // Twice the tile's design size keeps the text at a reading size.
    paintScaledTile(painter, rect, kpi, false, qMin(rect.width() / (tileWidth * 2), rect.height() / (tileHeight * 2)));
}

void KpiDashboardRenderer::paintScaledTile(QPainter *painter, const QRectF &rect, const Kpi &given, bool highlighted,
                                           qreal scale) const
{
    if (!(scale > 0) || !qIsFinite(scale))
        return;
    // The tile states what its chart shows: values no chart can place
    // (not finite, beyond +-1e300) are left out of both.
    const Kpi kpi = KpiChartBuilder::drawable(given);
    painter->save();
    painter->translate(rect.topLeft());
    painter->scale(scale, scale);
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF frame = QRectF(0, 0, rect.width() / scale, rect.height() / scale).adjusted(4, 4, -4, -4);
    painter->setPen(highlighted ? QPen(Palette::targetColor(), 2.5) : QPen(Palette::gridColor(), 1));
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(frame, 5, 5);
    const QRectF inner = frame.adjusted(10, 8, -10, -6);

    const KpiStatus status(given, m_asOf);
    const KpiStatus::Status state = status.status();
    const QFont badgeFont = KpiFormat::font(11, true);
    const QString badgeText = KpiFormat::statusText(state, m_plan.info.language);
    const qreal badgeWidth = QFontMetricsF(badgeFont).horizontalAdvance(badgeText) + 14;
    const QRectF badge(inner.right() - badgeWidth, inner.top(), badgeWidth, 20);
    painter->setPen(Qt::NoPen);
    painter->setBrush(Palette::statusColor(int(state)));
    painter->drawRoundedRect(badge, 4, 4);
    painter->setFont(badgeFont);
    painter->setPen(Qt::black);
    painter->drawText(badge, Qt::AlignCenter, badgeText);

    // The whole name, wrapped: a cut name could be any of several KPIs.
    const QFont nameFont = KpiFormat::font(14, true);
    const QRectF nameArea(inner.left(), inner.top(), inner.width() - badgeWidth - 8, inner.height() / 2);
    const int wrap = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;
    const QRectF nameRect = QFontMetricsF(nameFont).boundingRect(nameArea, wrap, kpi.name);
    painter->setFont(nameFont);
    painter->drawText(nameArea, wrap, kpi.name);

    const QFont small = KpiFormat::font(11);
    const QFontMetricsF fm(small);
    qreal y = qMax(inner.top() + 36, nameRect.bottom() + fm.ascent() + 4);
    // Lines wrap rather than lose their end: "R8(2026)" cut off would hide
    // one of the targets already met.
    auto line = [&](const QString &text, const QColor &colour) {
        const QRectF area(inner.left(), y - fm.ascent(), inner.width(), inner.bottom() - y + fm.ascent());
        const int flags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;
        painter->setFont(small);
        painter->setPen(colour);
        painter->drawText(area, flags, text);
        y += fm.boundingRect(area, flags, text).height() + 1;
    };
    auto monthOf = [this](const PlanDate &date) {
        return FiscalYear::monthLabel(date.date.year(), date.date.month(), m_era);
    };
    if (status.isQualitative()) {
        if (const std::optional<KpiActual> latest = status.latestRecord())
            line(printed(QT_TRANSLATE_NOOP("KpiDashboardRenderer", "Latest (%1): %2"))
                     .arg(monthOf(latest->date), KpiFormat::actual(*latest, kpi)),
                 Qt::black);
        else
            line(printed(QT_TRANSLATE_NOOP("KpiDashboardRenderer", "No actuals recorded")), Qt::darkGray);
    } else if (const std::optional<KpiActual> latest = status.latestActual()) {
        line(printed(QT_TRANSLATE_NOOP("KpiDashboardRenderer", "Latest %1 (%2)"))
                 .arg(KpiFormat::value(latest->value, kpi), monthOf(latest->date)),
             Qt::black);
    } else {
        line(printed(QT_TRANSLATE_NOOP("KpiDashboardRenderer", "No actuals recorded")), Qt::darkGray);
    }
    if (const std::optional<KpiTarget> target = status.isQualitative() ? status.statedTarget(status.currentYear())
                                                                        : status.referenceTarget(status.currentYear())) {
        QString text = printed(QT_TRANSLATE_NOOP("KpiDashboardRenderer", "Target %1: %2"))
                           .arg(FiscalYear::shortLabel(target->year, m_era), KpiFormat::target(*target, kpi));
        // A rate of millions of per cent says nothing more than the figures.
        if (const std::optional<double> rate = status.achievementRate(); rate && qIsFinite(*rate) && qAbs(*rate) < 1e6)
            text += printed(QT_TRANSLATE_NOOP("KpiDashboardRenderer", " - achieved %1")).arg(KpiFormat::rate(*rate));
        line(text, Qt::black);
    } else {
        line(printed(QT_TRANSLATE_NOOP("KpiDashboardRenderer", "No target set")), Qt::darkGray);
    }
    const QList<KpiTarget> exceeded = status.exceededTargets();
    if (!exceeded.isEmpty()) {
        QStringList years;
        for (const KpiTarget &t : exceeded)
            years << FiscalYear::shortLabel(t.year, m_era);
        line(printed(QT_TRANSLATE_NOOP("KpiDashboardRenderer", "▲ Target already met for %1: raise it?"))
                 .arg(years.join(QStringLiteral(", "))),
             Palette::actualColor().darker(140));
    }
    if (status.isStale())
        line(printed(QT_TRANSLATE_NOOP("KpiDashboardRenderer", "Latest actual over a year old: enter a newer one")),
             QColor(0x80, 0x60, 0x00));

    int first = 0;
    int last = 0;
    KpiFormat::yearRange(kpi, m_plan.info.startYear, m_plan.info.endYear, &first, &last);
    const QRectF chartArea(inner.left(), y - fm.ascent() + 2, inner.width(), inner.bottom() - y + fm.ascent() - 2);
    if (status.isQualitative()) {
        // No figures to chart: the statements the plan sets, year by year.
        QStringList statements;
        for (const KpiTarget &t : given.targets)
            statements << QStringLiteral("%1: %2").arg(FiscalYear::shortLabel(t.year, m_era), t.statement.trimmed());
        painter->setFont(small);
        painter->setPen(Palette::targetColor().darker(130));
        painter->drawText(chartArea.adjusted(4, 4, -4, -4), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                          statements.join(QLatin1Char('\n')));
    } else {
        KpiMiniChart::Style style;
        style.era = m_era;
        style.fontSize = 9.5;
        style.firstYear = first;
        style.lastYear = last;
        KpiMiniChart::paint(painter, chartArea, kpi, style);
    }
    painter->restore();
}
