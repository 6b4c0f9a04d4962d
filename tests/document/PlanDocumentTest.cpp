// The plan document made from real plans: both bundled samples as PDF,
// HTML and ODT (and LibreOffice's PDF of the ODT), every part present
// when it has content and absent when empty, bookmarks, numbering, pages.
#include "models/DocumentParts.h"
#include "models/KpiStatus.h"
#include "tests/support/ExternalTools.h"
#include "tests/support/TestSupport.h"
#include "views/document/ChapterMarkdown.h"
#include "views/document/DocumentBuilder.h"
#include "views/document/DocumentExporter.h"
#include "views/document/DocumentMarks.h"
#include "views/document/DocumentPages.h"
#include "views/document/PdfFinisher.h"
#include "views/document/PlanDrawings.h"

#include <KZip>
#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

namespace {

const QDate asOf(2026, 11, 30);

Plan sample(const QString &name)
{
    Plan plan;
    QString error;
    EXPECT_TRUE(SamplePlan::load(name, &plan, &error)) << error.toStdString();
    return plan;
}

DocumentOptions options()
{
    DocumentOptions o;
    o.asOf = asOf;
    return o;
}

QByteArray exported(const Plan &plan, DocumentExporter::Format format, const DocumentOptions &o = options())
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    DocumentExporter exporter(plan, o);
    EXPECT_TRUE(exporter.write(&buffer, format)) << exporter.errorString().toStdString();
    return bytes;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

// Text without white space: table cells and lines wrap titles anywhere.
QString squeezed(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s"), QRegularExpression::UseUnicodePropertiesOption);
    return text.remove(space);
}

QStringList measureTitles(const Plan &plan)
{
    QStringList titles;
    for (const Theme &t : plan.themes)
        for (const Measure &m : t.measures)
            titles << m.title;
    return titles;
}

// Every title appears in `text`, each after the one before.
void expectInOrder(const QString &text, const QStringList &titles, const char *where)
{
    const QString haystack = squeezed(text);
    qsizetype at = 0;
    for (const QString &title : titles) {
        const qsizetype found = haystack.indexOf(squeezed(title), at);
        EXPECT_GE(found, 0) << where << ": not found in order: " << title.toStdString();
        if (found >= 0)
            at = found + 1;
    }
}

QString odtContent(const QByteArray &odt)
{
    QBuffer buffer;
    buffer.setData(odt);
    KZip zip(&buffer);
    EXPECT_TRUE(zip.open(QIODevice::ReadOnly));
    const KArchiveFile *content = zip.directory()->file(QStringLiteral("content.xml"));
    EXPECT_NE(content, nullptr);
    if (!content)
        return QString();
    // The text of the XML, tags dropped.
    return QString::fromUtf8(content->data()).remove(QRegularExpression(QStringLiteral("<[^>]*>")));
}

QString htmlText(const QByteArray &html)
{
    // Alternative texts and the roadmap's table repeat titles; the body's
    // text is what counts, so tags go and entities stay rare (& < > ").
    return QString::fromUtf8(html).remove(QRegularExpression(QStringLiteral("<[^>]*>")));
}

struct Built
{
    std::unique_ptr<PlanDrawings> drawings;
    std::unique_ptr<QTextDocument> document;
};

Built build(const Plan &plan, const DocumentOptions &o = options())
{
    Built b;
    b.drawings = std::make_unique<PlanDrawings>(plan, o);
    b.document = DocumentBuilder(plan, o, b.drawings.get()).build();
    return b;
}

QStringList headings(const QTextDocument &document, int maxLevel = 6)
{
    QStringList list;
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next())
        if (b.blockFormat().headingLevel() > 0 && b.blockFormat().headingLevel() <= maxLevel)
            list << QStringLiteral("%1 %2").arg(b.blockFormat().headingLevel()).arg(b.text());
    return list;
}

class SampleDocument : public ::testing::TestWithParam<QString>
{
};

} // namespace

// Every measure title, in plan order, in the PDF's text layer, the HTML,
// the ODT's content and LibreOffice's PDF of the ODT.
TEST_P(SampleDocument, EveryMeasureTitleInPlanOrderInEveryFormat)
{
    const Plan plan = sample(GetParam());
    const QStringList titles = measureTitles(plan);
    ASSERT_FALSE(titles.isEmpty());
    QTemporaryDir dir;
    const QByteArray pdf = exported(plan, DocumentExporter::Format::Pdf);
    const QByteArray odt = exported(plan, DocumentExporter::Format::Odt);
    expectInOrder(htmlText(exported(plan, DocumentExporter::Format::Html)), titles, "HTML");
    expectInOrder(odtContent(odt), titles, "ODT");
    if (!havePdfToText())
        GTEST_SKIP() << "pdftotext is not installed";
    expectInOrder(pdfText(writeFile(dir, QStringLiteral("plan.pdf"), pdf)), titles, "PDF");
    if (const QString why = libreOfficeUnavailable(); !why.isEmpty())
        GTEST_SKIP() << why.toStdString();
    QString log;
    const QString converted = convertWithLibreOffice(writeFile(dir, QStringLiteral("plan.odt"), odt),
                                                     QStringLiteral("pdf"), dir.path(), &log);
    ASSERT_FALSE(converted.isEmpty()) << log.toStdString();
    expectInOrder(pdfText(converted), titles, "LibreOffice's PDF of the ODT");
}

// The PDF's bookmarks are the document's headings down to level 3, the
// chapters (level 1) among them in order; the language is in the catalog;
// the title and author are the plan's.
TEST_P(SampleDocument, BookmarksMatchTheChaptersAndTheLanguageIsSet)
{
    const Plan plan = sample(GetParam());
    const Built built = build(plan);
    const QByteArray pdf = exported(plan, DocumentExporter::Format::Pdf);
    QString error;
    const QList<PdfFinisher::Bookmark> marks = PdfFinisher::bookmarks(pdf, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    QStringList chapters;
    QStringList bookmarked;
    for (const PdfFinisher::Bookmark &m : marks)
        bookmarked << QStringLiteral("%1 %2").arg(m.level).arg(m.title);
    EXPECT_EQ(bookmarked, headings(*built.document, 3));
    for (const QString &h : headings(*built.document, 1))
        chapters << h;
    EXPECT_GE(chapters.size(), 8);
    EXPECT_TRUE(chapters.contains(QStringLiteral("1 第1章　計画策定の背景")));
    EXPECT_EQ(PdfFinisher::language(pdf), QStringLiteral("ja"));
    const PdfFinisher::Metadata meta = PdfFinisher::metadata(pdf);
    EXPECT_EQ(meta.title, plan.info.title);
    EXPECT_EQ(meta.author, plan.info.organisation);
    // Every bookmark's page holds its heading's text.
    if (!havePdfToText())
        GTEST_SKIP() << "pdftotext is not installed";
    QTemporaryDir dir;
    const QStringList pages = pdfPages(writeFile(dir, QStringLiteral("plan.pdf"), pdf));
    for (const PdfFinisher::Bookmark &m : marks) {
        ASSERT_LT(m.page, pages.size());
        EXPECT_TRUE(squeezed(pages[m.page]).contains(squeezed(m.title)))
            << m.title.toStdString() << " is not on page " << m.page + 1;
    }
}

// The HTML passes axe-core's WCAG 2.1 A and AA rules in Chromium.
TEST_P(SampleDocument, HtmlIsAccessible)
{
    if (const QString why = axeUnavailable(); !why.isEmpty())
        GTEST_SKIP() << why.toStdString();
    const Plan plan = sample(GetParam());
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("plan.html"), exported(plan, DocumentExporter::Format::Html));
    const AxeRun axe = runAxe(path);
    EXPECT_EQ(axe.exitCode, 0) << axe.violations.toStdString() << axe.errors.toStdString();
}

// The headings, numbered as the plan numbers them, against a golden list
// (tests/data/document/NAME.headings.txt).
TEST_P(SampleDocument, HeadingsAreNumberedAsThePlanNumbersThem)
{
    const Plan plan = sample(GetParam());
    const Built built = build(plan);
    QFile golden(QStringLiteral(DXPLAN_DOCUMENT_TEST_DATA "/%1.headings.txt").arg(GetParam()));
    // DXPLAN_UPDATE_GOLDEN=1 writes the list again (look at the diff).
    if (qEnvironmentVariableIsSet("DXPLAN_UPDATE_GOLDEN")) {
        ASSERT_TRUE(golden.open(QIODevice::WriteOnly | QIODevice::Text));
        golden.write(headings(*built.document).join(QLatin1Char('\n')).toUtf8() + '\n');
        golden.close();
    }
    ASSERT_TRUE(golden.open(QIODevice::ReadOnly | QIODevice::Text)) << golden.fileName().toStdString();
    const QStringList expected = QString::fromUtf8(golden.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    EXPECT_EQ(headings(*built.document), expected);
}

// Laid out for A4: no table row is cut by a page break, and no line
// starts with a closing mark (、。」）) or other characters that must not
// begin a line in Japanese.
TEST_P(SampleDocument, RowsStayWholeAndLinesNeverStartWithClosingMarks)
{
    const Plan plan = sample(GetParam());
    const Built built = build(plan);
    const DocumentPages pages(built.document.get(), plan, options(), *built.drawings);
    QAbstractTextDocumentLayout *layout = built.document->documentLayout();
    int rowsChecked = 0;
    int linesChecked = 0;
    const QString forbidden = QStringLiteral("、。，．」』）)］】〕・ー！？!?：；ゃゅょっぁぃぅぇぉャュョッ");
    for (QTextBlock b = built.document->begin(); b.isValid(); b = b.next()) {
        const QRectF rect = layout->blockBoundingRect(b);
        const QTextLayout *lines = b.layout();
        for (int i = 0; lines && i < lines->lineCount(); ++i) {
            const QTextLine line = lines->lineAt(i);
            if (i > 0 && line.textLength() > 0) {
                ++linesChecked;
                EXPECT_FALSE(forbidden.contains(b.text().at(line.textStart())))
                    << "line starts with " << b.text().mid(line.textStart(), 8).toStdString() << " in: " << b.text().toStdString();
            }
        }
        Q_UNUSED(rect);
    }
    // No cut falls inside a table row (rows of tables shorter than a
    // page: no cut inside the table at all).
    const QList<qreal> cuts = pages.flowCuts();
    for (QTextFrame *frame : built.document->rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        for (int row = 0; row < table->rows(); ++row) {
            qreal top = 1e12;
            qreal bottom = -1;
            for (int column = 0; column < table->columns(); ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                for (QTextBlock b = cell.firstCursorPosition().block(); b.isValid() && b.position() <= cell.lastPosition(); b = b.next()) {
                    const QRectF r = layout->blockBoundingRect(b);
                    top = qMin(top, r.top());
                    bottom = qMax(bottom, r.bottom());
                }
            }
            if (bottom < 0)
                continue;
            ++rowsChecked;
            for (qreal cut : cuts)
                EXPECT_FALSE(cut > top + 0.5 && cut < bottom - 0.5)
                    << "row " << row << " of a table is cut at " << cut << " (" << top << ".." << bottom << ")";
        }
    }
    EXPECT_GT(rowsChecked, 20);
    EXPECT_GT(linesChecked, 20);
    EXPECT_GE(pages.count(), 10);
}

// The PDF embeds the Japanese font and gives back the plan's text
// character for character (「・」 included), the roadmap on A3 landscape
// pages and the rest on A4 portrait.
TEST_P(SampleDocument, PdfEmbedsTheFontKeepsTheTextAndPrintsTheRoadmapOnA3)
{
    if (!havePdfToText())
        GTEST_SKIP() << "pdftotext is not installed";
    const Plan plan = sample(GetParam());
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("plan.pdf"), exported(plan, DocumentExporter::Format::Pdf));
    QProcess fonts;
    fonts.start(QStringLiteral("pdffonts"), { path });
    ASSERT_TRUE(fonts.waitForFinished(60000));
    const QString fontList = QString::fromUtf8(fonts.readAllStandardOutput());
    EXPECT_TRUE(fontList.contains(QStringLiteral("IPAexGothic"))) << fontList.toStdString();
    // Every font row says "yes" in the emb(edded) column.
    for (const QString &row : fontList.split(QLatin1Char('\n')).mid(2)) {
        if (!row.trimmed().isEmpty()) {
            EXPECT_TRUE(row.contains(QRegularExpression(QStringLiteral("\\s(Identity-H|Custom|Builtin|WinAnsi)\\s+yes\\s"))))
                << "not embedded: " << row.toStdString();
        }
    }
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(plan.info.title));
    EXPECT_TRUE(squeezed(text).contains(squeezed(plan.chapters.first().title)));
    EXPECT_TRUE(text.contains(QStringLiteral("・")));
    EXPECT_FALSE(text.contains(QChar(0x2027)));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), { QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                            QString::number(pdfPages(path).size()), path });
    ASSERT_TRUE(info.waitForFinished(60000));
    const QString sizes = QString::fromUtf8(info.readAllStandardOutput());
    EXPECT_TRUE(sizes.contains(QRegularExpression(QStringLiteral("size:\\s+595 x 842 pts \\(A4\\)"))));
    EXPECT_TRUE(sizes.contains(QRegularExpression(QStringLiteral("size:\\s+1191 x 842 pts \\(A3\\)"))));
}

INSTANTIATE_TEST_SUITE_P(Samples, SampleDocument,
                         ::testing::Values(QStringLiteral("nishinoshima"), QStringLiteral("okayama")),
                         [](const auto &info) { return info.param.toStdString(); });

// Each generated part is in the document when the plan has content for
// it, and gone when it has none; the user's order and choice of parts
// are followed.
struct PartCase
{
    const char *key;
    const char *heading; // the part's heading in Japanese
    std::function<void(Plan &)> empty;
};

class DocumentPart : public ::testing::TestWithParam<PartCase>
{
};

TEST_P(DocumentPart, PresentWithContentAbsentWhenEmptyOrLeftOut)
{
    const PartCase &c = GetParam();
    Plan plan = sample(QStringLiteral("nishinoshima"));
    auto has = [](const Plan &p, const char *heading) {
        const Built built = build(p);
        for (const QString &h : headings(*built.document, 1))
            if (h.endsWith(QString::fromUtf8(heading)))
                return true;
        return false;
    };
    EXPECT_TRUE(has(plan, c.heading)) << c.key;
    Plan emptied = plan;
    c.empty(emptied);
    EXPECT_FALSE(has(emptied, c.heading)) << c.key << " printed with nothing in it";
    Plan leftOut = plan;
    leftOut.info.documentParts = DocumentParts::standardOrder(plan);
    leftOut.info.documentParts.replace(leftOut.info.documentParts.indexOf(QString::fromLatin1(c.key)),
                                       DocumentParts::omittedKey(QString::fromLatin1(c.key)));
    EXPECT_FALSE(has(leftOut, c.heading)) << c.key << " printed though left out";
}

INSTANTIATE_TEST_SUITE_P(
    EveryPart, DocumentPart,
    ::testing::Values(
        PartCase { "vision", "基本理念と基本方針", [](Plan &p) { p.info.vision.clear(); p.info.goal.clear(); p.principles.clear(); } },
        PartCase { "structure", "推進体制", [](Plan &p) { p.roles.clear(); } },
        PartCase { "themes", "具体的な取組", [](Plan &p) { p.themes.clear(); p.kpis.clear(); } },
        PartCase { "candidates", "今後検討が必要となるもの", [](Plan &p) { for (Theme &t : p.themes) t.futureCandidates.clear(); } },
        PartCase { "roadmap", "工程表", [](Plan &p) { for (Theme &t : p.themes) t.measures.clear(); p.kpis.clear(); } },
        PartCase { "kpis", "成果指標", [](Plan &p) { p.kpis.clear(); } },
        PartCase { "systems", "標準化対象業務", [](Plan &p) { p.systems.clear(); } },
        PartCase { "glossary", "用語集", [](Plan &p) { p.glossary.clear(); } },
        PartCase { "chapter:1", "計画策定の背景", [](Plan &p) { p.chapters.removeFirst(); } }),
    [](const auto &info) { return QString::fromLatin1(info.param.key).replace(QLatin1Char(':'), QLatin1Char('_')).toStdString(); });

// The user's order is the document's: parts move, and a chapter the list
// does not know yet comes after the last chapter it names.
TEST(PlanDocument, FollowsTheUsersOrderOfParts)
{
    Plan plan = sample(QStringLiteral("nishinoshima"));
    plan.info.documentParts = { QStringLiteral("cover"), QStringLiteral("glossary"), QStringLiteral("chapter:2"),
                                QStringLiteral("themes") };
    plan.chapters << Chapter { 9, QStringLiteral("国の動向"), QStringLiteral("国の計画が改定された。") };
    EXPECT_EQ(DocumentParts::effectiveOrder(plan),
              (QStringList { QStringLiteral("cover"), QStringLiteral("glossary"), QStringLiteral("chapter:2"),
                             QStringLiteral("chapter:1"), QStringLiteral("chapter:9"), QStringLiteral("themes") }));
    const Built built = build(plan);
    const QStringList parts = headings(*built.document, 1);
    ASSERT_EQ(parts.size(), 5);
    EXPECT_EQ(parts[0], QStringLiteral("1 第1章　用語集"));
    EXPECT_EQ(parts[1], QStringLiteral("1 第2章　計画の位置付け"));
    EXPECT_EQ(parts[2], QStringLiteral("1 第3章　計画策定の背景"));
    EXPECT_EQ(parts[3], QStringLiteral("1 第4章　国の動向"));
    EXPECT_EQ(parts[4], QStringLiteral("1 第5章　具体的な取組"));
}

// A chapter's Markdown: its headings one level below the chapter and
// numbered, lists, a GitHub table with its header row, a figure with its
// caption and alternative text, and glossary terms as numbered notes or
// as links to the glossary.
TEST(PlanDocument, ChapterMarkdownBecomesTheDocumentsStructure)
{
    Plan plan = sample(QStringLiteral("nishinoshima"));
    QImage picture(40, 20, QImage::Format_RGB32);
    picture.fill(Qt::darkBlue);
    QByteArray png;
    QBuffer pngBuffer(&png);
    pngBuffer.open(QIODevice::WriteOnly);
    picture.save(&pngBuffer, "PNG");
    plan.figures << Figure { 5, QStringLiteral("推進体制図"), QStringLiteral("CIOの下に推進本部を置く体制"),
                             QStringLiteral("image/png"), png };
    const int dx = plan.glossary.first().id;
    plan.chapters = { Chapter { 1, QStringLiteral("推進体制"),
                                QStringLiteral("## 体制\n\n[%1](glossary:%2)を進める。\n\n![図](figure:5)\n\n"
                                               "- 一つ目\n- 二つ目\n\n| 役職 | 役割 |\n|---|---|\n| CIO | 統括 |\n")
                                    .arg(plan.glossary.first().term)
                                    .arg(dx) } };
    plan.info.documentParts = { QStringLiteral("chapter:1"), QStringLiteral("glossary") };
    Built built = build(plan);
    EXPECT_EQ(headings(*built.document, 2).mid(0, 2),
              (QStringList { QStringLiteral("1 第1章　推進体制"), QStringLiteral("2 1.　体制") }));
    const QString text = built.document->toPlainText();
    EXPECT_TRUE(text.contains(plan.glossary.first().term + QStringLiteral("※1を進める。")));
    EXPECT_TRUE(text.contains(QStringLiteral("※1　%1：").arg(plan.glossary.first().term)));
    EXPECT_TRUE(text.contains(QStringLiteral("図1　推進体制図")));
    bool figureFound = false;
    int tables = 0;
    for (QTextBlock b = built.document->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isImageFormat()) {
                const QTextImageFormat image = it.fragment().charFormat().toImageFormat();
                EXPECT_EQ(image.name(), ChapterMarkdown::figureTarget(5));
                EXPECT_EQ(image.stringProperty(DocumentMarks::AltText), QStringLiteral("CIOの下に推進本部を置く体制"));
                EXPECT_EQ(image.property(DocumentMarks::ImageData).toByteArray(), png);
                figureFound = true;
            }
    for (QTextFrame *frame : built.document->rootFrame()->childFrames())
        if (auto *table = qobject_cast<QTextTable *>(frame)) {
            ++tables;
            EXPECT_EQ(table->format().headerRowCount(), 1);
        }
    EXPECT_TRUE(figureFound);
    EXPECT_GE(tables, 1);

    // As links: the term links to its glossary entry, and no note is made.
    plan.info.termStyle = PlanInfo::TermStyle::Links;
    built = build(plan);
    EXPECT_FALSE(built.document->toPlainText().contains(QStringLiteral("※1")));
    const QByteArray html = exported(plan, DocumentExporter::Format::Html);
    EXPECT_TRUE(html.contains(QStringLiteral("href=\"#term-%1\"").arg(dx).toUtf8()));
    EXPECT_TRUE(html.contains(QStringLiteral("id=\"term-%1\"").arg(dx).toUtf8()));
}

// The contents list every part with the page it starts on in the PDF,
// the number printed at the end of its line.
TEST(PlanDocument, ContentsGiveThePagesThePartsStartOn)
{
    if (!havePdfToText())
        GTEST_SKIP() << "pdftotext is not installed";
    const Plan plan = sample(QStringLiteral("okayama"));
    QTemporaryDir dir;
    const QStringList pages = pdfPages(writeFile(dir, QStringLiteral("plan.pdf"), exported(plan, DocumentExporter::Format::Pdf)));
    const Built built = build(plan);
    const DocumentPages laidOut(built.document.get(), plan, options(), *built.drawings);
    // The contents page as laid out: each title and its number on one line.
    QProcess layoutText;
    layoutText.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), QStringLiteral("-f"), QStringLiteral("2"),
                                                    QStringLiteral("-l"), QStringLiteral("2"), dir.filePath(QStringLiteral("plan.pdf")),
                                                    QStringLiteral("-") });
    ASSERT_TRUE(layoutText.waitForFinished(60000));
    QStringList contentsLines;
    for (const QString &line : QString::fromUtf8(layoutText.readAllStandardOutput()).split(QLatin1Char('\n')))
        contentsLines << squeezed(line);
    int entries = 0;
    for (const auto &[title, page] : laidOut.contents()) {
        ASSERT_GE(page, 1) << title.toStdString();
        ASSERT_LE(page, pages.size());
        EXPECT_TRUE(squeezed(pages[page - 1]).contains(squeezed(title)))
            << title.toStdString() << " is not on page " << page;
        // The contents page shows the title with its number after it.
        EXPECT_TRUE(contentsLines.contains(squeezed(title) + QString::number(page)))
            << title.toStdString() << " " << page;
        ++entries;
    }
    EXPECT_GE(entries, 8);
}

// dxplan-cli document writes each format, refuses what it cannot write
// with one line and exit status 2, and leaves no file then.
TEST(DocumentCli, WritesEveryFormatAndRefusesBadOptions)
{
    QTemporaryDir dir;
    const QString plan = dir.filePath(QStringLiteral("plan.dxplan"));
    ASSERT_EQ(runCli({ QStringLiteral("new"), QStringLiteral("--sample-plan"), QStringLiteral("okayama"), plan }).exitCode, 0);
    for (const QString &name : { QStringLiteral("out.pdf"), QStringLiteral("out.html"), QStringLiteral("out.odt") }) {
        const CliRun run = runCli({ QStringLiteral("document"), plan, QStringLiteral("-o"), dir.filePath(name),
                                    QStringLiteral("--era"), QStringLiteral("western"), QStringLiteral("--paper"),
                                    QStringLiteral("A3") });
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        EXPECT_GT(QFileInfo(dir.filePath(name)).size(), 1000) << name.toStdString();
    }
    if (havePdfToText()) {
        const QString text = pdfText(dir.filePath(QStringLiteral("out.pdf")));
        EXPECT_TRUE(text.contains(QStringLiteral("FY2021"))) << "western years";
        EXPECT_FALSE(text.contains(QStringLiteral("令和3年度")));
    }
    const QList<QStringList> bad {
        { QStringLiteral("document"), plan, QStringLiteral("-o"), dir.filePath(QStringLiteral("x.txt")) },
        { QStringLiteral("document"), plan, QStringLiteral("-o"), dir.filePath(QStringLiteral("x.pdf")), QStringLiteral("--paper"), QStringLiteral("B5") },
        { QStringLiteral("document"), plan, QStringLiteral("-o"), dir.filePath(QStringLiteral("x.pdf")), QStringLiteral("--era"), QStringLiteral("showa") },
        { QStringLiteral("document"), dir.filePath(QStringLiteral("missing.dxplan")), QStringLiteral("-o"), dir.filePath(QStringLiteral("x.pdf")) },
        { QStringLiteral("document"), plan },
    };
    for (const QStringList &arguments : bad) {
        const CliRun run = runCli(arguments);
        EXPECT_EQ(run.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(run.err.trimmed().count(QLatin1Char('\n')), 0) << run.err.toStdString();
        EXPECT_FALSE(run.err.trimmed().isEmpty());
    }
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.pdf"))));
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.txt"))));
}

// Where LibreOffice is installed, DOCX comes through it and holds the plan.
TEST(DocumentCli, WritesDocxThroughLibreOffice)
{
    if (const QString why = libreOfficeUnavailable(); !why.isEmpty())
        GTEST_SKIP() << why.toStdString();
    QTemporaryDir dir;
    const QString plan = dir.filePath(QStringLiteral("plan.dxplan"));
    ASSERT_EQ(runCli({ QStringLiteral("new"), QStringLiteral("--sample-plan"), QStringLiteral("nishinoshima"), plan }).exitCode, 0);
    const QString docx = dir.filePath(QStringLiteral("plan.docx"));
    const CliRun run = runCli({ QStringLiteral("document"), plan, QStringLiteral("-o"), docx });
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile file(docx);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    KZip zip(&file);
    ASSERT_TRUE(zip.open(QIODevice::ReadOnly));
    const KArchiveFile *body = zip.directory()->file(QStringLiteral("word/document.xml"));
    ASSERT_NE(body, nullptr);
    const QString text = QString::fromUtf8(body->data()).remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    expectInOrder(text, measureTitles(sample(QStringLiteral("nishinoshima"))), "DOCX");
}
