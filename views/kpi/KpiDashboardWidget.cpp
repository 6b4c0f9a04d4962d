#include "views/kpi/KpiDashboardWidget.h"

#include "models/KpiStatus.h"
#include "models/PlanDocument.h"
#include "views/kpi/KpiDashboardRenderer.h"
#include "views/kpi/KpiFormat.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QtMath>

#include <algorithm>

namespace {

const qreal spacing = 8;
// Below this fraction of the design size tiles stop shrinking and the
// dashboard scrolls instead; above the largest they stop growing.
const qreal smallestScale = 0.8;
const qreal largestScale = 1.6;

} // namespace

KpiDashboardWidget::KpiDashboardWidget(QWidget *parent)
    : QAbstractScrollArea(parent), m_asOf(QDate::currentDate())
{
    setObjectName(QStringLiteral("kpiDashboard"));
    viewport()->setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    verticalScrollBar()->setSingleStep(40);
}

void KpiDashboardWidget::setDocument(PlanDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document)
        connect(document, &PlanDocument::changed, this, &KpiDashboardWidget::relayout);
    relayout();
}

void KpiDashboardWidget::setAsOf(const QDate &date)
{
    m_asOf = date;
    viewport()->update();
}

void KpiDashboardWidget::setEraStyle(FiscalYear::EraStyle style)
{
    m_era = style;
    viewport()->update();
}

QList<QRectF> KpiDashboardWidget::layoutTiles() const
{
    const int count = int(m_ids.size());
    const QRectF area = QRectF(viewport()->rect()).adjusted(spacing, spacing, -spacing, -spacing);
    if (count == 0 || area.width() <= 0 || area.height() <= 0)
        return {};
    const QSizeF design = KpiDashboardRenderer::tileDesignSize();
    const KpiDashboardRenderer::Grid fit = KpiDashboardRenderer::fitGrid(count, area.size());
    const qreal scale = qMin(area.width() / fit.columns / design.width(), area.height() / fit.rows / design.height());
    if (scale >= smallestScale)
        return KpiDashboardRenderer::tileRects(area, fit, count, largestScale);
    const int columns = qMax(1, int(area.width() / (design.width() * smallestScale)));
    const int rows = (count + columns - 1) / columns;
    const qreal height = area.width() / columns * design.height() / design.width();
    return KpiDashboardRenderer::tileRects(QRectF(area.topLeft(), QSizeF(area.width(), rows * height)),
                                           { columns, rows }, count);
}

void KpiDashboardWidget::relayout()
{
    m_ids.clear();
    if (m_document)
        for (const Kpi &kpi : m_document->plan().kpis)
            m_ids << kpi.id;
    if (!m_ids.contains(m_highlighted))
        m_highlighted = 0;
    m_tiles = layoutTiles();
    const qreal contentHeight = m_tiles.isEmpty() ? 0 : m_tiles.last().bottom() + spacing;
    verticalScrollBar()->setRange(0, qMax(0, qCeil(contentHeight) - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
    viewport()->update();
}

int KpiDashboardWidget::kpiAt(const QPoint &viewportPos) const
{
    const QPointF p(viewportPos.x(), viewportPos.y() + verticalScrollBar()->value());
    for (int i = 0; i < m_tiles.size(); ++i)
        if (m_tiles[i].contains(p))
            return m_ids[i];
    return 0;
}

QRect KpiDashboardWidget::tileRect(int kpiId) const
{
    const int i = int(m_ids.indexOf(kpiId));
    if (i < 0 || i >= m_tiles.size())
        return QRect();
    return m_tiles[i].translated(0, -verticalScrollBar()->value()).toRect();
}

void KpiDashboardWidget::setHighlighted(int kpiId)
{
    if (kpiId == m_highlighted)
        return;
    m_highlighted = kpiId;
    viewport()->setCursor(kpiId ? Qt::PointingHandCursor : Qt::ArrowCursor);
    viewport()->update();
}

void KpiDashboardWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), QColor(0xF2, 0xF4, 0xF7));
    if (!m_document)
        return;
    KpiDashboardRenderer renderer(m_document->plan());
    renderer.setAsOf(m_asOf);
    renderer.setEraStyle(m_era);
    painter.translate(0, -verticalScrollBar()->value());
    if (m_ids.isEmpty()) {
        renderer.paintTiles(&painter, { QRectF(viewport()->rect()) }, 0, 0);
        return;
    }
    renderer.paintTiles(&painter, m_tiles, 0, m_highlighted);
}

void KpiDashboardWidget::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
}

void KpiDashboardWidget::mouseMoveEvent(QMouseEvent *event)
{
    setHighlighted(kpiAt(event->position().toPoint()));
}

void KpiDashboardWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (const int id = kpiAt(event->position().toPoint()))
        emit kpiActivated(id);
}

void KpiDashboardWidget::leaveEvent(QEvent *event)
{
    QAbstractScrollArea::leaveEvent(event);
    if (!hasFocus())
        setHighlighted(0);
}

void KpiDashboardWidget::keyPressEvent(QKeyEvent *event)
{
    if (m_ids.isEmpty())
        return QAbstractScrollArea::keyPressEvent(event);
    int i = int(m_ids.indexOf(m_highlighted));
    const qreal firstRow = m_tiles.value(0).top();
    const int columns = qMax(1, int(std::count_if(m_tiles.begin(), m_tiles.end(),
                                                  [firstRow](const QRectF &r) { return r.top() == firstRow; })));
    switch (event->key()) {
    case Qt::Key_Right: i = i < 0 ? 0 : qMin(i + 1, int(m_ids.size()) - 1); break;
    case Qt::Key_Left: i = i < 0 ? 0 : qMax(i - 1, 0); break;
    case Qt::Key_Down: i = i < 0 ? 0 : qMin(i + columns, int(m_ids.size()) - 1); break;
    case Qt::Key_Up: i = i < 0 ? 0 : qMax(i - columns, 0); break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (i >= 0)
            emit kpiActivated(m_ids[i]);
        return;
    default:
        return QAbstractScrollArea::keyPressEvent(event);
    }
    setHighlighted(m_ids[i]);
    const QRectF tile = m_tiles.value(i);
    const int top = verticalScrollBar()->value();
    if (tile.top() < top)
        verticalScrollBar()->setValue(qFloor(tile.top() - spacing));
    else if (tile.bottom() > top + viewport()->height())
        verticalScrollBar()->setValue(qCeil(tile.bottom() + spacing) - viewport()->height());
}

bool KpiDashboardWidget::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_document) {
        auto *help = static_cast<QHelpEvent *>(event);
        const Kpi *kpi = m_document->plan().kpi(kpiAt(help->pos()));
        if (!kpi) {
            QToolTip::hideText();
            return true;
        }
        const KpiStatus status(*kpi, m_asOf);
        QToolTip::showText(help->globalPos(),
                           tr("%1: %2. Click to open its chart.").arg(kpi->name, KpiFormat::statusText(status.status())),
                           viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}
