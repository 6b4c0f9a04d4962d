#pragma once

#include "models/Measure.h"
#include "models/Plan.h"
#include "models/PlanChange.h"

#include <QList>
#include <QString>

// Two cross tables of a plan, for an auditor's question "is everything
// covered?"; plain values, shown by the coverage view, printed and
// exported by dxplan-cli coverage (docs/coverage.md).
namespace Coverage {

// ---- Principles × themes and measures ----

// How an item serves a principle: by naming it, or (a measure) because
// its theme names it. Nishinoshima links principles to themes only.
enum class Link { None, Direct, ThroughTheme };

struct PrincipleRow
{
    PlanChange::Part part = PlanChange::Part::Theme; // Theme or Measure
    int id = 0;
    int themeId = 0; // a measure's theme
    QString number;  // as the plan prints it: "(2)", "2③"
    QString title;
    QList<Link> links; // by principle, in the plan's order
};

struct PrincipleTable
{
    QList<Principle> principles; // the columns
    QList<PrincipleRow> rows;    // each theme, then its measures
    // By principle: how many themes and how many measures serve it
    // (directly or through their theme).
    QList<int> themeTotals;
    QList<int> measureTotals;
};

PrincipleTable principles(const Plan &plan);

// ---- Departments × fiscal years ----

// Whose measures a row counts. A 全課 (all departments) measure is counted
// once, in a row of its own, not once in every department's row: that
// would make every department look busier than it is.
enum class Holder { Department, AllDepartments, NoDepartment };

struct DepartmentRow
{
    Holder holder = Holder::Department;
    int departmentId = 0; // for Holder::Department
    QString name;         // the department's name; empty for the others
    Phase::Kind kind = Phase::Kind::Study;
    // By year (DepartmentTable::years): the measures with a phase of this
    // kind in that fiscal year. A measure counts once per cell however many
    // of its phases fall in it, and once for each department it names.
    QList<int> counts;
};

struct DepartmentTable
{
    QList<int> years; // the plan period's fiscal years, the columns
    // Departments in the plan's order, then all departments, then measures
    // with no department; for each, the phase kinds it has, in kind order.
    // Holders with no phase at all have no row.
    QList<DepartmentRow> rows;
    int allDepartmentMeasures = 0; // measures marked 全課
};

DepartmentTable departments(const Plan &plan);

} // namespace Coverage
