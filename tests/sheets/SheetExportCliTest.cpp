// dxplan-cli export-sheet as a user runs it: the files it writes, and one
// line on stderr with exit status 2 for anything it refuses.
#include "tests/sheets/XlsxReading.h"

#include "tests/support/ExternalTools.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QTemporaryDir>

namespace {

class SheetExportCliTest : public ::testing::Test
{
protected:
    void SetUp() override { m_plan = writeSamplePlan(m_dir.filePath(QStringLiteral("sample.dxplan"))); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    void expectRefused(const QStringList &args, const QString &output)
    {
        const CliRun run = runCli(QStringList { QStringLiteral("export-sheet") } + args);
        EXPECT_EQ(run.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(run.err.trimmed().count(QLatin1Char('\n')), 0) << run.err.toStdString();
        EXPECT_FALSE(run.err.trimmed().isEmpty());
        EXPECT_FALSE(QFile::exists(output)) << output.toStdString();
    }

    QTemporaryDir m_dir;
    QString m_plan;
};

TEST_F(SheetExportCliTest, WritesAWorkbook)
{
    const QString out = path(QStringLiteral("plan.xlsx"));
    const CliRun run = runCli({ QStringLiteral("export-sheet"), m_plan, QStringLiteral("-o"), out,
                                QStringLiteral("--era"), QStringLiteral("reiwa"), QStringLiteral("--months") });
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    XlsxReading xlsx;
    ASSERT_TRUE(xlsx.open(out));
    EXPECT_EQ(xlsx.sheetNames().size(), 3);
    EXPECT_EQ(xlsx.cells(1).value(QStringLiteral("D2")).text, QStringLiteral("令和6年度"));
    EXPECT_EQ(xlsx.cells(1).value(QStringLiteral("D3")).text, QStringLiteral("4月"));
}

TEST_F(SheetExportCliTest, ChoosesSheets)
{
    const QString out = path(QStringLiteral("measures.xlsx"));
    const CliRun run = runCli({ QStringLiteral("export-sheet"), m_plan, QStringLiteral("-o"), out,
                                QStringLiteral("--sheets"), QStringLiteral("measures,kpis") });
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    XlsxReading xlsx;
    ASSERT_TRUE(xlsx.open(out));
    EXPECT_EQ(xlsx.sheetNames().size(), 2);
}

TEST_F(SheetExportCliTest, WritesCsvInEitherEncoding)
{
    const QString utf8 = path(QStringLiteral("schedule.csv"));
    CliRun run = runCli({ QStringLiteral("export-sheet"), m_plan, QStringLiteral("-o"), utf8,
                          QStringLiteral("--csv"), QStringLiteral("schedule") });
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile file(utf8);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().startsWith("\xEF\xBB\xBF"));

    const QString cp932 = path(QStringLiteral("measures.csv"));
    run = runCli({ QStringLiteral("export-sheet"), m_plan, QStringLiteral("-o"), cp932, QStringLiteral("--encoding"),
                   QStringLiteral("cp932") });
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile sjis(cp932);
    ASSERT_TRUE(sjis.open(QIODevice::ReadOnly));
    const QByteArray bytes = sjis.readAll();
    EXPECT_FALSE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_NE(bytes.indexOf(QByteArray::fromHex("93648e71905c")), -1); // 電子申 in CP932
}

TEST_F(SheetExportCliTest, WritesToStandardOutput)
{
    const CliRun run = runCli({ QStringLiteral("export-sheet"), m_plan, QStringLiteral("-o"), QStringLiteral("-"),
                                QStringLiteral("--format"), QStringLiteral("csv") });
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(samplePlan().themes[0].measures[0].title));
}

TEST_F(SheetExportCliTest, RefusesBadInputWithOneLine)
{
    const QString xlsx = path(QStringLiteral("out.xlsx"));
    const QString csv = path(QStringLiteral("out.csv"));
    expectRefused({ m_plan }, xlsx);
    expectRefused({ m_plan, QStringLiteral("-o"), path(QStringLiteral("out.txt")) }, path(QStringLiteral("out.txt")));
    expectRefused({ m_plan, QStringLiteral("-o"), xlsx, QStringLiteral("--format"), QStringLiteral("ods") }, xlsx);
    expectRefused({ m_plan, QStringLiteral("-o"), csv, QStringLiteral("--csv"), QStringLiteral("kpis") }, csv);
    expectRefused({ m_plan, QStringLiteral("-o"), csv, QStringLiteral("--encoding"), QStringLiteral("latin1") }, csv);
    expectRefused({ m_plan, QStringLiteral("-o"), xlsx, QStringLiteral("--era"), QStringLiteral("showa") }, xlsx);
    expectRefused({ m_plan, QStringLiteral("-o"), xlsx, QStringLiteral("--sheets"), QStringLiteral("roadmap") }, xlsx);
    expectRefused({ path(QStringLiteral("missing.dxplan")), QStringLiteral("-o"), xlsx }, xlsx);
    QFile notAPlan(path(QStringLiteral("broken.dxplan")));
    ASSERT_TRUE(notAPlan.open(QIODevice::WriteOnly));
    notAPlan.write("PK\x03\x04 not really a zip");
    notAPlan.close();
    expectRefused({ notAPlan.fileName(), QStringLiteral("-o"), xlsx }, xlsx);
    expectRefused({ m_plan, QStringLiteral("-o"), m_dir.path() }, QString());
}

TEST_F(SheetExportCliTest, UnencodableTextLeavesTheOldFile)
{
    Plan plan = samplePlan();
    plan.themes[0].measures[0].title = QStringLiteral("𠮷野家との連携");
    QString error;
    auto doc = PlanDocument::create(plan, &error);
    ASSERT_TRUE(doc) << error.toStdString();
    const QString planPath = path(QStringLiteral("odd.dxplan"));
    ASSERT_EQ(doc->save(planPath, false, &error), PlanDocument::SaveResult::Saved) << error.toStdString();
    doc->closeCleanly();

    const QString out = path(QStringLiteral("old.csv"));
    QFile old(out);
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    const CliRun run = runCli({ QStringLiteral("export-sheet"), planPath, QStringLiteral("-o"), out,
                                QStringLiteral("--encoding"), QStringLiteral("cp932") });
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("U+20BB7"))) << run.err.toStdString();
    ASSERT_TRUE(old.open(QIODevice::ReadOnly));
    EXPECT_EQ(old.readAll(), QByteArray("old"));
}

} // namespace
