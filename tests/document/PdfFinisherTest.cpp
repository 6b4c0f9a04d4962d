#include "tests/support/ExternalTools.h"
#include "tests/support/TestSupport.h"
#include "views/common/DocumentFont.h"
#include "views/common/PdfTextLayerFix.h"
#include "views/document/PdfFinisher.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRandomGenerator>
#include <QRawFont>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <algorithm>

using PdfFinisher::Bookmark;
using PdfFinisher::Metadata;

namespace {

// One line per page; 西 and 自 share their glyphs with look-alikes in
// IPAexGothic, so the text layer fix has something to correct.
const QStringList pageLines = {
    QStringLiteral("第1章 計画の概要 西之島町の自治体DX"),
    QStringLiteral("(1) 行政DXの推進"),
    QStringLiteral("第2章 施策と指標"),
};

const QString qtTitle = QStringLiteral("Title Qt wrote");

// A4 at 72 dpi, so painter units are points.
QPageSize a4()
{
    return QPageSize(QPageSize::A4);
}

// A PDF made the way the plan document makes one: QPdfWriter, Japanese
// text, then the text layer fix that edits the ToUnicode maps in place.
QByteArray qtPdf(int pages = 3)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QFont font(DocumentFont::installedFamily(), 14);
    QString drawn;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(72);
        writer.setPageSize(a4());
        writer.setTitle(qtTitle);
        writer.setCreator(QStringLiteral("DX Plan Studio"));
        QPainter painter(&writer);
        painter.setFont(font);
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                writer.newPage();
            const QString line = pageLines.at(i % pageLines.size());
            painter.drawText(QPointF(72, 120), line);
            drawn += line;
        }
    }
    buffer.close();
    QByteArray pdf = buffer.data();
    PdfTextLayerFix::apply(&pdf, QRawFont::fromFont(font), drawn);
    return pdf;
}

QList<Bookmark> sampleBookmarks()
{
    return {
        { QStringLiteral("第1章 計画の概要"), 1, 0, 72 },
        { QStringLiteral("(1) 行政DXの推進"), 2, 0, 300.5 },
        { QStringLiteral("(2) 地域社会のDX"), 2, 1, 100 },
        { QStringLiteral("第2章 施策と指標"), 1, 2, 0 },
        { QStringLiteral("施策1 窓口のオンライン化"), 2, 2, 200.25 },
        { QStringLiteral("指標 KPI"), 3, 2, 400 },
    };
}

Metadata sampleMetadata()
{
    return { QStringLiteral("西之島町 自治体DX推進計画"), QStringLiteral("西之島町 企画課"),
             QStringLiteral("令和7年度から令和9年度の計画"), QStringLiteral("ja") };
}

// `qtPdf()` finished; or `from`, to compare the result with the very PDF
// it came from (two PDFs written a second apart differ in their dates).
QByteArray finished(const QList<Bookmark> &bookmarks, const Metadata &metadata = sampleMetadata(),
                    const QByteArray &from = QByteArray())
{
    QByteArray pdf = from.isEmpty() ? qtPdf() : from;
    QString error;
    EXPECT_TRUE(PdfFinisher::finish(&pdf, bookmarks, metadata, &error)) << error.toStdString();
    EXPECT_TRUE(error.isEmpty());
    return pdf;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    EXPECT_EQ(file.write(bytes), bytes.size());
    return path;
}

// The PDF as text, byte for byte, for looking at the dictionaries qpdf
// wrote (it writes no object streams here, so they are all in the clear).
QString raw(const QByteArray &pdf)
{
    return QString::fromLatin1(pdf);
}

// How a PDF text string holding `text` is written when it is not ASCII:
// UTF-16BE after a byte order mark, in hex.
QString utf16Hex(const QString &text)
{
    QByteArray be("\xFE\xFF");
    for (const QChar c : text) {
        be.append(char(c.unicode() >> 8));
        be.append(char(c.unicode() & 0xFF));
    }
    return QLatin1Char('<') + QString::fromLatin1(be.toHex()) + QLatin1Char('>');
}

// The data of every stream in the file, in the order written.
QList<QByteArray> streamData(const QByteArray &pdf)
{
    QList<QByteArray> data;
    const QRegularExpression start(QStringLiteral(">>\\s*stream\\r?\\n"));
    const QString text = raw(pdf);
    qsizetype from = 0;
    for (;;) {
        const QRegularExpressionMatch m = start.match(text, from);
        if (!m.hasMatch())
            break;
        const qsizetype begin = m.capturedEnd();
        const qsizetype end = pdf.indexOf("endstream", begin);
        if (end < 0)
            break;
        // Qt and the finisher both end the data with one newline that is
        // not part of it (it is outside /Length); a stream without one is
        // written wrong and shows up as a difference.
        const QByteArray bytes = pdf.mid(begin, end - begin);
        data.append(bytes.endsWith('\n') ? bytes.chopped(1) : bytes + QByteArrayLiteral("<no end-of-line>"));
        from = end;
    }
    return data;
}

bool have(const QString &program)
{
    return !QStandardPaths::findExecutable(program).isEmpty();
}

struct ToolRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

ToolRun run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    EXPECT_TRUE(process.waitForFinished(60000)) << program.toStdString();
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
             QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

// One field of pdfinfo's report ("Title", "Pages", ...), trimmed.
QString pdfInfoField(const QString &report, const QString &field)
{
    const QRegularExpression line(QStringLiteral("^%1:[ \\t]*(.*)$").arg(QRegularExpression::escape(field)),
                                  QRegularExpression::MultilineOption);
    return line.match(report).captured(1).trimmed();
}

ToolRun pdfInfo(const QString &path)
{
    return run(QStringLiteral("pdfinfo"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path });
}

} // namespace

TEST(PdfFinisher, BookmarksRoundTrip)
{
    const QByteArray pdf = finished(sampleBookmarks());
    QString error;
    const QList<Bookmark> read = PdfFinisher::bookmarks(pdf, &error);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    ASSERT_EQ(read.size(), 6);
    for (int i = 0; i < read.size(); ++i) {
        EXPECT_EQ(read[i].title, sampleBookmarks()[i].title) << i;
        EXPECT_EQ(read[i].level, sampleBookmarks()[i].level) << i;
        EXPECT_EQ(read[i].page, sampleBookmarks()[i].page) << i;
        EXPECT_DOUBLE_EQ(read[i].top, sampleBookmarks()[i].top) << i;
    }
    EXPECT_EQ(read, sampleBookmarks());
}

TEST(PdfFinisher, LevelsNestAndAJumpNestsUnderTheLastShallowerItem)
{
    // 1/2/2/1/3: the level-3 item has no level-2 item above it, so it is
    // the level-1 item's child and reads back at depth 2.
    const QList<Bookmark> marks = {
        { QStringLiteral("第1章 計画の概要"), 1, 0, 0 },  { QStringLiteral("(1) 行政DXの推進"), 2, 0, 100 },
        { QStringLiteral("(2) 地域社会のDX"), 2, 1, 0 }, { QStringLiteral("第2章 施策と指標"), 1, 1, 50 },
        { QStringLiteral("指標 KPI"), 3, 2, 10 },
    };
    const QList<Bookmark> read = PdfFinisher::bookmarks(finished(marks));
    ASSERT_EQ(read.size(), 5);
    QList<int> levels;
    for (const Bookmark &b : read)
        levels.append(b.level);
    EXPECT_EQ(levels, QList<int>({ 1, 2, 2, 1, 2 }));
    EXPECT_EQ(read[4].title, QStringLiteral("指標 KPI"));
    EXPECT_EQ(read[4].page, 2);
    EXPECT_DOUBLE_EQ(read[4].top, 10);
}

TEST(PdfFinisher, OutlineCountsAndTitleEncoding)
{
    const QByteArray pdf = finished(sampleBookmarks());
    const QString text = raw(pdf);
    // The outline root counts every item (all are open).
    const QRegularExpressionMatch root =
        QRegularExpression(QStringLiteral("<<[^<>]*/Type\\s*/Outlines[^<>]*>>")).match(text);
    ASSERT_TRUE(root.hasMatch());
    EXPECT_EQ(QRegularExpression(QStringLiteral("/Count\\s+(\\d+)")).match(root.captured()).captured(1),
              QStringLiteral("6"));
    // Japanese titles are UTF-16BE with a byte order mark.
    EXPECT_TRUE(text.contains(utf16Hex(QStringLiteral("第1章 計画の概要")), Qt::CaseInsensitive));
    EXPECT_TRUE(text.contains(utf16Hex(QStringLiteral("(1) 行政DXの推進")), Qt::CaseInsensitive));
}

TEST(PdfFinisher, DestinationTopIsClampedIntoThePage)
{
    const qreal height = a4().rect(QPageSize::Point).height();
    const QList<Bookmark> marks = {
        { QStringLiteral("above"), 1, 0, -50 },
        { QStringLiteral("below"), 1, 1, height + 500 },
    };
    const QList<Bookmark> read = PdfFinisher::bookmarks(finished(marks));
    ASSERT_EQ(read.size(), 2);
    EXPECT_DOUBLE_EQ(read[0].top, 0);
    EXPECT_NEAR(read[1].top, height, 1.0); // Qt may round the MediaBox
    EXPECT_GT(read[1].top, 800);
}

TEST(PdfFinisher, LanguageAndMetadataRoundTrip)
{
    const QByteArray pdf = finished(sampleBookmarks());
    EXPECT_EQ(PdfFinisher::language(pdf), QStringLiteral("ja"));
    const Metadata m = PdfFinisher::metadata(pdf);
    EXPECT_EQ(m.title, sampleMetadata().title);
    EXPECT_EQ(m.author, sampleMetadata().author);
    EXPECT_EQ(m.subject, sampleMetadata().subject);
    EXPECT_EQ(m.language, QStringLiteral("ja"));
    EXPECT_TRUE(QRegularExpression(QStringLiteral("/Lang\\s*\\(ja\\)")).match(raw(pdf)).hasMatch());
}

TEST(PdfFinisher, EmptyMetadataKeepsWhatQtWrote)
{
    const QByteArray pdf = finished({}, Metadata{});
    const Metadata m = PdfFinisher::metadata(pdf);
    EXPECT_EQ(m.title, qtTitle);
    EXPECT_TRUE(m.author.isEmpty());
    EXPECT_TRUE(m.language.isEmpty());
    EXPECT_FALSE(raw(pdf).contains(QStringLiteral("/Lang")));
}

TEST(PdfFinisher, BookmarksOpenTheOutlinePaneAndWindowsShowTheTitle)
{
    const QString text = raw(finished(sampleBookmarks()));
    EXPECT_TRUE(QRegularExpression(QStringLiteral("/PageMode\\s*/UseOutlines")).match(text).hasMatch());
    EXPECT_TRUE(QRegularExpression(QStringLiteral("/ViewerPreferences\\s*<<[^>]*/DisplayDocTitle\\s+true"))
                    .match(text)
                    .hasMatch());
}

TEST(PdfFinisher, NoBookmarksNoOutlineButLanguage)
{
    const QByteArray pdf = finished({});
    const QString text = raw(pdf);
    EXPECT_FALSE(text.contains(QStringLiteral("/Outlines")));
    EXPECT_FALSE(text.contains(QStringLiteral("/UseOutlines")));
    EXPECT_TRUE(PdfFinisher::bookmarks(pdf).isEmpty());
    EXPECT_EQ(PdfFinisher::language(pdf), QStringLiteral("ja"));
    EXPECT_TRUE(QRegularExpression(QStringLiteral("/DisplayDocTitle\\s+true")).match(text).hasMatch());
}

TEST(PdfFinisher, FinishingAgainReplacesTheOutline)
{
    QByteArray pdf = finished(sampleBookmarks());
    const QList<Bookmark> second = { { QStringLiteral("付録 用語集"), 1, 2, 36 } };
    QString error;
    ASSERT_TRUE(PdfFinisher::finish(&pdf, second, sampleMetadata(), &error)) << error.toStdString();
    EXPECT_EQ(PdfFinisher::bookmarks(pdf), second);
    ASSERT_TRUE(PdfFinisher::finish(&pdf, {}, sampleMetadata(), &error)) << error.toStdString();
    EXPECT_TRUE(PdfFinisher::bookmarks(pdf).isEmpty());
    EXPECT_FALSE(raw(pdf).contains(QStringLiteral("/UseOutlines")));
}

TEST(PdfFinisher, PageOutOfRangeFailsAndKeepsTheBytes)
{
    const QByteArray original = qtPdf();
    for (const int page : { 3, -1 }) {
        QByteArray pdf = original;
        QList<Bookmark> marks = sampleBookmarks();
        marks.append({ QStringLiteral("付録"), 1, page, 0 });
        QString error;
        EXPECT_FALSE(PdfFinisher::finish(&pdf, marks, sampleMetadata(), &error)) << page;
        EXPECT_TRUE(error.contains(QStringLiteral("付録"))) << error.toStdString();
        EXPECT_TRUE(pdf == original) << page;
    }
}

TEST(PdfFinisher, GarbageFailsWithAnError)
{
    QByteArray random(4096, Qt::Uninitialized);
    QRandomGenerator generator(20250401);
    for (char &c : random)
        c = char(generator.bounded(256));
    const QList<QByteArray> inputs = { QByteArray(), QByteArray("not a PDF at all"), QByteArray("%PDF-1.4\n%%EOF\n"),
                                       random };
    for (const QByteArray &input : inputs) {
        QByteArray pdf = input;
        QString error;
        EXPECT_FALSE(PdfFinisher::finish(&pdf, sampleBookmarks(), sampleMetadata(), &error))
            << input.left(20).toStdString();
        EXPECT_FALSE(error.isEmpty());
        EXPECT_TRUE(pdf == input);

        error.clear();
        EXPECT_TRUE(PdfFinisher::bookmarks(input, &error).isEmpty());
        EXPECT_FALSE(error.isEmpty());
        EXPECT_TRUE(PdfFinisher::language(input).isEmpty());
        EXPECT_TRUE(PdfFinisher::metadata(input).title.isEmpty());
    }
}

TEST(PdfFinisher, TruncatedPdfNeverCrashes)
{
    const QByteArray original = qtPdf();
    for (const qsizetype length : { qsizetype(10), original.size() / 3, original.size() - 40 }) {
        const QByteArray input = original.left(length);
        QByteArray pdf = input;
        QString error;
        // qpdf may recover a damaged file; when it cannot, the call says
        // why and leaves the bytes alone.
        if (PdfFinisher::finish(&pdf, {}, sampleMetadata(), &error)) {
            EXPECT_EQ(PdfFinisher::language(pdf), QStringLiteral("ja")) << length;
        } else {
            EXPECT_FALSE(error.isEmpty()) << length;
            EXPECT_TRUE(pdf == input) << length;
        }
    }
}

TEST(PdfFinisher, SameInputGivesTheSameBytes)
{
    const QByteArray input = qtPdf();
    QByteArray a = input;
    QByteArray b = input;
    ASSERT_TRUE(PdfFinisher::finish(&a, sampleBookmarks(), sampleMetadata(), nullptr));
    ASSERT_TRUE(PdfFinisher::finish(&b, sampleBookmarks(), sampleMetadata(), nullptr));
    EXPECT_TRUE(a == b);
    EXPECT_TRUE(a != input);
}

TEST(PdfFinisher, StreamDataPassesThroughUnchanged)
{
    const QByteArray input = qtPdf();
    QByteArray output = input;
    ASSERT_TRUE(PdfFinisher::finish(&output, sampleBookmarks(), sampleMetadata(), nullptr));
    QList<QByteArray> before = streamData(input);
    QList<QByteArray> after = streamData(output);
    ASSERT_GE(before.size(), 3); // at least one content stream per page
    // The ToUnicode maps were uncompressed and stay so, as the text layer
    // fix left them.
    const auto isCMap = [](const QByteArray &data) { return data.contains("begincmap"); };
    EXPECT_TRUE(std::any_of(before.cbegin(), before.cend(), isCMap));
    std::sort(before.begin(), before.end());
    std::sort(after.begin(), after.end());
    ASSERT_EQ(before.size(), after.size());
    for (int i = 0; i < before.size(); ++i)
        EXPECT_TRUE(before[i] == after[i]) << "stream " << i << ": " << before[i].left(40).toHex().toStdString()
                                           << " vs " << after[i].left(40).toHex().toStdString();
}

TEST(PdfFinisher, PopplerOpensTheResult)
{
    if (!have(QStringLiteral("pdfinfo")))
        GTEST_SKIP() << "pdfinfo is not installed";
    QTemporaryDir dir;
    const QByteArray written = qtPdf();
    const QString before = writeFile(dir, QStringLiteral("qt.pdf"), written);
    const QString after = writeFile(dir, QStringLiteral("finished.pdf"), finished(sampleBookmarks(), sampleMetadata(), written));
    const ToolRun qt = pdfInfo(before);
    const ToolRun info = pdfInfo(after);
    ASSERT_EQ(info.exitCode, 0) << info.err.toStdString();
    EXPECT_TRUE(info.err.isEmpty()) << info.err.toStdString();
    EXPECT_EQ(pdfInfoField(info.out, QStringLiteral("Pages")), QStringLiteral("3"));
    EXPECT_EQ(pdfInfoField(info.out, QStringLiteral("Title")), sampleMetadata().title);
    EXPECT_EQ(pdfInfoField(info.out, QStringLiteral("Author")), sampleMetadata().author);
    EXPECT_EQ(pdfInfoField(info.out, QStringLiteral("Subject")), sampleMetadata().subject);
    // What Qt wrote besides is still there.
    ASSERT_EQ(qt.exitCode, 0) << qt.err.toStdString();
    EXPECT_FALSE(pdfInfoField(qt.out, QStringLiteral("Producer")).isEmpty());
    EXPECT_EQ(pdfInfoField(info.out, QStringLiteral("Producer")), pdfInfoField(qt.out, QStringLiteral("Producer")));
    EXPECT_EQ(pdfInfoField(info.out, QStringLiteral("Creator")), QStringLiteral("DX Plan Studio"));
    EXPECT_EQ(pdfInfoField(info.out, QStringLiteral("CreationDate")),
              pdfInfoField(qt.out, QStringLiteral("CreationDate")));
    EXPECT_EQ(pdfInfoField(info.out, QStringLiteral("Page size")), pdfInfoField(qt.out, QStringLiteral("Page size")));
}

TEST(PdfFinisher, QpdfCheckPasses)
{
    if (!have(QStringLiteral("qpdf")))
        GTEST_SKIP() << "the qpdf program is not installed";
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("finished.pdf"), finished(sampleBookmarks()));
    const ToolRun check = run(QStringLiteral("qpdf"), { QStringLiteral("--check"), path });
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString() << check.err.toStdString();
    EXPECT_TRUE(check.err.isEmpty()) << check.err.toStdString();
}

TEST(PdfFinisher, ExtractedTextIsUnchanged)
{
    if (!havePdfToText())
        GTEST_SKIP() << "pdftotext is not installed";
    QTemporaryDir dir;
    const QByteArray input = qtPdf();
    QByteArray output = input;
    ASSERT_TRUE(PdfFinisher::finish(&output, sampleBookmarks(), sampleMetadata(), nullptr));
    const QStringList before = pdfPages(writeFile(dir, QStringLiteral("qt.pdf"), input));
    const QStringList after = pdfPages(writeFile(dir, QStringLiteral("finished.pdf"), output));
    ASSERT_EQ(before.size(), 3);
    EXPECT_EQ(after, before);
    // And it is the text drawn (the ToUnicode fix survived the rewrite).
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(after.value(i).trimmed(), pageLines.at(i)) << i;
}
