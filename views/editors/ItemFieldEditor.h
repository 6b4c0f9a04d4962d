#pragma once

#include <QList>
#include <QVariant>
#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class DateField;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

// A form of labelled fields, each bound to one value of a plan item by a
// getter (reads the document) and a setter (pushes an undo command). The
// editor never keeps values of its own: refresh() re-reads every getter and
// only touches a widget whose value differs, so the caret stays where it is
// while the user types and an undo shows at once.
class ItemFieldEditor : public QWidget
{
    Q_OBJECT

public:
    using Getter = std::function<QVariant()>;
    using Setter = std::function<void(const QVariant &)>;
    // Choices of a check list: (id, label) pairs, read at every refresh.
    using Options = std::function<QList<QPair<int, QString>>()>;

    explicit ItemFieldEditor(QWidget *parent = nullptr);

    void setHeading(const QString &heading);
    QLineEdit *addLine(const QString &name, const QString &label, Getter get, Setter set);
    QPlainTextEdit *addText(const QString &name, const QString &label, Getter get, Setter set);
    QSpinBox *addNumber(const QString &name, const QString &label, int min, int max, Getter get, Setter set);
    QComboBox *addChoice(const QString &name, const QString &label, const QStringList &choices, Getter get, Setter set);
    // One of changing choices; the value is the chosen option's id.
    QComboBox *addOptionChoice(const QString &name, const QString &label, Options options, Getter get, Setter set);
    // A value shown, not edited (a number the plan gives an item).
    QLabel *addLabel(const QString &name, const QString &label, Getter get);
    // The value is a PlanDate (QVariant::fromValue); `monthAllowed` lets
    // the user type a month only (令和7年3月).
    DateField *addDate(const QString &name, const QString &label, Getter get, Setter set, bool monthAllowed = false);
    QCheckBox *addCheck(const QString &name, const QString &text, Getter get, Setter set);
    // Checkable list of ids; the value is a QList<int> of the checked ids.
    QListWidget *addCheckList(const QString &name, const QString &label, Options options, Getter get, Setter set);
    void addRow(const QString &label, QWidget *widget);
    // Disables `widget` while `condition` holds (checked at each refresh).
    void disableWhen(QWidget *widget, std::function<bool()> condition);

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

public slots:
    void refresh();

signals:
    // Parts added with addRow() follow the editor's read-only state.
    void readOnlyChanged(bool readOnly);

private:
    enum class Type { Line, Text, Number, Choice, OptionChoice, Label, Date, Check, CheckList };
    struct Field
    {
        Type type;
        QWidget *widget;
        Getter get;
        Setter set;
        Options options;
    };
    void addField(Type type, QWidget *widget, const QString &name, const QString &label, Getter get,
                  Setter set, Options options = {});
    void refreshField(const Field &field);
    void emitEdit(int fieldIndex, const QVariant &value);
    QList<int> checkedIds(QListWidget *list) const;
    void refreshOptionChoice(const Field &field, const QVariant &value);

    QLabel *m_heading;
    QFormLayout *m_form;
    QList<Field> m_fields;
    QList<QPair<QWidget *, std::function<bool()>>> m_conditions;
    bool m_refreshing = false;
    bool m_readOnly = false;
};
