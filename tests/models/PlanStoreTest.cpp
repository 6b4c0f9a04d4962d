#include "models/DatabaseConnection.h"
#include "models/PlanGenerator.h"
#include "models/PlanStore.h"
#include "models/Schema.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

// An empty database with the current schema, in `dir`.
QSqlDatabase emptyDatabase(DatabaseConnection &connection, const QTemporaryDir &dir)
{
    EXPECT_TRUE(connection.open(dir.filePath(QStringLiteral("p.sqlite")), DatabaseConnection::Mode::ReadWrite));
    QSqlDatabase db = connection.database();
    QString error;
    EXPECT_TRUE(Schema::create(db, &error)) << error.toStdString();
    return db;
}

Plan roundTrip(const Plan &plan)
{
    QTemporaryDir dir;
    DatabaseConnection connection;
    PlanStore store(emptyDatabase(connection, dir));
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
    PlanStore store(emptyDatabase(connection, dir));
    Plan plan;
    EXPECT_FALSE(store.load(&plan));
    EXPECT_FALSE(store.errorString().isEmpty());
}

// Values are bound through SQLite's own interface: each keeps the type the
// columns' rules expect (the reader refuses a file where they do not).
TEST(PlanStore, ValuesAreStoredWithTheirTypes)
{
    Plan plan = PlanGenerator::generate(300, 3);
    ASSERT_GE(plan.kpis.size(), 2);
    plan.kpis[0].baselineValue.reset();
    plan.kpis[1].baselineValue = 12.5;
    plan.kpis[0].source.clear();
    plan.themes[0].measures[0].overview = QStringLiteral("庁内・住民向けの説明");
    plan.figures.append({ 900, QStringLiteral("図"), QString(), QStringLiteral("image/png"), QByteArray() });
    plan.figures.append({ 901, QStringLiteral("図2"), QString(), QStringLiteral("image/png"), QByteArray("\x89PNG\0x", 6) });

    QTemporaryDir dir;
    DatabaseConnection connection;
    QSqlDatabase db = emptyDatabase(connection, dir);
    {
        PlanStore store(db);
        ASSERT_TRUE(store.writeAll(plan)) << store.errorString().toStdString();
    }
    auto typeOf = [&](const QString &sql) {
        QSqlQuery q(db);
        EXPECT_TRUE(q.exec(sql) && q.next()) << sql.toStdString();
        return q.value(0).toString();
    };
    const int first = plan.kpis[0].id;
    const int second = plan.kpis[1].id;
    EXPECT_EQ(typeOf(QStringLiteral("SELECT typeof(baseline_value) FROM kpis WHERE id = %1").arg(first)), QStringLiteral("null"));
    EXPECT_EQ(typeOf(QStringLiteral("SELECT typeof(baseline_value) FROM kpis WHERE id = %1").arg(second)), QStringLiteral("real"));
    EXPECT_EQ(typeOf(QStringLiteral("SELECT typeof(source) || length(source) FROM kpis WHERE id = %1").arg(first)),
              QStringLiteral("text0"));
    EXPECT_EQ(typeOf(QStringLiteral("SELECT typeof(position) FROM kpis WHERE id = %1").arg(second)), QStringLiteral("integer"));
    EXPECT_EQ(typeOf(QStringLiteral("SELECT typeof(data) || length(data) FROM figures WHERE id = 900")), QStringLiteral("blob0"));
    EXPECT_EQ(typeOf(QStringLiteral("SELECT hex(data) FROM figures WHERE id = 901")), QStringLiteral("89504E470078"));
    EXPECT_EQ(typeOf(QStringLiteral("SELECT overview FROM measures WHERE id = %1").arg(plan.themes[0].measures[0].id)),
              QStringLiteral("庁内・住民向けの説明"));
    PlanStore store(db);
    Plan loaded;
    ASSERT_TRUE(store.load(&loaded)) << store.errorString().toStdString();
    EXPECT_TRUE(loaded == plan);
}

// A statement SQLite refuses fails the whole write with SQLite's reason.
TEST(PlanStore, ARefusedRowFailsTheWriteWithSQLitesReasonAndLeavesNothing)
{
    Plan plan = PlanGenerator::generate(300, 3);
    ASSERT_GE(plan.themes.size(), 2);
    ASSERT_FALSE(plan.themes[1].measures.isEmpty());
    plan.themes[1].measures[0].departmentIds.append(987654); // no such department
    QTemporaryDir dir;
    DatabaseConnection connection;
    QSqlDatabase db = emptyDatabase(connection, dir);
    ASSERT_TRUE(QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON")));
    PlanStore store(db);
    EXPECT_FALSE(store.writeAll(plan));
    EXPECT_TRUE(store.errorString().contains(QStringLiteral("FOREIGN KEY"))) << store.errorString().toStdString();
    QSqlQuery q(db);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM measures")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
}

// A read that SQLite stops part way (here a value over the connection's
// length limit, as a received file's limits would stop it) fails the load:
// the rows read so far are not handed on as the whole plan.
TEST(PlanStore, ALoadStoppedPartWayFailsRatherThanGivingPartOfThePlan)
{
    QTemporaryDir dir;
    DatabaseConnection connection;
    PlanStore store(emptyDatabase(connection, dir));
    Plan plan = PlanGenerator::generate(40, 3);
    plan.themes.last().measures.last().overview = QString(2000, QChar(u'あ'));
    ASSERT_TRUE(store.writeAll(plan)) << store.errorString().toStdString();
    Plan whole;
    ASSERT_TRUE(store.load(&whole)) << store.errorString().toStdString();
    EXPECT_TRUE(whole == plan);

    ASSERT_TRUE(connection.applyReceivedLimits(60000, 4000));
    Plan cut;
    EXPECT_FALSE(store.load(&cut));
    EXPECT_TRUE(store.errorString().contains(QStringLiteral("too big"))) << store.errorString().toStdString();
}
