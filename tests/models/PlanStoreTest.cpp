#include "models/DatabaseConnection.h"
#include "models/PlanGenerator.h"
#include "models/PlanStore.h"
#include "models/Schema.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>

namespace {

Plan roundTrip(const Plan &plan)
{
    QTemporaryDir dir;
    DatabaseConnection connection;
    EXPECT_TRUE(connection.open(dir.filePath(QStringLiteral("p.sqlite")), DatabaseConnection::Mode::ReadWrite));
    QSqlDatabase db = connection.database();
    QString error;
    EXPECT_TRUE(Schema::create(db, &error)) << error.toStdString();
    PlanStore store(db);
    EXPECT_TRUE(store.writeAll(plan)) << store.errorString().toStdString();
    Plan loaded;
    EXPECT_TRUE(store.load(&loaded)) << store.errorString().toStdString();
    return loaded;
}

} // namespace

TEST(PlanStore, SamplePlanSurvivesTheDatabase)
{
    const Plan plan = samplePlan();
    ASSERT_EQ(plan.themes.size(), 12);
    const Plan loaded = roundTrip(plan);
    EXPECT_TRUE(loaded == plan);
    EXPECT_EQ(loaded.measureCount(), plan.measureCount());
}

TEST(PlanStore, GeneratedPlanWithMonthsMilestonesAndKpisSurvives)
{
    Plan plan = PlanGenerator::generate(300, 7);
    plan.themes[0].measures[0].phases.append({ Phase::Kind::Procure, QStringLiteral("調達・移行準備"), 2026, 9, 2027, 2 });
    plan.themes[0].measures[0].status = MeasureStatus::OnHold;
    plan.kpis[0].direction = Kpi::Direction::LowerIsBetter;
    plan.kpis[0].baselineValue.reset();
    const Plan loaded = roundTrip(plan);
    EXPECT_TRUE(loaded == plan);
    EXPECT_EQ(loaded.measureCount(), 300);
}

TEST(PlanStore, LoadFailsOnAnEmptyDatabase)
{
    QTemporaryDir dir;
    DatabaseConnection connection;
    ASSERT_TRUE(connection.open(dir.filePath(QStringLiteral("e.sqlite")), DatabaseConnection::Mode::ReadWrite));
    QSqlDatabase db = connection.database();
    QString error;
    ASSERT_TRUE(Schema::create(db, &error));
    PlanStore store(db);
    Plan plan;
    EXPECT_FALSE(store.load(&plan));
    EXPECT_FALSE(store.errorString().isEmpty());
}
