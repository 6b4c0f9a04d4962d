#pragma once

#include "models/DateText.h"

#include <QWidget>

class QCalendarWidget;
class QLineEdit;
class QToolButton;

// A date field that takes dates as people type them (see DateText::parse:
// 2025/3/31, R7.3.31, 令和7年3月31日, and months where allowed) and shows
// them in the era setting's one format. A date picked from the calendar
// takes effect at once; a typed one on Return or when the field is left.
// A text that is not a date is marked and kept for correcting, and the
// stored date is not touched.
class DateField : public QWidget
{
    Q_OBJECT

public:
    explicit DateField(DateText::Precision precision = DateText::Precision::Day, QWidget *parent = nullptr);

    PlanDate date() const { return m_date; }
    // Shows `date` without emitting dateChanged (an invalid date: empty).
    void setDate(const PlanDate &date);
    void setReadOnly(bool readOnly);
    // An empty field clears the date instead of being refused.
    void setClearable(bool clearable) { m_clearable = clearable; }

    QLineEdit *lineEdit() const { return m_edit; }
    QCalendarWidget *calendar() const { return m_calendar; }
    // True while the text is not a date that the field accepts.
    bool isRefused() const { return m_refused; }

signals:
    // The user changed the date (typed and confirmed, or picked).
    void dateChanged(const PlanDate &date);

private:
    void commitText();
    void pick(const QDate &day);
    void show(const PlanDate &date);
    void markRefused(bool refused);

    DateText::Precision m_precision;
    QLineEdit *m_edit;
    QToolButton *m_button;
    QCalendarWidget *m_calendar;
    PlanDate m_date;
    bool m_clearable = false;
    bool m_refused = false;
};
