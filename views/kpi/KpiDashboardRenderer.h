#pragma once

#include "models/FiscalYear.h"
#include "models/Plan.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QRectF>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

// Paints the KPI dashboard: a grid of tiles, one per KPI, each with the
// KPI's name, a status badge (colour and word, never colour alone), the
// latest value (or note) against its target (or statement), a note for
// every later target already met, a warning when the latest actual is more
// than a year old, and a small chart. Its words are in the plan's language
// (PrintedText), not the PC's. The one drawing path for the screen, printing, PDF, SVG
// and PNG: callers hand it a QPainter and a rectangle in logical pixels
// (scaling the painter for high-resolution devices themselves).
class KpiDashboardRenderer
{
    Q_DECLARE_TR_FUNCTIONS(KpiDashboardRenderer)

public:
    struct Grid
    {
        int columns = 1;
        int rows = 1;
        int perPage() const { return columns * rows; }
    };

    // The plan must outlive the renderer.
    explicit KpiDashboardRenderer(const Plan &plan);

    void setAsOf(const QDate &date) { m_asOf = date; }
    void setEraStyle(FiscalYear::EraStyle style) { m_era = style; }
    // The KPIs to show, in order; all of the plan's by default.
    void setKpiIds(const QList<int> &ids);
    QList<int> kpiIds() const;

    // A grid that shows `count` tiles in `area` as large as they can be.
    static Grid fitGrid(int count, const QSizeF &area);
    // The tiles one printed page holds, none smaller than a readable size.
    static Grid pageGrid(const QSizeF &area);
    // The tiles' rectangles, row by row; with maxScale > 0 no tile grows
    // beyond that multiple of the tile's design size (320 x 210).
    static QList<QRectF> tileRects(const QRectF &area, const Grid &grid, int count, qreal maxScale = 0);
    static QSizeF tileDesignSize();

    // Paged output (PDF, printing): a header, tiles, a page number.
    int pageCount(const QSizeF &pageSize) const;
    void paintPage(QPainter *painter, const QRectF &page, int pageIndex) const;
    // One image (PNG, SVG): the header and every tile fitted into `rect`.
    void paintAll(QPainter *painter, const QRectF &rect) const;
    // Tiles only, for the screen; `highlightedId` gets a frame.
    void paintTiles(QPainter *painter, const QList<QRectF> &rects, int firstIndex, int highlightedId) const;
    void paintTile(QPainter *painter, const QRectF &rect, const Kpi &kpi, bool highlighted = false) const;
    // One KPI filling a page: the tile's content with larger text, for
    // output made without Qt Charts (no QApplication).
    void paintSingle(QPainter *painter, const QRectF &rect, const Kpi &kpi) const;

    // The area below the header of a page or image.
    static QRectF bodyRect(const QRectF &page, bool paged);

private:
    void paintHeader(QPainter *painter, const QRectF &page) const;
    void paintScaledTile(QPainter *painter, const QRectF &rect, const Kpi &kpi, bool highlighted, qreal scale) const;
    QList<const Kpi *> kpis() const;
    // A word of the printed dashboard in the plan's language.
    QString printed(const char *source) const;

    const Plan &m_plan;
    QDate m_asOf;
    FiscalYear::EraStyle m_era = FiscalYear::EraStyle::Both;
    QList<int> m_ids;
    bool m_allKpis = true;
};
