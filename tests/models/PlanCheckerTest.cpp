#include "models/PlanChecker.h"
#include "tests/support/TestSupport.h"

namespace {

QStringList messages(const Plan &plan)
{
    QStringList out;
    for (const PlanChecker::Problem &p : PlanChecker::check(plan))
        out << p.toString();
    return out;
}

} // namespace

TEST(PlanChecker, TheSamplePlanHasNoErrors)
{
    for (const PlanChecker::Problem &p : PlanChecker::check(samplePlan()))
        EXPECT_NE(p.severity, PlanChecker::Problem::Severity::Error) << p.toString().toStdString();
}

TEST(PlanChecker, FindsScheduleAndReferenceProblems)
{
    Plan plan = samplePlan();
    Measure &m = plan.themes[0].measures[0];
    m.phases.append({ Phase::Kind::Operate, QStringLiteral("運用"), 2029, 0, 2030, 0 });
    m.departmentIds = { 999 };
    plan.themes[1].measures[0].phases.clear();
    plan.kpis[0].measureIds << 4242;
    const QStringList found = messages(plan);
    auto has = [&](const QString &fragment) {
        return std::any_of(found.begin(), found.end(), [&](const QString &s) { return s.contains(fragment); });
    };
    EXPECT_TRUE(has(QStringLiteral("outside the plan period FY2024-FY2028"))) << found.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(has(QStringLiteral("department that does not exist (id 999)")));
    EXPECT_TRUE(has(QStringLiteral("measure 2① \"電子申請サービスの活用\": no schedule")));
    EXPECT_TRUE(has(QStringLiteral("measure that does not exist (id 4242)")));
}

TEST(PlanChecker, EmptyTitleIsAnError)
{
    Plan plan = samplePlan();
    plan.info.title.clear();
    const QList<PlanChecker::Problem> problems = PlanChecker::check(plan);
    ASSERT_FALSE(problems.isEmpty());
    EXPECT_EQ(problems[0].severity, PlanChecker::Problem::Severity::Error);
    EXPECT_EQ(problems[0].where, QStringLiteral("plan"));
}

// ---- One positive and one negative case per rule. ----

namespace {

using Problem = PlanChecker::Problem;

// The problems whose message contains `fragment`.
QList<Problem> find(const Plan &plan, const QString &fragment, const QDate &asOf = QDate(2025, 6, 1))
{
    QList<Problem> found;
    for (const Problem &p : PlanChecker::check(plan, asOf))
        if (p.message.contains(fragment))
            found << p;
    return found;
}

Measure &firstMeasure(Plan &plan)
{
    return plan.themes[0].measures[0];
}

} // namespace

TEST(PlanCheckerRules, TheSamplesHaveNoneOfTheNewProblems)
{
    for (const QString &name : SamplePlan::names()) {
        Plan plan;
        QString error;
        ASSERT_TRUE(SamplePlan::load(name, &plan, &error));
        for (const QString &fragment : { QStringLiteral("no responsible department"), QStringLiteral("no schedule"),
                                         QStringLiteral("serves no basic principle"), QStringLiteral("no theme or measure serves it"),
                                         QStringLiteral("prints the same number"), QStringLiteral("has no actual yet") })
            EXPECT_TRUE(find(plan, fragment).isEmpty()) << name.toStdString() << ' ' << fragment.toStdString();
    }
}

TEST(PlanCheckerRules, MeasureWithoutDepartmentWhenOthersHaveOne)
{
    Plan plan = samplePlan();
    firstMeasure(plan).departmentIds.clear();
    firstMeasure(plan).allDepartments = false;
    const QList<Problem> found = find(plan, QStringLiteral("no responsible department"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].part, PlanChange::Part::Measure);
    EXPECT_EQ(found[0].id, firstMeasure(plan).id);
    EXPECT_EQ(found[0].themeId, plan.themes[0].id);

    // A plan none of whose measures names a department is not asked to.
    for (Theme &theme : plan.themes)
        for (Measure &m : theme.measures) {
            m.departmentIds.clear();
            m.allDepartments = false;
        }
    EXPECT_TRUE(find(plan, QStringLiteral("no responsible department")).isEmpty());
}

TEST(PlanCheckerRules, MeasureWithoutScheduleWhenOthersHaveOne)
{
    Plan plan = samplePlan();
    firstMeasure(plan).phases.clear();
    firstMeasure(plan).milestones.clear();
    ASSERT_EQ(find(plan, QStringLiteral("no schedule")).size(), 1);
    for (Theme &theme : plan.themes)
        for (Measure &m : theme.measures) {
            m.phases.clear();
            m.milestones.clear();
        }
    EXPECT_TRUE(find(plan, QStringLiteral("no schedule")).isEmpty());
}

TEST(PlanCheckerRules, PhaseOutsideThePeriod)
{
    Plan plan = samplePlan();
    EXPECT_TRUE(find(plan, QStringLiteral("outside the plan period")).isEmpty());
    firstMeasure(plan).phases[0].startYear = plan.info.startYear - 1;
    const QList<Problem> found = find(plan, QStringLiteral("outside the plan period"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_TRUE(found[0].where.endsWith(QStringLiteral(" phase 1")));
    EXPECT_EQ(found[0].part, PlanChange::Part::Measure);
}

TEST(PlanCheckerRules, ThemeServingNoPrinciple)
{
    Plan plan = samplePlan();
    plan.themes[1].principleIds.clear();
    const QList<Problem> found = find(plan, QStringLiteral("serves no basic principle"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].part, PlanChange::Part::Theme);
    EXPECT_EQ(found[0].id, plan.themes[1].id);
    // A principle one of its measures names is one it serves.
    plan.themes[1].measures[0].principleIds = { plan.principles[0].id };
    EXPECT_TRUE(find(plan, QStringLiteral("serves no basic principle")).isEmpty());
}

TEST(PlanCheckerRules, PrincipleNothingServes)
{
    Plan plan = samplePlan();
    const int id = plan.principles[2].id;
    for (Theme &theme : plan.themes)
        theme.principleIds.removeAll(id);
    const QList<Problem> found = find(plan, QStringLiteral("no theme or measure serves it"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].part, PlanChange::Part::Principle);
    EXPECT_EQ(found[0].id, id);
    // A guideline linking no principle at all is not asked to.
    for (Theme &theme : plan.themes)
        theme.principleIds.clear();
    EXPECT_TRUE(find(plan, QStringLiteral("no theme or measure serves it")).isEmpty());
}

TEST(PlanCheckerRules, KpiWithoutTargetOrActual)
{
    Plan plan = samplePlan();
    Kpi &kpi = plan.kpis[0];
    EXPECT_EQ(find(plan, QStringLiteral("has no target")).size(), 1);
    kpi.targets = { { 2028, 100.0, QString() } };
    EXPECT_TRUE(find(plan, QStringLiteral("has no target")).isEmpty());

    EXPECT_TRUE(find(plan, QStringLiteral("has no actual yet")).isEmpty());
    kpi.actuals.clear();
    // Not in the plan's first year (FY2024), from the second one on.
    EXPECT_TRUE(find(plan, QStringLiteral("has no actual yet"), QDate(2025, 3, 31)).isEmpty());
    const QList<Problem> found = find(plan, QStringLiteral("has no actual yet"), QDate(2025, 4, 1));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].part, PlanChange::Part::Kpi);
    EXPECT_EQ(found[0].id, kpi.id);
}

TEST(PlanCheckerRules, TargetAlreadyExceeded)
{
    Plan plan = samplePlan();
    Kpi &kpi = plan.kpis[0];
    kpi.targets = { { 2028, 99.0, QString() } };
    EXPECT_TRUE(find(plan, QStringLiteral("already meets the target")).isEmpty());
    kpi.targets = { { 2028, 90.0, QString() } };
    EXPECT_EQ(find(plan, QStringLiteral("already meets the target")).size(), 1);
}

TEST(PlanCheckerRules, StaleActual)
{
    const Plan plan = samplePlan(); // latest actual 2025-03
    EXPECT_TRUE(find(plan, QStringLiteral("more than a year old"), QDate(2026, 3, 31)).isEmpty());
    EXPECT_EQ(find(plan, QStringLiteral("more than a year old"), QDate(2026, 4, 1)).size(), 1);
}

TEST(PlanCheckerRules, DuplicateNumbering)
{
    Plan plan = samplePlan();
    EXPECT_TRUE(find(plan, QStringLiteral("prints the same number")).isEmpty());
    // Unnumbered sections whose themes restart at (1): the first theme of
    // その他事項 prints (1) like the plan's first theme, and so do their ①s.
    plan.info.numbering[PlanInfo::SectionLevel].style = LevelNumbering::Style::None;
    const QList<Problem> themes = find(plan, QStringLiteral("prints the same number as theme"));
    ASSERT_FALSE(themes.isEmpty());
    EXPECT_EQ(themes[0].part, PlanChange::Part::Theme);
    EXPECT_EQ(themes[0].id, plan.themes[5].id); // the first theme of the section
    EXPECT_FALSE(find(plan, QStringLiteral("prints the same number as measure")).isEmpty());
    // Themes numbered on through the plan never repeat.
    plan.info.numbering[PlanInfo::ThemeLevel].restart = false;
    EXPECT_TRUE(find(plan, QStringLiteral("prints the same number")).isEmpty());
}

TEST(PlanCheckerRules, PlanProblemsAreAboutTheInfo)
{
    Plan plan = samplePlan();
    plan.info.organisation.clear();
    const QList<Problem> found = find(plan, QStringLiteral("no organisation"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].part, PlanChange::Part::Info);
    EXPECT_EQ(found[0].toString(), QStringLiteral("warning: plan: no organisation is named"));
}
