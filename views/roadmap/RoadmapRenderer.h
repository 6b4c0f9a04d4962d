#pragma once

#include "views/roadmap/RoadmapLayout.h"
#include "views/roadmap/RoadmapOptions.h"
#include "views/roadmap/ShapedTextCache.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QString>

#include <functional>

class QPainter;

// Paints a laid-out roadmap on any QPainter: the widget, the printer, PDF,
// SVG and PNG all come through here, so what is printed is what is shown.
// Every part paints at the painter's origin in points, layout.width()
// wide; callers translate and scale. Only the rows asked for are touched,
// so a screenful of a huge plan paints in the same time as a small one.
//
// Its words (headings, legend, "continued", footer) are in the plan's
// language, whatever the PC's: PrintedText, context "RoadmapRenderer".
//
// A renderer paints on one thread at a time: it keeps the text it has
// shaped, and fonts of its own (RoadmapStyle::separateFont). Two threads
// painting the same layout each use a renderer of their own.
class RoadmapRenderer
{
public:
    RoadmapRenderer(const Plan &plan, const RoadmapOptions &options, const RoadmapLayout &layout);

    // The screen marks themes as collapsible; paper does not.
    void setInteractive(bool interactive) { m_interactive = interactive; }

    // Plan title, organisation and period: RoadmapStyle::titleBandHeight tall.
    void paintTitle(QPainter *painter) const;
    // Column headings, fiscal years and months: RoadmapLayout::headerHeight() tall.
    void paintHeader(QPainter *painter) const;
    // Rows [first, end) in body coordinates (row y as laid out); the row
    // `fullNumberRow` shows its whole number (the first row of a
    // continuation page).
    void paintRows(QPainter *painter, int first, int end, int fullNumberRow = -1) const;
    // Phase kinds, milestones, the today line and any filter in force.
    void paintLegend(QPainter *painter) const;
    // Title, revision and date; "n / N" when pageCount > 0.
    void paintFooter(QPainter *painter, int pageNumber, int pageCount) const;

    // One printed page, `pageHeight` points tall: title, header, its rows,
    // and legend and footer at the bottom.
    void paintPage(QPainter *painter, const RoadmapLayout::Page &page, int pageNumber,
                   int pageCount, qreal pageHeight) const;
    // The whole roadmap as one picture (SVG, PNG), wholeHeight() tall.
    qreal wholeHeight() const;
    void paintWhole(QPainter *painter) const;
    // Part of paintWhole, in its coordinates: rows [first, end), with the
    // title and header when first is 0 and the legend and footer when end
    // is the last row. Painting consecutive bands of rows paints the whole
    // picture, so a huge roadmap can be written a band at a time.
    void paintWholeRows(QPainter *painter, int first, int end) const;
    // Top of row `row` in paintWhole's coordinates; for the row count, the
    // bottom of the last row.
    qreal wholeRowTop(int row) const;

    // Every text the renderer may draw, run together: the characters a
    // PDF's text layer must map back to (see PdfTextLayerFix).
    QString textContent() const;
    // Each character of textContent() once, in the order first drawn: all
    // a PDF's text layer correction needs (PdfTextLayerFix).
    QString drawnCharacters() const;

    // A date as the roadmap prints it: 令和7年3月31日, 2025-03-31 or both.
    static QString dateText(const QDate &date, FiscalYear::EraStyle style);
    static QString dateText(const PlanDate &date, FiscalYear::EraStyle style);

private:
    // `origin`: the body y painted at the painter's y 0 (see paintRows).
    void paintGrid(QPainter *painter, int first, int end, qreal origin) const;
    static QColor rowFill(const RoadmapLayout::Row &row);
    void paintHeading(QPainter *painter, const RoadmapLayout::Row &row, const QString &line,
                      const QString &more) const;
    void paintThemeRow(QPainter *painter, const RoadmapLayout::Row &row) const;
    void paintContinuedRow(QPainter *painter, const RoadmapLayout::Row &row, qreal y) const;
    void paintMeasureRow(QPainter *painter, const RoadmapLayout::Row &row, const QString &number) const;
    void paintMilestones(QPainter *painter, const RoadmapLayout::Row &row, qreal origin) const;
    void paintBars(QPainter *painter, const RoadmapLayout::Bar *begin, const RoadmapLayout::Bar *end,
                   qreal origin = 0) const;
    void paintDiamond(QPainter *painter, const QPointF &centre) const;
    void drawText(QPainter *painter, qreal x, qreal top, qreal height, const QString &text,
                  const QFont &font, const QFontMetricsF &metrics) const;
    QString filterText(const Plan &plan) const;
    // Hands every text the renderer may draw to `take`, one by one.
    void forEachText(const std::function<void(const QString &)> &take) const;
    // The width of `text` in the font of `metrics`, measured once: every
    // page measures the same headings, labels, legend and footer.
    qreal textWidth(const QFontMetricsF &metrics, const QString &text) const;
    // `text` as TextFitting::elided fits it into `room`, measured once.
    QString fitted(const QString &text, const QFontMetricsF &metrics, qreal room) const;

    const RoadmapLayout &m_layout;
    RoadmapOptions m_options;
    PlanInfo m_info;
    FiscalYear::EraStyle m_era;
    bool m_interactive = false;
    qreal m_todayX = -1;
    QString m_title;
    QString m_subtitle;
    QString m_footer;
    QString m_printed;
    QString m_filter;
    QString m_continued;
    QString m_headings[4]; // by RoadmapLayout::Column
    QString m_milestoneWord;
    QString m_todayWord;
    QFont m_body, m_bold, m_small, m_header, m_titleFont;
    QFontMetricsF m_bodyMetrics, m_boldMetrics, m_smallMetrics, m_headerMetrics, m_titleMetrics;
    // Painting a page does not change what the renderer paints.
    mutable ShapedTextCache m_shapedText;
    mutable QHash<std::pair<const QFontMetricsF *, QString>, qreal> m_widths;
};
