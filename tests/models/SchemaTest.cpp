#include "models/DatabaseConnection.h"
#include "models/PlanStore.h"
#include "models/Schema.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

class SchemaTest : public ::testing::Test
{
protected:
    QSqlDatabase openFresh(const QString &name)
    {
        EXPECT_TRUE(m_connection.open(m_dir.filePath(name), DatabaseConnection::Mode::ReadWrite));
        return m_connection.database();
    }
    QTemporaryDir m_dir;
    DatabaseConnection m_connection;
};

} // namespace

TEST_F(SchemaTest, NewDatabaseHasCurrentVersionAndOurApplicationId)
{
    QSqlDatabase db = openFresh(QStringLiteral("new.sqlite"));
    QString error;
    ASSERT_TRUE(Schema::create(db, &error)) << error.toStdString();
    EXPECT_EQ(Schema::userVersion(db), Schema::currentVersion);
    EXPECT_EQ(Schema::applicationIdOf(db), Schema::applicationId);
    EXPECT_EQ(Schema::describe(db), Schema::describeCurrent());
    EXPECT_FALSE(Schema::describeCurrent().isEmpty());
}

// Every earlier version migrates to exactly the current schema and keeps
// its rows.
class MigrationTest : public SchemaTest, public ::testing::WithParamInterface<int>
{
};

TEST_P(MigrationTest, MigratesToTheCurrentSchemaKeepingData)
{
    const int from = GetParam();
    QSqlDatabase db = openFresh(QStringLiteral("old.sqlite"));
    QString error;
    ASSERT_TRUE(Schema::createVersion(db, from, &error)) << error.toStdString();
    ASSERT_EQ(Schema::userVersion(db), from);
    ASSERT_NE(Schema::describe(db), Schema::describeCurrent());
    QSqlQuery q(db);
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO plan_info VALUES (1, 'T', 'O', 'town', 2024, 2028, 'v', 'g', 'b', 'p')")));
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO themes VALUES (1, 0, 'Theme', '', '')")));
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO measures VALUES (7, 1, 0, 'Measure', 2, 'o', 'e', 0)")));
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO kpis VALUES (1, 0, 'K', '%', '', 0, 50.0, '2024-04-01', 1)")));
    q.finish();

    ASSERT_TRUE(Schema::migrate(db, &error)) << error.toStdString();
    EXPECT_EQ(Schema::userVersion(db), Schema::currentVersion);
    EXPECT_EQ(Schema::describe(db), Schema::describeCurrent());

    Plan plan;
    PlanStore store(db);
    ASSERT_TRUE(store.load(&plan)) << store.errorString().toStdString();
    ASSERT_EQ(plan.themes.size(), 1);
    ASSERT_EQ(plan.themes[0].measures.size(), 1);
    EXPECT_EQ(plan.themes[0].measures[0].title, QStringLiteral("Measure"));
    EXPECT_EQ(plan.themes[0].measures[0].status, MeasureStatus::Planned);
    ASSERT_EQ(plan.kpis.size(), 1);
    EXPECT_EQ(plan.kpis[0].source, QString());
    EXPECT_EQ(*plan.kpis[0].baselineValue, 50.0);
}

INSTANTIATE_TEST_SUITE_P(EveryEarlierVersion, MigrationTest,
                         ::testing::Range(1, Schema::currentVersion));

TEST_F(SchemaTest, RefusesToMigrateANewerVersion)
{
    QSqlDatabase db = openFresh(QStringLiteral("newer.sqlite"));
    QString error;
    ASSERT_TRUE(Schema::create(db, &error));
    ASSERT_TRUE(Schema::exec(db, { QStringLiteral("PRAGMA user_version = %1").arg(Schema::currentVersion + 1) }, &error));
    EXPECT_FALSE(Schema::migrate(db, &error));
    EXPECT_TRUE(error.contains(QString::number(Schema::currentVersion + 1)));
}

TEST_F(SchemaTest, DescriptionSeesAnAddedTrigger)
{
    QSqlDatabase db = openFresh(QStringLiteral("trigger.sqlite"));
    QString error;
    ASSERT_TRUE(Schema::create(db, &error));
    ASSERT_TRUE(Schema::exec(db, { QStringLiteral("CREATE TRIGGER t AFTER INSERT ON themes BEGIN DELETE FROM themes; END") }, &error));
    EXPECT_NE(Schema::describe(db), Schema::describeCurrent());
}
