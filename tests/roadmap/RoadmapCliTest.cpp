#include "tests/support/ExternalTools.h"
#include "tests/support/TestSupport.h"

#include "models/FiscalYear.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace {

class RoadmapCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        plan = dir.filePath(QStringLiteral("sample.dxplan"));
        const CliRun made = runCli({ QStringLiteral("new"), QStringLiteral("--sample"), plan });
        ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    }
    QString path(const QString &name) const { return dir.filePath(name); }

    QTemporaryDir dir;
    QString plan;
};

} // namespace

TEST_F(RoadmapCliTest, WritesPdfSvgAndPng)
{
    CliRun run = runCli({ QStringLiteral("roadmap"), plan, QStringLiteral("-o"), path(QStringLiteral("r.pdf")) });
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile pdf(path(QStringLiteral("r.pdf")));
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5) == "%PDF-");

    run = runCli({ QStringLiteral("roadmap"), plan, QStringLiteral("-o"), path(QStringLiteral("r.svg")),
                   QStringLiteral("--era"), QStringLiteral("western") });
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile svg(path(QStringLiteral("r.svg")));
    ASSERT_TRUE(svg.open(QIODevice::ReadOnly));
    const QByteArray svgData = svg.readAll();
    QXmlStreamReader xml(svgData);
    while (!xml.atEnd())
        xml.readNext();
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_TRUE(svgData.contains("FY2026"));

    run = runCli({ QStringLiteral("roadmap"), plan, QStringLiteral("-o"), path(QStringLiteral("r.png")),
                   QStringLiteral("--paper"), QStringLiteral("a4"), QStringLiteral("--dpi"), QStringLiteral("96") });
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QImage png(path(QStringLiteral("r.png")));
    ASSERT_FALSE(png.isNull());
    EXPECT_EQ(png.width(), qRound(297 / 25.4 * 96)); // A4 landscape is 297 mm wide
}

TEST_F(RoadmapCliTest, ThemesYearsAndColumnsNarrowTheRoadmap)
{
    const CliRun run = runCli({ QStringLiteral("roadmap"), plan, QStringLiteral("-o"), path(QStringLiteral("t.svg")),
                             QStringLiteral("--theme"), QStringLiteral("2"), QStringLiteral("--theme"), QStringLiteral("5"),
                             QStringLiteral("--years"), QStringLiteral("2025-2026"), QStringLiteral("--era"),
                             QStringLiteral("reiwa"), QStringLiteral("--departments") });
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString svg = svgText(path(QStringLiteral("t.svg")));
    const Plan sample = samplePlan();
    for (const Measure &m : sample.themes[1].measures)
        EXPECT_TRUE(svg.contains(m.title)) << m.title.toStdString();
    for (const Measure &m : sample.themes[4].measures)
        EXPECT_TRUE(svg.contains(m.title)) << m.title.toStdString();
    EXPECT_FALSE(svg.contains(sample.themes[0].measures[0].title));
    EXPECT_TRUE(svg.contains(QStringLiteral("令和7年度")));
    EXPECT_TRUE(svg.contains(QStringLiteral("令和8年度")));
    EXPECT_FALSE(svg.contains(QStringLiteral("令和9年度")));
    EXPECT_TRUE(svg.contains(sample.departments[0].name));
}

TEST_F(RoadmapCliTest, BadArgumentsFailWithOneLineAndNoFile)
{
    const QString out = path(QStringLiteral("bad.pdf"));
    const QList<QStringList> cases = {
        { QStringLiteral("--paper"), QStringLiteral("B5") },
        { QStringLiteral("--years"), QStringLiteral("2028-2024") },
        { QStringLiteral("--years"), QStringLiteral("R6-R10") },
        { QStringLiteral("--theme"), QStringLiteral("13") },
        { QStringLiteral("--theme"), QStringLiteral("first") },
        { QStringLiteral("--era"), QStringLiteral("showa") },
        { QStringLiteral("--dpi"), QStringLiteral("10") },
        { QStringLiteral("--date"), QStringLiteral("2026-02-30") },
    };
    for (const QStringList &extra : cases) {
        const CliRun run = runCli(QStringList({ QStringLiteral("roadmap"), plan, QStringLiteral("-o"), out }) + extra);
        EXPECT_EQ(run.exitCode, 2) << extra.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(run.err.startsWith(QStringLiteral("dxplan-cli: roadmap: "))) << run.err.toStdString();
        EXPECT_EQ(run.err.trimmed().count(QLatin1Char('\n')), 0) << run.err.toStdString();
        EXPECT_FALSE(QFile::exists(out)) << extra.join(QLatin1Char(' ')).toStdString();
    }
}

TEST_F(RoadmapCliTest, UnwritableOutputAndUnknownFormatsFail)
{
    for (const QString &target : { path(QStringLiteral("missing/dir/r.pdf")), path(QStringLiteral("r.docx")) }) {
        const CliRun run = runCli({ QStringLiteral("roadmap"), plan, QStringLiteral("-o"), target });
        EXPECT_EQ(run.exitCode, 2) << target.toStdString();
        EXPECT_TRUE(run.err.contains(target)) << run.err.toStdString();
        EXPECT_FALSE(QFile::exists(target));
    }
}

TEST_F(RoadmapCliTest, ReadOnlyFolderGetsNoFileAtAll)
{
    const QString locked = path(QStringLiteral("locked"));
    ASSERT_TRUE(QDir().mkdir(locked));
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    const bool canWriteAnyway = QFileInfo(locked).isWritable(); // running as root
    const CliRun run = runCli({ QStringLiteral("roadmap"), plan, QStringLiteral("-o"), locked + QStringLiteral("/r.pdf") });
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (canWriteAnyway)
        GTEST_SKIP() << "running with permission to write anywhere";
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(QDir(locked).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
}

TEST_F(RoadmapCliTest, PagesWritesOneFilePerPdfPage)
{
    CliRun run = runCli({ QStringLiteral("roadmap"), plan, QStringLiteral("-o"), path(QStringLiteral("r.pdf")),
                          QStringLiteral("--paper"), QStringLiteral("A4") });
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile pdf(path(QStringLiteral("r.pdf")));
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    const int pdfPages = int(pdf.readAll().count("/Type /Page\n")); // QPdfWriter's page objects
    ASSERT_GT(pdfPages, 1);

    const QString out = path(QStringLiteral("pages"));
    ASSERT_TRUE(QDir().mkdir(out));
    for (const QString &name : { QStringLiteral("r.png"), QStringLiteral("r.svg") }) {
        run = runCli({ QStringLiteral("roadmap"), plan, QStringLiteral("-o"), out + QLatin1Char('/') + name,
                       QStringLiteral("--paper"), QStringLiteral("A4"), QStringLiteral("--dpi"),
                       QStringLiteral("60"), QStringLiteral("--pages") });
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
        EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    }
    const QStringList files = QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    EXPECT_EQ(files.size(), 2 * pdfPages) << files.join(QLatin1Char(' ')).toStdString();
    const QImage last(out + QStringLiteral("/r-%1.png").arg(pdfPages, 3, 10, QLatin1Char('0')));
    EXPECT_EQ(last.size(), QSize(qRound(297 / 25.4 * 60), qRound(210 / 25.4 * 60))); // A4 landscape at 60 dpi
    EXPECT_FALSE(QFile::exists(out + QStringLiteral("/r.png")));
}

TEST_F(RoadmapCliTest, PagesFailWithOneLineAndNoPageFile)
{
    // A folder in the way of the second page.
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("r-002.png")));
    const QList<QStringList> cases = {
        { QStringLiteral("-o"), path(QStringLiteral("r.png")), QStringLiteral("--dpi"), QStringLiteral("40"),
          QStringLiteral("--paper"), QStringLiteral("A4") },
        { QStringLiteral("-o"), path(QStringLiteral("r.pdf")) },
        { QStringLiteral("-o"), QStringLiteral("-"), QStringLiteral("--format"), QStringLiteral("svg") },
        { QStringLiteral("-o"), path(QStringLiteral("missing/r.svg")) },
    };
    for (const QStringList &extra : cases) {
        const CliRun run = runCli(QStringList({ QStringLiteral("roadmap"), plan, QStringLiteral("--pages") }) + extra);
        EXPECT_EQ(run.exitCode, 2) << extra.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(run.err.startsWith(QStringLiteral("dxplan-cli: roadmap: "))) << run.err.toStdString();
        EXPECT_EQ(run.err.trimmed().count(QLatin1Char('\n')), 0) << run.err.toStdString();
        EXPECT_TRUE(run.out.isEmpty());
    }
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
              QStringList({ QStringLiteral("r-002.png"), QStringLiteral("sample.dxplan") }));
}

TEST_F(RoadmapCliTest, TooLargePngSuggestsPages)
{
    const CliRun run = runCli({ QStringLiteral("roadmap"), plan, QStringLiteral("-o"), path(QStringLiteral("r.png")),
                                QStringLiteral("--dpi"), QStringLiteral("1200") });
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("--pages"))) << run.err.toStdString();
    EXPECT_EQ(run.err.trimmed().count(QLatin1Char('\n')), 0) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("r.png"))));
}

TEST_F(RoadmapCliTest, MissingOrUnreadablePlanFails)
{
    CliRun run = runCli({ QStringLiteral("roadmap"), QStringLiteral("-o"), path(QStringLiteral("r.pdf")) });
    EXPECT_EQ(run.exitCode, 2);
    run = runCli({ QStringLiteral("roadmap"), path(QStringLiteral("none.dxplan")), QStringLiteral("-o"),
                   path(QStringLiteral("r.pdf")) });
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("none.dxplan")));
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("r.pdf"))));
}

TEST_F(RoadmapCliTest, HelpListsTheOptions)
{
    const CliRun run = runCli({ QStringLiteral("roadmap"), QStringLiteral("--help") });
    EXPECT_EQ(run.exitCode, 0);
    for (const char *option : { "--paper", "--years", "--theme", "--era", "--dpi", "--output" })
        EXPECT_TRUE(run.out.contains(QLatin1String(option))) << option;
}
