#include "tests/roadmap/RoadmapTestSupport.h"

#include "models/PlanDocument.h"
#include "views/roadmap/RoadmapExporter.h"
#include "views/roadmap/RoadmapRenderer.h"
#include "views/roadmap/RoadmapView.h"
#include "views/window/Prompter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSet>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QXmlStreamReader>

// SVG and PNG of the whole roadmap are painted and written a band at a
// time, and --pages writes one file per printed page: what is written must
// be what one whole painting gives, and the pages those of the PDF.

using namespace RoadmapTest;

namespace {

// Several bands and several pages, with every phase kind (their hatching)
// and milestones.
Plan longPlan()
{
    return PlanGenerator::generate(150);
}

RoadmapOptions fixedOptions(int dpi)
{
    RoadmapOptions options;
    options.today = QDate(2026, 5, 10);
    options.showToday = true; // the dashed line runs through every band
    options.dpi = dpi;
    return options;
}

QMarginsF marginPoints(const RoadmapOptions &options)
{
    return options.pageLayout().margins(QPageLayout::Millimeter) * (72 / 25.4);
}

// The roadmap painted at once into one image, as the exporter painted it
// before it wrote in bands: the reference.
QImage wholePainting(const Plan &plan, const RoadmapOptions &options, const QSize &size)
{
    const QMarginsF margins = marginPoints(options);
    const qreal width = options.pageLayout().fullRect(QPageLayout::Millimeter).width() * 72 / 25.4;
    const RoadmapLayout layout(plan, options, width - margins.left() - margins.right());
    const RoadmapRenderer renderer(plan, options, layout);
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter.scale(options.dpi / 72.0, options.dpi / 72.0);
    painter.translate(margins.left(), margins.top());
    renderer.paintWhole(&painter);
    return image;
}

// Pixels whose colour differs by more than `tolerance` in any channel.
int differentPixels(const QImage &a, const QImage &b, int tolerance)
{
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    int count = 0;
    for (int row = 0; row < x.height(); ++row) {
        const QRgb *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const QRgb *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int column = 0; column < x.width(); ++column)
            if (qAbs(qRed(p[column]) - qRed(q[column])) > tolerance
                || qAbs(qGreen(p[column]) - qGreen(q[column])) > tolerance
                || qAbs(qBlue(p[column]) - qBlue(q[column])) > tolerance)
                ++count;
    }
    return count;
}

int pdfPageCount(const Plan &plan, const RoadmapOptions &options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageLayout(options.pageLayout());
    QString error;
    return RoadmapExporter::paintPages(&writer, plan, options, &error);
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

class AnsweringPrompter : public Prompter
{
public:
    bool answer = false;
    QStringList questions;
    QStringList errors;

    void error(QWidget *, const QString &, const QString &text) override { errors << text; }
    void information(QWidget *, const QString &, const QString &) override { }
    bool question(QWidget *, const QString &, const QString &text) override
    {
        questions << text;
        return answer;
    }
    SaveAnswer askToSave(QWidget *, const QString &) override { return SaveAnswer::Cancel; }
    int choose(QWidget *, const QString &, const QString &, const QStringList &, int, int cancelAnswer) override
    {
        return cancelAnswer;
    }
    QString openFileName(QWidget *, const QString &) override { return QString(); }
    QString saveFileName(QWidget *, const QString &, const QString &) override { return QString(); }
};

} // namespace

TEST(RoadmapStreamedOutput, SvgIsOneWellFormedDocumentWithUniqueIds)
{
    const Plan plan = longPlan();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    RoadmapExporter exporter(plan, fixedOptions(72));
    ASSERT_TRUE(exporter.writeSvg(&buffer)) << exporter.errorString().toStdString();
    const QByteArray svg = buffer.data();
    EXPECT_GT(svg.count("<g transform=\"translate(0,"), 2); // written in several bands

    QXmlStreamReader xml(svg);
    int roots = 0;
    int depth = 0;
    QStringList ids;
    QString title;
    QString description;
    QSizeF viewBox;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement())
            --depth;
        if (!xml.isStartElement())
            continue;
        ++depth;
        if (depth == 1) {
            ++roots;
            const QStringList box = xml.attributes().value(QStringLiteral("viewBox")).toString().split(QLatin1Char(' '));
            if (box.size() == 4)
                viewBox = QSizeF(box[2].toDouble(), box[3].toDouble());
        }
        if (xml.attributes().hasAttribute(QStringLiteral("id")))
            ids << xml.attributes().value(QStringLiteral("id")).toString();
        if (depth == 2 && xml.name() == QLatin1String("title")) {
            title = xml.readElementText();
            --depth;
        } else if (depth == 2 && xml.name() == QLatin1String("desc")) {
            description = xml.readElementText();
            --depth;
        }
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_EQ(roots, 1);
    EXPECT_EQ(title, plan.info.title);
    EXPECT_FALSE(description.isEmpty());
    EXPECT_EQ(QSet<QString>(ids.begin(), ids.end()).size(), ids.size()) << ids.join(QLatin1Char(' ')).toStdString();
    // One unit per point: the paper's width, the whole roadmap's height.
    const QSize pixels = RoadmapExporter(plan, fixedOptions(72)).pngSize();
    EXPECT_NEAR(viewBox.width(), pixels.width(), 1);
    EXPECT_NEAR(viewBox.height(), pixels.height(), 1);
}

TEST(RoadmapStreamedOutput, SvgBandsKeepTheirNumbersSmall)
{
    // An SVG's numbers keep six significant digits: rows millions of points
    // down would be placed to the nearest ten points. Each band is drawn
    // near its own origin and moved into place by its group.
    const Plan plan = longPlan();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ASSERT_TRUE(RoadmapExporter(plan, fixedOptions(72)).writeSvg(&buffer));
    const QString svg = QString::fromUtf8(buffer.data());
    ASSERT_GT(RoadmapExporter(plan, fixedOptions(72)).pngSize().height(), 3000);
    static const QRegularExpression textY(QStringLiteral("<text [^>]* y=\"([-0-9.e+]+)\""));
    // The groups that draw something (a change of transform alone writes an empty one).
    static const QRegularExpression matrixY(
        QStringLiteral("matrix\\([^,]+,[^,]+,[^,]+,[^,]+,[^,]+,([^)]+)\\)\"[^>]*>\\s*<(?!/g>)"));
    int numbers = 0;
    for (const QRegularExpression *pattern : { &textY, &matrixY })
        for (auto match = pattern->globalMatch(svg); match.hasNext(); ++numbers) {
            const QString number = match.next().captured(1);
            EXPECT_LT(qAbs(number.toDouble()), 1200) << number.toStdString();
        }
    EXPECT_GT(numbers, 1000);
}

TEST(RoadmapStreamedOutput, SvgDrawsWhatOneWholePaintingDraws)
{
    const Plan plan = longPlan();
    const RoadmapOptions options = fixedOptions(72);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ASSERT_TRUE(RoadmapExporter(plan, options).writeSvg(&buffer));
    QSvgRenderer svg(buffer.data());
    ASSERT_TRUE(svg.isValid());
    const QSize size = RoadmapExporter(plan, options).pngSize();
    QImage drawn(size, QImage::Format_RGB32);
    drawn.fill(Qt::white);
    QPainter painter(&drawn);
    svg.render(&painter, QRectF(QPointF(0, 0), size));
    painter.end();
    const QImage reference = wholePainting(plan, options, size);
    // Text and lines drawn by the SVG renderer antialias a little
    // differently; a band out of place or missing differs everywhere.
    const int pixels = size.width() * size.height();
    EXPECT_LT(differentPixels(drawn, reference, 96), pixels / 200);
    // Band by band: every band of the picture is there.
    for (int top = 0; top + 400 <= size.height(); top += 400) {
        const QRect band(0, top, size.width(), 400);
        EXPECT_LT(differentPixels(drawn.copy(band), reference.copy(band), 96), band.width() * band.height() / 50)
            << "band at " << top;
    }
}

TEST(RoadmapStreamedOutput, PngIsOneWholePaintingPixelForPixel)
{
    const Plan plan = longPlan();
    for (int dpi : { 72, 150 }) {
        const RoadmapOptions options = fixedOptions(dpi);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        RoadmapExporter exporter(plan, options);
        ASSERT_TRUE(exporter.writePng(&buffer)) << exporter.errorString().toStdString();
        const QImage png = QImage::fromData(buffer.data(), "PNG");
        ASSERT_FALSE(png.isNull());
        ASSERT_EQ(png.size(), exporter.pngSize());
        EXPECT_GT(png.height(), 4 * 512) << "several bands at " << dpi << " dpi";
        EXPECT_NEAR(png.dotsPerMeterX(), dpi / 0.0254, 1.0);
        EXPECT_NEAR(png.dotsPerMeterY(), dpi / 0.0254, 1.0);
        EXPECT_EQ(differentPixels(png, wholePainting(plan, options, png.size()), 0), 0) << dpi << " dpi";
    }
}

TEST(RoadmapStreamedOutput, PageFilesAreNumberedWithEnoughDigits)
{
    EXPECT_EQ(RoadmapExporter::pageFileName(QStringLiteral("out/r.png"), 2, 12), QStringLiteral("out/r-002.png"));
    EXPECT_EQ(RoadmapExporter::pageFileName(QStringLiteral("r.svg"), 5, 1234), QStringLiteral("r-0005.svg"));
    EXPECT_EQ(RoadmapExporter::pageFileName(QStringLiteral("a.b/plan.v2.png"), 1, 1),
              QStringLiteral("a.b/plan.v2-001.png"));
}

TEST(RoadmapStreamedOutput, PagesAreThePdfsPagesOneFileEach)
{
    QTemporaryDir dir;
    const Plan plan = longPlan();
    for (RoadmapOptions::Paper paper : { RoadmapOptions::Paper::A3, RoadmapOptions::Paper::A4 }) {
        RoadmapOptions options = fixedOptions(50);
        options.paper = paper;
        const int expected = pdfPageCount(plan, options);
        ASSERT_GT(expected, 2);
        const QSizeF paperMillimetres = options.pageLayout().fullRect(QPageLayout::Millimeter).size();
        const QSize paperPixels(qRound(paperMillimetres.width() / 25.4 * 50),
                                qRound(paperMillimetres.height() / 25.4 * 50));
        const QString folder = dir.filePath(RoadmapOptions::paperName(paper));
        ASSERT_TRUE(QDir().mkpath(folder));

        RoadmapExporter exporter(plan, options);
        ASSERT_EQ(exporter.exportPages(folder + QStringLiteral("/r.png"), RoadmapExporter::Format::Png), expected)
            << exporter.errorString().toStdString();
        ASSERT_EQ(exporter.exportPages(folder + QStringLiteral("/r.svg"), RoadmapExporter::Format::Svg), expected)
            << exporter.errorString().toStdString();
        QStringList names;
        for (int page = 1; page <= expected; ++page)
            names << QStringLiteral("r-%1.png").arg(page, 3, 10, QLatin1Char('0'))
                  << QStringLiteral("r-%1.svg").arg(page, 3, 10, QLatin1Char('0'));
        names.sort();
        EXPECT_EQ(filesIn(folder), names); // nothing else: no staging folder left
        for (int page = 1; page <= expected; ++page) {
            const QImage png(folder + QStringLiteral("/r-%1.png").arg(page, 3, 10, QLatin1Char('0')));
            EXPECT_EQ(png.size(), paperPixels) << page;
            EXPECT_NEAR(png.dotsPerMeterX(), 50 / 0.0254, 1.0);
            QSvgRenderer svg(folder + QStringLiteral("/r-%1.svg").arg(page, 3, 10, QLatin1Char('0')));
            EXPECT_TRUE(svg.isValid()) << page;
            EXPECT_NEAR(svg.viewBoxF().width(), paperMillimetres.width() / 25.4 * 72, 0.5);
            EXPECT_NEAR(svg.viewBoxF().height(), paperMillimetres.height() / 25.4 * 72, 0.5);
        }
        // A page is not blank: it has the roadmap's ink.
        const QImage first(folder + QStringLiteral("/r-001.png"));
        QImage white(first.size(), first.format());
        white.fill(Qt::white);
        EXPECT_GT(differentPixels(first, white, 32), first.width() * first.height() / 20);
    }
}

TEST(RoadmapStreamedOutput, FailedPagesLeaveNoPageFile)
{
    QTemporaryDir dir;
    const Plan plan = longPlan();
    RoadmapExporter exporter(plan, fixedOptions(36));
    // A folder in the way of the second page: the first is written, then
    // taken away again.
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("r-002.png")));
    EXPECT_EQ(exporter.exportPages(dir.filePath(QStringLiteral("r.png")), RoadmapExporter::Format::Png), 0);
    EXPECT_TRUE(exporter.errorString().contains(QStringLiteral("r-002.png"))) << exporter.errorString().toStdString();
    EXPECT_EQ(filesIn(dir.path()), QStringList({ QStringLiteral("r-002.png") }));

    // A file in the way of the folder.
    QFile blocker(dir.filePath(QStringLiteral("file")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    EXPECT_EQ(exporter.exportPages(dir.filePath(QStringLiteral("file/r.svg")), RoadmapExporter::Format::Svg), 0);
    EXPECT_FALSE(exporter.errorString().isEmpty());
    EXPECT_EQ(filesIn(dir.path()), QStringList({ QStringLiteral("file"), QStringLiteral("r-002.png") }));
}

TEST(RoadmapStreamedOutput, ReadOnlyFolderGetsNoPageFile)
{
    QTemporaryDir dir;
    RoadmapExporter exporter(longPlan(), fixedOptions(36));
    const QString locked = dir.filePath(QStringLiteral("locked"));
    ASSERT_TRUE(QDir().mkdir(locked));
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    const bool canWriteAnyway = QFileInfo(locked).isWritable(); // running as root
    const int written = exporter.exportPages(locked + QStringLiteral("/r.png"), RoadmapExporter::Format::Png);
    const QStringList left = filesIn(locked);
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (canWriteAnyway)
        GTEST_SKIP() << "running with permission to write anywhere";
    EXPECT_EQ(written, 0);
    EXPECT_TRUE(left.isEmpty()) << left.join(QLatin1Char(' ')).toStdString();
}

TEST(RoadmapStreamedOutput, TooLargePngIsRefusedBeforeAnythingIsWritten)
{
    RoadmapOptions options = fixedOptions(1200);
    RoadmapExporter exporter(PlanGenerator::generate(2000), options);
    EXPECT_FALSE(exporter.pngFits());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    EXPECT_FALSE(exporter.writePng(&buffer));
    EXPECT_TRUE(buffer.data().isEmpty());
    EXPECT_TRUE(exporter.errorString().contains(QStringLiteral("one file per page")))
        << exporter.errorString().toStdString();
    EXPECT_TRUE(RoadmapExporter(samplePlan(), fixedOptions(150)).pngFits());
}

TEST(RoadmapStreamedOutput, ViewOffersPagesForTooLargeAPng)
{
    QString error;
    std::unique_ptr<PlanDocument> document = PlanDocument::create(PlanGenerator::generate(1000), &error);
    ASSERT_TRUE(document) << error.toStdString();
    RoadmapView view;
    view.setDocument(document.get());
    AnsweringPrompter prompter;
    view.setPrompter(&prompter);
    QTemporaryDir dir;
    // The lowest resolution too large for one picture: the fewest pixels
    // for the pages.
    RoadmapOptions options = view.options();
    options.dpi = 36;
    while (RoadmapExporter(document->plan(), options).pngFits())
        options.dpi += 12;

    // Declined: nothing is written.
    view.exportTo(dir.filePath(QStringLiteral("r.png")), options);
    ASSERT_EQ(prompter.questions.size(), 1);
    EXPECT_TRUE(prompter.questions[0].contains(QStringLiteral("r-001.png"))) << prompter.questions[0].toStdString();
    EXPECT_TRUE(filesIn(dir.path()).isEmpty());

    // Accepted: one file per page.
    prompter.answer = true;
    view.exportTo(dir.filePath(QStringLiteral("r.png")), options);
    EXPECT_TRUE(prompter.errors.isEmpty()) << prompter.errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(filesIn(dir.path()).size(), pdfPageCount(document->plan(), options));
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("r-001.png"))));
    document->closeCleanly();
}
