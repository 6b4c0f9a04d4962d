// CSV as spreadsheets read it: UTF-8 with a byte order mark or CP932,
// quoting, a character CP932 cannot hold refused with a clear message; and
// the golden files of tests/data/sheets-export, written through dxplan-cli.
#include "tests/support/ExternalTools.h"
#include "tests/support/TestSupport.h"
#include "views/sheets/CsvText.h"
#include "views/sheets/SheetExporter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace {

const QString dataDir = QStringLiteral(DXPLAN_SHEETS_EXPORT_DATA);

TEST(CsvExportTest, Utf8StartsWithAByteOrderMark)
{
    const Plan plan = samplePlan();
    SheetExporter exporter(plan, SheetOptions());
    const QByteArray bytes = exporter.csvBytes();
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    EXPECT_TRUE(text.contains(plan.themes[0].measures[0].title));
    EXPECT_GE(text.count(QStringLiteral("\r\n")), plan.measureCount() + 1);
}

TEST(CsvExportTest, Cp932WritesWindowsBytes)
{
    QByteArray bytes;
    QString error;
    ASSERT_TRUE(CsvText::encode(QStringLiteral("電子申請サービスの活用"), SheetOptions::Encoding::Cp932, &bytes, &error))
        << error.toStdString();
    EXPECT_EQ(bytes.toHex(), QByteArray("93648e71905c90bf8354815b8372835882cc8a889770"));
    // NEC's circled numbers, which Shift_JIS proper lacks.
    ASSERT_TRUE(CsvText::encode(QStringLiteral("①"), SheetOptions::Encoding::Cp932, &bytes, &error));
    EXPECT_EQ(bytes.toHex(), QByteArray("8740"));
    // The wave dash is written as Windows writes it.
    ASSERT_TRUE(CsvText::encode(QStringLiteral("〜"), SheetOptions::Encoding::Cp932, &bytes, &error));
    EXPECT_EQ(bytes.toHex(), QByteArray("8160"));
    ASSERT_TRUE(CsvText::encode(QStringLiteral("電子"), SheetOptions::Encoding::Utf8, &bytes, &error));
    EXPECT_EQ(bytes, QByteArray("\xEF\xBB\xBF") + QStringLiteral("電子").toUtf8());
}

TEST(CsvExportTest, Cp932RefusesWhatItCannotHold)
{
    QByteArray bytes = "untouched";
    QString error;
    EXPECT_FALSE(CsvText::encode(QStringLiteral("申請は𠮷野家で"), SheetOptions::Encoding::Cp932, &bytes, &error));
    EXPECT_EQ(bytes, QByteArray("untouched"));
    EXPECT_TRUE(error.contains(QStringLiteral("𠮷"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("U+20BB7"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("申請は"))) << error.toStdString();
    EXPECT_FALSE(error.contains(QLatin1Char('\n')));
    EXPECT_FALSE(CsvText::encode(QStringLiteral("🙂"), SheetOptions::Encoding::Cp932, &bytes, &error));
    EXPECT_FALSE(CsvText::encode(QStringLiteral("café"), SheetOptions::Encoding::Cp932, &bytes, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("U+00E9"))) << error.toStdString();
}

TEST(CsvExportTest, QuotesCommasQuotesAndLineBreaks)
{
    EXPECT_EQ(CsvText::line({ QStringLiteral("a,b"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines"),
                              QStringLiteral("plain"), QString() }),
              QStringLiteral("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",plain,\r\n"));
    EXPECT_EQ(CsvText::line({ QStringLiteral("a\tb"), QStringLiteral("c,d") }, QLatin1Char('\t')),
              QStringLiteral("\"a\tb\"\tc,d\r\n"));
}

TEST(CsvExportTest, TabSeparatedTextReadsBack)
{
    const QList<QStringList> rows = { { QStringLiteral("番号"), QStringLiteral("施策") },
                                      { QStringLiteral("①"), QStringLiteral("二行\nの\"施策\"") },
                                      { QString(), QStringLiteral("x\ty") } };
    QString text;
    for (const QStringList &row : rows)
        text += CsvText::line(row, QLatin1Char('\t'));
    EXPECT_EQ(CsvText::parseTabSeparated(text), rows);
    // Excel ends its clipboard text with a line break, or not.
    EXPECT_EQ(CsvText::parseTabSeparated(QStringLiteral("a\tb\nc\td")),
              (QList<QStringList> { { QStringLiteral("a"), QStringLiteral("b") }, { QStringLiteral("c"), QStringLiteral("d") } }));
}

// tests/data/sheets-export/cases/<case>/: `args` (the plan's JSON file in
// tests/data/sheets-export, then the options of dxplan-cli export-sheet)
// and either expected.csv (the exact bytes) or expected.err (exit status 2
// and a line of stderr that must appear). The sheets' own words (column
// names) are in the plan's language, Japanese here: new translations of
// them change the expected bytes.
class SheetExportGolden : public ::testing::TestWithParam<QString>
{
};

TEST_P(SheetExportGolden, WritesTheExpectedBytes)
{
    const QString caseDir = dataDir + QStringLiteral("/cases/") + GetParam();
    QFile argsFile(caseDir + QStringLiteral("/args"));
    ASSERT_TRUE(argsFile.open(QIODevice::ReadOnly));
    QStringList args = QString::fromUtf8(argsFile.readAll()).trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    ASSERT_FALSE(args.isEmpty());
    const QString json = dataDir + QLatin1Char('/') + args.takeFirst();

    QTemporaryDir dir;
    const QString plan = dir.filePath(QStringLiteral("plan.dxplan"));
    const CliRun imported = runCli({ QStringLiteral("import"), json, QStringLiteral("-o"), plan });
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    const CliRun run = runCli(QStringList { QStringLiteral("export-sheet"), plan, QStringLiteral("-o"), out } + args);

    QFile expectedCsv(caseDir + QStringLiteral("/expected.csv"));
    // DXPLAN_UPDATE_GOLDEN=1 writes what the command wrote as the expected
    // bytes (after a deliberate change, or new translations of the sheets'
    // words); review the difference before committing it.
    if (qEnvironmentVariableIntValue("DXPLAN_UPDATE_GOLDEN") == 1 && run.exitCode == 0 && QFile::exists(out)) {
        QFile::remove(expectedCsv.fileName());
        ASSERT_TRUE(QFile::copy(out, expectedCsv.fileName()));
    }
    if (expectedCsv.open(QIODevice::ReadOnly)) {
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        QFile written(out);
        ASSERT_TRUE(written.open(QIODevice::ReadOnly));
        EXPECT_EQ(written.readAll(), expectedCsv.readAll());
        return;
    }
    QFile expectedErr(caseDir + QStringLiteral("/expected.err"));
    ASSERT_TRUE(expectedErr.open(QIODevice::ReadOnly)) << "a case needs expected.csv or expected.err";
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.err.trimmed().count(QLatin1Char('\n')), 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QString::fromUtf8(expectedErr.readAll()).trimmed())) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
}

QStringList goldenCases()
{
    return QDir(dataDir + QStringLiteral("/cases")).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

INSTANTIATE_TEST_SUITE_P(Cases, SheetExportGolden, ::testing::ValuesIn(goldenCases()),
                         [](const ::testing::TestParamInfo<QString> &info) {
                             return QString(info.param).replace(QLatin1Char('-'), QLatin1Char('_')).toStdString();
                         });

} // namespace
