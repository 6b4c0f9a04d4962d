#include "views/window/OutlineDelegate.h"

#include "views/itemmodels/PlanOutlineModel.h"

void OutlineDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QString number = index.data(PlanOutlineModel::NumberRole).toString();
    if (!number.isEmpty())
        option->text = number + QLatin1Char(' ') + option->text;
}
