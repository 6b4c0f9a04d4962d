#include "models/DatabaseConnection.h"
#include "models/PlanStore.h"
#include "models/Numbering.h"
#include "models/PlanValueRules.h"
#include "models/Schema.h"
#include "tests/support/TestSupport.h"

#include <QSqlError>
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
    // Section texts of themes, in first-use order B, A; one theme in none.
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO themes VALUES (1, 0, 'Theme', 'B', '')")));
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO themes VALUES (2, 1, 'Second', 'A', '')")));
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO themes VALUES (3, 2, 'Third', 'B', '')")));
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO themes VALUES (4, 3, 'Fourth', '', '')")));
    // Audiences 0 residents, 1 staff, 2 both.
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO measures (id, theme_id, position, title, audience, overview, effect, all_departments) VALUES (7, 1, 0, 'Measure', 2, 'o', 'e', 0)")));
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO measures (id, theme_id, position, title, audience, overview, effect, all_departments) VALUES (8, 1, 1, 'Residents', 0, 'o', 'e', 0)")));
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO measures (id, theme_id, position, title, audience, overview, effect, all_departments) VALUES (9, 2, 0, 'Staff', 1, 'o', 'e', 0)")));
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO kpis (id, position, name, unit, description, direction, baseline_value, baseline_date, theme_id) VALUES (1, 0, 'K', '%', '', 0, 50.0, '2024-04-01', 1)")));
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO kpi_targets VALUES (1, 2028, 100.0)")));
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO kpi_actuals VALUES (1, 0, '2025-03-31', 93.2, 'n')")));
    q.finish();

    ASSERT_TRUE(Schema::migrate(db, &error)) << error.toStdString();
    EXPECT_EQ(Schema::userVersion(db), Schema::currentVersion);
    EXPECT_EQ(Schema::describe(db), Schema::describeCurrent());

    Plan plan;
    PlanStore store(db);
    ASSERT_TRUE(store.load(&plan)) << store.errorString().toStdString();
    ASSERT_EQ(plan.themes.size(), 4);
    ASSERT_EQ(plan.themes[0].measures.size(), 2);
    EXPECT_EQ(plan.themes[0].measures[0].title, QStringLiteral("Measure"));
    EXPECT_EQ(plan.themes[0].measures[0].status, MeasureStatus::Planned);
    ASSERT_EQ(plan.kpis.size(), 1);
    EXPECT_EQ(plan.kpis[0].source, QString());
    EXPECT_EQ(*plan.kpis[0].baselineValue, 50.0);

    // Schema 3: section texts became sections, in order of first use.
    ASSERT_EQ(plan.sections.size(), 2);
    EXPECT_EQ(plan.sections[0].title, QStringLiteral("B"));
    EXPECT_EQ(plan.sections[1].title, QStringLiteral("A"));
    EXPECT_EQ(plan.themes[0].sectionId, plan.sections[0].id);
    EXPECT_EQ(plan.themes[1].sectionId, plan.sections[1].id);
    EXPECT_EQ(plan.themes[2].sectionId, plan.sections[0].id);
    EXPECT_EQ(plan.themes[3].sectionId, 0);
    // The three fixed audiences became the plan's own two.
    ASSERT_EQ(plan.audiences.size(), 2);
    EXPECT_EQ(plan.audiences[0].name, QStringLiteral("住民"));
    EXPECT_EQ(plan.audiences[1].name, QStringLiteral("職員"));
    EXPECT_EQ(plan.themes[0].measures[0].audienceIds, (QList<int> { 1, 2 }));
    EXPECT_EQ(plan.themes[0].measures[1].audienceIds, QList<int> { 1 });
    EXPECT_EQ(plan.themes[1].measures[0].audienceIds, QList<int> { 2 });
    // KPI figures kept; no statement, full dates.
    ASSERT_EQ(plan.kpis[0].targets.size(), 1);
    EXPECT_EQ(plan.kpis[0].targets[0].value, 100.0);
    EXPECT_EQ(plan.kpis[0].targets[0].statement, QString());
    ASSERT_EQ(plan.kpis[0].actuals.size(), 1);
    EXPECT_EQ(plan.kpis[0].actuals[0].date, (PlanDate { QDate(2025, 3, 31), false }));
    EXPECT_EQ(plan.kpis[0].actuals[0].value, 93.2);
    // Old plans print the numbers they printed: themes 1, 2, 3, 4 through
    // the plan, sections unnumbered, measures ① per theme.
    EXPECT_EQ(plan.info.language, QStringLiteral("ja"));
    const PlanNumbers numbers(plan);
    EXPECT_EQ(numbers.theme(1), QStringLiteral("1"));
    EXPECT_EQ(numbers.theme(2), QStringLiteral("2"));
    EXPECT_EQ(numbers.theme(3), QStringLiteral("3"));
    EXPECT_EQ(numbers.theme(4), QStringLiteral("4"));
    EXPECT_EQ(numbers.section(plan.sections[0].id), QString());
    EXPECT_EQ(numbers.measure(8), QStringLiteral("②"));
    // Schema 4: the background and position texts became the first
    // chapters, one paragraph per line.
    ASSERT_EQ(plan.chapters.size(), 2);
    EXPECT_EQ(plan.chapters[0].title, QStringLiteral("計画策定の背景"));
    EXPECT_EQ(plan.chapters[0].text, QStringLiteral("b"));
    EXPECT_EQ(plan.chapters[1].title, QStringLiteral("計画の位置付け"));
    EXPECT_EQ(plan.chapters[1].text, QStringLiteral("p"));
    EXPECT_TRUE(plan.info.documentParts.isEmpty());
    // What was migrated passes the received-file checks too.
    EXPECT_EQ(PlanValueRules::check(db), QString());
}

// Versions 1 and 2 share the rows above; version 3 has its own test below.
INSTANTIATE_TEST_SUITE_P(EveryEarlierVersion, MigrationTest, ::testing::Values(1, 2));

// Schema 3 to 4: background and position become chapters in the plan's
// language, lines become paragraphs, an empty text makes no chapter.
TEST_F(SchemaTest, Version3TextsBecomeChapters)
{
    struct Case
    {
        const char *language;
        QString background;
        QString position;
        QList<Chapter> chapters;
    };
    const Case cases[] = {
        { "ja", QStringLiteral("人口減少。\n職員も減少。"), QStringLiteral("総合計画の下位計画"),
          { { 1, QStringLiteral("計画策定の背景"), QStringLiteral("人口減少。\n\n職員も減少。") },
            { 2, QStringLiteral("計画の位置付け"), QStringLiteral("総合計画の下位計画") } } },
        { "ja", QString(), QStringLiteral("位置付け"), { { 1, QStringLiteral("計画の位置付け"), QStringLiteral("位置付け") } } },
        { "en", QStringLiteral("Why"), QString(), { { 1, QStringLiteral("Background"), QStringLiteral("Why") } } },
        { "ja", QString(), QString(), {} },
    };
    int n = 0;
    for (const Case &c : cases) {
        DatabaseConnection connection;
        ASSERT_TRUE(connection.open(m_dir.filePath(QStringLiteral("v3-%1.sqlite").arg(n++)),
                                    DatabaseConnection::Mode::ReadWrite));
        QSqlDatabase db = connection.database();
        QString error;
        ASSERT_TRUE(Schema::createVersion(db, 3, &error)) << error.toStdString();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO plan_info VALUES (1, 'T', 'O', 'town', 2024, 2028, 'v', 'g', ?, ?, ?)"));
        // An empty text, not NULL (the columns are NOT NULL).
        q.addBindValue(c.background.isNull() ? QStringLiteral("") : c.background);
        q.addBindValue(c.position.isNull() ? QStringLiteral("") : c.position);
        q.addBindValue(QString::fromLatin1(c.language));
        ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
        q.finish();
        ASSERT_TRUE(Schema::migrate(db, &error)) << error.toStdString();
        EXPECT_EQ(Schema::describe(db), Schema::describeCurrent());
        Plan plan;
        PlanStore store(db);
        ASSERT_TRUE(store.load(&plan)) << store.errorString().toStdString();
        EXPECT_TRUE(plan.chapters == c.chapters) << c.background.toStdString();
        EXPECT_EQ(plan.info.vision, QStringLiteral("v"));
        EXPECT_EQ(plan.info.termStyle, PlanInfo::TermStyle::Footnotes);
        EXPECT_EQ(PlanValueRules::check(db), QString());
    }
}

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
