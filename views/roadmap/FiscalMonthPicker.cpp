#include "views/roadmap/FiscalMonthPicker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLocale>

FiscalMonthPicker::FiscalMonthPicker(const QString &wholeYearText, QWidget *parent)
    : QWidget(parent), m_year(new QComboBox(this)), m_month(new QComboBox(this))
{
    m_year->setObjectName(QStringLiteral("year"));
    m_month->setObjectName(QStringLiteral("month"));
    m_month->addItem(wholeYearText, 0);
    for (int index = 0; index < 12; ++index) {
        const int month = FiscalYear::calendarMonth(index);
        m_month->addItem(QLocale().monthName(month), month);
    }
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_year, 1);
    layout->addWidget(m_month, 1);
    connect(m_year, &QComboBox::currentIndexChanged, this, &FiscalMonthPicker::changed);
    connect(m_month, &QComboBox::currentIndexChanged, this, &FiscalMonthPicker::changed);
}

void FiscalMonthPicker::setYears(int first, int last, FiscalYear::EraStyle style)
{
    const int current = year();
    m_style = style;
    const QSignalBlocker blocker(m_year);
    m_year->clear();
    for (int y = first; y <= last; ++y)
        m_year->addItem(FiscalYear::label(y, style), y);
    const int index = m_year->findData(current);
    m_year->setCurrentIndex(index >= 0 ? index : 0);
}

int FiscalMonthPicker::year() const
{
    return m_year->currentData().toInt();
}

int FiscalMonthPicker::month() const
{
    return m_month->currentData().toInt();
}

void FiscalMonthPicker::setValue(int year, int month)
{
    if (m_year->findData(year) < 0) {
        // Keep a year outside the offered range choosable rather than lose it.
        const bool empty = m_year->count() == 0;
        const int first = empty ? year : qMin(year, m_year->itemData(0).toInt());
        const int last = empty ? year : qMax(year, m_year->itemData(m_year->count() - 1).toInt());
        setYears(first, last, m_style);
    }
    m_year->setCurrentIndex(m_year->findData(year));
    m_month->setCurrentIndex(qMax(0, m_month->findData(month)));
}
