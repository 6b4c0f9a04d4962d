#include "models/PlanFileReader.h"
#include "models/sheets/SheetFile.h"
#include "models/sheets/SheetImport.h"
#include "tests/sheets/SheetTestFiles.h"
#include "tests/support/ExternalTools.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

// Every sheet in tests/data/sheets/ (see make_sheets.sh) is read without
// help into the schedule its <name>.expected gives, with the doubts its
// <name>.doubts lists, by the model and by dxplan-cli import-sheet.
// DXPLAN_UPDATE_GOLDEN=1 rewrites the expected files from what is read.
namespace {

QString folder()
{
    return QStringLiteral(DXPLAN_TEST_DATA "/sheets");
}

std::vector<std::string> sheetFiles()
{
    return sheetFilesIn(folder());
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void writeText(const QString &path, const QString &text)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
}

QString doubtLines(const QList<SheetDoubt> &doubts)
{
    QString text;
    for (const SheetDoubt &d : doubts)
        text += d.cell + QStringLiteral(": ") + d.text + QLatin1Char('\n');
    return text;
}

class SheetGoldenTest : public ::testing::TestWithParam<std::string>
{
};

} // namespace

TEST(SheetGolden, TheFolderHoldsTheShapesTownsUse)
{
    const std::vector<std::string> files = sheetFiles();
    EXPECT_GE(files.size(), 8u);
    bool xlsx = false, ods = false, csv = false;
    for (const std::string &f : files) {
        xlsx = xlsx || QString::fromStdString(f).endsWith(QStringLiteral(".xlsx"));
        ods = ods || QString::fromStdString(f).endsWith(QStringLiteral(".ods"));
        csv = csv || QString::fromStdString(f).endsWith(QStringLiteral(".csv"));
    }
    EXPECT_TRUE(xlsx && ods && csv);
}

TEST_P(SheetGoldenTest, IsReadIntoItsExpectedScheduleAndDoubts)
{
    const QString name = QString::fromStdString(GetParam());
    const QString path = folder() + QLatin1Char('/') + name;
    const QString base = folder() + QLatin1Char('/') + QFileInfo(name).completeBaseName();

    SheetBook book;
    QString error;
    ASSERT_TRUE(SheetFile::read(path, &book, &error)) << error.toStdString();
    const int index = SheetFile::chooseSheet(book);
    ASSERT_GE(index, 0);
    const SheetGrid &grid = book.sheets[index];
    const SheetMapping mapping = SheetLayout::detect(grid);
    ASSERT_GE(mapping.headerRow, 0);
    const SheetImport imported = SheetImport::convert(grid, mapping);
    const QString schedule = imported.scheduleText();
    const QString doubts = doubtLines(imported.doubts);
    if (qgetenv("DXPLAN_UPDATE_GOLDEN") == "1") {
        writeText(base + QStringLiteral(".expected"), schedule);
        writeText(base + QStringLiteral(".doubts"), doubts);
    }
    EXPECT_EQ(schedule, readText(base + QStringLiteral(".expected")));
    EXPECT_EQ(doubts, readText(base + QStringLiteral(".doubts")));
    EXPECT_GT(imported.measureCount(), 0);

    // dxplan-cli writes the same plan and lists the same doubts.
    QTemporaryDir out;
    const QString plan = out.filePath(QStringLiteral("plan.dxplan"));
    const CliRun run = runCli({ QStringLiteral("import-sheet"), path, QStringLiteral("-o"), plan });
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    QString expectedErr;
    for (const SheetDoubt &d : imported.doubts)
        expectedErr += name + QStringLiteral(": ") + d.cell + QStringLiteral(": ") + d.text + QLatin1Char('\n');
    EXPECT_EQ(run.err, expectedErr);
    PlanFileReader reader;
    PlanFileReader::Result result;
    ASSERT_TRUE(reader.read(plan, &result, PlanFileReader::Mode::LoadPlan)) << reader.errorString().toStdString();
    EXPECT_EQ(result.plan.measureCount(), imported.measureCount());
    EXPECT_EQ(result.plan.themes.size(), imported.themes.size());
    EXPECT_EQ(result.plan.info.startYear, imported.firstYear);
    EXPECT_EQ(result.plan.info.endYear, imported.lastYear);
}

INSTANTIATE_TEST_SUITE_P(Sheets, SheetGoldenTest, ::testing::ValuesIn(sheetFiles()), sheetTestName);
