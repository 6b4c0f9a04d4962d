#pragma once

#include <QStyledItemDelegate>

// Shows an outline item with its number (①, 2.) before its title; the
// number comes from PlanOutlineModel::NumberRole.
class OutlineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
