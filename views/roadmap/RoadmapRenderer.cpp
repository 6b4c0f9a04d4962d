#include "views/roadmap/RoadmapRenderer.h"

#include "models/Numbering.h"

#include "views/common/Palette.h"
#include "views/common/PrintedText.h"
#include "views/roadmap/RoadmapStyle.h"
#include "views/roadmap/ShapedTextCache.h"
#include "views/roadmap/TextFitting.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <vector>

using namespace RoadmapStyle;
using Row = RoadmapLayout::Row;

namespace {

const QColor textColor(0x1A, 0x1A, 0x1A);
const QColor quietTextColor(0x55, 0x55, 0x55);
const QColor monthLineColor(0xEB, 0xEB, 0xEB);
const QColor rowLineColor(0xDD, 0xDD, 0xDD);
const QColor headerFill(0xF5, 0xF6, 0xF8);
const QColor sectionFill(0xD3, 0xDE, 0xEA); // a shade above the theme rows

// The roadmap's own words, in the plan's language (see PrintedText).
QString word(const PlanInfo &info, const char *source)
{
    return PrintedText::text(info, "RoadmapRenderer", source);
}

// The outline of a bar: square ends, an arrow tip where the phase goes on
// after the last year shown, a notch where it began before the first.
QPainterPath barShape(const RoadmapLayout::Bar &bar)
{
    const QRectF r = bar.rect;
    const qreal tip = qMin(r.height() / 2, r.width() / 2);
    QPainterPath path;
    path.moveTo(r.topLeft());
    if (bar.continuesAfter) {
        path.lineTo(r.right() - tip, r.top());
        path.lineTo(r.right(), r.center().y());
        path.lineTo(r.right() - tip, r.bottom());
    } else {
        path.lineTo(r.topRight());
        path.lineTo(r.bottomRight());
    }
    path.lineTo(r.bottomLeft());
    if (bar.continuesBefore)
        path.lineTo(r.left() + tip, r.center().y());
    path.closeSubpath();
    return path;
}

} // namespace

RoadmapRenderer::RoadmapRenderer(const Plan &plan, const RoadmapOptions &options,
                                 const RoadmapLayout &layout)
    : m_layout(layout), m_options(options), m_info(plan.info), m_era(options.eraStyleFor(plan)),
      m_body(separateFont(FontRole::Body)), m_bold(separateFont(FontRole::Bold)),
      m_small(separateFont(FontRole::Small)), m_header(separateFont(FontRole::Header)),
      m_titleFont(separateFont(FontRole::Title)),
      m_bodyMetrics(m_body), m_boldMetrics(m_bold), m_smallMetrics(m_small),
      m_headerMetrics(m_header), m_titleMetrics(m_titleFont)
{
    const FiscalYear::EraStyle era = m_era;
    if (options.showToday)
        m_todayX = layout.xForDate(options.effectiveToday());
    m_title = plan.info.title;
    QStringList subtitle;
    if (!plan.info.organisation.isEmpty())
        subtitle << plan.info.organisation;
    // An open-ended plan states no period, so none is printed.
    if (!plan.info.isOpenEnded())
        subtitle << word(m_info, QT_TRANSLATE_NOOP("RoadmapRenderer", "Plan period %1–%2"))
                        .arg(FiscalYear::label(plan.info.startYear, era), FiscalYear::label(plan.info.endYear, era));
    m_subtitle = subtitle.join(QStringLiteral("　"));
    // The adoption or revision date is the plan's own latest revision, or none.
    m_footer = plan.info.title;
    if (const Revision *revision = plan.latestRevision()) {
        const QString what = !revision->summary.isEmpty() ? revision->summary
            : revision->kind == Revision::Kind::Adopted
            ? word(m_info, QT_TRANSLATE_NOOP("RoadmapRenderer", "Adopted"))
            : word(m_info, QT_TRANSLATE_NOOP("RoadmapRenderer", "Revised"));
        m_footer += QStringLiteral("　") + what + QStringLiteral("　") + dateText(revision->date, era);
    }
    m_printed = word(m_info, QT_TRANSLATE_NOOP("RoadmapRenderer", "Printed %1")).arg(dateText(options.effectiveToday(), era));
    m_continued = word(m_info, QT_TRANSLATE_NOOP("RoadmapRenderer", " (continued)"));
    m_headings[int(RoadmapLayout::Column::Number)] = word(m_info, QT_TRANSLATE_NOOP("RoadmapRenderer", "No."));
    m_headings[int(RoadmapLayout::Column::Title)] = word(m_info, QT_TRANSLATE_NOOP("RoadmapRenderer", "Measure"));
    m_headings[int(RoadmapLayout::Column::Departments)] =
        word(m_info, QT_TRANSLATE_NOOP("RoadmapRenderer", "Departments"));
    m_headings[int(RoadmapLayout::Column::Audience)] = word(m_info, QT_TRANSLATE_NOOP("RoadmapRenderer", "Audience"));
    m_milestoneWord = word(m_info, QT_TRANSLATE_NOOP("RoadmapRenderer", "Milestone"));
    m_todayWord = word(m_info, QT_TRANSLATE_NOOP("RoadmapRenderer", "Today (%1)"))
                      .arg(dateText(options.effectiveToday(), era));
    m_filter = filterText(plan);
}

QString RoadmapRenderer::filterText(const Plan &plan) const
{
    QStringList parts;
    const FiscalYear::EraStyle era = m_era;
    const auto [planFirst, planLast] = plan.periodYears();
    if (m_layout.firstYear() != planFirst || m_layout.lastYear() != planLast)
        parts << word(m_info, QT_TRANSLATE_NOOP("RoadmapRenderer", "Years %1–%2"))
                     .arg(FiscalYear::label(m_layout.firstYear(), era), FiscalYear::label(m_layout.lastYear(), era));
    if (!m_options.themeIds.isEmpty()) {
        const PlanNumbers numbers(plan);
        QStringList names;
        for (const Theme &theme : plan.themes)
            if (m_options.themeIds.contains(theme.id))
                names << numbers.fullTheme(theme.id);
        parts << word(m_info, QT_TRANSLATE_NOOP("RoadmapRenderer", "Themes %1")).arg(names.join(QStringLiteral(", ")));
    }
    if (const Department *d = plan.department(m_options.departmentId))
        parts << word(m_info, QT_TRANSLATE_NOOP("RoadmapRenderer", "Department: %1")).arg(d->name);
    // Principles have no number of their own in PlanNumbers: named by title.
    if (const Principle *p = plan.principle(m_options.principleId))
        parts << word(m_info, QT_TRANSLATE_NOOP("RoadmapRenderer", "Principle: %1")).arg(p->title);
    return parts.join(QStringLiteral("　"));
}

void RoadmapRenderer::forEachText(const std::function<void(const QString &)> &take) const
{
    for (const QString *text : { &m_title, &m_subtitle, &m_footer, &m_printed, &m_filter, &m_continued,
                                 &m_milestoneWord, &m_todayWord })
        take(*text);
    // The page numbers and the footer's separators.
    take(QStringLiteral("0123456789/　…"));
    for (const QString &heading : m_headings)
        take(heading);
    for (const QString &label : m_layout.yearLabels())
        take(label);
    for (const RoadmapLayout::LegendEntry &entry : m_layout.legend())
        take(entry.label);
    for (const Row &row : m_layout.rows())
        for (const QString *text : { &row.number, &row.fullNumber, &row.title, &row.titleMore, &row.fullTitle,
                                     &row.departments, &row.audience })
            take(*text);
    for (const RoadmapLayout::Bar &bar : m_layout.bars())
        take(bar.label);
    for (const RoadmapLayout::MilestoneMark &mark : m_layout.milestones())
        take(mark.label);
}

QString RoadmapRenderer::textContent() const
{
    QString content;
    forEachText([&](const QString &text) { content += text; });
    return content;
}

QString RoadmapRenderer::drawnCharacters() const
{
    // Marked text by text: a 100,000-measure plan's texts run together
    // are 12 MB, and took a third of a second to gather and sort out.
    std::vector<bool> seen(0x110000);
    QString characters;
    forEachText([&](const QString &text) {
        const qsizetype size = text.size();
        for (qsizetype i = 0; i < size; ++i) {
            char32_t c = text[i].unicode();
            qsizetype length = 1;
            if (QChar::isHighSurrogate(c) && i + 1 < size && text[i + 1].isLowSurrogate()) {
                c = QChar::surrogateToUcs4(text[i], text[i + 1]);
                length = 2;
            }
            if (!seen[c]) {
                seen[c] = true;
                characters += text.mid(i, length);
            }
            i += length - 1;
        }
    });
    return characters;
}

QString RoadmapRenderer::dateText(const PlanDate &date, FiscalYear::EraStyle style)
{
    // A date the plan states to the month is printed to the month.
    if (date.monthOnly && date.isValid())
        return style == FiscalYear::EraStyle::Western ? date.date.toString(QStringLiteral("yyyy-MM"))
                                                      : FiscalYear::monthLabel(date.date.year(), date.date.month(), style);
    return dateText(date.date, style);
}

QString RoadmapRenderer::dateText(const QDate &date, FiscalYear::EraStyle style)
{
    if (!date.isValid())
        return QString();
    if (style == FiscalYear::EraStyle::Western)
        return date.toString(Qt::ISODate);
    return FiscalYear::monthLabel(date.year(), date.month(), style) + QStringLiteral("%1日").arg(date.day());
}

qreal RoadmapRenderer::textWidth(const QFontMetricsF &metrics, const QString &text) const
{
    const std::pair<const QFontMetricsF *, QString> key { &metrics, text };
    auto it = m_widths.constFind(key);
    if (it != m_widths.constEnd())
        return *it;
    // Bounded for a plan whose every bar has a label of its own; what
    // every page measures is measured again at most once per clearing.
    if (m_widths.size() >= 4096)
        m_widths.clear();
    return *m_widths.insert(key, metrics.horizontalAdvance(text));
}

QString RoadmapRenderer::fitted(const QString &text, const QFontMetricsF &metrics, qreal room) const
{
    if (!text.isEmpty() && room > 0 && textWidth(metrics, text) <= room)
        return text;
    return TextFitting::elided(text, metrics, room);
}

void RoadmapRenderer::drawText(QPainter *painter, qreal x, qreal top, qreal height,
                               const QString &text, const QFont &font,
                               const QFontMetricsF &metrics) const
{
    if (text.isEmpty())
        return;
    // Baseline so the text sits in the middle of the band.
    const qreal baseline = top + (height + metrics.ascent() - metrics.descent()) / 2;
    if (ShapedTextCache::suits(painter)) {
        m_shapedText.draw(painter, QPointF(x, baseline), text, font);
        return;
    }
    painter->setFont(font);
    painter->drawText(QPointF(x, baseline), text);
}

void RoadmapRenderer::paintTitle(QPainter *painter) const
{
    const qreal width = m_layout.width();
    painter->setPen(textColor);
    const qreal subtitleWidth = textWidth(m_bodyMetrics, m_subtitle);
    const QString title = fitted(m_title, m_titleMetrics, width - subtitleWidth - 12);
    drawText(painter, 0, 0, titleBandHeight - 6, title, m_titleFont, m_titleMetrics);
    drawText(painter, width - subtitleWidth, 0, titleBandHeight - 6, m_subtitle, m_body, m_bodyMetrics);
}

void RoadmapRenderer::paintHeader(QPainter *painter) const
{
    const RoadmapLayout &l = m_layout;
    const qreal height = RoadmapLayout::headerHeight();
    const qreal left = l.timelineLeft();
    painter->fillRect(QRectF(0, 0, l.width(), height), headerFill);
    painter->setPen(textColor);
    const RoadmapLayout::Column columns[] = { RoadmapLayout::Column::Number, RoadmapLayout::Column::Title,
                                              RoadmapLayout::Column::Departments, RoadmapLayout::Column::Audience };
    for (RoadmapLayout::Column column : columns)
        if (l.hasColumn(column))
            drawText(painter, l.columnX(column) + cellPadding, 0, height,
                     fitted(m_headings[int(column)], m_headerMetrics, l.columnWidth(column) - 2 * cellPadding),
                     m_header, m_headerMetrics);
    const qreal yearWidth = 12 * l.monthWidth();
    for (int i = 0; i < l.yearLabels().size(); ++i) {
        const QString &label = l.yearLabels()[i];
        const qreal x = left + i * yearWidth + (yearWidth - textWidth(m_headerMetrics, label)) / 2;
        drawText(painter, qMax(x, left + i * yearWidth), 0, yearBandHeight, label, m_header, m_headerMetrics);
    }
    const int step = l.monthLabelStep();
    painter->setPen(quietTextColor);
    for (int m = 0; step > 0 && m < l.monthCount(); m += step) {
        const QString text = QString::number(FiscalYear::calendarMonth(m % 12));
        // A month's number in its cell, a quarter's across its three months.
        const qreal x = l.xForMonth(m + step / 2.0) - textWidth(m_smallMetrics, text) / 2;
        drawText(painter, x, yearBandHeight, monthBandHeight, text, m_small, m_smallMetrics);
    }
    // Month cells divided by hairlines, quarters a little stronger, years
    // right through the header.
    for (int m = 1; m < l.monthCount(); ++m) {
        // With a label a quarter, only the quarters are divided.
        if (step != 1 && m % 3 != 0)
            continue;
        const qreal x = l.xForMonth(m);
        if (m % 12 == 0)
            painter->setPen(QPen(Palette::gridColor(), 0.5));
        else
            painter->setPen(QPen(m % 3 == 0 ? Palette::gridColor() : monthLineColor, 0.4));
        painter->drawLine(QPointF(x, m % 12 == 0 ? 0 : yearBandHeight), QPointF(x, height));
    }
    painter->setPen(QPen(Palette::gridColor(), 0.5));
    for (RoadmapLayout::Column column : columns)
        if (l.hasColumn(column) && column != RoadmapLayout::Column::Number)
            painter->drawLine(QPointF(l.columnX(column), 0), QPointF(l.columnX(column), height));
    painter->drawLine(QPointF(left, 0), QPointF(left, height));
    painter->drawLine(QPointF(left, yearBandHeight), QPointF(l.width(), yearBandHeight));
    painter->setPen(QPen(quietTextColor, 0.8));
    painter->drawLine(QPointF(0, height), QPointF(l.width(), height));
    if (m_todayX >= 0) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(Palette::todayLineColor());
        const QPointF tip(m_todayX, height);
        painter->drawPolygon(QPolygonF({ tip, tip + QPointF(-3, -4.5), tip + QPointF(3, -4.5) }));
        painter->setBrush(Qt::NoBrush);
    }
}

void RoadmapRenderer::paintGrid(QPainter *painter, int first, int end, qreal origin) const
{
    const RoadmapLayout &l = m_layout;
    const qreal top = l.rows()[first].y - origin;
    const qreal bottom = l.rows()[end - 1].y + l.rows()[end - 1].height - origin;
    if (l.monthWidth() >= 3) {
        painter->setPen(QPen(monthLineColor, 0.4));
        for (int m = 1; m < l.monthCount(); ++m)
            if (m % 12 != 0)
                painter->drawLine(QPointF(l.xForMonth(m), top), QPointF(l.xForMonth(m), bottom));
    }
    painter->setPen(QPen(Palette::gridColor(), 0.6));
    for (int m = 12; m < l.monthCount(); m += 12)
        painter->drawLine(QPointF(l.xForMonth(m), top), QPointF(l.xForMonth(m), bottom));
    // The optional columns are divided on measure rows only: section and
    // theme titles run across them.
    for (int i = first; i < end; ++i) {
        const Row &row = l.rows()[i];
        if (row.kind != Row::Kind::Measure)
            continue;
        for (RoadmapLayout::Column c : { RoadmapLayout::Column::Departments, RoadmapLayout::Column::Audience })
            if (l.hasColumn(c))
                painter->drawLine(QPointF(l.columnX(c), row.y - origin),
                                  QPointF(l.columnX(c), row.y + row.height - origin));
    }
    painter->drawLine(QPointF(l.timelineLeft(), top), QPointF(l.timelineLeft(), bottom));
}

void RoadmapRenderer::paintRows(QPainter *painter, int first, int end, int fullNumberRow) const
{
    const QList<Row> &rows = m_layout.rows();
    first = qMax(0, first);
    end = qMin(end, int(rows.size()));
    if (first >= end)
        return;
    // Painted with the first row's top as origin: the rows of a long
    // roadmap lie millions of points down, more than the six significant
    // digits of an SVG's numbers keep.
    const qreal origin = rows[first].y;
    painter->save();
    painter->translate(0, origin);
    const qreal bottom = rows[end - 1].y + rows[end - 1].height - origin;
    const qreal width = m_layout.width();
    for (int i = first; i < end; ++i)
        if (rows[i].kind != Row::Kind::Measure)
            painter->fillRect(QRectF(0, rows[i].y - origin, width, rows[i].height), rowFill(rows[i]));
    paintGrid(painter, first, end, origin);
    painter->setPen(QPen(rowLineColor, 0.4));
    for (int i = first; i < end; ++i) {
        const qreal y = rows[i].y + rows[i].height - origin;
        painter->drawLine(QPointF(0, y), QPointF(width, y));
    }
    const RoadmapLayout::Bar *bars = m_layout.bars().constData();
    paintBars(painter, bars + rows[first].firstBar, bars + rows[end - 1].firstBar + rows[end - 1].barCount, origin);
    for (int i = first; i < end; ++i) {
        Row row = rows[i];
        row.y -= origin;
        if (row.kind == Row::Kind::Section)
            paintHeading(painter, row, row.title, QString());
        else if (row.kind == Row::Kind::Theme)
            paintThemeRow(painter, row);
        else
            paintMeasureRow(painter, row, i == fullNumberRow ? row.fullNumber : row.number);
        paintMilestones(painter, rows[i], origin);
    }
    if (m_todayX >= 0) {
        // Dashes at fixed places down the body (4 points on, 2 off),
        // whatever row the rows painted start at: a roadmap painted band by
        // band gets the very dashes of one painting, which a dashed pen,
        // restarting its pattern at each band, would not give.
        QPainterPath dashes;
        for (qreal y = std::floor(origin / 6) * 6 - origin; y < bottom; y += 6) {
            if (qMin(y + 4, bottom) > qMax(y, 0.0)) {
                dashes.moveTo(m_todayX, qMax(y, 0.0));
                dashes.lineTo(m_todayX, qMin(y + 4, bottom));
            }
        }
        painter->setPen(QPen(Palette::todayLineColor(), 1, Qt::SolidLine, Qt::FlatCap));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(dashes);
    }
    painter->restore();
}

QColor RoadmapRenderer::rowFill(const Row &row)
{
    return row.kind == Row::Kind::Section ? sectionFill : Palette::themeHeaderColor();
}

void RoadmapRenderer::paintHeading(QPainter *painter, const Row &row, const QString &line,
                                   const QString &more) const
{
    // Sections start at the edge; themes a step in, clear of the fold triangle.
    const qreal x = cellPadding + (row.kind == Row::Kind::Theme ? themeIndent : 0);
    painter->setPen(textColor);
    if (more.isEmpty()) {
        drawText(painter, x, row.y, row.height, line, m_bold, m_boldMetrics);
        return;
    }
    const qreal top = row.y + (row.height - 2 * lineHeight) / 2;
    drawText(painter, x, top, lineHeight, line, m_bold, m_boldMetrics);
    drawText(painter, x, top + lineHeight, lineHeight, more, m_bold, m_boldMetrics);
}

void RoadmapRenderer::paintThemeRow(QPainter *painter, const Row &row) const
{
    if (m_interactive) {
        // The disclosure triangle: pointing down when open, right when collapsed.
        const QPointF c(cellPadding + 2.5, row.y + row.height / 2);
        const QPolygonF triangle = row.collapsed
            ? QPolygonF({ c + QPointF(-2, -3), c + QPointF(2.5, 0), c + QPointF(-2, 3) })
            : QPolygonF({ c + QPointF(-3, -2), c + QPointF(3, -2), c + QPointF(0, 2.5) });
        painter->setPen(Qt::NoPen);
        painter->setBrush(quietTextColor);
        painter->drawPolygon(triangle);
        painter->setBrush(Qt::NoBrush);
    }
    paintHeading(painter, row, row.title, row.titleMore);
}

void RoadmapRenderer::paintContinuedRow(QPainter *painter, const Row &row, qreal y) const
{
    // The header of a section or theme that began on an earlier page, on
    // one line, marked as continued, without the theme's bars.
    Row continued = row;
    continued.y = y;
    continued.height = row.kind == Row::Kind::Section ? sectionRowHeight : themeRowHeight;
    const qreal x = cellPadding + (row.kind == Row::Kind::Theme ? themeIndent : 0);
    const QString heading = row.number.isEmpty() ? row.fullTitle : row.number + QLatin1Char(' ') + row.fullTitle;
    const qreal markWidth = textWidth(m_boldMetrics, m_continued);
    const QString line = fitted(heading, m_boldMetrics, m_layout.width() - x - cellPadding - markWidth);
    painter->fillRect(QRectF(0, y, m_layout.width(), continued.height), rowFill(row));
    painter->setPen(QPen(rowLineColor, 0.4));
    painter->drawLine(QPointF(0, y + continued.height), QPointF(m_layout.width(), y + continued.height));
    paintHeading(painter, continued, line + m_continued, QString());
}

void RoadmapRenderer::paintMeasureRow(QPainter *painter, const Row &row, const QString &number) const
{
    const RoadmapLayout &l = m_layout;
    painter->setPen(textColor);
    const qreal textTop = row.y + rowPadding;
    const qreal textHeight = row.height - 2 * rowPadding;
    const qreal lineTop = row.titleMore.isEmpty() ? textTop + (textHeight - lineHeight) / 2
                                                  : textTop + (textHeight - 2 * lineHeight) / 2;
    drawText(painter, cellPadding, lineTop, lineHeight, number, m_body, m_bodyMetrics);
    const qreal titleX = l.columnX(RoadmapLayout::Column::Title) + cellPadding;
    drawText(painter, titleX, lineTop, lineHeight, row.title, m_body, m_bodyMetrics);
    drawText(painter, titleX, lineTop + lineHeight, lineHeight, row.titleMore, m_body, m_bodyMetrics);
    if (l.hasColumn(RoadmapLayout::Column::Departments))
        drawText(painter, l.columnX(RoadmapLayout::Column::Departments) + cellPadding, row.y, row.height,
                 row.departments, m_body, m_bodyMetrics);
    if (l.hasColumn(RoadmapLayout::Column::Audience))
        drawText(painter, l.columnX(RoadmapLayout::Column::Audience) + cellPadding, row.y, row.height,
                 row.audience, m_body, m_bodyMetrics);
}

void RoadmapRenderer::paintMilestones(QPainter *painter, const Row &row, qreal origin) const
{
    for (int i = row.firstMilestone; i < row.firstMilestone + row.milestoneCount; ++i) {
        const RoadmapLayout::MilestoneMark &mark = m_layout.milestones()[i];
        paintDiamond(painter, mark.centre - QPointF(0, origin));
        painter->setPen(textColor);
        drawText(painter, mark.labelRect.left(), mark.labelRect.top() - origin, mark.labelRect.height(),
                 mark.label, m_small, m_smallMetrics);
    }
}

void RoadmapRenderer::paintBars(QPainter *painter, const RoadmapLayout::Bar *begin,
                                const RoadmapLayout::Bar *end, qreal origin) const
{
    // Fills first, kind by kind (bars never overlap, so their order is
    // free, and a PDF page then sets each kind's colours once rather than
    // for every bar); then the hatching of each kind as one shape, so a
    // PDF page holds one hatch pattern per kind rather than one per bar;
    // then the labels, on plain colour clear of the hatching.
    QPainterPath hatched[int(Phase::Kind::Other) + 1];
    for (int kind = 0; kind <= int(Phase::Kind::Other); ++kind) {
        const QColor colour = Palette::phaseColor(Phase::Kind(kind));
        bool coloured = false;
        for (const RoadmapLayout::Bar *bar = begin; bar != end; ++bar) {
            if (int(bar->kind) != kind)
                continue;
            if (!coloured) {
                painter->setPen(QPen(colour.darker(150), 0.5));
                painter->setBrush(colour);
                coloured = true;
            }
            const QPainterPath shape = barShape(*bar).translated(0, -origin);
            painter->drawPath(shape);
            if (Palette::phasePattern(bar->kind) != Qt::NoBrush)
                hatched[kind].addPath(shape);
        }
    }
    painter->setPen(Qt::NoPen);
    painter->setRenderHint(QPainter::NonCosmeticBrushPatterns);
    for (int kind = 0; kind <= int(Phase::Kind::Other); ++kind) {
        if (hatched[kind].isEmpty())
            continue;
        // The hatch is part of the drawing, so it scales with the page
        // rather than staying one device pixel fine; it stays in step with
        // the body's top, whatever row the painting starts at.
        QBrush hatch(QColor(255, 255, 255, 150), Palette::phasePattern(Phase::Kind(kind)));
        hatch.setTransform(QTransform::fromScale(0.5, 0.5) * QTransform::fromTranslate(0, -origin));
        painter->setBrush(hatch);
        painter->drawPath(hatched[kind]);
    }
    painter->setBrush(Qt::NoBrush);
    for (const RoadmapLayout::Bar *bar = begin; bar != end; ++bar) {
        if (bar->label.isEmpty())
            continue;
        if (!bar->labelBeside && Palette::phasePattern(bar->kind) != Qt::NoBrush) {
            const qreal labelWidth = textWidth(m_smallMetrics, bar->label);
            painter->fillRect(QRectF(bar->labelX - 1, bar->rect.top() - origin + 1, labelWidth + 2,
                                     bar->rect.height() - 2),
                              Palette::phaseColor(bar->kind));
        }
        painter->setPen(textColor);
        drawText(painter, bar->labelX, bar->rect.top() - origin, bar->rect.height(), bar->label, m_small,
                 m_smallMetrics);
    }
}

void RoadmapRenderer::paintDiamond(QPainter *painter, const QPointF &c) const
{
    const qreal r = milestoneSize / 2;
    painter->setPen(QPen(Palette::milestoneColor().darker(160), 0.5));
    painter->setBrush(Palette::milestoneColor());
    painter->drawPolygon(QPolygonF({ c + QPointF(0, -r), c + QPointF(r, 0), c + QPointF(0, r), c + QPointF(-r, 0) }));
    painter->setBrush(Qt::NoBrush);
}

void RoadmapRenderer::paintLegend(QPainter *painter) const
{
    const qreal h = legendBandHeight;
    qreal x = 0;
    for (const RoadmapLayout::LegendEntry &entry : m_layout.legend()) {
        RoadmapLayout::Bar swatch;
        swatch.kind = entry.kind;
        swatch.rect = QRectF(x, (h - 9) / 2, 18, 9);
        paintBars(painter, &swatch, &swatch + 1);
        painter->setPen(textColor);
        drawText(painter, x + 22, 0, h, entry.label, m_small, m_smallMetrics);
        x += 22 + textWidth(m_smallMetrics, entry.label) + 12;
    }
    if (!m_layout.milestones().isEmpty()) {
        paintDiamond(painter, QPointF(x + milestoneSize / 2, h / 2));
        painter->setPen(textColor);
        const QString &text = m_milestoneWord;
        drawText(painter, x + milestoneSize + 4, 0, h, text, m_small, m_smallMetrics);
        x += milestoneSize + 4 + textWidth(m_smallMetrics, text) + 12;
    }
    if (m_todayX >= 0) {
        painter->setPen(QPen(Palette::todayLineColor(), 1, Qt::DashLine));
        painter->drawLine(QPointF(x + 3, 3), QPointF(x + 3, h - 3));
        painter->setPen(textColor);
        const QString &text = m_todayWord;
        drawText(painter, x + 9, 0, h, text, m_small, m_smallMetrics);
        x += 9 + textWidth(m_smallMetrics, text) + 12;
    }
    const QString filter = fitted(m_filter, m_smallMetrics, m_layout.width() - x);
    if (!filter.isEmpty()) {
        painter->setPen(quietTextColor);
        drawText(painter, m_layout.width() - textWidth(m_smallMetrics, filter), 0, h, filter, m_small,
                 m_smallMetrics);
    }
}

void RoadmapRenderer::paintFooter(QPainter *painter, int pageNumber, int pageCount) const
{
    const qreal h = footerBandHeight;
    const qreal width = m_layout.width();
    painter->setPen(QPen(Palette::gridColor(), 0.5));
    painter->drawLine(QPointF(0, 0.5), QPointF(width, 0.5));
    painter->setPen(quietTextColor);
    QString right = m_printed;
    if (pageCount > 0)
        right += QStringLiteral("　　%1 / %2").arg(pageNumber).arg(pageCount);
    const qreal rightWidth = textWidth(m_smallMetrics, right);
    drawText(painter, 0, 1, h, fitted(m_footer, m_smallMetrics, width - rightWidth - 12), m_small,
             m_smallMetrics);
    drawText(painter, width - rightWidth, 1, h, right, m_small, m_smallMetrics);
}

void RoadmapRenderer::paintPage(QPainter *painter, const RoadmapLayout::Page &page, int pageNumber,
                                int pageCount, qreal pageHeight) const
{
    const bool gatherText = ShapedTextCache::suits(painter);
    if (gatherText)
        m_shapedText.startPage();
    painter->save();
    paintTitle(painter);
    painter->translate(0, titleBandHeight);
    paintHeader(painter);
    // A page that starts inside a section or theme repeats their headers,
    // and its first row says its whole number: no bare ⑥ starts a page.
    qreal y = RoadmapLayout::headerHeight();
    for (int header : { page.continuedSectionRow, page.continuedThemeRow }) {
        if (header < 0)
            continue;
        paintContinuedRow(painter, m_layout.rows()[header], y);
        y += m_layout.rows()[header].kind == Row::Kind::Section ? sectionRowHeight : themeRowHeight;
    }
    if (page.endRow > page.firstRow) {
        painter->save();
        painter->translate(0, y - m_layout.rows()[page.firstRow].y);
        paintRows(painter, page.firstRow, page.endRow, page.firstRow > 0 ? page.firstRow : -1);
        painter->restore();
    }
    painter->restore();
    painter->save();
    painter->translate(0, pageHeight - footerBandHeight - legendBandHeight);
    paintLegend(painter);
    painter->translate(0, legendBandHeight);
    paintFooter(painter, pageNumber, pageCount);
    painter->restore();
    if (gatherText)
        m_shapedText.finishPage(painter);
}

qreal RoadmapRenderer::wholeHeight() const
{
    return RoadmapLayout::pageChromeHeight() + m_layout.bodyHeight();
}

void RoadmapRenderer::paintWhole(QPainter *painter) const
{
    paintWholeRows(painter, 0, int(m_layout.rows().size()));
}

qreal RoadmapRenderer::wholeRowTop(int row) const
{
    const QList<Row> &rows = m_layout.rows();
    const qreal body = row < rows.size() ? rows[row].y : m_layout.bodyHeight();
    return titleBandHeight + RoadmapLayout::headerHeight() + body;
}

void RoadmapRenderer::paintWholeRows(QPainter *painter, int first, int end) const
{
    // As paintPage paints one page holding every row, part by part.
    const int rowCount = int(m_layout.rows().size());
    first = qMax(0, first);
    end = qMin(end, rowCount);
    painter->save();
    if (first == 0)
        paintTitle(painter);
    painter->translate(0, titleBandHeight);
    if (first == 0)
        paintHeader(painter);
    if (end > first) {
        painter->translate(0, RoadmapLayout::headerHeight());
        paintRows(painter, first, end);
    }
    painter->restore();
    if (end == rowCount) {
        painter->save();
        painter->translate(0, wholeHeight() - footerBandHeight - legendBandHeight);
        paintLegend(painter);
        painter->translate(0, legendBandHeight);
        paintFooter(painter, 0, 0);
        painter->restore();
    }
}
