#include "views/common/WrappingBar.h"

#include <QWidget>

WrappingBar::WrappingBar(QWidget *parent, int spacing) : QLayout(parent), m_spacing(spacing)
{
}

WrappingBar::~WrappingBar()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void WrappingBar::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

QLayoutItem *WrappingBar::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

QSize WrappingBar::minimumSize() const
{
    // As narrow as the widest control: everything else wraps.
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize WrappingBar::sizeHint() const
{
    // All on one row.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width() + m_spacing;
        height = qMax(height, item->sizeHint().height());
    }
    const QMargins m = contentsMargins();
    return QSize(width + m.left() + m.right(), height + m.top() + m.bottom());
}

void WrappingBar::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int WrappingBar::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    int x = area.x();
    int y = area.y();
    int rowHeight = 0;
    // Items of one row share its height and are centred in it vertically.
    QList<QPair<QLayoutItem *, QPoint>> row;
    auto finishRow = [&] {
        if (apply)
            for (const auto &[item, at] : std::as_const(row)) {
                const QSize size = item->sizeHint();
                item->setGeometry(QRect(QPoint(at.x(), at.y() + (rowHeight - size.height()) / 2), size));
            }
        row.clear();
    };
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize size = item->sizeHint();
        if (x > area.x() && x + size.width() > area.right() + 1) {
            finishRow();
            y += rowHeight + m_spacing;
            x = area.x();
            rowHeight = 0;
        }
        row.append({ item, QPoint(x, y) });
        x += size.width() + m_spacing;
        rowHeight = qMax(rowHeight, size.height());
    }
    finishRow();
    const QMargins m = contentsMargins();
    return y + rowHeight - rect.y() + m.bottom();
}
