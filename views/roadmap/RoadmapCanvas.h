#pragma once

#include "models/PlanDocument.h"
#include "views/roadmap/RoadmapEditing.h"
#include "views/roadmap/RoadmapLayout.h"
#include "views/roadmap/RoadmapOptions.h"
#include "views/roadmap/RoadmapRenderer.h"

#include <QAbstractScrollArea>
#include <QPointer>
#include <memory>

class QMenu;
class RoadmapScheduleEditor;

// The roadmap on screen: the header stays at the top and the legend at the
// bottom while the rows scroll. Bars and their ends are dragged in whole
// months, milestones likewise; double-click edits, the context menu adds
// and removes phases and milestones; clicking a theme collapses it. Every
// edit is one undo command on the document's stack.
class RoadmapCanvas : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit RoadmapCanvas(QWidget *parent = nullptr);
    ~RoadmapCanvas() override;

    void setDocument(PlanDocument *document);
    PlanDocument *document() const { return m_document; }
    const RoadmapOptions &options() const { return m_options; }
    void setOptions(const RoadmapOptions &options);
    const RoadmapLayout &layout() const { return m_layout; }

    // Points to widget pixels: 1 point is zoom() pixels.
    qreal zoom() const { return m_zoom; }
    // Where a body point (layout coordinates) is in the viewport, and back.
    QPointF viewportPoint(const QPointF &bodyPoint) const;
    QPointF bodyPoint(const QPointF &viewportPoint) const;
    void scrollToRow(int row);

    // The measure selected in the window: its row is marked and scrolled
    // into view (0: none).
    void setSelectedMeasure(int measureId);
    int selectedMeasure() const { return m_selectedMeasure; }

    void toggleTheme(int themeId);
    void setAllCollapsed(bool collapsed);
    // The edits behind double-clicks and the context menu.
    RoadmapScheduleEditor *editor() const { return m_editor.get(); }

    // The menu for a point of the viewport (for the context menu and tests).
    QMenu *createContextMenu(const QPoint &viewportPos, QWidget *parent);

signals:
    void optionsChanged(const RoadmapOptions &options);
    // A measure's title was double-clicked: the window may open its editor.
    void measureActivated(int measureId);
    // A measure's row, title or bar was clicked: the window selects it.
    void measureClicked(int measureId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Drag
    {
        RoadmapLayout::Hit hit;
        RoadmapEditing::Grip grip = RoadmapEditing::Grip::Body;
        qreal pressX = 0;
        int months = 0;
        bool active = false;
    };
    void relayout();
    // Lays out now when shown, else on the next show: a hidden roadmap of
    // a large plan must not slow every edit down.
    void relayoutWhenShown();
    void onDocumentChanged(const PlanChange &change);
    bool canEdit() const;
    RoadmapLayout::Hit hitAt(const QPointF &viewportPos) const;
    int clampedDragMonths(int months) const;
    Measure draggedMeasure(const Drag &drag) const;
    void paintDragPreview(QPainter *painter) const;
    qreal bodyTop() const;
    qreal bodyViewHeight() const;

    QPointer<PlanDocument> m_document;
    RoadmapOptions m_options;
    RoadmapLayout m_layout;
    std::unique_ptr<RoadmapRenderer> m_renderer;
    qreal m_zoom = 1;
    Drag m_drag;
    bool m_stale = false;
    std::unique_ptr<RoadmapScheduleEditor> m_editor;
    int m_selectedMeasure = 0;
};
