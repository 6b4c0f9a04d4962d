#include "models/Coverage.h"

#include "models/Numbering.h"

#include <QSet>

namespace Coverage {

namespace {

const QList<Phase::Kind> allKinds { Phase::Kind::Study, Phase::Kind::Procure, Phase::Kind::Build,
                                    Phase::Kind::Operate, Phase::Kind::Other };

bool hasPhaseIn(const Measure &m, Phase::Kind kind, int year)
{
    for (const Phase &p : m.phases)
        if (p.kind == kind && p.startYear <= year && year <= p.endYear)
            return true;
    return false;
}

// The rows of one holder: one per phase kind its measures have.
void addRows(DepartmentTable *table, const DepartmentRow &holder, const QList<const Measure *> &measures)
{
    for (Phase::Kind kind : allKinds) {
        DepartmentRow row = holder;
        row.kind = kind;
        bool any = false;
        for (const Measure *m : measures)
            for (const Phase &p : m->phases)
                any = any || p.kind == kind;
        if (!any)
            continue;
        for (int year : std::as_const(table->years)) {
            int count = 0;
            for (const Measure *m : measures)
                count += hasPhaseIn(*m, kind, year) ? 1 : 0;
            row.counts << count;
        }
        table->rows << row;
    }
}

} // namespace

PrincipleTable principles(const Plan &plan)
{
    PrincipleTable table;
    table.principles = plan.principles;
    const int columns = int(plan.principles.size());
    table.themeTotals.fill(0, columns);
    table.measureTotals.fill(0, columns);
    const PlanNumbers numbers(plan);
    for (const Theme &theme : plan.themes) {
        PrincipleRow themeRow { PlanChange::Part::Theme, theme.id, 0, numbers.fullTheme(theme.id), theme.title, {} };
        for (int c = 0; c < columns; ++c) {
            const bool serves = theme.principleIds.contains(plan.principles[c].id);
            themeRow.links << (serves ? Link::Direct : Link::None);
            table.themeTotals[c] += serves ? 1 : 0;
        }
        table.rows << themeRow;
        for (const Measure &m : theme.measures) {
            PrincipleRow row { PlanChange::Part::Measure, m.id, theme.id, numbers.fullMeasure(m.id), m.title, {} };
            for (int c = 0; c < columns; ++c) {
                const Link link = m.principleIds.contains(plan.principles[c].id) ? Link::Direct
                    : themeRow.links[c] == Link::Direct                      ? Link::ThroughTheme
                                                                             : Link::None;
                row.links << link;
                table.measureTotals[c] += link != Link::None ? 1 : 0;
            }
            table.rows << row;
        }
    }
    return table;
}

DepartmentTable departments(const Plan &plan)
{
    DepartmentTable table;
    const auto [first, last] = plan.periodYears();
    for (int year = first; year <= last; ++year)
        table.years << year;
    QList<const Measure *> all;
    QList<const Measure *> none;
    for (const Theme &theme : plan.themes)
        for (const Measure &m : theme.measures) {
            if (m.allDepartments)
                all << &m;
            else if (m.departmentIds.isEmpty())
                none << &m;
        }
    table.allDepartmentMeasures = int(all.size());
    for (const Department &d : plan.departments) {
        QList<const Measure *> theirs;
        for (const Theme &theme : plan.themes)
            for (const Measure &m : theme.measures)
                if (!m.allDepartments && m.departmentIds.contains(d.id))
                    theirs << &m;
        addRows(&table, { Holder::Department, d.id, d.name, Phase::Kind::Study, {} }, theirs);
    }
    addRows(&table, { Holder::AllDepartments, 0, QString(), Phase::Kind::Study, {} }, all);
    addRows(&table, { Holder::NoDepartment, 0, QString(), Phase::Kind::Study, {} }, none);
    return table;
}

} // namespace Coverage
