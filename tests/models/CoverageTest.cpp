#include "models/Coverage.h"
#include "tests/support/TestSupport.h"

#include <QSet>

// The coverage tables of both samples against counts made here, directly
// from the plan, item by item.
namespace {

Plan loadSample(const QString &name)
{
    Plan plan;
    QString error;
    EXPECT_TRUE(SamplePlan::load(name, &plan, &error)) << error.toStdString();
    return plan;
}

class CoverageTest : public ::testing::TestWithParam<const char *>
{
};

} // namespace

TEST_P(CoverageTest, PrinciplesTableCountsWhatThePlanLinks)
{
    const Plan plan = loadSample(QString::fromLatin1(GetParam()));
    const Coverage::PrincipleTable table = Coverage::principles(plan);
    ASSERT_EQ(table.principles.size(), plan.principles.size());
    EXPECT_EQ(table.rows.size(), plan.themes.size() + plan.measureCount());
    for (int c = 0; c < plan.principles.size(); ++c) {
        const int id = plan.principles[c].id;
        int themes = 0;
        int measures = 0;
        for (const Theme &theme : plan.themes) {
            themes += theme.principleIds.contains(id) ? 1 : 0;
            for (const Measure &m : theme.measures)
                measures += m.principleIds.contains(id) || theme.principleIds.contains(id) ? 1 : 0;
        }
        EXPECT_EQ(table.themeTotals[c], themes) << c;
        EXPECT_EQ(table.measureTotals[c], measures) << c;
    }
    // Every row's marks agree with its item.
    for (const Coverage::PrincipleRow &row : table.rows) {
        ASSERT_EQ(row.links.size(), plan.principles.size());
        const Theme *theme = plan.theme(row.part == PlanChange::Part::Theme ? row.id : row.themeId);
        ASSERT_NE(theme, nullptr);
        for (int c = 0; c < plan.principles.size(); ++c) {
            const int id = plan.principles[c].id;
            if (row.part == PlanChange::Part::Theme) {
                EXPECT_EQ(row.links[c] == Coverage::Link::Direct, theme->principleIds.contains(id));
            } else {
                const Measure *m = plan.measure(row.id);
                ASSERT_NE(m, nullptr);
                const Coverage::Link expected = m->principleIds.contains(id) ? Coverage::Link::Direct
                    : theme->principleIds.contains(id)                      ? Coverage::Link::ThroughTheme
                                                                            : Coverage::Link::None;
                EXPECT_EQ(row.links[c], expected);
            }
        }
    }
}

TEST_P(CoverageTest, DepartmentsTableCountsMeasuresByYearAndPhase)
{
    const Plan plan = loadSample(QString::fromLatin1(GetParam()));
    const Coverage::DepartmentTable table = Coverage::departments(plan);
    const auto [first, last] = plan.periodYears();
    ASSERT_EQ(table.years.size(), last - first + 1);
    EXPECT_EQ(table.years.first(), first);

    int allDepartments = 0;
    for (const Theme &theme : plan.themes)
        for (const Measure &m : theme.measures)
            allDepartments += m.allDepartments ? 1 : 0;
    EXPECT_EQ(table.allDepartmentMeasures, allDepartments);

    // Each cell, counted again: the measures of the holder with a phase of
    // the row's kind that touches the year.
    for (const Coverage::DepartmentRow &row : table.rows) {
        ASSERT_EQ(row.counts.size(), table.years.size());
        for (int y = 0; y < table.years.size(); ++y) {
            const int year = table.years[y];
            int count = 0;
            for (const Theme &theme : plan.themes)
                for (const Measure &m : theme.measures) {
                    const bool holds = row.holder == Coverage::Holder::AllDepartments ? m.allDepartments
                        : row.holder == Coverage::Holder::NoDepartment ? !m.allDepartments && m.departmentIds.isEmpty()
                                                                       : !m.allDepartments && m.departmentIds.contains(row.departmentId);
                    bool inYear = false;
                    for (const Phase &p : m.phases)
                        inYear = inYear || (p.kind == row.kind && p.startYear <= year && year <= p.endYear);
                    count += holds && inYear ? 1 : 0;
                }
            EXPECT_EQ(row.counts[y], count) << row.name.toStdString() << ' ' << year;
        }
    }
    // Every holder with phases has its rows, and no other row is there.
    QSet<int> withPhases;
    for (const Theme &theme : plan.themes)
        for (const Measure &m : theme.measures)
            if (!m.phases.isEmpty() && !m.allDepartments)
                for (int id : m.departmentIds)
                    withPhases.insert(id);
    QSet<int> inTable;
    for (const Coverage::DepartmentRow &row : table.rows)
        if (row.holder == Coverage::Holder::Department)
            inTable.insert(row.departmentId);
    EXPECT_EQ(inTable, withPhases);
    // 全課 measures have a row of their own exactly when there are some.
    bool allRow = false;
    for (const Coverage::DepartmentRow &row : table.rows)
        allRow = allRow || row.holder == Coverage::Holder::AllDepartments;
    EXPECT_EQ(allRow, allDepartments > 0);
}

INSTANTIATE_TEST_SUITE_P(Samples, CoverageTest, ::testing::Values("nishinoshima", "okayama"));
