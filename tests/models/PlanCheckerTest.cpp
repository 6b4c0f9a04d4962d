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
