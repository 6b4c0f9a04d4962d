#pragma once

#include <QList>
#include <QPair>
#include <QStyledItemDelegate>

// Edits a cell whose value is one of a few numbers (a phase kind, a month,
// an audience) with a combo box, and shows the number's name.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using Choices = QList<QPair<int, QString>>;
    explicit ChoiceDelegate(const Choices &choices, QObject *parent = nullptr);

    QString displayText(const QVariant &value, const QLocale &locale) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

    // 0 = whole year, then April .. March by name.
    static Choices monthChoices();

private:
    Choices m_choices;
};
