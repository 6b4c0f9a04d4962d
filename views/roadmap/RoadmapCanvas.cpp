#include "views/roadmap/RoadmapCanvas.h"

#include "models/PlanDocument.h"
#include "views/common/Palette.h"
#include "views/roadmap/RoadmapScheduleEditor.h"
#include "views/roadmap/RoadmapStyle.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>

using Hit = RoadmapLayout::Hit;
using Part = RoadmapLayout::Hit::Part;

RoadmapCanvas::RoadmapCanvas(QWidget *parent)
    : QAbstractScrollArea(parent), m_editor(std::make_unique<RoadmapScheduleEditor>(this))
{
    setObjectName(QStringLiteral("roadmapCanvas"));
    viewport()->setMouseTracking(true);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(false);
    setFocusPolicy(Qt::StrongFocus);
}

RoadmapCanvas::~RoadmapCanvas() = default;

void RoadmapCanvas::setDocument(PlanDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_drag = Drag();
    if (m_document)
        connect(m_document, &PlanDocument::changed, this, &RoadmapCanvas::onDocumentChanged);
    relayoutWhenShown();
}

void RoadmapCanvas::setOptions(const RoadmapOptions &options)
{
    m_options = options;
    relayoutWhenShown();
    emit optionsChanged(m_options);
}

void RoadmapCanvas::onDocumentChanged(const PlanChange &change)
{
    // KPIs, roles, systems and the glossary are not on the roadmap.
    using Part = PlanChange::Part;
    if (change.part == Part::Kpi || change.part == Part::Role || change.part == Part::System
        || change.part == Part::Glossary)
        return;
    // The item being dragged may have changed under the pointer.
    m_drag = Drag();
    relayoutWhenShown();
}

void RoadmapCanvas::relayoutWhenShown()
{
    if (isVisible())
        relayout();
    else
        m_stale = true;
}

void RoadmapCanvas::showEvent(QShowEvent *event)
{
    QAbstractScrollArea::showEvent(event);
    if (m_stale)
        relayout();
}

bool RoadmapCanvas::canEdit() const
{
    return m_editor->canEdit();
}

qreal RoadmapCanvas::bodyTop() const
{
    return RoadmapLayout::headerHeight();
}

qreal RoadmapCanvas::bodyViewHeight() const
{
    return viewport()->height() / m_zoom - bodyTop() - RoadmapStyle::legendBandHeight;
}

void RoadmapCanvas::relayout()
{
    m_stale = false;
    m_zoom = qMax(1.0, logicalDpiX() / 72.0);
    if (!m_document) {
        m_renderer.reset();
        m_layout = RoadmapLayout();
        viewport()->update();
        return;
    }
    const Plan &plan = m_document->plan();
    m_renderer.reset();
    m_layout = RoadmapLayout(plan, m_options, viewport()->width() / m_zoom);
    m_renderer = std::make_unique<RoadmapRenderer>(plan, m_options, m_layout);
    m_renderer->setInteractive(true);
    const int contentWidth = int(std::ceil(m_layout.width() * m_zoom));
    const int contentHeight = int(std::ceil((bodyTop() + m_layout.bodyHeight() + RoadmapStyle::legendBandHeight) * m_zoom));
    horizontalScrollBar()->setRange(0, qMax(0, contentWidth - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    verticalScrollBar()->setRange(0, qMax(0, contentHeight - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setSingleStep(int(20 * m_zoom));
    viewport()->update();
}

QPointF RoadmapCanvas::viewportPoint(const QPointF &body) const
{
    return QPointF(body.x() * m_zoom - horizontalScrollBar()->value(),
                   (body.y() + bodyTop()) * m_zoom - verticalScrollBar()->value());
}

QPointF RoadmapCanvas::bodyPoint(const QPointF &pos) const
{
    return QPointF((pos.x() + horizontalScrollBar()->value()) / m_zoom,
                   (pos.y() + verticalScrollBar()->value()) / m_zoom - bodyTop());
}

void RoadmapCanvas::scrollToRow(int row)
{
    if (row < 0 || row >= m_layout.rows().size())
        return;
    verticalScrollBar()->setValue(int(m_layout.rows()[row].y * m_zoom));
}

RoadmapLayout::Hit RoadmapCanvas::hitAt(const QPointF &pos) const
{
    // The header and the legend cover the rows scrolled under them.
    const qreal y = pos.y() / m_zoom;
    if (!m_renderer || y < bodyTop() || y >= bodyTop() + bodyViewHeight())
        return Hit();
    return m_layout.hitTest(bodyPoint(pos));
}

void RoadmapCanvas::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    painter.fillRect(event->rect(), Qt::white);
    if (!m_renderer)
        return;
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter.scale(m_zoom, m_zoom);
    const qreal scrollX = horizontalScrollBar()->value() / m_zoom;
    const qreal scrollY = verticalScrollBar()->value() / m_zoom;
    const QRectF exposed(event->rect().topLeft() / m_zoom, event->rect().size() / m_zoom);

    // Only the rows in the exposed band are painted.
    const qreal top = qMax(exposed.top(), bodyTop()) - bodyTop() + scrollY;
    const qreal bottom = qMin(exposed.bottom(), bodyTop() + bodyViewHeight()) - bodyTop() + scrollY;
    if (bottom > top) {
        painter.save();
        painter.setClipRect(QRectF(0, bodyTop(), viewport()->width() / m_zoom, bodyViewHeight()));
        painter.translate(-scrollX, bodyTop() - scrollY);
        const auto [first, end] = m_layout.rowsBetween(top, bottom);
        m_renderer->paintRows(&painter, first, end);
        // The selected measure's row, marked over whatever the row shows.
        if (const int row = m_selectedMeasure ? m_layout.rowOfMeasure(m_selectedMeasure) : -1; row >= first && row < end) {
            const RoadmapLayout::Row &r = m_layout.rows().at(row);
            const QColor mark = palette().color(QPalette::Highlight);
            painter.fillRect(QRectF(0, r.y, m_layout.width(), r.height),
                             QColor(mark.red(), mark.green(), mark.blue(), 40));
        }
        if (m_drag.active && m_drag.months != 0)
            paintDragPreview(&painter);
        painter.restore();
    }
    if (exposed.top() < bodyTop()) {
        painter.save();
        painter.translate(-scrollX, 0);
        m_renderer->paintHeader(&painter);
        painter.restore();
    }
    const qreal legendTop = viewport()->height() / m_zoom - RoadmapStyle::legendBandHeight;
    if (exposed.bottom() > legendTop) {
        painter.fillRect(QRectF(0, legendTop, viewport()->width() / m_zoom, RoadmapStyle::legendBandHeight), Qt::white);
        painter.setPen(QPen(Palette::gridColor(), 0.5));
        painter.drawLine(QPointF(0, legendTop), QPointF(viewport()->width() / m_zoom, legendTop));
        painter.translate(RoadmapStyle::cellPadding, legendTop);
        m_renderer->paintLegend(&painter);
    }
}

void RoadmapCanvas::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayoutWhenShown();
}

void RoadmapCanvas::scrollContentsBy(int, int)
{
    viewport()->update();
}

void RoadmapCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    const Hit hit = hitAt(event->position());
    if (hit.part == Part::Theme) {
        toggleTheme(hit.themeId);
        return;
    }
    if (hit.measureId)
        emit measureClicked(hit.measureId);
    if (!canEdit())
        return;
    m_drag = Drag();
    switch (hit.part) {
    case Part::PhaseBody:
        m_drag.grip = RoadmapEditing::Grip::Body;
        break;
    case Part::PhaseStart:
        m_drag.grip = RoadmapEditing::Grip::Start;
        break;
    case Part::PhaseEnd:
        m_drag.grip = RoadmapEditing::Grip::End;
        break;
    case Part::Milestone:
        break;
    default:
        return;
    }
    m_drag.hit = hit;
    m_drag.pressX = bodyPoint(event->position()).x();
    m_drag.active = true;
}

void RoadmapCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_drag.active) {
        const qreal distance = bodyPoint(event->position()).x() - m_drag.pressX;
        const int months = clampedDragMonths(RoadmapEditing::snappedMonths(distance, m_layout.monthWidth()));
        if (months != m_drag.months) {
            m_drag.months = months;
            viewport()->update();
        }
        return;
    }
    const Hit hit = hitAt(event->position());
    Qt::CursorShape shape = Qt::ArrowCursor;
    if (canEdit()) {
        if (hit.part == Part::PhaseStart || hit.part == Part::PhaseEnd)
            shape = Qt::SizeHorCursor;
        else if (hit.part == Part::PhaseBody || hit.part == Part::Milestone)
            shape = Qt::OpenHandCursor;
    }
    if (hit.part == Part::Theme)
        shape = Qt::PointingHandCursor;
    viewport()->setCursor(shape);
}

void RoadmapCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_drag.active || event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mouseReleaseEvent(event);
    const Drag drag = m_drag;
    m_drag = Drag();
    viewport()->update();
    if (drag.months == 0 || !m_document || !m_document->plan().measure(drag.hit.measureId))
        return;
    QString text = tr("Move Milestone");
    if (drag.hit.part == Part::PhaseBody)
        text = tr("Move Phase");
    else if (drag.hit.part == Part::PhaseStart)
        text = tr("Change Phase Start");
    else if (drag.hit.part == Part::PhaseEnd)
        text = tr("Change Phase End");
    m_editor->replaceMeasure(draggedMeasure(drag), text);
}

void RoadmapCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_drag = Drag();
    const Hit hit = hitAt(event->position());
    switch (hit.part) {
    case Part::Theme:
        toggleTheme(hit.themeId); // the second click of a pair, as a click
        break;
    case Part::PhaseBody:
    case Part::PhaseStart:
    case Part::PhaseEnd:
        m_editor->editPhase(hit.measureId, hit.phaseIndex);
        break;
    case Part::Milestone:
        m_editor->editMilestone(hit.measureId, hit.milestoneIndex);
        break;
    case Part::Timeline:
        m_editor->addPhase(hit.measureId, m_layout.firstYear() + hit.monthOffset / 12);
        break;
    case Part::Label:
        emit measureActivated(hit.measureId);
        break;
    case Part::None:
        break;
    }
}

void RoadmapCanvas::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createContextMenu(event->pos(), this);
    menu->exec(event->globalPos());
    delete menu;
}

int RoadmapCanvas::clampedDragMonths(int months) const
{
    // Whatever is dragged stays where it can be seen and dragged back.
    const Measure *measure = m_document ? m_document->plan().measure(m_drag.hit.measureId) : nullptr;
    if (!measure)
        return 0;
    const int total = m_layout.monthCount();
    const int from = m_layout.firstYear();
    if (m_drag.hit.part == Part::Milestone) {
        const Milestone &m = measure->milestones[m_drag.hit.milestoneIndex];
        const int offset = (m.year - from) * 12 + (m.month == 0 ? 6 : FiscalYear::monthIndex(m.month));
        return qBound(qMin(0, offset) - offset, months, qMax(total - 1, offset) - offset);
    }
    const Phase &phase = measure->phases[m_drag.hit.phaseIndex];
    const int start = phase.startOffset(from);
    const int end = phase.endOffset(from);
    const int lowest = qMin(0, start) - start;
    const int highest = qMax(total, end) - end;
    switch (m_drag.grip) {
    case RoadmapEditing::Grip::Body:
        return qBound(lowest, months, highest);
    case RoadmapEditing::Grip::Start:
        return qMax(lowest, months);
    case RoadmapEditing::Grip::End:
        return qMin(highest, months);
    }
    return months;
}

Measure RoadmapCanvas::draggedMeasure(const Drag &drag) const
{
    Measure measure = *m_document->plan().measure(drag.hit.measureId);
    if (drag.hit.part == Part::Milestone) {
        Milestone &m = measure.milestones[drag.hit.milestoneIndex];
        m = RoadmapEditing::moved(m, drag.months);
    } else {
        Phase &phase = measure.phases[drag.hit.phaseIndex];
        phase = RoadmapEditing::dragged(phase, m_layout.firstYear(), drag.grip, drag.months);
    }
    return measure;
}

void RoadmapCanvas::paintDragPreview(QPainter *painter) const
{
    const int row = m_layout.rowOfMeasure(m_drag.hit.measureId);
    if (row < 0)
        return;
    const RoadmapLayout::Row &r = m_layout.rows()[row];
    const Measure after = draggedMeasure(m_drag);
    const int from = m_layout.firstYear();
    const FiscalYear::EraStyle era = m_options.eraStyle;
    auto monthText = [&](int year, int month) {
        return FiscalYear::monthLabel(month >= 4 ? year : year + 1, month, era);
    };
    QRectF target;
    QString text;
    if (m_drag.hit.part == Part::Milestone) {
        const Milestone &m = after.milestones[m_drag.hit.milestoneIndex];
        const qreal offset = (m.year - from) * 12 + (m.month == 0 ? 6.0 : FiscalYear::monthIndex(m.month) + 0.5);
        const qreal size = RoadmapStyle::milestoneSize;
        const qreal y = r.y + r.height - RoadmapStyle::rowPadding - RoadmapStyle::milestoneLane / 2;
        target = QRectF(m_layout.xForMonth(offset) - size / 2, y - size / 2, size, size);
        text = m.month == 0 ? FiscalYear::label(m.year, era) : monthText(m.year, m.month);
    } else {
        const Phase &phase = after.phases[m_drag.hit.phaseIndex];
        const int start = qBound(0, phase.startOffset(from), m_layout.monthCount());
        const int end = qBound(0, phase.endOffset(from), m_layout.monthCount());
        QRectF original;
        for (int i = r.firstBar; i < r.firstBar + r.barCount; ++i)
            if (m_layout.bars()[i].phaseIndex == m_drag.hit.phaseIndex)
                original = m_layout.bars()[i].rect;
        target = QRectF(m_layout.xForMonth(start), original.top(),
                        m_layout.xForMonth(end) - m_layout.xForMonth(start), original.height());
        const int startMonth = phase.startMonth == 0 ? 4 : phase.startMonth;
        const int endMonth = phase.endMonth == 0 ? 3 : phase.endMonth;
        text = monthText(phase.startYear, startMonth) + QStringLiteral(" – ") + monthText(phase.endYear, endMonth);
    }
    QColor fill = Palette::todayLineColor();
    fill.setAlpha(60);
    painter->setPen(QPen(QColor(0x33, 0x33, 0x33), 0.8, Qt::DashLine));
    painter->setBrush(fill);
    painter->drawRect(target);
    painter->setBrush(Qt::NoBrush);
    // Where the edit lands, in words, above the bar.
    const QFont font = RoadmapStyle::font(RoadmapStyle::FontRole::Small);
    const QFontMetricsF metrics(font);
    const QRectF box(target.left(), target.top() - metrics.height() - 3, metrics.horizontalAdvance(text) + 6,
                     metrics.height() + 2);
    painter->fillRect(box, QColor(255, 255, 224));
    painter->setPen(QPen(QColor(0x33, 0x33, 0x33), 0.5));
    painter->drawRect(box);
    painter->setFont(font);
    painter->drawText(box, Qt::AlignCenter, text);
}

void RoadmapCanvas::toggleTheme(int themeId)
{
    RoadmapOptions options = m_options;
    if (!options.collapsedThemeIds.remove(themeId))
        options.collapsedThemeIds.insert(themeId);
    setOptions(options);
}

void RoadmapCanvas::setAllCollapsed(bool collapsed)
{
    RoadmapOptions options = m_options;
    options.collapsedThemeIds.clear();
    if (collapsed && m_document)
        for (const Theme &theme : m_document->plan().themes)
            options.collapsedThemeIds.insert(theme.id);
    setOptions(options);
}

QMenu *RoadmapCanvas::createContextMenu(const QPoint &pos, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    const Hit hit = hitAt(pos);
    const bool editable = canEdit();
    auto add = [&](const QString &text, const char *name, bool enabled, auto slot) {
        QAction *action = menu->addAction(text);
        action->setObjectName(QLatin1String(name));
        action->setEnabled(enabled);
        connect(action, &QAction::triggered, this, slot);
    };
    const int measureId = hit.measureId;
    if (hit.part == Part::PhaseBody || hit.part == Part::PhaseStart || hit.part == Part::PhaseEnd) {
        const int index = hit.phaseIndex;
        add(tr("Edit Phase…"), "editPhase", editable, [this, measureId, index] { m_editor->editPhase(measureId, index); });
        add(tr("Remove Phase"), "removePhase", editable, [this, measureId, index] { m_editor->removePhase(measureId, index); });
        menu->addSeparator();
    } else if (hit.part == Part::Milestone) {
        const int index = hit.milestoneIndex;
        add(tr("Edit Milestone…"), "editMilestone", editable, [this, measureId, index] { m_editor->editMilestone(measureId, index); });
        add(tr("Remove Milestone"), "removeMilestone", editable, [this, measureId, index] { m_editor->removeMilestone(measureId, index); });
        menu->addSeparator();
    }
    if (measureId != 0 && hit.part != Part::Label) {
        const int year = m_layout.firstYear() + qBound(0, hit.monthOffset, m_layout.monthCount() - 1) / 12;
        const int offset = qBound(0, hit.monthOffset, m_layout.monthCount() - 1);
        add(tr("Add Phase in %1…").arg(FiscalYear::label(year, m_options.eraStyle)), "addPhase", editable,
            [this, measureId, year] { m_editor->addPhase(measureId, year); });
        add(tr("Add Milestone…"), "addMilestone", editable,
            [this, measureId, offset] { m_editor->addMilestone(measureId, offset); });
        menu->addSeparator();
    }
    if (hit.part == Part::Theme) {
        const int themeId = hit.themeId;
        const bool collapsed = m_options.collapsedThemeIds.contains(themeId);
        add(collapsed ? tr("Expand Theme") : tr("Collapse Theme"), "toggleTheme", true,
            [this, themeId] { toggleTheme(themeId); });
    }
    add(tr("Collapse All Themes"), "collapseAll", true, [this] { setAllCollapsed(true); });
    add(tr("Expand All Themes"), "expandAll", true, [this] { setAllCollapsed(false); });
    return menu;
}

void RoadmapCanvas::setSelectedMeasure(int measureId)
{
    if (measureId == m_selectedMeasure)
        return;
    m_selectedMeasure = measureId;
    if (const int row = measureId ? m_layout.rowOfMeasure(measureId) : -1; row >= 0) {
        const RoadmapLayout::Row &r = m_layout.rows().at(row);
        const qreal top = verticalScrollBar()->value() / m_zoom;
        // Scrolled only when the row is not already in view.
        if (r.y < top || r.y + r.height > top + bodyViewHeight())
            scrollToRow(row);
    }
    viewport()->update();
}
