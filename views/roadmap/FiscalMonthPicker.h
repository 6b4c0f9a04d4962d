#pragma once

#include "models/FiscalYear.h"

#include <QWidget>

class QComboBox;

// A fiscal year and a month in it, as the schedule stores them: the year
// labelled in the chosen era, and "whole year" (month 0) or April .. March.
class FiscalMonthPicker : public QWidget
{
    Q_OBJECT

public:
    // `wholeYearText` names month 0, e.g. "whole year" or "from April".
    FiscalMonthPicker(const QString &wholeYearText, QWidget *parent = nullptr);

    // Years offered; the current year is kept in range.
    void setYears(int first, int last, FiscalYear::EraStyle style);
    int year() const;
    int month() const; // calendar month, 0 = whole year
    void setValue(int year, int month);

signals:
    void changed();

private:
    QComboBox *m_year;
    QComboBox *m_month;
    FiscalYear::EraStyle m_style = FiscalYear::EraStyle::Both;
};
