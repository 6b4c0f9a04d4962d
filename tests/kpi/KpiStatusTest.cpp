#include "models/KpiStatus.h"
#include "tests/kpi/KpiTestSupport.h"

namespace {

using Status = KpiStatus::Status;
const auto Higher = Kpi::Direction::HigherIsBetter;
const auto Lower = Kpi::Direction::LowerIsBetter;

QDate d(int y, int m, int day) { return QDate(y, m, day); }

// Baseline 10 at the end of FY2023, targets 20 / 30 / 40 for FY2024-FY2026.
Kpi yearly(const QList<KpiActual> &actuals)
{
    return makeKpi(Higher, 10.0, d(2024, 3, 31), { { 2024, 20, {} }, { 2025, 30, {} }, { 2026, 40, {} } }, actuals);
}

} // namespace

TEST(KpiStatus, NoActualsMeansNoData)
{
    const KpiStatus status(yearly({}), d(2025, 6, 1));
    EXPECT_EQ(status.status(), Status::NoData);
    EXPECT_FALSE(status.latestActual());
    EXPECT_FALSE(status.achievementRate());
    EXPECT_TRUE(status.exceededTargets().isEmpty());
}

TEST(KpiStatus, ActualsAfterTheDayAreNotKnownYet)
{
    const Kpi kpi = yearly({ { { d(2025, 3, 31), false }, 25, QString() } });
    EXPECT_EQ(KpiStatus(kpi, d(2025, 3, 30)).status(), Status::NoData);
    EXPECT_NE(KpiStatus(kpi, d(2025, 3, 31)).status(), Status::NoData);
}

TEST(KpiStatus, NoTargetMeansNoData)
{
    const Kpi kpi = makeKpi(Higher, 10.0, d(2024, 3, 31), {}, { { { d(2024, 9, 30), false }, 15, QString() } });
    const KpiStatus status(kpi, d(2025, 1, 1));
    EXPECT_EQ(status.status(), Status::NoData);
    EXPECT_EQ(status.latestActual()->value, 15);
    EXPECT_FALSE(status.plannedValue(d(2024, 9, 30)));
}

TEST(KpiStatus, OnTrackWhenAheadOfTheLinearPath)
{
    // On 2024-09-30 the path from 10 (2024-03-31) to 20 (2025-03-31) stands
    // at 10 + 10 * 183 / 365.
    const KpiStatus status(yearly({ { { d(2024, 9, 30), false }, 16, QString() } }), d(2024, 12, 1));
    EXPECT_NEAR(*status.plannedValue(d(2024, 9, 30)), 10 + 10.0 * 183 / 365, 1e-9);
    EXPECT_EQ(status.status(), Status::OnTrack);
    EXPECT_NEAR(*status.achievementRate(), (16 - 10) / 10.0, 1e-12);
}

TEST(KpiStatus, BehindWhenBelowTheLinearPath)
{
    const KpiStatus status(yearly({ { { d(2024, 9, 30), false }, 14, QString() } }), d(2024, 12, 1));
    EXPECT_EQ(status.status(), Status::Behind);
    EXPECT_NEAR(*status.achievementRate(), 0.4, 1e-12);
}

TEST(KpiStatus, AchievedWhenTheCurrentYearsTargetIsMet)
{
    const Kpi kpi = yearly({ { { d(2024, 9, 30), false }, 16, QString() }, { { d(2025, 4, 10), false }, 31, QString() } });
    const KpiStatus status(kpi, d(2025, 4, 15)); // FY2025: target 30
    EXPECT_EQ(status.currentYear(), 2025);
    EXPECT_EQ(status.status(), Status::Achieved);
    EXPECT_NEAR(*status.achievementRate(), (31 - 10) / 20.0, 1e-12);
    // 31 does not reach FY2026's 40: nothing to raise.
    EXPECT_TRUE(status.exceededTargets().isEmpty());
}

TEST(KpiStatus, TheCurrentYearDecidesWhichTargetMustBeMet)
{
    const Kpi kpi = yearly({ { { d(2025, 3, 31), false }, 22, QString() } });
    // In FY2024 the target is 20: achieved. In FY2025 it is 30, and 22 is
    // above the path's 20 on the actual's date: on track.
    EXPECT_EQ(KpiStatus(kpi, d(2025, 3, 31)).status(), Status::Achieved);
    EXPECT_EQ(KpiStatus(kpi, d(2025, 5, 1)).status(), Status::OnTrack);
    EXPECT_NEAR(*KpiStatus(kpi, d(2025, 5, 1)).achievementRate(), 0.6, 1e-12);
}

TEST(KpiStatus, SeveralActualsInOneYearTheLatestCounts)
{
    // Listed out of order; the latest by date counts, not the largest.
    const Kpi kpi = yearly({ { { d(2024, 12, 31), false }, 18, QString() },
                             { { d(2025, 3, 31), false }, 17, QStringLiteral("年度末") },
                             { { d(2024, 6, 30), false }, 12, QString() } });
    const KpiStatus status(kpi, d(2025, 6, 1));
    EXPECT_EQ(status.actualOfYear(2024)->value, 17);
    EXPECT_EQ(status.actualOfYear(2024)->note, QStringLiteral("年度末"));
    EXPECT_FALSE(status.actualOfYear(2025));
    EXPECT_EQ(status.latestActual()->date.date, d(2025, 3, 31));
    // 17 is below the path's 20 at the end of FY2024.
    EXPECT_EQ(status.status(), Status::Behind);
}

TEST(KpiStatus, MissingYearsUseTheNextTargetAndInterpolate)
{
    // No FY2025 target: the path runs straight from FY2024's 20 to FY2026's 40.
    const Kpi base = makeKpi(Higher, 10.0, d(2024, 3, 31), { { 2026, 40, {} }, { 2024, 20, {} } }, {});
    const KpiStatus empty(base, d(2025, 10, 1));
    EXPECT_FALSE(empty.targetOf(2025));
    EXPECT_EQ(*empty.targetOf(2026), 40);
    EXPECT_EQ(empty.referenceTarget(2025)->year, 2026);
    EXPECT_EQ(empty.referenceTarget(2024)->year, 2024);
    EXPECT_EQ(empty.referenceTarget(2030)->year, 2026); // after the last target year
    EXPECT_NEAR(*empty.plannedValue(d(2025, 9, 30)), 20 + 20.0 * 183 / 730, 1e-9);
    EXPECT_EQ(*empty.plannedValue(d(2030, 1, 1)), 40);
    EXPECT_EQ(*empty.plannedValue(d(2020, 1, 1)), 10);

    Kpi ahead = base;
    ahead.actuals = { { { d(2025, 9, 30), false }, 26, QString() } };
    EXPECT_EQ(KpiStatus(ahead, d(2025, 10, 1)).status(), Status::OnTrack);
    Kpi behind = base;
    behind.actuals = { { { d(2025, 9, 30), false }, 24, QString() } };
    EXPECT_EQ(KpiStatus(behind, d(2025, 10, 1)).status(), Status::Behind);
    // Once the plan is over, the last target is the one to meet.
    Kpi done = base;
    done.actuals = { { { d(2027, 5, 1), false }, 41, QString() } };
    EXPECT_EQ(KpiStatus(done, d(2027, 6, 1)).status(), Status::Achieved);
}

TEST(KpiStatus, LowerIsBetter)
{
    // Paper forms: 100 at the end of FY2023, down to 80 and 60.
    const Kpi base = makeKpi(Lower, 100.0, d(2024, 3, 31), { { 2024, 80, {} }, { 2025, 60, {} } }, {});
    Kpi kpi = base;
    kpi.actuals = { { { d(2024, 9, 30), false }, 85, QString() } };
    const KpiStatus status(kpi, d(2024, 10, 1));
    EXPECT_TRUE(status.meets(79, 80));
    EXPECT_FALSE(status.meets(81, 80));
    EXPECT_NEAR(*status.plannedValue(d(2024, 9, 30)), 100 - 20.0 * 183 / 365, 1e-9);
    EXPECT_EQ(status.status(), Status::OnTrack); // 85 is below the path's 90
    EXPECT_NEAR(*status.achievementRate(), 0.75, 1e-12); // 15 of the 20 to go

    kpi.actuals = { { { d(2024, 9, 30), false }, 95, QString() } };
    EXPECT_EQ(KpiStatus(kpi, d(2024, 10, 1)).status(), Status::Behind);

    kpi.actuals = { { { d(2025, 3, 31), false }, 58, QString() } };
    const KpiStatus ahead(kpi, d(2025, 4, 1));
    EXPECT_EQ(ahead.status(), Status::Achieved);
    ASSERT_EQ(ahead.exceededTargets().size(), 1);
    EXPECT_EQ(ahead.exceededTargets().first().year, 2025);
    // Moving the wrong way gives a negative rate.
    kpi.actuals = { { { d(2025, 3, 31), false }, 110, QString() } };
    EXPECT_LT(*KpiStatus(kpi, d(2025, 4, 1)).achievementRate(), 0);
}

TEST(KpiStatus, WithoutBaselineTheRateIsARatioAndThePathStartsAtTheFirstActual)
{
    Kpi kpi = makeKpi(Higher, std::nullopt, QDate(), { { 2025, 50, {} } },
                      { { { d(2024, 6, 30), false }, 20, QString() }, { { d(2025, 6, 30), false }, 30, QString() } });
    const KpiStatus status(kpi, d(2025, 7, 1));
    EXPECT_NEAR(*status.achievementRate(), 30.0 / 50, 1e-12);
    EXPECT_NEAR(*status.plannedValue(d(2025, 6, 30)), 20 + 30.0 * 365 / 639, 1e-9);
    EXPECT_EQ(status.status(), Status::Behind);

    kpi.direction = Lower;
    kpi.targets = { { 2025, 10, {} } };
    EXPECT_NEAR(*KpiStatus(kpi, d(2025, 7, 1)).achievementRate(), 10.0 / 30, 1e-12);
}

TEST(KpiStatus, ExceededTargetsAreLaterYearsTheLatestActualMeets)
{
    // Shimane's e-application rate: the FY2024 actual beat FY2025's target.
    const Kpi kpi = makeKpi(Higher, 4.6, d(2017, 3, 31), { { 2024, 10, {} }, { 2025, 12, {} }, { 2026, 14, {} } },
                            { { { d(2025, 3, 31), false }, 12.5, QString() } });
    const KpiStatus status(kpi, d(2025, 3, 31));
    EXPECT_EQ(status.status(), Status::Achieved);
    const QList<KpiTarget> exceeded = status.exceededTargets();
    ASSERT_EQ(exceeded.size(), 1);
    EXPECT_EQ(exceeded.first().year, 2025);
    EXPECT_EQ(exceeded.first().value, 12);
}

TEST(KpiStatus, MeetsToleratesDecimalArithmetic)
{
    const KpiStatus status(yearly({}), d(2025, 1, 1));
    EXPECT_TRUE(status.meets(0.1 + 0.2, 0.3));
    EXPECT_FALSE(status.meets(0.29, 0.3));
}

TEST(KpiStatus, SampleMyNumberCardRateIsOnTrack)
{
    const Plan plan = cardRatePlan();
    ASSERT_EQ(plan.kpis.size(), 1);
    const Kpi &kpi = plan.kpis.first();
    const KpiStatus status(kpi, d(2025, 4, 1));
    EXPECT_EQ(status.latestActual()->value, 93.2);
    EXPECT_EQ(status.referenceTarget(2025)->value, 100);
    // The path from 89.7 (2024-11-30) to 100 (2029-03-31, 1582 days) had
    // covered 121 days on 2025-03-31; 93.2 is well above it.
    EXPECT_NEAR(*status.plannedValue(d(2025, 3, 31)), 89.7 + 10.3 * 121 / 1582, 1e-9);
    EXPECT_EQ(status.status(), Status::OnTrack);
    EXPECT_NEAR(*status.achievementRate(), (93.2 - 89.7) / (100 - 89.7), 1e-12);
    EXPECT_TRUE(status.exceededTargets().isEmpty());
}
