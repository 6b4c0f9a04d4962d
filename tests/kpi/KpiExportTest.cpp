#include "tests/kpi/KpiTestSupport.h"
#include "tests/support/ExternalTools.h"

#include "models/KpiStatus.h"
#include "views/common/Palette.h"
#include "views/kpi/KpiDashboardRenderer.h"
#include "models/KpiStatus.h"
#include "views/kpi/KpiFormat.h"
#include "views/kpi/KpiExporter.h"

#include <QFile>
#include <QFontDatabase>
#include <QImage>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace {

const QString myNumber = QStringLiteral("マイナンバーカード交付率");

bool containsColour(const QImage &image, const QColor &colour)
{
    const QRgb wanted = colour.rgb();
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if ((image.pixel(x, y) & 0xFFFFFF) == (wanted & 0xFFFFFF))
                return true;
    return false;
}

// Every <text> element's characters in an SVG file.
class KpiExport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        plan = cardRatePlan();
    }
    QString path(const QString &name) const { return dir.filePath(name); }
    KpiExporter exporter() const
    {
        KpiExporter e(plan);
        e.setAsOf(QDate(2025, 4, 1));
        return e;
    }

    QTemporaryDir dir;
    Plan plan;
};

} // namespace

TEST_F(KpiExport, FormatFollowsTheExtension)
{
    KpiExporter::Format format;
    ASSERT_TRUE(KpiExporter::formatOf(QStringLiteral("a/b.PDF"), &format));
    EXPECT_EQ(format, KpiExporter::Format::Pdf);
    ASSERT_TRUE(KpiExporter::formatOf(QStringLiteral("x.svg"), &format));
    EXPECT_EQ(format, KpiExporter::Format::Svg);
    ASSERT_TRUE(KpiExporter::formatOf(QStringLiteral("x.png"), &format));
    EXPECT_EQ(format, KpiExporter::Format::Png);
    EXPECT_FALSE(KpiExporter::formatOf(QStringLiteral("x.jpg"), &format));
}

TEST_F(KpiExport, DashboardPngHasTheRequestedSizeAndTheStatusColour)
{
    KpiExporter e = exporter();
    e.setImageSize(QSize(900, 600));
    ASSERT_TRUE(e.exportDashboard(path(QStringLiteral("dashboard.png")))) << e.errorString().toStdString();
    const QImage image(path(QStringLiteral("dashboard.png")));
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(900, 600));
    // Drawn, not blank: the target and actual markers are there.
    EXPECT_TRUE(containsColour(image, Palette::targetColor()));
    EXPECT_TRUE(containsColour(image, Palette::actualColor()));
}

TEST_F(KpiExport, ChartPngHasTheRequestedSizeAndTheSeriesColours)
{
    KpiExporter e = exporter();
    e.setImageSize(QSize(800, 500));
    ASSERT_TRUE(e.exportChart(plan.kpis.first().id, path(QStringLiteral("chart.png")))) << e.errorString().toStdString();
    const QImage image(path(QStringLiteral("chart.png")));
    EXPECT_EQ(image.size(), QSize(800, 500));
    EXPECT_TRUE(containsColour(image, Palette::actualColor()));
    EXPECT_TRUE(containsColour(image, Palette::targetColor()));
}

TEST_F(KpiExport, SvgParsesAndContainsTheKpiName)
{
    KpiExporter e = exporter();
    e.setImageSize(QSize(1000, 640));
    for (const QString &name : { QStringLiteral("dashboard.svg"), QStringLiteral("chart.svg") }) {
        const bool ok = name.startsWith(QLatin1String("dashboard")) ? e.exportDashboard(path(name))
                                                                   : e.exportChart(1, path(name));
        ASSERT_TRUE(ok) << e.errorString().toStdString();
        QSvgRenderer renderer(path(name));
        EXPECT_TRUE(renderer.isValid()) << name.toStdString();
        EXPECT_EQ(renderer.viewBox(), QRect(0, 0, 1000, 640));
        EXPECT_TRUE(svgText(path(name)).contains(myNumber)) << name.toStdString();
    }
}

TEST_F(KpiExport, PdfTextLayerHasTheJapaneseNames)
{
    KpiExporter e = exporter();
    ASSERT_TRUE(e.exportDashboard(path(QStringLiteral("dashboard.pdf")))) << e.errorString().toStdString();
    ASSERT_TRUE(e.exportChart(1, path(QStringLiteral("chart.pdf")))) << e.errorString().toStdString();
    EXPECT_EQ(pdfPageCount(path(QStringLiteral("dashboard.pdf"))), 1);
    if (!havePdfToText())
        GTEST_SKIP() << "pdftotext is not installed";
    const QString dashboard = pdfText(path(QStringLiteral("dashboard.pdf")));
    EXPECT_TRUE(dashboard.contains(myNumber)) << dashboard.toStdString();
    EXPECT_TRUE(dashboard.contains(plan.info.title));
    EXPECT_TRUE(pdfText(path(QStringLiteral("chart.pdf"))).contains(myNumber));
}

TEST_F(KpiExport, AChartOnItsOwnSaysWhosePlanAsOfWhenAndHowItStands)
{
    KpiExporter e = exporter();
    ASSERT_TRUE(e.exportChart(1, path(QStringLiteral("chart.pdf")))) << e.errorString().toStdString();
    if (!havePdfToText())
        GTEST_SKIP() << "pdftotext is not installed";
    // pdftotext breaks lines where the footer wraps: compare without them.
    const QString text = pdfText(path(QStringLiteral("chart.pdf"))).simplified().remove(QLatin1Char(' '));
    const Kpi &kpi = *plan.kpi(1);
    EXPECT_TRUE(text.contains(QString(plan.info.title).remove(QLatin1Char(' ')))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("令和"))) << text.toStdString();
    // The status word and the latest actual, in the plan's language (the
    // test runs in English; the sample plan is Japanese).
    const KpiStatus status(kpi, QDate(2025, 4, 1));
    const QString word = KpiFormat::statusText(status.status(), plan.info.language);
    EXPECT_NE(word, KpiFormat::statusText(status.status(), QStringLiteral("en")));
    EXPECT_TRUE(text.contains(QString(word).remove(QLatin1Char(' ')))) << word.toStdString();
    ASSERT_TRUE(status.latestActual());
    EXPECT_TRUE(text.contains(KpiFormat::actual(*status.latestActual(), kpi).remove(QLatin1Char(' '))));
}

TEST_F(KpiExport, ManyKpisArePaginated)
{
    Plan big = demoPlan();
    const QList<Kpi> kinds = big.kpis;
    big.kpis.clear();
    for (int i = 0; i < 30; ++i) {
        Kpi kpi = kinds[i % kinds.size()];
        kpi.id = i + 1;
        kpi.name = QStringLiteral("指標%1 %2").arg(i + 1).arg(kpi.name);
        big.kpis.append(kpi);
    }
    KpiExporter e(big);
    ASSERT_TRUE(e.exportDashboard(path(QStringLiteral("big.pdf")))) << e.errorString().toStdString();
    const int pages = KpiDashboardRenderer(big).pageCount(KpiExporter::logicalPageSize(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(8, 8, 8, 8), QPageLayout::Millimeter)));
    EXPECT_EQ(pages, 3); // 12 tiles on an A4 landscape page
    EXPECT_EQ(pdfPageCount(path(QStringLiteral("big.pdf"))), pages);
    if (!havePdfToText())
        GTEST_SKIP() << "pdftotext is not installed";
    const QString text = pdfText(path(QStringLiteral("big.pdf")));
    EXPECT_TRUE(text.contains(QStringLiteral("指標1 ")));
    EXPECT_TRUE(text.contains(QStringLiteral("指標30 ")));
}

TEST_F(KpiExport, FailuresLeaveNoFileBehind)
{
    KpiExporter e = exporter();
    const QString missingFolder = path(QStringLiteral("no/such/folder/out.pdf"));
    EXPECT_FALSE(e.exportDashboard(missingFolder));
    EXPECT_TRUE(e.errorString().contains(missingFolder));
    EXPECT_FALSE(QFile::exists(missingFolder));

    EXPECT_FALSE(e.exportDashboard(path(QStringLiteral("out.jpg"))));
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("out.jpg"))));

    e.setImageSize(QSize(20000, 100));
    EXPECT_FALSE(e.exportDashboard(path(QStringLiteral("huge.png"))));
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("huge.png"))));

    EXPECT_FALSE(e.exportChart(999, path(QStringLiteral("none.png"))));
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("none.png"))));

    // A failed export (the picture is still too large) keeps an older file
    // of the same name intact.
    QFile old(path(QStringLiteral("keep.png")));
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    EXPECT_FALSE(e.exportDashboard(path(QStringLiteral("keep.png"))));
    ASSERT_TRUE(old.open(QIODevice::ReadOnly));
    EXPECT_EQ(old.readAll(), QByteArray("old"));
}

TEST_F(KpiExport, WithoutASizeTheDashboardGetsOneForItsKpis)
{
    const Plan demo = demoPlan();
    KpiExporter e(demo);
    ASSERT_TRUE(e.exportDashboard(path(QStringLiteral("demo.png"))));
    const QSize size = QImage(path(QStringLiteral("demo.png"))).size();
    EXPECT_EQ(size, KpiExporter::defaultDashboardSize(int(demo.kpis.size())));
    // Seven KPIs: four columns, two rows.
    EXPECT_GT(size.width(), 4 * KpiDashboardRenderer::tileDesignSize().width());
    EXPECT_GT(size.height(), 2 * KpiDashboardRenderer::tileDesignSize().height());
    EXPECT_LT(size.height(), 3 * KpiDashboardRenderer::tileDesignSize().height());
}

TEST_F(KpiExport, PdfTextKeepsIdeographsThatShareARadicalsGlyph)
{
    plan.kpis.first().name = QStringLiteral("西ノ島町の高齢者の日常利用率");
    KpiExporter e = exporter();
    ASSERT_TRUE(e.exportDashboard(path(QStringLiteral("west.pdf"))));
    ASSERT_TRUE(e.exportChart(1, path(QStringLiteral("west-chart.pdf"))));
    if (!havePdfToText())
        GTEST_SKIP() << "pdftotext is not installed";
    const QString text = pdfText(path(QStringLiteral("west.pdf")));
    EXPECT_TRUE(text.contains(QStringLiteral("西ノ島町の高齢者の日常利用率"))) << text.toStdString();
    EXPECT_TRUE(pdfText(path(QStringLiteral("west-chart.pdf"))).contains(QStringLiteral("西ノ島町の高齢者の日常利用率")));
}
