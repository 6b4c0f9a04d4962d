#include "models/DatabaseConnection.h"
#include "models/PlanValueRules.h"
#include "models/ReceivedDatabase.h"
#include "models/Schema.h"
#include "tests/support/TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <atomic>
#include <memory>

// A received plan database is checked before anything in it is used: its
// header, its exact schema, its integrity and every value. Each case here
// starts from a valid plan database, changes it the way an attacker or a
// broken tool would, and expects one clear reason.
namespace {

struct Case
{
    const char *name;
    std::vector<std::string> statements; // run on the database with no safety settings
    const char *expected;   // a fragment of the error
};

// Test names in ctest's output say which case, not the struct's bytes.
void PrintTo(const Case &c, std::ostream *os)
{
    *os << c.name;
}

// Runs statements on a database file the way any SQLite tool could.
void tamper(const QString &path, const std::vector<std::string> &statements)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        for (const std::string &s : statements)
            ASSERT_TRUE(q.exec(QString::fromStdString(s))) << s << ": " << q.lastError().text().toStdString();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString writeSample(const QTemporaryDir &dir)
{
    static const QByteArray bytes = planDatabaseBytes(samplePlan());
    const QString path = dir.filePath(QStringLiteral("plan.sqlite"));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

// The sample plan's database, changed by `statements`.
QString tamperedSample(const QTemporaryDir &dir, const std::vector<std::string> &statements)
{
    const QString path = writeSample(dir);
    tamper(path, statements);
    return path;
}

QString readError(const QString &path, bool allowNewer = false)
{
    ReceivedDatabase reader;
    reader.setAllowNewer(allowNewer);
    ReceivedDatabase::Result result;
    return reader.read(path, &result) ? QString() : reader.errorString();
}

const std::string longText = "printf('%.*c', 1048577, 'x')";

class ReceivedDatabaseCase : public ::testing::TestWithParam<Case>
{
};

TEST_P(ReceivedDatabaseCase, IsRefusedWithOneClearReason)
{
    QTemporaryDir dir;
    const QString path = tamperedSample(dir, GetParam().statements);
    QElapsedTimer timer;
    timer.start();
    const QString error = readError(path);
    EXPECT_TRUE(error.contains(QString::fromUtf8(GetParam().expected))) << "error was: " << error.toStdString();
    EXPECT_FALSE(error.contains(QLatin1Char('\n'))) << error.toStdString();
    // Refused before any expression of the file could run for long.
    EXPECT_LT(timer.elapsed(), 10000);
}

const char *const structure = "structure differs";

INSTANTIATE_TEST_SUITE_P(
    Crafted, ReceivedDatabaseCase,
    ::testing::Values(
        // The schema: exactly ours, whatever a name looks like.
        Case { "TableNamedLikeSQLitesOwn", { "CREATE TABLE sqlitex_payload (x)" }, structure },
        Case { "UpperCaseSqliteName", { "CREATE TABLE SQLITEX (x)" }, structure },
        Case { "GeneratedColumn", { "ALTER TABLE glossary ADD COLUMN shout TEXT GENERATED ALWAYS AS (upper(term)) VIRTUAL" }, structure },
        Case { "ExpensiveCheckConstraint",
               { "PRAGMA foreign_keys = OFF", "DROP TABLE systems",
                 "CREATE TABLE systems (id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
                 " number INTEGER NOT NULL CHECK (length(printf('%.*c', 200000000, 'x')) > 0),"
                 " business TEXT NOT NULL, system TEXT NOT NULL, owner TEXT NOT NULL)" },
               structure },
        Case { "VirtualTableWithHiddenColumns", { "CREATE VIRTUAL TABLE notes USING fts5(body)" }, structure },
        Case { "ExpressionIndex", { "CREATE INDEX shouting ON glossary(upper(term))" }, structure },
        Case { "Trigger", { "CREATE TRIGGER t AFTER UPDATE ON plan_info BEGIN SELECT 1; END" }, structure },
        Case { "View", { "CREATE VIEW v AS SELECT * FROM measures" }, structure },
        Case { "ForeignApplicationId", { "PRAGMA application_id = 1" }, "not a DX Plan Studio plan" },
        Case { "FutureSchemaVersion", { "PRAGMA user_version = 99" }, "schema version 99" },
        // Every value against the format.
        Case { "YearFarOutsideTheRange", { "UPDATE phases SET end_year = 99999" }, "phases.end_year" },
        Case { "MonthThirteen", { "INSERT INTO milestones SELECT id, 99, 'x', 2025, 13 FROM measures LIMIT 1" }, "milestones.month" },
        Case { "FractionalMonth", { "UPDATE phases SET start_month = 1.5" }, "phases.start_month" },
        Case { "IdBeyond32Bits", { "UPDATE glossary SET id = 4294967297 WHERE id = (SELECT min(id) FROM glossary)" }, "glossary.id" },
        Case { "TextInAnIntegerColumn", { "UPDATE measures SET status = 'everyone'" }, "measures.status" },
        Case { "UnknownEnumValue", { "UPDATE phases SET kind = 7" }, "phases.kind" },
        Case { "UnknownOrganisationKind", { "UPDATE plan_info SET organisation_kind = 'empire'" }, "plan_info.organisation_kind" },
        Case { "DateThatDoesNotExist", { "INSERT INTO revisions (id, position, date, kind, summary) VALUES (99, 99, '2025-02-30', 1, 'x')" }, "revisions.date" },
        Case { "InfiniteTarget", { "INSERT INTO kpi_targets VALUES (1, 2030, 1e999, '')" }, "kpi_targets.value" },
        Case { "UnknownLanguage", { "UPDATE plan_info SET language = 'fr'" }, "plan_info.language" },
        Case { "EndYearNeitherAYearNorOpen", { "UPDATE plan_info SET end_year = 5" }, "plan_info.end_year" },
        Case { "UnknownNumberingStyle", { "UPDATE numbering SET style = 7 WHERE level = 1" }, "numbering.style" },
        Case { "MonthZeroRevisionDate", { "INSERT INTO revisions (id, position, date, kind, summary) VALUES (99, 99, '2025-00', 1, 'x')" }, "revisions.date" },
        Case { "SnapshotOfAFutureJsonFormat", { "INSERT INTO revision_snapshots VALUES (1, 99, x'7b7d')" }, "revision_snapshots.json_version" },
        Case { "TargetRevisionInMonthThirteen", { "INSERT INTO kpi_target_revisions SELECT id, 0, 2025, '2025-13', 1, '', 2, '', '' FROM kpis LIMIT 1" }, "kpi_target_revisions.date" },
        Case { "SnapshotPieceThatIsNotBytes", { "INSERT INTO snapshot_pieces VALUES (1, 42)" }, "snapshot_pieces.data" },
        Case { "MonthThatDoesNotExist", { "UPDATE kpi_actuals SET date = '2025-13'" }, "kpi_actuals.date" },
        Case { "ThemeInASectionThatIsNot", { "UPDATE themes SET section_id = 999" }, "refers to something it does not hold" },
        Case { "HugeBaseline", { "UPDATE kpis SET baseline_value = -1e300" }, "kpis.baseline_value" },
        Case { "BlobForText", { "UPDATE measures SET title = x'00ff'" }, "measures.title" },
        Case { "TextOverTheLimit", { "UPDATE glossary SET explanation = " + longText }, "glossary.explanation" },
        Case { "DanglingReference", { "INSERT INTO measure_departments SELECT id, 999999, 9 FROM measures LIMIT 1" }, "refers to something" },
        Case { "DanglingKpiTheme", { "UPDATE kpis SET theme_id = 424242" }, "refers to something" },
        Case { "NoPlanRow", { "DELETE FROM plan_info" }, "exactly one plan" },
        // Totals: 70 texts of 1 MiB are each allowed, together they are not;
        // nor are more rows than the format allows.
        Case { "AllTextTogether",
               { "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 70)"
                 " INSERT INTO glossary (id, position, term, reading, row, explanation)"
                 " SELECT 100000 + i, 100000 + i, 'term', '', '', printf('%.*c', 1048000, 'x') FROM n" },
               "add up to more than" },
        Case { "TooManyRows",
               { "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i <= 2000000)"
                 " INSERT INTO future_candidates (theme_id, position, text)"
                 " SELECT (SELECT min(id) FROM themes), 1000 + i, '' FROM n" },
               "more than 2000000 rows" }),
    [](const ::testing::TestParamInfo<Case> &info) { return std::string(info.param.name); });

TEST(ReceivedDatabase, AValidPlanDatabaseIsRead)
{
    QTemporaryDir dir;
    EXPECT_EQ(readError(writeSample(dir)), QString());
}

TEST(ReceivedDatabase, DamageIsSummarisedInOneLine)
{
    QTemporaryDir dir;
    const QString path = writeSample(dir);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    // Scribble over every page after the schema page's neighbours.
    const qint64 pageSize = 4096;
    for (qint64 at = 4 * pageSize + 100; at < file.size(); at += pageSize) {
        file.seek(at);
        file.write(QByteArray(200, '\x5a'));
    }
    file.close();
    const QString error = readError(path);
    EXPECT_TRUE(error.contains(QStringLiteral("damaged"))) << error.toStdString();
    EXPECT_FALSE(error.contains(QLatin1Char('\n')));
    EXPECT_LT(error.size(), 400) << error.toStdString();
}

// A newer minor version may add tables of its own, which are never read;
// whatever their CHECK constraints cost is bounded by the time limit.
TEST(ReceivedDatabase, WorkOnANewerFileIsBoundedInTime)
{
    QTemporaryDir dir;
    const QString path = writeSample(dir);
    tamper(path, { QStringLiteral("PRAGMA user_version = %1").arg(Schema::currentVersion + 1).toStdString(),
                   "CREATE TABLE extra (x INTEGER CHECK (length(printf('%.*c', 5000000 + x, 'x')) > 0))",
                   "PRAGMA ignore_check_constraints = ON",
                   "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)"
                   " INSERT INTO extra SELECT i FROM n" });
    const qint64 saved = ReceivedDatabase::timeLimitMs();
    ReceivedDatabase::setTimeLimitMs(300);
    QElapsedTimer timer;
    timer.start();
    const QString error = readError(path, true);
    ReceivedDatabase::setTimeLimitMs(saved);
    EXPECT_TRUE(error.contains(QStringLiteral("took too long"))) << "error was: " << error.toStdString();
    EXPECT_LT(timer.elapsed(), 5000);
}

TEST(ReceivedDatabase, ANewerFileWithOnlyAdditionsIsRead)
{
    QTemporaryDir dir;
    const QString path = writeSample(dir);
    tamper(path, { QStringLiteral("PRAGMA user_version = %1").arg(Schema::currentVersion + 1).toStdString(), "CREATE TABLE extra (x INTEGER)",
                   "ALTER TABLE measures ADD COLUMN weight REAL" });
    EXPECT_EQ(readError(path, true), QString());
    EXPECT_TRUE(readError(path, false).contains(QStringLiteral("schema version %1").arg(Schema::currentVersion + 1)));
}

TEST(ReceivedDatabase, EveryFileWeEverWroteIsAccepted)
{
    // Version 1 as created, and version 1 migrated to the current one.
    for (bool migrated : { false, true }) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            ASSERT_TRUE(db.open());
            QString error;
            ASSERT_TRUE(Schema::createVersion(db, 1, &error)) << error.toStdString();
            QSqlQuery q(db);
            ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO plan_info VALUES (1, 'Plan', 'Town', 'town', 2024, 2028, '', '', '', '')")));
            if (migrated) {
                ASSERT_TRUE(Schema::migrate(db, &error)) << error.toStdString();
            }
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        EXPECT_EQ(readError(path), QString()) << "migrated: " << migrated;
    }
}

TEST(PlanValueRules, EveryColumnOfTheSchemaHasARule)
{
    static const QRegularExpression column(QStringLiteral("^column (\\w+)\\.(\\w+) (\\w+) notnull=(\\d)"));
    // Older files are judged by their own version's columns.
    for (int version = 1; version <= Schema::currentVersion; ++version) {
        int columns = 0;
        for (const QString &fact : Schema::describeVersion(version)) {
            const QRegularExpressionMatch m = column.match(fact);
            if (!m.hasMatch())
                continue;
            ++columns;
            EXPECT_FALSE(PlanValueRules::conditionFor(m.captured(1), m.captured(2), m.captured(3), m.captured(4) == QLatin1String("1")).isEmpty())
                << "version " << version << ": " << fact.toStdString();
        }
        EXPECT_GT(columns, 80);
    }
}

// The values' check shares its tables between two connections
// (PlanValueRules::SecondConnection); whichever connection scans which
// table, it names the problem one connection alone names: the first in
// table order. Each case is checked with one connection, with two, and
// with a second that cannot be opened (an empty fragment: no problem).
class ValueCheckOnTwoConnections : public ::testing::TestWithParam<Case>
{
};

TEST_P(ValueCheckOnTwoConnections, NamesTheProblemOneConnectionNames)
{
    QTemporaryDir dir;
    const QString path = tamperedSample(dir, GetParam().statements);
    DatabaseConnection connection;
    ASSERT_TRUE(connection.open(path, DatabaseConnection::Mode::ReadOnly)) << connection.errorString().toStdString();
    QSqlDatabase db = connection.database();
    const QString alone = PlanValueRules::check(db, Schema::currentVersion);
    EXPECT_TRUE(alone.contains(QLatin1String(GetParam().expected))) << alone.toStdString();
    EXPECT_EQ(alone.isEmpty(), *GetParam().expected == '\0') << alone.toStdString();

    std::atomic<int> opened { 0 };
    PlanValueRules::SecondConnection second;
    second.open = [&]() -> std::unique_ptr<DatabaseConnection> {
        auto helper = std::make_unique<DatabaseConnection>();
        if (!helper->open(path, DatabaseConnection::Mode::ReadOnly))
            return nullptr;
        ++opened;
        return helper;
    };
    EXPECT_EQ(PlanValueRules::check(db, Schema::currentVersion, &second), alone);
    EXPECT_EQ(opened, 1);
    EXPECT_FALSE(second.timedOut);

    PlanValueRules::SecondConnection unopened;
    unopened.open = [] { return std::unique_ptr<DatabaseConnection>(); };
    EXPECT_EQ(PlanValueRules::check(db, Schema::currentVersion, &unopened), alone);
}

INSTANTIATE_TEST_SUITE_P(
    Tampered, ValueCheckOnTwoConnections,
    ::testing::Values(
        Case { "Untouched", {}, "" },
        // Tables in order: glossary, kpi_targets, measures, milestones, phases.
        Case { "OneEarlyTable", { "UPDATE glossary SET id = 4294967297 WHERE id = (SELECT min(id) FROM glossary)" },
                    "glossary.id" },
        Case { "OneLateTable", { "UPDATE phases SET kind = 7" }, "phases.kind" },
        Case { "TwoTablesTheFirstNamed",
                    { "UPDATE phases SET kind = 7", "UPDATE measures SET status = 'everyone'" }, "measures.status" },
        Case { "EveryOtherTable",
                    { "UPDATE phases SET start_month = 1.5", "INSERT INTO kpi_targets VALUES (1, 2030, 1e999, '')",
                      "UPDATE measures SET title = x'00ff'" },
                    "kpi_targets.value" },
        Case { "NoPlanRowAndALaterProblem", { "DELETE FROM plan_info",
                      "INSERT INTO revisions (id, position, date, kind, summary) VALUES (99, 99, '2025-02-30', 1, 'x')" },
                    "exactly one plan" },
        Case { "TotalsOverTheTables",
                    { "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 70)"
                      " INSERT INTO glossary (id, position, term, reading, row, explanation)"
                      " SELECT 100000 + i, 100000 + i, 'term', '', '', printf('%.*c', 1048000, 'x') FROM n" },
                    "add up to more than" },
        Case { "DanglingReferenceAfterTheScans", { "UPDATE kpis SET theme_id = 424242" }, "refers to something" }),
    [](const ::testing::TestParamInfo<Case> &info) { return std::string(info.param.name); });

} // namespace

// SQLite's structure check runs beside the value checks; a file that fails
// both is reported as damaged, whichever finished first.
TEST(ReceivedDatabase, AFileThatIsDamagedAndBreaksTheRulesIsReportedAsDamaged)
{
    QTemporaryDir dir;
    const QString path = writeSample(dir);
    // A second plan row, past plan_info's CHECK (id = 1): quick_check finds
    // the broken constraint, the value rules a second plan.
    tamper(path, { "PRAGMA ignore_check_constraints = ON",
                   "INSERT INTO plan_info SELECT 2, title, organisation, organisation_kind, start_year,"
                   " end_year, vision, goal, language, document_parts, term_style FROM plan_info" });
    const QString error = readError(path);
    EXPECT_TRUE(error.contains(QStringLiteral("is damaged"))) << "error was: " << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("plan_info"))) << "error was: " << error.toStdString();
}
