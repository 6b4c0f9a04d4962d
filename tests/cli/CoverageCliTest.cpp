#include "models/Plan.h"
#include "tests/support/ExternalTools.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

// dxplan-cli coverage as a user runs it: CSV, HTML and PDF of both tables,
// and refusals that write nothing.
namespace {

class CoverageCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_plan = path(QStringLiteral("sample.dxplan"));
        const CliRun r = runCli({ QStringLiteral("new"), m_plan, QStringLiteral("--sample") });
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    CliRun coverage(const QString &by, const QString &out) const
    {
        return runCli({ QStringLiteral("coverage"), m_plan, QStringLiteral("--by"), by, QStringLiteral("-o"), out });
    }
    static QByteArray read(const QString &file)
    {
        QFile f(file);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << file.toStdString();
        return f.readAll();
    }

    QTemporaryDir m_dir;
    QString m_plan;
};

} // namespace

TEST_F(CoverageCliTest, CsvIsUtf8WithBomAndCountsThePlan)
{
    const QString out = path(QStringLiteral("principles.csv"));
    const CliRun r = coverage(QStringLiteral("principles"), out);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
    const QByteArray bytes = read(out);
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    const Plan plan = samplePlan();
    // A header, a row per theme and measure, two rows of totals.
    ASSERT_EQ(lines.size(), 1 + plan.themes.size() + plan.measureCount() + 2);
    EXPECT_EQ(lines[0].count(QLatin1Char(',')), 1 + plan.principles.size());
    EXPECT_TRUE(lines[1].contains(plan.themes[0].title)) << lines[1].toStdString();
    // The last line: the measures serving each principle, counted here.
    QStringList expected { QStringLiteral("\"\""), QStringLiteral("\"Measures serving it\"") };
    for (const Principle &p : plan.principles) {
        int measures = 0;
        for (const Theme &theme : plan.themes)
            for (const Measure &m : theme.measures)
                measures += theme.principleIds.contains(p.id) || m.principleIds.contains(p.id) ? 1 : 0;
        expected << QStringLiteral("\"%1\"").arg(measures);
    }
    EXPECT_EQ(lines.last(), expected.join(QLatin1Char(',')));
}

TEST_F(CoverageCliTest, HtmlAndPdfCarryTheTable)
{
    const Plan plan = samplePlan();
    const QString html = path(QStringLiteral("departments.html"));
    CliRun r = coverage(QStringLiteral("departments"), html);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString text = QString::fromUtf8(read(html));
    EXPECT_TRUE(text.startsWith(QStringLiteral("<!DOCTYPE html>")));
    EXPECT_TRUE(text.contains(QStringLiteral("<th scope=\"col\">")));
    EXPECT_TRUE(text.contains(plan.info.title));
    EXPECT_TRUE(text.contains(plan.departments[0].name));

    if (!havePdfToText())
        GTEST_SKIP() << "pdftotext is not installed";
    const QString pdf = path(QStringLiteral("principles.pdf"));
    r = coverage(QStringLiteral("principles"), pdf);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(read(pdf).startsWith("%PDF-"));
    // Japanese comes back out of the text layer as it went in (西, not ⻄).
    const QString extracted = pdfText(pdf);
    EXPECT_TRUE(extracted.contains(plan.info.title)) << extracted.left(400).toStdString();
    EXPECT_TRUE(extracted.contains(plan.themes[1].title));
}

TEST_F(CoverageCliTest, BadInputWritesNothing)
{
    const QString out = path(QStringLiteral("out.csv"));
    for (const QStringList &arguments :
         { QStringList { QStringLiteral("coverage"), m_plan, QStringLiteral("--by"), QStringLiteral("audiences"),
                         QStringLiteral("-o"), out },
           QStringList { QStringLiteral("coverage"), m_plan, QStringLiteral("--by"), QStringLiteral("principles"),
                         QStringLiteral("-o"), path(QStringLiteral("out.txt")) },
           QStringList { QStringLiteral("coverage"), path(QStringLiteral("missing.dxplan")), QStringLiteral("--by"),
                         QStringLiteral("principles"), QStringLiteral("-o"), out },
           QStringList { QStringLiteral("coverage"), m_plan, QStringLiteral("-o"), out } }) {
        const CliRun r = runCli(arguments);
        EXPECT_EQ(r.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << r.err.toStdString();
        EXPECT_FALSE(QFile::exists(out));
        EXPECT_FALSE(QFile::exists(path(QStringLiteral("out.txt"))));
    }
}
