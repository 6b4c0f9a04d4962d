#include "views/editors/ChoiceDelegate.h"

#include "models/FiscalYear.h"

#include <QComboBox>
#include <QLocale>

ChoiceDelegate::ChoiceDelegate(const Choices &choices, QObject *parent)
    : QStyledItemDelegate(parent), m_choices(choices)
{
}

ChoiceDelegate::Choices ChoiceDelegate::monthChoices()
{
    Choices choices { { 0, tr("Whole year") } };
    for (int i = 0; i < 12; ++i) {
        const int month = FiscalYear::calendarMonth(i);
        choices.append({ month, QLocale().monthName(month) });
    }
    return choices;
}

QString ChoiceDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    if (value.typeId() == QMetaType::Int)
        for (const auto &choice : m_choices)
            if (choice.first == value.toInt())
                return choice.second;
    return QStyledItemDelegate::displayText(value, locale);
}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    for (const auto &choice : m_choices)
        combo->addItem(choice.second, choice.first);
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::EditRole).toInt())));
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    model->setData(index, combo->currentData().toInt(), Qt::EditRole);
}
