// A long roadmap's PDF is painted by two threads, one from the front and
// one from the back, and the two parts joined (RoadmapExporter::writePdf,
// PdfJoin); text that repeats is drawn from
// glyph runs shaped once (ShapedTextCache). Each must give the very PDF
// the plain way gives: the same pages, words, places and text layer.
#include "tests/roadmap/RoadmapTestSupport.h"
#include "tests/support/ExternalTools.h"

#include "views/common/PdfJoin.h"
#include "views/common/PdfTextLayerFix.h"
#include "views/roadmap/RoadmapExporter.h"
#include "views/roadmap/RoadmapPages.h"
#include "views/roadmap/RoadmapStyle.h"
#include "views/roadmap/ShapedTextCache.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRawFont>
#include <QRegularExpression>
#include <QSet>
#include <QSvgGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <functional>

using namespace RoadmapTest;

namespace {

#define SKIP_WITHOUT_PDFTOTEXT()                                                   \
    if (!havePdfToText())                                                          \
        GTEST_SKIP() << "pdftotext is not installed";

// A PDF of `pages` pages, each with its text, titled `title`.
QByteArray smallPdf(const QString &title, const QStringList &pages)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setPageSize(QPageSize(QPageSize::A5));
        QPainter painter(&writer);
        painter.setFont(RoadmapStyle::font(RoadmapStyle::FontRole::Title));
        for (int i = 0; i < pages.size(); ++i) {
            if (i > 0)
                writer.newPage();
            painter.drawText(QPointF(200, 400), pages[i]);
        }
    }
    return buffer.data();
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return file.fileName();
}

// The PDF's text as runs of characters with their boxes, one per line:
// words that touch on the same line are run together, as a reader sees
// them. (How text is cut into drawing operations decides where pdftotext
// ends a word; a run shaped once is drawn whole, where drawText draws the
// pieces Qt emboldens itself one by one.)
QStringList placedText(const QString &path)
{
    static const QRegularExpression word(QStringLiteral(
        "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>|<page "));
    QStringList runs;
    double left = 0, top = 0, right = -1, bottom = 0;
    QString text;
    auto finish = [&] {
        if (!text.isEmpty())
            runs << QStringLiteral("%1 %2 %3 %4 %5").arg(left, 0, 'f', 2).arg(top, 0, 'f', 2)
                        .arg(right, 0, 'f', 2).arg(bottom, 0, 'f', 2).arg(text);
        text.clear();
    };
    for (const QRegularExpressionMatch &m : word.globalMatch(pdfWordBoxes(path))) {
        if (m.captured(5).isNull() && m.captured(1).isEmpty()) {
            finish();
            runs << QStringLiteral("page");
            continue;
        }
        const double x0 = m.captured(1).toDouble(), y0 = m.captured(2).toDouble();
        const double x1 = m.captured(3).toDouble(), y1 = m.captured(4).toDouble();
        if (!text.isEmpty() && qAbs(y0 - top) < 0.01 && qAbs(x0 - right) < 0.01) {
            text += m.captured(5);
            right = x1;
            continue;
        }
        finish();
        left = x0, top = y0, right = x1, bottom = y1;
        text = m.captured(5);
    }
    finish();
    return runs;
}

// True when `a` and `b` hold the same runs of text in the same order, each
// in the same place to a fiftieth of a point (a hundredth of a
// millimetre): text gathered and drawn at the end of a page
// (ShapedTextCache) is placed through the page's transform rather than
// the painter's own, which can tip pdftotext's rounding of a coordinate
// to the next hundredth, and moves the end of a word drawn in the
// middle of one long run by up to two.
::testing::AssertionResult samePlaces(const QStringList &a, const QStringList &b)
{
    if (a.size() != b.size())
        return ::testing::AssertionFailure() << a.size() << " runs against " << b.size();
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QStringList x = a[i].split(QLatin1Char(' '));
        const QStringList y = b[i].split(QLatin1Char(' '));
        bool same = x.size() == y.size() && x.mid(4) == y.mid(4);
        for (int k = 0; same && k < 4 && k < x.size(); ++k)
            same = qAbs(x[k].toDouble() - y[k].toDouble()) < 0.0201;
        if (!same)
            return ::testing::AssertionFailure() << "run " << i << ": " << a[i].toStdString() << " against "
                                                 << b[i].toStdString();
    }
    return ::testing::AssertionSuccess();
}

// The PDF's page contents, uncompressed: every stream Qt compressed that
// holds only ASCII (fonts hold binary).
QList<QByteArray> pageContents(const QByteArray &pdf)
{
    QList<QByteArray> contents;
    for (qsizetype at = pdf.indexOf("stream\n"); at >= 0; at = pdf.indexOf("stream\n", at + 1)) {
        if (at >= 3 && pdf.mid(at - 3, 3) == "end")
            continue;
        const qsizetype start = at + 7;
        const qsizetype end = pdf.indexOf("endstream", start);
        if (end < 0)
            break;
        if (end == start || pdf[start] != 0x78) // not zlib's header
            continue;
        // qUncompress wants the size first; it grows its buffer past a guess.
        QByteArray data = QByteArray("\x00\x10\x00\x00", 4) + pdf.mid(start, end - start);
        const QByteArray inflated = qUncompress(data);
        if (!inflated.isEmpty() && std::all_of(inflated.begin(), inflated.end(), [](char c) { return uchar(c) < 0x80; }))
            contents << inflated;
    }
    return contents;
}

QString pdfTitle(const QString &path)
{
    const QString boxes = [&] {
        QProcess process;
        process.start(QStringLiteral("pdftotext"),
                      { QStringLiteral("-bbox"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
        process.waitForFinished(60000);
        return QString::fromUtf8(process.readAllStandardOutput());
    }();
    const qsizetype start = boxes.indexOf(QLatin1String("<title>"));
    const qsizetype end = boxes.indexOf(QLatin1String("</title>"));
    return start < 0 || end < 0 ? QString() : boxes.mid(start + 7, end - start - 7);
}

// Texts for the cache's tests: mixed scripts (a fallback font may take
// the Latin), the middle dot, and, in the roadmap's bold, text Qt
// emboldens itself.
const QStringList sampleTexts { QStringLiteral("検討・準備"), QStringLiteral("(3) 取組テーマ3 行政サービス"),
                                QStringLiteral("令和6(2024)年度"), QStringLiteral("自治体DX") };

// A PDF at `path` painted by `paint`, on a painter in points.
QString paintedPdf(const QString &path, const std::function<void(QPdfWriter *, QPainter *)> &paint)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    QPdfWriter writer(&file);
    QPainter painter(&writer);
    painter.scale(writer.logicalDpiX() / 72.0, writer.logicalDpiX() / 72.0);
    paint(&writer, &painter);
    painter.end();
    return path;
}

} // namespace

TEST(PdfJoin, PagesFollowEachOtherAndTheFirstPartNamesTheWhole)
{
    SKIP_WITHOUT_PDFTOTEXT();
    QTemporaryDir dir;
    QBuffer joined;
    joined.open(QIODevice::WriteOnly);
    QString error;
    ASSERT_TRUE(PdfJoin::join(
        { writeFile(dir, QStringLiteral("前半.pdf"),
                    smallPdf(QStringLiteral("前半"), { QStringLiteral("ページA"), QStringLiteral("ページB") })),
          writeFile(dir, QStringLiteral("後半.pdf"), smallPdf(QStringLiteral("後半"), { QStringLiteral("ページC") })) },
        &joined, &error))
        << error.toStdString();
    const QString path = writeFile(dir, QStringLiteral("joined.pdf"), joined.data());
    const QStringList pages = pdfPages(path);
    ASSERT_EQ(pages.size(), 3);
    EXPECT_EQ(pages[0].trimmed(), QStringLiteral("ページA"));
    EXPECT_EQ(pages[1].trimmed(), QStringLiteral("ページB"));
    EXPECT_EQ(pages[2].trimmed(), QStringLiteral("ページC"));
    EXPECT_EQ(pdfTitle(path), QStringLiteral("前半"));
}

// The roadmap's back part is painted from the last page towards the
// middle: joined backwards, its pages follow the front part's in order.
TEST(PdfJoin, ALastPartPaintedBackwardsIsJoinedInOrder)
{
    SKIP_WITHOUT_PDFTOTEXT();
    QTemporaryDir dir;
    const QString front = writeFile(dir, QStringLiteral("front.pdf"),
                                    smallPdf(QStringLiteral("計画"), { QStringLiteral("ページ1"), QStringLiteral("ページ2") }));
    const QString back = writeFile(dir, QStringLiteral("back.pdf"),
                                   smallPdf(QStringLiteral("計画"), { QStringLiteral("ページ5"), QStringLiteral("ページ4"),
                                                                    QStringLiteral("ページ3") }));
    for (bool backwards : { true, false }) {
        QBuffer joined;
        joined.open(QIODevice::WriteOnly);
        QString error;
        ASSERT_TRUE(PdfJoin::join({ front, back }, &joined, &error, backwards)) << error.toStdString();
        QStringList pages = pdfPages(writeFile(dir, QStringLiteral("joined.pdf"), joined.data()));
        for (QString &page : pages)
            page = page.trimmed();
        const QStringList expected = backwards
            ? QStringList { QStringLiteral("ページ1"), QStringLiteral("ページ2"), QStringLiteral("ページ3"),
                            QStringLiteral("ページ4"), QStringLiteral("ページ5") }
            : QStringList { QStringLiteral("ページ1"), QStringLiteral("ページ2"), QStringLiteral("ページ5"),
                            QStringLiteral("ページ4"), QStringLiteral("ページ3") };
        EXPECT_EQ(pages, expected) << "backwards: " << backwards;
    }
}

// qpdf reads each part through a window of its file (PdfJoin.cpp): parts
// many windows long are read whole, objects that straddle two windows too.
TEST(PdfJoin, PartsMuchLargerThanItsReadingWindowAreReadWhole)
{
    SKIP_WITHOUT_PDFTOTEXT();
    QTemporaryDir dir;
    auto numbered = [](int from, int count) {
        QStringList pages;
        for (int i = from; i < from + count; ++i)
            pages << QStringLiteral("ページ%1 検討・準備").arg(i);
        return pages;
    };
    const QByteArray first = smallPdf(QStringLiteral("前半"), numbered(1, 400));
    const QByteArray second = smallPdf(QStringLiteral("後半"), numbered(401, 150));
    ASSERT_GT(first.size(), 3 * 64 * 1024);
    QBuffer joined;
    joined.open(QIODevice::WriteOnly);
    QString error;
    ASSERT_TRUE(PdfJoin::join({ writeFile(dir, QStringLiteral("a.pdf"), first), writeFile(dir, QStringLiteral("b.pdf"), second) },
                              &joined, &error))
        << error.toStdString();
    const QStringList pages = pdfPages(writeFile(dir, QStringLiteral("joined.pdf"), joined.data()));
    ASSERT_EQ(pages.size(), 550);
    for (int i = 0; i < pages.size(); ++i)
        EXPECT_EQ(pages[i].trimmed(), QStringLiteral("ページ%1 検討・準備").arg(i + 1)) << i;
}

TEST(PdfJoin, AnUnreadablePartFailsWithAMessageAndWritesNothing)
{
    QTemporaryDir dir;
    const QString good = writeFile(dir, QStringLiteral("good.pdf"), smallPdf(QStringLiteral("t"), { QStringLiteral("a") }));
    QStringList bad;
    for (const QByteArray &bytes : { QByteArray("not a PDF at all"), QByteArray(), QByteArray("%PDF-1.4\n%%EOF") })
        bad << writeFile(dir, QStringLiteral("bad-%1.pdf").arg(bad.size()), bytes);
    bad << dir.filePath(QStringLiteral("missing.pdf"));
    for (const QString &part : bad) {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QString error;
        EXPECT_FALSE(PdfJoin::join({ good, part }, &out, &error)) << part.toStdString();
        EXPECT_FALSE(error.isEmpty());
        EXPECT_TRUE(out.data().isEmpty());
    }
}

TEST(PdfJoin, AFullDeviceFailsWithAMessage)
{
    QTemporaryDir dir;
    // A device that takes nothing, as a full disk does.
    QFile closed;
    QString error;
    EXPECT_FALSE(PdfJoin::join({ writeFile(dir, QStringLiteral("a.pdf"), smallPdf(QStringLiteral("t"), { QStringLiteral("a") })),
                                 writeFile(dir, QStringLiteral("b.pdf"), smallPdf(QStringLiteral("t"), { QStringLiteral("b") })) },
                               &closed, &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST(ShapedTextCache, OnlyAPdfTakesGlyphRuns)
{
    QBuffer pdfBytes;
    pdfBytes.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&pdfBytes);
    QPainter onPdf(&pdf);
    EXPECT_TRUE(ShapedTextCache::suits(&onPdf));
    onPdf.end();

    QImage image(10, 10, QImage::Format_RGB32);
    QPainter onImage(&image);
    EXPECT_FALSE(ShapedTextCache::suits(&onImage));
    onImage.end();

    QBuffer svgBytes;
    svgBytes.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&svgBytes);
    QPainter onSvg(&svg);
    EXPECT_FALSE(ShapedTextCache::suits(&onSvg));
}

TEST(ShapedTextCache, RepeatedTextLandsWhereDrawTextPutsIt)
{
    SKIP_WITHOUT_PDFTOTEXT();
    QTemporaryDir dir;
    const QFont body = RoadmapStyle::font(RoadmapStyle::FontRole::Body);
    const QFont bold = RoadmapStyle::font(RoadmapStyle::FontRole::Bold);
    auto paint = [&](const QString &name, bool cached) {
        return paintedPdf(dir.filePath(name), [&](QPdfWriter *, QPainter *painter) {
            ShapedTextCache cache;
            qreal y = 20;
            // Three times each: seen once, then shaped, then from the cache.
            for (int round = 0; round < 3; ++round) {
                for (const QString &text : sampleTexts) {
                    for (const QFont *font : { &body, &bold }) {
                        y += 12;
                        if (cached) {
                            cache.draw(painter, QPointF(20 + round * 7.25, y), text, *font);
                        } else {
                            painter->setFont(*font);
                            painter->drawText(QPointF(20 + round * 7.25, y), text);
                        }
                    }
                }
            }
        });
    };
    const QString plain = paint(QStringLiteral("plain.pdf"), false);
    const QString cached = paint(QStringLiteral("cached.pdf"), true);
    const QStringList runs = placedText(cached);
    EXPECT_EQ(runs, placedText(plain));
    EXPECT_EQ(runs.filter(QStringLiteral("検討・準備")).size(), 6);
    EXPECT_EQ(runs.filter(QStringLiteral("DX")).size(), 6);
}

TEST(ShapedTextCache, APageGathersItsRepeatedTextIntoOneRunPerFontAndColour)
{
    SKIP_WITHOUT_PDFTOTEXT();
    QTemporaryDir dir;
    const QFont body = RoadmapStyle::font(RoadmapStyle::FontRole::Body);
    const QFont bold = RoadmapStyle::font(RoadmapStyle::FontRole::Bold);
    const QColor colours[] { QColor(0x1A, 0x1A, 0x1A), QColor(0x55, 0x55, 0x55) };
    // Three pages; on each, every text in both fonts and both colours,
    // rows moved down by the painter as the roadmap moves its rows.
    auto paint = [&](const QString &name, bool gathered) {
        return paintedPdf(dir.filePath(name), [&](QPdfWriter *writer, QPainter *painter) {
            ShapedTextCache cache;
            for (int page = 0; page < 3; ++page) {
                if (page > 0)
                    writer->newPage();
                if (gathered)
                    cache.startPage();
                painter->save();
                for (const QString &text : sampleTexts) {
                    for (const QColor &colour : colours) {
                        for (const QFont *font : { &body, &bold }) {
                            painter->translate(0, 12.3);
                            painter->setPen(colour);
                            if (gathered) {
                                cache.draw(painter, QPointF(20 + page * 3.25, 10), text, *font);
                            } else {
                                painter->setFont(*font);
                                painter->drawText(QPointF(20 + page * 3.25, 10), text);
                            }
                        }
                    }
                }
                painter->restore();
                if (gathered)
                    cache.finishPage(painter);
            }
        });
    };
    const QString plain = paint(QStringLiteral("plain.pdf"), false);
    const QString gathered = paint(QStringLiteral("gathered.pdf"), true);
    const QStringList runs = placedText(gathered);
    EXPECT_TRUE(samePlaces(runs, placedText(plain)));
    EXPECT_EQ(runs.filter(QStringLiteral("検討・準備")).size(), 12);

    auto contents = [](const QString &path) {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return pageContents(file.readAll()).join('\n');
    };
    const QByteArray plainContent = contents(plain);
    const QByteArray gatheredContent = contents(gathered);
    // Text in the same colours...
    auto textColours = [](const QByteArray &content) {
        QSet<QByteArray> found;
        for (const QByteArray &line : content.split('\n'))
            if (line.endsWith(" scn"))
                found << line;
        return found;
    };
    EXPECT_EQ(textColours(gatheredContent), textColours(plainContent));
    // ...but far fewer text objects: 48 draws with drawText, where the
    // cache draws the first page's 16 first sightings as they come and
    // then one run per font and colour on each page (Qt draws emboldened
    // text twice, a text object each time).
    const qsizetype plainObjects = plainContent.count("\nBT\n");
    const qsizetype gatheredObjects = gatheredContent.count("\nBT\n");
    EXPECT_GE(plainObjects, 3 * 16);
    EXPECT_LE(gatheredObjects, 2 * 16 + 3 * 2 * 2 * 2);
    EXPECT_LT(3 * gatheredObjects, plainObjects);
}

TEST(RoadmapPdfHalves, ALongRoadmapJoinedFromTwoHalvesIsTheOnePaintedWhole)
{
    SKIP_WITHOUT_PDFTOTEXT();
    if (QThread::idealThreadCount() < 2)
        GTEST_SKIP() << "one core: the roadmap is painted whole";
    QTemporaryDir dir;
    Plan plan = PlanGenerator::generate(300, 7);
    // In the second half too, ideographs that share a glyph with a radical
    // come back as themselves.
    plan.themes.last().measures.last().title = QStringLiteral("自治体情報システムの標準化・共通化");
    RoadmapOptions options = paperOptions(RoadmapOptions::Paper::A4);
    options.today = QDate(2026, 5, 10);

    const QString joined = dir.filePath(QStringLiteral("joined.pdf"));
    RoadmapExporter exporter(plan, options);
    ASSERT_TRUE(exporter.exportFile(joined, RoadmapExporter::Format::Pdf)) << exporter.errorString().toStdString();

    // The same pages, painted by one writer on one thread (as printing
    // does), their text layer corrected as the export corrects it.
    const QString whole = dir.filePath(QStringLiteral("whole.pdf"));
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            QPdfWriter writer(&buffer);
            writer.setPageLayout(options.pageLayout());
            QString error;
            ASSERT_GT(RoadmapExporter::paintPages(&writer, plan, options, &error), 0) << error.toStdString();
        }
        QByteArray pdf = buffer.data();
        const RoadmapPages pages(plan, options, printableArea(options).size());
        PdfTextLayerFix::apply(&pdf, QRawFont::fromFont(RoadmapStyle::font(RoadmapStyle::FontRole::Body)),
                               pages.textContent());
        writeFile(dir, QStringLiteral("whole.pdf"), pdf);
    }

    const QStringList pages = pdfPages(joined);
    ASSERT_GE(pages.size(), RoadmapExporter::pagesWorthSplitting);
    EXPECT_EQ(pages, pdfPages(whole));
    EXPECT_TRUE(samePlaces(placedText(joined), placedText(whole)));
    EXPECT_EQ(pdfTitle(joined), plan.info.title);
    EXPECT_TRUE(pages.last().contains(QStringLiteral("自治体情報システムの標準化・共通化")));
    EXPECT_TRUE(pages.last().simplified().remove(QLatin1Char(' ')).contains(QStringLiteral("%1/%1").arg(pages.size())));
    for (QChar c : pages.join(QString()))
        ASSERT_FALSE(c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF) << "radical U+" << std::hex << c.unicode();
}

TEST(RoadmapPdfHalves, AShortRoadmapIsOneWriterAndNeedsNoJoin)
{
    QTemporaryDir dir;
    const Plan plan = samplePlan();
    RoadmapOptions options = paperOptions(RoadmapOptions::Paper::A3);
    const QString path = dir.filePath(QStringLiteral("short.pdf"));
    RoadmapExporter exporter(plan, options);
    ASSERT_TRUE(exporter.exportFile(path, RoadmapExporter::Format::Pdf)) << exporter.errorString().toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    // One embedded copy of the font: a joined PDF has one per half.
    EXPECT_EQ(pdf.count("/FontFile2"), 1);
}
