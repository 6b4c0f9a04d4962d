#include "models/PlanFileReader.h"
#include "tests/support/ExternalTools.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QTemporaryDir>

// dxplan-cli import-sheet with its options.
namespace {

QString sheet(const char *name)
{
    return QStringLiteral(DXPLAN_TEST_DATA "/sheets/") + QString::fromLatin1(name);
}

Plan readPlan(const QString &path)
{
    PlanFileReader reader;
    PlanFileReader::Result result;
    EXPECT_TRUE(reader.read(path, &result, PlanFileReader::Mode::LoadPlan)) << reader.errorString().toStdString();
    return result.plan;
}

} // namespace

TEST(ImportSheetCli, MapOverridesWhatWasDetected)
{
    QTemporaryDir out;
    const QString plan = out.filePath(QStringLiteral("p.dxplan"));
    // Column D (対象) read as departments, the last year ignored.
    const CliRun run = runCli({ QStringLiteral("import-sheet"), sheet("merged-themes.xlsx"), QStringLiteral("-o"), plan,
                                QStringLiteral("--map"), QStringLiteral("D=departments"), QStringLiteral("--map"),
                                QStringLiteral("令和10年度=ignore") });
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const Plan p = readPlan(plan);
    ASSERT_FALSE(p.themes.isEmpty());
    const Measure &first = p.themes.first().measures.first();
    EXPECT_EQ(p.departmentNames(first), QStringList { QStringLiteral("住民") });
    EXPECT_TRUE(first.audienceIds.isEmpty());
    EXPECT_EQ(p.info.endYear, 2027);
}

TEST(ImportSheetCli, ReadsTheNamedSheetAndTheGivenEncoding)
{
    QTemporaryDir out;
    const QString plan = out.filePath(QStringLiteral("p.dxplan"));
    CliRun run = runCli({ QStringLiteral("import-sheet"), sheet("short-era-second-sheet.xlsx"), QStringLiteral("-o"), plan,
                          QStringLiteral("--sheet"), QStringLiteral("表紙") });
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.err.count(QLatin1Char('\n')), 1) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(plan));
    run = runCli({ QStringLiteral("import-sheet"), sheet("short-era-second-sheet.xlsx"), QStringLiteral("-o"), plan,
                   QStringLiteral("--sheet"), QStringLiteral("no such sheet") });
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("there is no sheet"))) << run.err.toStdString();

    run = runCli({ QStringLiteral("import-sheet"), sheet("cp932.csv"), QStringLiteral("-o"), plan,
                   QStringLiteral("--encoding"), QStringLiteral("utf-8") });
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("not valid UTF-8"))) << run.err.toStdString();
    run = runCli({ QStringLiteral("import-sheet"), sheet("cp932.csv"), QStringLiteral("-o"), plan,
                   QStringLiteral("--encoding"), QStringLiteral("cp932") });
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(readPlan(plan).measureCount(), 3);
}

TEST(ImportSheetCli, RefusesBadArgumentsWithOneLine)
{
    QTemporaryDir out;
    const QString plan = out.filePath(QStringLiteral("p.dxplan"));
    const QList<QStringList> bad {
        { QStringLiteral("import-sheet"), sheet("cp932.csv") },
        { QStringLiteral("import-sheet"), sheet("cp932.csv"), QStringLiteral("-o"), plan, QStringLiteral("--map"), QStringLiteral("B=colour") },
        { QStringLiteral("import-sheet"), sheet("cp932.csv"), QStringLiteral("-o"), plan, QStringLiteral("--map"), QStringLiteral("ZZ9=title") },
        { QStringLiteral("import-sheet"), sheet("cp932.csv"), QStringLiteral("-o"), plan, QStringLiteral("--encoding"), QStringLiteral("latin1") },
        { QStringLiteral("import-sheet"), sheet("cp932.csv"), QStringLiteral("-o"), plan, QStringLiteral("--map"), QStringLiteral("D=ignore"),
          QStringLiteral("--map"), QStringLiteral("E=ignore"), QStringLiteral("--map"), QStringLiteral("F=ignore"), QStringLiteral("--map"),
          QStringLiteral("G=ignore") },
        { QStringLiteral("import-sheet"), out.filePath(QStringLiteral("missing.xlsx")), QStringLiteral("-o"), plan },
        { QStringLiteral("import-sheet"), out.filePath(QStringLiteral("plan.docx")), QStringLiteral("-o"), plan },
    };
    for (const QStringList &arguments : bad) {
        const CliRun run = runCli(arguments);
        EXPECT_EQ(run.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(run.err.count(QLatin1Char('\n')), 1) << run.err.toStdString();
        EXPECT_FALSE(QFile::exists(plan));
    }
}
