#pragma once

#include "models/FiscalYear.h"

#include <QSet>

// What a spreadsheet export holds: one small value shared by the export
// dialog, the command line and the measures tab's "export as filtered", so
// they all write the same sheets from the same choices.
struct SheetOptions
{
    // Which CSV table, CSV holding one table only.
    enum class CsvTable { Measures, Schedule };
    // UTF-8 with a byte order mark (Excel reads it as UTF-8), or CP932
    // (Shift_JIS as Windows has it), which older office software expects.
    enum class Encoding { Utf8, Cp932 };

    // The sheets of an .xlsx workbook.
    bool scheduleSheet = true;
    bool measuresSheet = true;
    bool kpiSheet = true;

    CsvTable csvTable = CsvTable::Measures;
    Encoding encoding = Encoding::Utf8;

    // Year labels (令和6年度, FY2024, 令和6(2024)年度); a plan in another
    // language than Japanese counts its years the Western way.
    FiscalYear::EraStyle eraStyle = FiscalYear::EraStyle::Both;
    // Twelve month columns under every year of the schedule.
    bool monthColumns = false;

    // Only these measures (the rows a filtered table shows), when
    // `onlyListedMeasures`; themes and sections left without a measure are
    // left out of the schedule too.
    bool onlyListedMeasures = false;
    QSet<int> measureIds;

    bool showsMeasure(int measureId) const
    {
        return !onlyListedMeasures || measureIds.contains(measureId);
    }
};
