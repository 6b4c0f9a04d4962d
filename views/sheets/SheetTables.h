#pragma once

#include "models/Plan.h"
#include "views/sheets/SheetOptions.h"

#include <QList>
#include <QString>
#include <QStringList>

// A sheet as plain rows of text: its name, a header row and the rows, in
// the plan's language. The measures and KPI sheets of the .xlsx, the CSV
// files and the flat CSV form of the schedule are all written from these.
struct SheetTable
{
    QString name;
    QStringList header;
    QList<QStringList> rows;
    // Columns of long text (overview, effect), written wrapped and wide.
    QList<int> wideColumns;
    // Columns that hold figures (KPI values): written as numbers where a
    // cell is one.
    QList<int> numberColumns;
};

namespace SheetTables {

// Every field of every measure shown: number, theme, title, departments,
// audience, overview, effect, status, principles, phases and milestones.
SheetTable measures(const Plan &plan, const SheetOptions &options);
// Each KPI: name, unit, baseline, a target column per fiscal year, an
// actual column per fiscal year (the latest actual of the year).
SheetTable kpis(const Plan &plan, const SheetOptions &options);
// The schedule grid flattened: number, title, departments, a column per
// year or month; a filled cell with no text of its own holds →.
SheetTable schedule(const Plan &plan, const SheetOptions &options);

// A measure's departments joined with 、, or the word for all departments
// (全課) in the plan's language.
QString departmentsText(const Plan &plan, const Measure &measure);

// A measure's phases and milestones as one line each: "R6～R7 検討・準備",
// "R8 ◆本格運用開始".
QString scheduleText(const PlanInfo &info, const Measure &measure, FiscalYear::EraStyle era);

} // namespace SheetTables
