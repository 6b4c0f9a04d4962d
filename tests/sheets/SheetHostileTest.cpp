#include "models/sheets/SheetFile.h"
#include "tests/sheets/SheetTestFiles.h"
#include "tests/support/ExternalTools.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

// Every crafted workbook in tests/data/sheets-hostile/ (written by
// make_hostile_sheets.py) is refused with one sentence holding what its
// <name>.expect says, by the readers and by dxplan-cli import-sheet, which
// exits 2 and writes nothing.
namespace {

QString folder()
{
    return QStringLiteral(DXPLAN_TEST_DATA "/sheets-hostile");
}

std::vector<std::string> hostileFiles()
{
    return sheetFilesIn(folder());
}

class SheetHostileTest : public ::testing::TestWithParam<std::string>
{
};

} // namespace

TEST(SheetHostile, EachCraftedFileHasAnExpectedSentence)
{
    EXPECT_GE(hostileFiles().size(), 20u);
    for (const std::string &f : hostileFiles()) {
        const QString expect = folder() + QLatin1Char('/') + QFileInfo(QString::fromStdString(f)).completeBaseName() + QStringLiteral(".expect");
        EXPECT_TRUE(QFile::exists(expect)) << f;
    }
}

TEST_P(SheetHostileTest, IsRefusedWithOneSentence)
{
    const QString name = QString::fromStdString(GetParam());
    const QString path = folder() + QLatin1Char('/') + name;
    QFile expectFile(folder() + QLatin1Char('/') + QFileInfo(name).completeBaseName() + QStringLiteral(".expect"));
    ASSERT_TRUE(expectFile.open(QIODevice::ReadOnly));
    const QString expected = QString::fromUtf8(expectFile.readAll()).trimmed();
    ASSERT_FALSE(expected.isEmpty());

    SheetBook book;
    QString error;
    EXPECT_FALSE(SheetFile::read(path, &book, &error));
    EXPECT_TRUE(error.contains(expected)) << '"' << error.toStdString() << "\" lacks \"" << expected.toStdString() << '"';
    EXPECT_FALSE(error.contains(QLatin1Char('\n')));

    QTemporaryDir out;
    const QString plan = out.filePath(QStringLiteral("plan.dxplan"));
    const CliRun run = runCli({ QStringLiteral("import-sheet"), path, QStringLiteral("-o"), plan });
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.out, QString());
    EXPECT_EQ(run.err.count(QLatin1Char('\n')), 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(expected)) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(plan));
    EXPECT_EQ(QDir(out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
}

INSTANTIATE_TEST_SUITE_P(Hostile, SheetHostileTest, ::testing::ValuesIn(hostileFiles()), sheetTestName);
