#pragma once

#include "models/FiscalYear.h"

#include <QAbstractScrollArea>
#include <QDate>
#include <QPointer>

class PlanDocument;

// The dashboard on screen: every KPI as a tile (KpiDashboardRenderer), in a
// grid that fits the window; when the tiles would get too small to read it
// keeps them readable and scrolls. Clicking a tile, or Enter on the
// focused one, asks to open that KPI.
class KpiDashboardWidget : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit KpiDashboardWidget(QWidget *parent = nullptr);

    void setDocument(PlanDocument *document);
    void setAsOf(const QDate &date);
    void setEraStyle(FiscalYear::EraStyle style);

    // The KPI under a point of the viewport, 0 when none.
    int kpiAt(const QPoint &viewportPos) const;
    // A tile's rectangle in viewport coordinates.
    QRect tileRect(int kpiId) const;

signals:
    void kpiActivated(int kpiId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    // Tile rectangles in content coordinates (before scrolling).
    QList<QRectF> layoutTiles() const;
    void relayout();
    void setHighlighted(int kpiId);

    QPointer<PlanDocument> m_document;
    QDate m_asOf;
    FiscalYear::EraStyle m_era = FiscalYear::EraStyle::Both;
    QList<int> m_ids;
    QList<QRectF> m_tiles;
    int m_highlighted = 0;
};
