#include "tests/kpi/KpiTestSupport.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

namespace {

class KpiCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        samplePath = dir.filePath(QStringLiteral("sample.dxplan"));
        ASSERT_TRUE(savePlanFile(cardRatePlan(), samplePath));
    }
    CliRun cli(const QStringList &arguments) const
    {
        return runCli(QStringList { QStringLiteral("kpi") } + arguments);
    }
    QString path(const QString &name) const { return dir.filePath(name); }

    QTemporaryDir dir;
    QString samplePath;
};

} // namespace

TEST_F(KpiCli, DashboardPdfHasTheKpiName)
{
    const CliRun run = cli({ samplePath, QStringLiteral("-o"), path(QStringLiteral("d.pdf")) });
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    if (!havePdfToText())
        GTEST_SKIP() << "pdftotext is not installed";
    const QString text = pdfText(path(QStringLiteral("d.pdf")));
    EXPECT_TRUE(text.contains(QStringLiteral("マイナンバーカード交付率")));
}

TEST_F(KpiCli, OneKpiByNameOrNumberAtTheRequestedSize)
{
    CliRun run = cli({ samplePath, QStringLiteral("-o"), path(QStringLiteral("c.png")), QStringLiteral("--kpi"),
                    QStringLiteral("マイナンバーカード交付率"), QStringLiteral("--width"), QStringLiteral("640"),
                    QStringLiteral("--height"), QStringLiteral("400") });
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(QImage(path(QStringLiteral("c.png"))).size(), QSize(640, 400));

    run = cli({ samplePath, QStringLiteral("-o"), path(QStringLiteral("c.svg")), QStringLiteral("--kpi"), QStringLiteral("1"),
                QStringLiteral("--era"), QStringLiteral("western") });
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile svg(path(QStringLiteral("c.svg")));
    ASSERT_TRUE(svg.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(svg.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("マイナンバーカード交付率")));
    EXPECT_TRUE(text.contains(QStringLiteral("2028")));
    EXPECT_FALSE(text.contains(QStringLiteral("令和")));
}

TEST_F(KpiCli, RefusalsExitWithTwoAndWriteNothing)
{
    const QString out = path(QStringLiteral("x.pdf"));
    const QList<QStringList> refused = {
        { samplePath, QStringLiteral("-o"), out, QStringLiteral("--kpi"), QStringLiteral("存在しない指標") },
        { samplePath, QStringLiteral("-o"), out, QStringLiteral("--kpi"), QStringLiteral("2") },
        { samplePath, QStringLiteral("-o"), path(QStringLiteral("x.gif")) },
        { samplePath, QStringLiteral("-o"), path(QStringLiteral("missing/x.pdf")) },
        { samplePath, QStringLiteral("-o"), out, QStringLiteral("--width"), QStringLiteral("0") },
        { samplePath, QStringLiteral("-o"), out, QStringLiteral("--era"), QStringLiteral("showa") },
        { path(QStringLiteral("absent.dxplan")), QStringLiteral("-o"), out },
        { samplePath },
    };
    for (const QStringList &arguments : refused) {
        const CliRun run = cli(arguments);
        EXPECT_EQ(run.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(run.err.trimmed().count(QLatin1Char('\n')), 0) << run.err.toStdString();
        EXPECT_TRUE(run.err.startsWith(QStringLiteral("dxplan-cli: "))) << run.err.toStdString();
    }
    EXPECT_FALSE(QFile::exists(out));
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("x.gif"))));
}

TEST_F(KpiCli, APlanWithoutKpisIsRefused)
{
    Plan plan = cardRatePlan();
    plan.kpis.clear();
    const QString empty = path(QStringLiteral("empty.dxplan"));
    ASSERT_TRUE(savePlanFile(plan, empty));
    const CliRun run = cli({ empty, QStringLiteral("-o"), path(QStringLiteral("e.png")) });
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("no KPIs"))) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("e.png"))));
}

TEST_F(KpiCli, HelpNamesTheOptions)
{
    const CliRun run = cli({ QStringLiteral("--help") });
    EXPECT_EQ(run.exitCode, 0);
    for (const char *option : { "--output", "--kpi", "--width", "--height", "--era", "--as-of" })
        EXPECT_TRUE(run.out.contains(QLatin1String(option))) << option;
}
