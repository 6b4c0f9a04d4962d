#include "views/common/DateField.h"

#include "views/common/ViewSettings.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QWidgetAction>

DateField::DateField(DateText::Precision precision, QWidget *parent)
    : QWidget(parent), m_precision(precision), m_edit(new QLineEdit(this)), m_button(new QToolButton(this)),
      m_calendar(new QCalendarWidget)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_edit->setPlaceholderText(DateText::hint(precision));
    m_edit->setToolTip(DateText::hint(precision));
    // Wide enough for the longest date the era setting shows.
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(QStringLiteral("令和10(2028)年12月31日")) + 16);
    layout->addWidget(m_edit, 1);

    m_button->setText(QStringLiteral("▾"));
    m_button->setToolTip(tr("Pick from a calendar"));
    m_button->setAccessibleName(tr("Calendar"));
    m_button->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_button);
    auto *holder = new QWidgetAction(menu);
    m_calendar->setGridVisible(true);
    holder->setDefaultWidget(m_calendar);
    menu->addAction(holder);
    connect(menu, &QMenu::aboutToShow, this, [this] {
        m_calendar->setSelectedDate(m_date.isValid() ? m_date.date : QDate::currentDate());
    });
    m_button->setMenu(menu);
    layout->addWidget(m_button);
    setFocusProxy(m_edit);
    m_edit->setWhatsThis(tr("Type a date as you would write it: 2025/3/31, 2025-03-31, R7.3.31 or 令和7年3月31日%1. "
                            "It is shown in the format of View > Fiscal Years.")
                             .arg(precision == DateText::Precision::DayOrMonth ? tr(", or a month only (令和7年3月)")
                                                                               : QString()));

    connect(m_edit, &QLineEdit::editingFinished, this, &DateField::commitText);
    connect(m_edit, &QLineEdit::textEdited, this, [this] { markRefused(false); });
    connect(m_calendar, &QCalendarWidget::clicked, this, [this, menu](const QDate &day) {
        menu->close();
        pick(day);
    });
    connect(m_calendar, &QCalendarWidget::activated, this, [this, menu](const QDate &day) {
        menu->close();
        pick(day);
    });
    connect(ViewSettings::instance(), &ViewSettings::eraStyleChanged, this, [this] {
        if (!m_refused)
            show(m_date);
    });
}

void DateField::setDate(const PlanDate &date)
{
    m_date = date;
    markRefused(false);
    show(date);
}

void DateField::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_button->setEnabled(!readOnly);
}

void DateField::commitText()
{
    if (m_edit->isReadOnly())
        return;
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty() && m_clearable) {
        if (m_date.isValid()) {
            m_date = PlanDate();
            emit dateChanged(m_date);
        }
        markRefused(false);
        return;
    }
    const std::optional<PlanDate> date = DateText::parse(text, m_precision);
    if (!date) {
        markRefused(true);
        return;
    }
    markRefused(false);
    show(*date);
    if (*date == m_date)
        return;
    m_date = *date;
    emit dateChanged(m_date);
}

void DateField::pick(const QDate &day)
{
    // The calendar picks days; a month-only date picked from it stays a
    // month, in the month picked.
    const PlanDate date = m_date.isValid() && m_date.monthOnly ? PlanDate { QDate(day.year(), day.month(), 1), true }
                                                               : PlanDate { day, false };
    markRefused(false);
    show(date);
    if (date == m_date)
        return;
    m_date = date;
    emit dateChanged(m_date);
}

void DateField::show(const PlanDate &date)
{
    const QString text = DateText::format(date, ViewSettings::instance()->eraStyle());
    if (m_edit->text() != text)
        m_edit->setText(text);
}

void DateField::markRefused(bool refused)
{
    m_refused = refused;
    m_edit->setStyleSheet(refused ? QStringLiteral("QLineEdit { background: #fde7e7; }") : QString());
    m_edit->setToolTip(refused ? tr("Not a date: %1").arg(DateText::hint(m_precision)) : DateText::hint(m_precision));
}
