#include "views/editors/ItemFieldEditor.h"

#include "views/common/DateField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

ItemFieldEditor::ItemFieldEditor(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    QFont font = m_heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_heading->setFont(font);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addLayout(m_form);
    layout->addStretch(1);
}

void ItemFieldEditor::setHeading(const QString &heading)
{
    m_heading->setText(heading);
}

void ItemFieldEditor::addField(Type type, QWidget *widget, const QString &name, const QString &label,
                               Getter get, Setter set, Options options)
{
    widget->setObjectName(name);
    widget->setAccessibleName(label);
    m_fields.append({ type, widget, std::move(get), std::move(set), std::move(options) });
    if (type == Type::Check) {
        m_form->addRow(QString(), widget);
    } else {
        auto *buddyLabel = new QLabel(label, this);
        buddyLabel->setBuddy(widget);
        m_form->addRow(buddyLabel, widget);
    }
    m_refreshing = true;
    refreshField(m_fields.last());
    m_refreshing = false;
}

void ItemFieldEditor::addRow(const QString &label, QWidget *widget)
{
    if (label.isEmpty()) {
        m_form->addRow(widget);
        return;
    }
    // A part such as the schedule gets the editor's full width, its label
    // on a line of its own.
    auto *buddyLabel = new QLabel(label, this);
    buddyLabel->setBuddy(widget);
    m_form->addRow(buddyLabel);
    m_form->addRow(widget);
}

void ItemFieldEditor::emitEdit(int fieldIndex, const QVariant &value)
{
    if (m_refreshing || m_readOnly)
        return;
    m_fields[fieldIndex].set(value);
}

QLineEdit *ItemFieldEditor::addLine(const QString &name, const QString &label, Getter get, Setter set)
{
    auto *edit = new QLineEdit(this);
    const int index = m_fields.size();
    connect(edit, &QLineEdit::textEdited, this, [this, index](const QString &text) { emitEdit(index, text); });
    addField(Type::Line, edit, name, label, std::move(get), std::move(set));
    return edit;
}

QPlainTextEdit *ItemFieldEditor::addText(const QString &name, const QString &label, Getter get, Setter set)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    edit->setMaximumHeight(fontMetrics().lineSpacing() * 8);
    const int index = m_fields.size();
    connect(edit, &QPlainTextEdit::textChanged, this, [this, index, edit] { emitEdit(index, edit->toPlainText()); });
    addField(Type::Text, edit, name, label, std::move(get), std::move(set));
    return edit;
}

QSpinBox *ItemFieldEditor::addNumber(const QString &name, const QString &label, int min, int max, Getter get,
                                     Setter set)
{
    auto *spin = new QSpinBox(this);
    spin->setRange(min, max);
    spin->setKeyboardTracking(false);
    const int index = m_fields.size();
    connect(spin, &QSpinBox::valueChanged, this, [this, index](int value) { emitEdit(index, value); });
    addField(Type::Number, spin, name, label, std::move(get), std::move(set));
    return spin;
}

QComboBox *ItemFieldEditor::addChoice(const QString &name, const QString &label, const QStringList &choices,
                                      Getter get, Setter set)
{
    auto *combo = new QComboBox(this);
    combo->addItems(choices);
    const int index = m_fields.size();
    connect(combo, &QComboBox::activated, this, [this, index](int value) { emitEdit(index, value); });
    addField(Type::Choice, combo, name, label, std::move(get), std::move(set));
    return combo;
}

QComboBox *ItemFieldEditor::addOptionChoice(const QString &name, const QString &label, Options options, Getter get,
                                            Setter set)
{
    auto *combo = new QComboBox(this);
    const int index = m_fields.size();
    connect(combo, &QComboBox::activated, this, [this, index, combo](int row) { emitEdit(index, combo->itemData(row)); });
    addField(Type::OptionChoice, combo, name, label, std::move(get), std::move(set), std::move(options));
    return combo;
}

QLabel *ItemFieldEditor::addLabel(const QString &name, const QString &label, Getter get)
{
    auto *text = new QLabel(this);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addField(Type::Label, text, name, label, std::move(get), [](const QVariant &) { });
    return text;
}

DateField *ItemFieldEditor::addDate(const QString &name, const QString &label, Getter get, Setter set, bool monthAllowed)
{
    auto *field = new DateField(monthAllowed ? DateText::Precision::DayOrMonth : DateText::Precision::Day, this);
    const int index = m_fields.size();
    connect(field, &DateField::dateChanged, this,
            [this, index](const PlanDate &date) { emitEdit(index, QVariant::fromValue(date)); });
    addField(Type::Date, field, name, label, std::move(get), std::move(set));
    return field;
}

QCheckBox *ItemFieldEditor::addCheck(const QString &name, const QString &text, Getter get, Setter set)
{
    auto *box = new QCheckBox(text, this);
    const int index = m_fields.size();
    connect(box, &QCheckBox::toggled, this, [this, index](bool on) { emitEdit(index, on); });
    addField(Type::Check, box, name, text, std::move(get), std::move(set));
    return box;
}

QListWidget *ItemFieldEditor::addCheckList(const QString &name, const QString &label, Options options,
                                           Getter get, Setter set)
{
    auto *list = new QListWidget(this);
    list->setMaximumHeight(fontMetrics().lineSpacing() * 7);
    const int index = m_fields.size();
    connect(list, &QListWidget::itemChanged, this, [this, index, list] {
        emitEdit(index, QVariant::fromValue(checkedIds(list)));
    });
    addField(Type::CheckList, list, name, label, std::move(get), std::move(set), std::move(options));
    return list;
}

void ItemFieldEditor::disableWhen(QWidget *widget, std::function<bool()> condition)
{
    m_conditions.append({ widget, std::move(condition) });
    widget->setEnabled(!m_conditions.last().second());
}

QList<int> ItemFieldEditor::checkedIds(QListWidget *list) const
{
    QList<int> ids;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            ids << list->item(i)->data(Qt::UserRole).toInt();
    return ids;
}

void ItemFieldEditor::refreshField(const Field &field)
{
    const QVariant value = field.get();
    switch (field.type) {
    case Type::Line: {
        auto *edit = static_cast<QLineEdit *>(field.widget);
        if (edit->text() != value.toString())
            edit->setText(value.toString());
        edit->setReadOnly(m_readOnly);
        break;
    }
    case Type::Text: {
        auto *edit = static_cast<QPlainTextEdit *>(field.widget);
        if (edit->toPlainText() != value.toString())
            edit->setPlainText(value.toString());
        edit->setReadOnly(m_readOnly);
        break;
    }
    case Type::Number: {
        auto *spin = static_cast<QSpinBox *>(field.widget);
        if (spin->value() != value.toInt())
            spin->setValue(value.toInt());
        spin->setReadOnly(m_readOnly);
        break;
    }
    case Type::Choice: {
        auto *combo = static_cast<QComboBox *>(field.widget);
        if (combo->currentIndex() != value.toInt())
            combo->setCurrentIndex(value.toInt());
        combo->setEnabled(!m_readOnly);
        break;
    }
    case Type::OptionChoice:
        refreshOptionChoice(field, value);
        break;
    case Type::Label: {
        auto *text = static_cast<QLabel *>(field.widget);
        if (text->text() != value.toString())
            text->setText(value.toString());
        break;
    }
    case Type::Date: {
        auto *edit = static_cast<DateField *>(field.widget);
        const PlanDate date = value.value<PlanDate>();
        if (!(edit->date() == date))
            edit->setDate(date);
        edit->setReadOnly(m_readOnly);
        break;
    }
    case Type::Check: {
        auto *box = static_cast<QCheckBox *>(field.widget);
        if (box->isChecked() != value.toBool())
            box->setChecked(value.toBool());
        box->setEnabled(!m_readOnly);
        break;
    }
    case Type::CheckList: {
        auto *list = static_cast<QListWidget *>(field.widget);
        const QList<int> checked = value.value<QList<int>>();
        const QList<QPair<int, QString>> options = field.options();
        bool same = list->count() == options.size();
        for (int i = 0; same && i < options.size(); ++i)
            same = list->item(i)->data(Qt::UserRole).toInt() == options[i].first
                && list->item(i)->text() == options[i].second;
        if (!same) {
            list->clear();
            for (const auto &option : options) {
                auto *item = new QListWidgetItem(option.second, list);
                item->setData(Qt::UserRole, option.first);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
                // Without an explicit state no check box is drawn.
                item->setCheckState(Qt::Unchecked);
            }
        }
        for (int i = 0; i < list->count(); ++i) {
            const Qt::CheckState state =
                checked.contains(list->item(i)->data(Qt::UserRole).toInt()) ? Qt::Checked : Qt::Unchecked;
            if (list->item(i)->checkState() != state)
                list->item(i)->setCheckState(state);
            const Qt::ItemFlags flags = m_readOnly ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                                   : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
            if (list->item(i)->flags() != flags)
                list->item(i)->setFlags(flags);
        }
        break;
    }
    }
}

void ItemFieldEditor::refreshOptionChoice(const Field &field, const QVariant &value)
{
    auto *combo = static_cast<QComboBox *>(field.widget);
    const QList<QPair<int, QString>> options = field.options();
    bool same = combo->count() == options.size();
    for (int i = 0; same && i < options.size(); ++i)
        same = combo->itemData(i).toInt() == options[i].first && combo->itemText(i) == options[i].second;
    if (!same) {
        combo->clear();
        for (const auto &option : options)
            combo->addItem(option.second, option.first);
    }
    const int current = combo->findData(value.toInt());
    if (combo->currentIndex() != current)
        combo->setCurrentIndex(current);
    combo->setEnabled(!m_readOnly);
}

void ItemFieldEditor::refresh()
{
    m_refreshing = true;
    for (const Field &field : std::as_const(m_fields))
        refreshField(field);
    for (const auto &condition : std::as_const(m_conditions))
        condition.first->setEnabled(!condition.second());
    m_refreshing = false;
}

void ItemFieldEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    refresh();
    emit readOnlyChanged(readOnly);
}
