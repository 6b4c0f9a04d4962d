#pragma once

#include "models/FiscalYear.h"

#include <QDate>
#include <QPageSize>

// How a plan document is made: the paper of its pages (the roadmap always
// gets its own A3 landscape pages in the PDF), how years and dates are
// written, and the day KPI statuses are judged on.
struct DocumentOptions
{
    QPageSize::PageSizeId paper = QPageSize::A4;
    FiscalYear::EraStyle era = FiscalYear::EraStyle::Both;
    QDate asOf = QDate::currentDate();
};
