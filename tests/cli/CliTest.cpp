#include "models/PlanJson.h"
#include "tests/support/ExternalTools.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

// dxplan-cli as a user runs it: real processes, real files.
namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}

class CliTest : public ::testing::Test
{
protected:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString sampleFile()
    {
        const QString file = path(QStringLiteral("sample.dxplan"));
        const CliRun r = runCli({ QStringLiteral("new"), file, QStringLiteral("--sample") });
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return file;
    }
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(CliTest, HelpAndVersionForEveryCommand)
{
    CliRun r = runCli({ QStringLiteral("--help") });
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("export-json")));
    r = runCli({ QStringLiteral("--version") });
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral(DXPLAN_VERSION)));
    for (const char *command : { "new", "import", "export-json", "info", "check", "roadmap", "kpi" }) {
        r = runCli({ QString::fromLatin1(command), QStringLiteral("--help") });
        EXPECT_EQ(r.exitCode, 0) << command;
        EXPECT_TRUE(r.out.contains(QStringLiteral("Usage: dxplan-cli "))) << command << r.out.toStdString();
        r = runCli({ QString::fromLatin1(command), QStringLiteral("--version") });
        EXPECT_EQ(r.exitCode, 0) << command;
        EXPECT_TRUE(r.out.contains(QStringLiteral(DXPLAN_VERSION))) << command;
    }
    r = runCli({ QStringLiteral("frobnicate") });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("unknown command")));
}

TEST_F(CliTest, NewSampleThenInfo)
{
    const QString file = sampleFile();
    CliRun r = runCli({ QStringLiteral("info"), file, QStringLiteral("--json") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject facts = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(facts.value(QStringLiteral("title")).toString(), QStringLiteral("西ノ島町DX推進基本計画"));
    EXPECT_EQ(facts.value(QStringLiteral("organisation")).toString(), QStringLiteral("西ノ島町"));
    EXPECT_EQ(facts.value(QStringLiteral("startYear")).toInt(), 2024);
    EXPECT_EQ(facts.value(QStringLiteral("endYear")).toInt(), 2028);
    EXPECT_EQ(facts.value(QStringLiteral("themes")).toInt(), 12);
    EXPECT_EQ(facts.value(QStringLiteral("measures")).toInt(), 23);
    EXPECT_EQ(facts.value(QStringLiteral("kpis")).toInt(), 1);
    EXPECT_EQ(facts.value(QStringLiteral("revisions")).toInt(), 1);
    r = runCli({ QStringLiteral("info"), file });
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("Period:       FY2024-FY2028")));
}

TEST_F(CliTest, NewWithoutSampleMakesAnEmptyPlan)
{
    const QString file = path(QStringLiteral("empty.dxplan"));
    ASSERT_EQ(runCli({ QStringLiteral("new"), file }).exitCode, 0);
    const CliRun r = runCli({ QStringLiteral("info"), file, QStringLiteral("--json") });
    EXPECT_EQ(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("measures")).toInt(), 0);
}

TEST_F(CliTest, ExportJsonThenImportGivesAnIdenticalPlan)
{
    const QString file = sampleFile();
    const QString json = path(QStringLiteral("plan.json"));
    ASSERT_EQ(runCli({ QStringLiteral("export-json"), file, QStringLiteral("-o"), json }).exitCode, 0);
    const QString again = path(QStringLiteral("again.dxplan"));
    CliRun r = runCli({ QStringLiteral("import"), json, QStringLiteral("-o"), again });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = runCli({ QStringLiteral("export-json"), again });
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.out.toUtf8(), readFile(json));

    // And the bundled sample JSON itself imports to the same plan.
    Plan fromSample, fromExport;
    QString error;
    ASSERT_TRUE(PlanJson::read(readFile(QStringLiteral(DXPLAN_SOURCE_DIR "/resources/sample/nishinoshima.json")), &fromSample, &error));
    ASSERT_TRUE(PlanJson::read(r.out.toUtf8(), &fromExport, &error));
    EXPECT_TRUE(fromSample == fromExport);
}

TEST_F(CliTest, CheckReportsProblemsOnePerLine)
{
    const QString file = sampleFile();
    CliRun r = runCli({ QStringLiteral("check"), file });
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString();
    EXPECT_TRUE(r.out.isEmpty());

    const QString json = path(QStringLiteral("plan.json"));
    ASSERT_EQ(runCli({ QStringLiteral("export-json"), file, QStringLiteral("-o"), json }).exitCode, 0);
    QJsonObject o = QJsonDocument::fromJson(readFile(json)).object();
    QJsonObject info = o.value(QStringLiteral("plan")).toObject();
    info[QStringLiteral("title")] = QString();
    info[QStringLiteral("endYear")] = 2025; // phases now run past the period
    o[QStringLiteral("plan")] = info;
    writeFile(json, QJsonDocument(o).toJson());
    const QString broken = path(QStringLiteral("broken.dxplan"));
    ASSERT_EQ(runCli({ QStringLiteral("import"), json, QStringLiteral("-o"), broken }).exitCode, 0);
    r = runCli({ QStringLiteral("check"), broken });
    EXPECT_EQ(r.exitCode, 1);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    EXPECT_GT(lines.size(), 10);
    EXPECT_TRUE(lines.first().startsWith(QStringLiteral("error: plan: the plan has no title")));
}

TEST_F(CliTest, BadJsonGetsItsPathAndNoFile)
{
    const QString json = path(QStringLiteral("bad.json"));
    const QString out = path(QStringLiteral("out.dxplan"));
    writeFile(json, "{ \"format\": \"dxplan-json\", ");
    CliRun r = runCli({ QStringLiteral("import"), json, QStringLiteral("-o"), out });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("not valid JSON at line 1"))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));

    QJsonObject o = QJsonDocument::fromJson(readFile(QStringLiteral(DXPLAN_SOURCE_DIR "/resources/sample/nishinoshima.json"))).object();
    QJsonObject info = o.value(QStringLiteral("plan")).toObject();
    info[QStringLiteral("startYear")] = QStringLiteral("令和6年");
    o[QStringLiteral("plan")] = info;
    writeFile(json, QJsonDocument(o).toJson());
    r = runCli({ QStringLiteral("import"), json, QStringLiteral("-o"), out });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("$.plan.startYear: expected an integer"))) << r.err.toStdString();
    EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1);
    EXPECT_FALSE(QFile::exists(out));
}

TEST_F(CliTest, HostileFileGetsOneLineOnStderrAndExitTwo)
{
    const QString file = path(QStringLiteral("mail-attachment.dxplan"));
    writeFile(file, QByteArray("PK\x03\x04 definitely not a plan").repeated(10));
    for (const char *command : { "info", "check", "export-json" }) {
        const CliRun r = runCli({ QString::fromLatin1(command), file });
        EXPECT_EQ(r.exitCode, 2) << command;
        EXPECT_TRUE(r.out.isEmpty()) << command;
        EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << command << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("mail-attachment.dxplan"))) << command;
    }
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("mail-attachment.dxplan") });
}

TEST_F(CliTest, UnwritableOutputFailsCleanly)
{
    const QString file = sampleFile();
    const CliRun r = runCli({ QStringLiteral("export-json"), file, QStringLiteral("-o"), path(QStringLiteral("no/such/dir/out.json")) });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1);
}
