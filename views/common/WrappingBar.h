#pragma once

#include <QLayout>
#include <QList>

// A row of controls that wraps onto further rows when the width runs out.
// A QToolBar outside a QMainWindow hides what does not fit behind its »
// button, whose menu can list actions but not combo boxes: on a narrow
// window the roadmap's era and paper choices simply vanished. Here every
// control stays on screen; the layout only grows taller.
class WrappingBar : public QLayout
{
public:
    explicit WrappingBar(QWidget *parent = nullptr, int spacing = 4);
    ~WrappingBar() override;

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in rows within `rect` (when `apply`); returns the
    // height used.
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    int m_spacing;
};
