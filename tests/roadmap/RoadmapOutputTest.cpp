#include "tests/roadmap/RoadmapTestSupport.h"
#include "tests/support/ExternalTools.h"

#include "views/common/PdfTextLayerFix.h"
#include "views/roadmap/RoadmapExporter.h"
#include "views/roadmap/RoadmapPrinter.h"
#include "views/roadmap/RoadmapRenderer.h"
#include "views/roadmap/RoadmapStyle.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QPrinter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace RoadmapTest;

namespace {

QString removeSpaces(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

#define SKIP_WITHOUT_PDFTOTEXT()                                                   \
    if (!havePdfToText())                                                          \
        GTEST_SKIP() << "pdftotext is not installed";

QString exportTo(const QTemporaryDir &dir, const QString &name, const Plan &plan, const RoadmapOptions &options)
{
    const QString path = dir.filePath(name);
    RoadmapExporter::Format format;
    EXPECT_TRUE(RoadmapExporter::formatFromFileName(path, &format));
    RoadmapExporter exporter(plan, options);
    EXPECT_TRUE(exporter.exportFile(path, format)) << exporter.errorString().toStdString();
    return path;
}

RoadmapOptions fixedDate(RoadmapOptions options = RoadmapOptions())
{
    options.today = QDate(2026, 5, 10);
    return options;
}

} // namespace

TEST(RoadmapOutput, SamplePdfHasEveryMeasureTitleInOrder)
{
    SKIP_WITHOUT_PDFTOTEXT();
    QTemporaryDir dir;
    const Plan plan = samplePlan();
    for (RoadmapOptions::Paper paper : { RoadmapOptions::Paper::A3, RoadmapOptions::Paper::A4 }) {
        const QString path = exportTo(dir, QStringLiteral("sample.pdf"), plan, fixedDate(paperOptions(paper)));
        const QString text = removeSpaces(pdfPages(path).join(QString()));
        qsizetype at = 0;
        for (const Theme &theme : plan.themes) {
            at = text.indexOf(removeSpaces(theme.title), at);
            ASSERT_GE(at, 0) << theme.title.toStdString();
            for (const Measure &measure : theme.measures) {
                at = text.indexOf(removeSpaces(measure.title), at);
                ASSERT_GE(at, 0) << measure.title.toStdString() << " on " << RoadmapOptions::paperName(paper).toStdString();
            }
        }
        // Character for character: the middle dot and ideographs that share
        // glyphs with look-alikes come back as themselves.
        EXPECT_TRUE(text.contains(QStringLiteral("基幹システムの標準化・共通化")));
        EXPECT_TRUE(text.contains(QStringLiteral("自治体情報システム")));
        EXPECT_TRUE(text.contains(QStringLiteral("西ノ島町DX推進基本計画")));
        for (QChar c : text)
            EXPECT_FALSE(c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF) << "radical U+" << std::hex << c.unicode();
    }
}

TEST(RoadmapOutput, EveryPageRepeatsTitleYearsAndNumbers)
{
    SKIP_WITHOUT_PDFTOTEXT();
    QTemporaryDir dir;
    const Plan plan = PlanGenerator::generate(300, 7);
    RoadmapOptions options = fixedDate(paperOptions(RoadmapOptions::Paper::A4));
    options.eraStyle = FiscalYear::EraStyle::Reiwa;
    const QStringList pages = pdfPages(exportTo(dir, QStringLiteral("long.pdf"), plan, options));
    const QRectF area = printableArea(options);
    const RoadmapLayout layout(plan, options, area.width());
    const QList<RoadmapLayout::Page> expected = layout.paginate(area.height());
    ASSERT_GT(expected.size(), 5);
    ASSERT_EQ(pages.size(), expected.size());
    for (int i = 0; i < pages.size(); ++i) {
        const QString page = removeSpaces(pages[i]);
        EXPECT_TRUE(page.contains(removeSpaces(plan.info.title))) << "page " << i + 1;
        for (int year = 2024; year <= 2028; ++year)
            EXPECT_TRUE(page.contains(FiscalYear::label(year, FiscalYear::EraStyle::Reiwa))) << "page " << i + 1;
        EXPECT_TRUE(page.contains(QStringLiteral("%1/%2").arg(i + 1).arg(pages.size()))) << "page " << i + 1;
        // The page's first and last measures are on it, whole.
        const RoadmapLayout::Row &first = layout.rows()[expected[i].firstRow];
        const RoadmapLayout::Row &last = layout.rows()[expected[i].endRow - 1];
        for (const RoadmapLayout::Row *row : { &first, &last })
            if (row->kind == RoadmapLayout::Row::Kind::Measure) {
                EXPECT_TRUE(page.contains(removeSpaces(plan.measure(row->measureId)->title))) << "page " << i + 1;
            }
    }
}

TEST(RoadmapOutput, PdfYearHeaderFollowsTheEraStyle)
{
    SKIP_WITHOUT_PDFTOTEXT();
    QTemporaryDir dir;
    // The sample states no adoption date; this plan was revised on a day.
    Plan plan = samplePlan();
    plan.revisions = { { 1, { QDate(2025, 3, 31), false }, Revision::Kind::Revised, QStringLiteral("改定"), QString(), QString(), false } };
    RoadmapOptions options = fixedDate();
    options.eraStyle = FiscalYear::EraStyle::Western;
    QString text = removeSpaces(pdfPages(exportTo(dir, QStringLiteral("w.pdf"), plan, options)).join(QString()));
    EXPECT_TRUE(text.contains(QStringLiteral("FY2024")));
    EXPECT_TRUE(text.contains(QStringLiteral("FY2028")));
    // The plan's own texts may name Reiwa years; the header and dates do not.
    EXPECT_FALSE(text.contains(QStringLiteral("令和8")));
    EXPECT_FALSE(text.contains(QStringLiteral("令和7")));
    EXPECT_TRUE(text.contains(QStringLiteral("2025-03-31")));
    options.eraStyle = FiscalYear::EraStyle::Reiwa;
    text = removeSpaces(pdfPages(exportTo(dir, QStringLiteral("r.pdf"), plan, options)).join(QString()));
    EXPECT_TRUE(text.contains(QStringLiteral("令和6年度")));
    EXPECT_TRUE(text.contains(QStringLiteral("令和10年度")));
    EXPECT_FALSE(text.contains(QStringLiteral("FY2024")));
    options.eraStyle = FiscalYear::EraStyle::Both;
    text = removeSpaces(pdfPages(exportTo(dir, QStringLiteral("b.pdf"), plan, options)).join(QString()));
    EXPECT_TRUE(text.contains(QStringLiteral("令和8(2026)年度")));
}

TEST(RoadmapOutput, PdfPagesHaveThePapersSize)
{
    QTemporaryDir dir;
    const QString path = exportTo(dir, QStringLiteral("a3.pdf"), samplePlan(), fixedDate());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    // A3 landscape: 420 x 297 mm = 1190.55 x 841.89 points.
    const QRegularExpression box(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
    const QRegularExpressionMatch match = box.match(QString::fromLatin1(pdf));
    ASSERT_TRUE(match.hasMatch());
    EXPECT_NEAR(match.captured(1).toDouble(), 1190.55, 1.0);
    EXPECT_NEAR(match.captured(2).toDouble(), 841.89, 1.0);
}

TEST(RoadmapOutput, SvgIsWellFormedAndHoldsTheTitlesAsText)
{
    const Plan plan = samplePlan();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    RoadmapExporter exporter(plan, fixedDate());
    ASSERT_TRUE(exporter.writeSvg(&buffer));
    QXmlStreamReader xml(buffer.data());
    QString text;
    bool sawSvg = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("svg"))
            sawSvg = true;
        if (xml.isStartElement() && xml.name() == QLatin1String("text"))
            text += xml.readElementText(QXmlStreamReader::IncludeChildElements); // words may be split
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_TRUE(sawSvg);
    qsizetype at = 0;
    for (const Theme &theme : plan.themes)
        for (const Measure &measure : theme.measures) {
            at = text.indexOf(measure.title, at);
            EXPECT_GE(at, 0) << measure.title.toStdString();
            at = qMax<qsizetype>(at, 0);
        }
}

TEST(RoadmapOutput, PngHasThePapersWidthAtTheChosenResolution)
{
    QTemporaryDir dir;
    const Plan plan = samplePlan();
    for (int dpi : { 72, 100, 200 }) {
        RoadmapOptions options = fixedDate();
        options.dpi = dpi;
        const QString path = exportTo(dir, QStringLiteral("r%1.png").arg(dpi), plan, options);
        QImageReader reader(path);
        EXPECT_EQ(reader.format(), QByteArray("png"));
        const QImage image = reader.read();
        ASSERT_FALSE(image.isNull());
        // A3 landscape is 420 mm wide.
        EXPECT_EQ(image.width(), qRound(420 / 25.4 * dpi)) << dpi;
        EXPECT_EQ(image.size(), RoadmapExporter(plan, options).pngSize());
        // As tall as title, header, rows, legend and footer, with the margins.
        const RoadmapLayout layout(plan, options, printableArea(options).width());
        const qreal points = RoadmapLayout::pageChromeHeight() + layout.bodyHeight() + 2 * 10 / 25.4 * 72;
        EXPECT_EQ(image.height(), qRound(points / 72 * dpi)) << dpi;
        EXPECT_NEAR(image.dotsPerMeterX(), dpi / 0.0254, 1.0);
    }
}

TEST(RoadmapOutput, PngShowsThePhaseColours)
{
    const Plan plan = singleMeasurePlan({ { Phase::Kind::Operate, QStringLiteral("運用"), 2024, 0, 2028, 0 } });
    RoadmapOptions options = fixedDate();
    options.dpi = 72;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ASSERT_TRUE(RoadmapExporter(plan, options).writePng(&buffer));
    const QImage image = QImage::fromData(buffer.data(), "PNG");
    const RoadmapLayout layout(plan, options, printableArea(options).width());
    const QRectF bar = layout.bars()[0].rect;
    const qreal margin = 10 / 25.4 * 72;
    // Three quarters along the bar, clear of its label.
    const QPointF inside(bar.left() + 0.75 * bar.width(), bar.center().y());
    const QPoint pixel = (inside + QPointF(margin, margin + RoadmapStyle::titleBandHeight
                                           + RoadmapLayout::headerHeight())).toPoint();
    EXPECT_EQ(image.pixelColor(pixel), QColor(0x00, 0x9E, 0x73));
    EXPECT_NE(image.pixelColor(pixel + QPoint(0, int(bar.height()))), QColor(0x00, 0x9E, 0x73));
}

TEST(RoadmapOutput, FailedExportLeavesNoFile)
{
    QTemporaryDir dir;
    RoadmapExporter exporter(samplePlan(), RoadmapOptions());
    const QString path = dir.filePath(QStringLiteral("missing/roadmap.pdf"));
    EXPECT_FALSE(exporter.exportFile(path, RoadmapExporter::Format::Pdf));
    EXPECT_FALSE(exporter.errorString().isEmpty());
    EXPECT_FALSE(QFile::exists(path));
    // Too large a PNG fails before anything is written.
    const QString png = dir.filePath(QStringLiteral("huge.png"));
    RoadmapOptions options;
    options.dpi = 1200;
    RoadmapExporter huge(PlanGenerator::generate(2000), options);
    EXPECT_FALSE(huge.exportFile(png, RoadmapExporter::Format::Png));
    EXPECT_TRUE(huge.errorString().contains(QStringLiteral("1200")));
    EXPECT_FALSE(QFile::exists(png));
}

TEST(RoadmapOutput, PrinterGetsTheSamePagesAsThePdf)
{
    QTemporaryDir dir;
    const Plan plan = PlanGenerator::generate(150);
    for (RoadmapOptions::Paper paper : { RoadmapOptions::Paper::A3, RoadmapOptions::Paper::A4, RoadmapOptions::Paper::Letter }) {
        const RoadmapOptions options = paperOptions(paper);
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
        RoadmapPrinter::setUp(&printer, options);
        EXPECT_EQ(printer.pageLayout().orientation(), QPageLayout::Landscape);
        QString error;
        const int pages = RoadmapExporter::paintPages(&printer, plan, options, &error);
        const QRectF area = printableArea(options);
        EXPECT_EQ(pages, RoadmapLayout(plan, options, area.width()).paginate(area.height()).size())
            << RoadmapOptions::paperName(paper).toStdString();
    }
}

TEST(RoadmapOutput, TextLayerFixRestoresTheDrawnCharacters)
{
    const QRawFont font = QRawFont::fromFont(RoadmapStyle::font(RoadmapStyle::FontRole::Body));
    // Only meaningful with a font that shares the glyph, as IPAexGothic does.
    const QList<quint32> glyphs = font.glyphIndexesForString(QStringLiteral("自⾃"));
    if (glyphs.size() != 2 || glyphs[0] != glyphs[1])
        GTEST_SKIP() << "the roadmap font does not share 自's glyph with its radical";
    const QByteArray original = "stream\nbegincmap\n2 beginbfchar\n<0003> <2F83>\n<0004> <0041>\nendbfchar\n"
                                "2 beginbfrange\n<0005> <0005> <2F83>\n<0006> <0008> [<2F83> <30FB> <2003>]\n"
                                "endbfrange\nendcmap\nendstream";
    QByteArray pdf = original;
    const int fixed = PdfTextLayerFix::apply(&pdf, font, QStringLiteral("自治体A・") + QChar(0x3000));
    EXPECT_EQ(pdf.size(), original.size());
    EXPECT_TRUE(pdf.contains("<0003> <81EA>"));
    EXPECT_TRUE(pdf.contains("<0004> <0041>"));
    EXPECT_TRUE(pdf.contains("<0005> <0005> <81EA>"));
    EXPECT_TRUE(pdf.contains("[<81EA> <30FB> <3000>]"));
    EXPECT_EQ(fixed, 4);
    // Where nothing drawn shares the glyph, the entry is left alone.
    QByteArray untouched = original;
    EXPECT_EQ(PdfTextLayerFix::apply(&untouched, font, QStringLiteral("A")), 0);
    EXPECT_EQ(untouched, original);
}

TEST(RoadmapOutput, DatesPrintInTheEraStyle)
{
    const QDate date(2025, 3, 31);
    EXPECT_EQ(RoadmapRenderer::dateText(date, FiscalYear::EraStyle::Reiwa), QStringLiteral("令和7年3月31日"));
    EXPECT_EQ(RoadmapRenderer::dateText(date, FiscalYear::EraStyle::Western), QStringLiteral("2025-03-31"));
    EXPECT_EQ(RoadmapRenderer::dateText(date, FiscalYear::EraStyle::Both), QStringLiteral("令和7(2025)年3月31日"));
}
