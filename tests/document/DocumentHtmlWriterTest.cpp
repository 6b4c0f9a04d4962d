#include "views/document/DocumentHtmlWriter.h"

#include "tests/support/ExternalTools.h"
#include "tests/support/TestSupport.h"
#include "views/document/DocumentMarks.h"
#include "views/document/DocumentObjects.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>
#include <QUrl>
#include <QXmlStreamReader>

#include <functional>
#include <memory>

using DocumentMarks::BlockRole;

// ---------------------------------------------------------------------------
// The plan document both writer tests use (DocumentOdtWriterTest.cpp
// declares these two functions): built by hand the way DocumentBuilder
// marks it (DocumentMarks.h), with a Markdown chapter text imported through
// setMarkdown.

namespace {

// Draws a generated drawing as a tinted box with Japanese text.
class FakeDrawings : public DocumentObjects {
public:
    QSizeF size(const QTextFormat &format) const override
    {
        // The roadmap is wider than an A4 page's text: writers fit it.
        return format.objectType() == DocumentMarks::RoadmapObject ? QSizeF(900, 420)
                                                                   : QSizeF(320, 180);
    }
    void paint(QPainter *painter, const QRectF &rect, const QTextFormat &format) const override
    {
        painter->fillRect(rect, QColor(0xdd, 0xe8, 0xf5));
        painter->setPen(QPen(Qt::black, 1));
        painter->drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5));
        QFont font(QStringLiteral("IPAexGothic"));
        font.setPointSizeF(14);
        painter->setFont(font);
        painter->drawText(rect, Qt::AlignCenter,
            format.objectType() == DocumentMarks::RoadmapObject
                ? QStringLiteral("ロードマップ 令和7年度")
                : QStringLiteral("オンライン申請率"));
    }
    QString altText(const QTextFormat &format) const override
    {
        return format.objectType() == DocumentMarks::RoadmapObject
            ? QStringLiteral("ロードマップ：令和7年度から令和11年度までの取組の予定")
            : QStringLiteral("オンライン申請率の推移：令和7年度30%、令和11年度80%");
    }
    QString textAlternativeHtml(const QTextFormat &format) const override
    {
        if (format.objectType() != DocumentMarks::RoadmapObject)
            return QString();
        return QStringLiteral(
            "<table><caption>ロードマップの予定</caption>"
            "<thead><tr><th scope=\"col\">取組</th><th scope=\"col\">令和7年度</th></tr></thead>"
            "<tbody><tr><td>書かない窓口</td><td>実施</td></tr></tbody></table>");
    }
};

QTextBlockFormat roleFormat(BlockRole role)
{
    QTextBlockFormat format;
    format.setProperty(DocumentMarks::Role, int(role));
    return format;
}

QTextCharFormat linkFormat(const QString &href)
{
    QTextCharFormat format;
    format.setAnchor(true);
    format.setAnchorHref(href);
    format.setForeground(QColor(0x06, 0x45, 0xad));
    return format;
}

QTextCharFormat anchorFormat(const QString &name)
{
    QTextCharFormat format;
    format.setAnchor(true);
    format.setAnchorNames({ name });
    return format;
}

// A block whose first character carries `anchor`, as the builder marks
// headings and notes.
void insertAnchored(
    QTextCursor &cursor, const QTextBlockFormat &format, const QString &text, const QString &anchor)
{
    cursor.insertBlock(format, QTextCharFormat());
    cursor.insertText(text.left(1), anchorFormat(anchor));
    cursor.insertText(text.mid(1), QTextCharFormat());
}

void insertHeading(QTextCursor &cursor, int level, const QString &text, const QString &anchor,
    bool newPage = false)
{
    QTextBlockFormat format;
    format.setHeadingLevel(level);
    if (newPage)
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    insertAnchored(cursor, format, text, anchor);
}

QImage figureImage()
{
    QImage image(240, 120, QImage::Format_RGB32);
    image.fill(QColor(0xf0, 0xf4, 0xfa));
    QPainter painter(&image);
    painter.setPen(Qt::black);
    painter.drawRect(10, 10, 220, 100);
    return image;
}

QByteArray pngBytes(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QTextCharFormat objectFormat(DocumentMarks::ObjectType type)
{
    QTextCharFormat format;
    format.setObjectType(type);
    if (type == DocumentMarks::KpiChartObject)
        format.setProperty(DocumentMarks::ObjectItemId, QStringLiteral("kpi-1"));
    return format;
}

} // namespace

const DocumentObjects &fakeDrawings()
{
    static const FakeDrawings drawings;
    return drawings;
}

void buildInterruptedList(QTextDocument *document)
{
    // 一, 二, a paragraph outside the list (注記), then 三 in the same list.
    QTextCursor cursor(document);
    QTextListFormat numbered;
    numbered.setStyle(QTextListFormat::ListDecimal);
    QTextList *list = cursor.createList(numbered);
    cursor.insertText(QStringLiteral("一"));
    cursor.insertBlock();
    cursor.insertText(QStringLiteral("二"));
    cursor.insertBlock(QTextBlockFormat());
    cursor.insertText(QStringLiteral("注記"));
    cursor.insertBlock(QTextBlockFormat());
    list->add(cursor.block());
    cursor.insertText(QStringLiteral("三"));
}

void buildPlanDocument(QTextDocument *document)
{
    document->clear();
    QTextCursor cursor(document);
    // Cover.
    cursor.setBlockFormat(roleFormat(BlockRole::DocumentTitle));
    cursor.insertText(QStringLiteral("西之島町 DX推進計画"));
    cursor.insertBlock(roleFormat(BlockRole::CoverLine));
    cursor.insertText(QStringLiteral("令和7年度〜令和11年度"));
    cursor.insertBlock(roleFormat(BlockRole::CoverLine));
    cursor.insertText(QStringLiteral("西之島町"));

    // Table of contents on a page of its own.
    QTextBlockFormat tocTitle;
    tocTitle.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor.insertBlock(tocTitle);
    cursor.insertText(QStringLiteral("目次"));
    cursor.insertBlock(roleFormat(BlockRole::TocEntry), QTextCharFormat());
    cursor.insertText(QStringLiteral("第1章 計画の概要"), linkFormat(QStringLiteral("#ch1")));
    cursor.insertBlock(roleFormat(BlockRole::TocEntry), QTextCharFormat());
    cursor.insertText(QStringLiteral("第2章 取組"), linkFormat(QStringLiteral("#ch2")));

    // Chapter 1: text with emphasis, a link, a note marker; a nested list;
    // a table with a caption and a header row; a picture with a caption.
    insertHeading(cursor, 1, QStringLiteral("第1章 計画の概要"), QStringLiteral("ch1"), true);
    insertHeading(cursor, 2, QStringLiteral("1 計画策定の趣旨"), QStringLiteral("sec-1-1"));
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    cursor.insertText(QStringLiteral("本計画は「書かない窓口」・「行かない窓口」を実現する"));
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    cursor.insertText(QStringLiteral("行政DX"), bold);
    cursor.insertText(QStringLiteral("の計画です。"), QTextCharFormat());
    QTextCharFormat italic;
    italic.setFontItalic(true);
    cursor.insertText(QStringLiteral("令和7年度"), italic);
    cursor.insertText(QStringLiteral("から始めます（詳しくは"), QTextCharFormat());
    cursor.insertText(
        QStringLiteral("デジタル庁の資料"), linkFormat(QStringLiteral("https://example.jp/dx")));
    cursor.insertText(QStringLiteral("）。記号 A<B & C>D \"引用\""), QTextCharFormat());
    QTextCharFormat marker = linkFormat(QStringLiteral("#note-1"));
    marker.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
    cursor.insertText(QStringLiteral("1"), marker);

    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    QTextListFormat outer;
    outer.setStyle(QTextListFormat::ListDisc);
    outer.setIndent(1);
    QTextList *outerList = cursor.createList(outer);
    cursor.insertText(QStringLiteral("窓口のデジタル化"));
    cursor.insertBlock();
    QTextListFormat inner;
    inner.setStyle(QTextListFormat::ListCircle);
    inner.setIndent(2);
    cursor.createList(inner);
    cursor.insertText(QStringLiteral("書かない窓口"));
    cursor.insertBlock();
    cursor.insertText(QStringLiteral("行かない窓口"));
    cursor.insertBlock();
    outerList->add(cursor.block());
    cursor.insertText(QStringLiteral("庁内業務の効率化"));

    cursor.insertBlock(roleFormat(BlockRole::TableCaption), QTextCharFormat());
    cursor.insertText(QStringLiteral("表1 推進体制"));
    QTextTableFormat tableFormat;
    tableFormat.setHeaderRowCount(1);
    QTextTable *table = cursor.insertTable(3, 3, tableFormat);
    const QStringList cells = { QStringLiteral("組織"), QStringLiteral("役割"),
        QStringLiteral("令和7年度"), QStringLiteral("DX推進本部"), QStringLiteral("全体の統括"),
        QStringLiteral("設置"), QStringLiteral("情報政策課"), QStringLiteral("システム標準化"),
        QStringLiteral("移行") };
    for (int i = 0; i < cells.size(); ++i)
        table->cellAt(i / 3, i % 3).firstCursorPosition().insertText(cells.at(i));
    cursor.movePosition(QTextCursor::End);

    const QString figureName = QStringLiteral("dxplan-figure:1");
    const QImage image = figureImage();
    document->addResource(QTextDocument::ImageResource, QUrl(figureName), image);
    QTextImageFormat picture;
    picture.setName(figureName);
    picture.setWidth(240);
    picture.setHeight(120);
    picture.setProperty(DocumentMarks::AltText, QStringLiteral("推進体制図：本部の下に各課を置く"));
    picture.setProperty(DocumentMarks::ImageData, pngBytes(image));
    picture.setProperty(DocumentMarks::ImageMediaType, QStringLiteral("image/png"));
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    cursor.insertImage(picture);
    cursor.insertBlock(roleFormat(BlockRole::FigureCaption), QTextCharFormat());
    cursor.insertText(QStringLiteral("図1 推進体制"));

    // Chapter 2: the chapter text as Markdown (its ### jumps a level), a
    // KPI chart and the roadmap.
    insertHeading(cursor, 1, QStringLiteral("第2章 取組"), QStringLiteral("ch2"), true);
    QTextDocument markdown;
    markdown.setMarkdown(
        QStringLiteral("### 取組の方向性\n\n"
                       "住民の**利便性**を高め、*職員*の負担を~~増やさず~~減らします。\n\n"
                       "1. 申請のオンライン化\n"
                       "2. 庁内の標準化\n"
                       "   - 基幹業務システム\n\n"
                       "表2 指標\n\n"
                       "| 指標 | 令和7年度 | 令和11年度 |\n"
                       "|---|---|---|\n"
                       "| オンライン申請率 | 30% | 80% |\n"
                       "| 窓口の待ち時間 | 20分 | 5分 |\n\n"
                       "![窓口の様子](dxplan-figure:markdown)\n"));
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    const int markdownStart = cursor.position();
    cursor.insertFragment(QTextDocumentFragment(&markdown));
    // insertFragment merges the chunk's first block into the block it lands
    // in, which keeps its own format: the builder gives that block the
    // chunk's first block format back (here the ### heading).
    QTextCursor(document->findBlock(markdownStart)).setBlockFormat(markdown.begin().blockFormat());
    document->addResource(QTextDocument::ImageResource,
        QUrl(QStringLiteral("dxplan-figure:markdown")), figureImage());
    // As the builder does for a Markdown table: the line before it is its
    // caption, and GitHub tables have one header row (Qt 6.4's importer
    // leaves headerRowCount 0).
    QTextBlock previous;
    for (QTextFrame::iterator it = document->rootFrame()->begin(); !it.atEnd(); ++it) {
        auto *markdownTable = qobject_cast<QTextTable *>(it.currentFrame());
        if (markdownTable && markdownTable != table) {
            QTextTableFormat format = markdownTable->format();
            format.setHeaderRowCount(1);
            markdownTable->setFormat(format);
            QTextCursor(previous).setBlockFormat(roleFormat(BlockRole::TableCaption));
        }
        if (it.currentBlock().isValid())
            previous = it.currentBlock();
    }
    cursor.movePosition(QTextCursor::End);

    QTextCharFormat chart = objectFormat(DocumentMarks::KpiChartObject);
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), chart);
    cursor.insertBlock(roleFormat(BlockRole::FigureCaption), QTextCharFormat());
    cursor.insertText(QStringLiteral("図2 オンライン申請率の推移"));

    QTextBlockFormat roadmapPage;
    roadmapPage.setPageBreakPolicy(
        QTextFormat::PageBreak_AlwaysBefore | QTextFormat::PageBreak_AlwaysAfter);
    cursor.insertBlock(roadmapPage, QTextCharFormat());
    cursor.insertText(
        QString(QChar::ObjectReplacementCharacter), objectFormat(DocumentMarks::RoadmapObject));

    insertAnchored(cursor, roleFormat(BlockRole::Note),
        QStringLiteral("※1 デジタル庁の資料による。"), QStringLiteral("note-1"));
}

// ---------------------------------------------------------------------------

namespace {

// The HTML read back as an element tree (the writer writes XHTML-compatible
// HTML5, so an XML reader takes it).
struct Element {
    QString name;
    QXmlStreamAttributes attributes;
    QString text; // all text inside, children's too
    Element *parent = nullptr;
    std::vector<std::unique_ptr<Element>> children;

    QString attribute(const QString &attributeName) const
    {
        return attributes.value(attributeName).toString();
    }
    bool has(const QString &attributeName) const { return attributes.hasAttribute(attributeName); }

    void collect(
        const std::function<bool(const Element &)> &match, QList<const Element *> *found) const
    {
        for (const auto &child : children) {
            if (match(*child))
                found->append(child.get());
            child->collect(match, found);
        }
    }
    QList<const Element *> all(const QString &elementName) const
    {
        QList<const Element *> found;
        collect([&](const Element &e) { return e.name == elementName; }, &found);
        return found;
    }
    QList<const Element *> all() const
    {
        QList<const Element *> found;
        collect([](const Element &) { return true; }, &found);
        return found;
    }
    const Element *child(const QString &elementName) const
    {
        for (const auto &c : children) {
            if (c->name == elementName)
                return c.get();
        }
        return nullptr;
    }
};

std::unique_ptr<Element> parse(const QByteArray &html, QString *error)
{
    auto root = std::make_unique<Element>();
    Element *current = root.get();
    QXmlStreamReader reader(html);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            auto element = std::make_unique<Element>();
            element->name = reader.name().toString();
            element->attributes = reader.attributes();
            element->parent = current;
            current->children.push_back(std::move(element));
            current = current->children.back().get();
        } else if (reader.isEndElement()) {
            current = current->parent;
        } else if (reader.isCharacters()) {
            for (Element *e = current; e; e = e->parent)
                e->text += reader.text();
        }
    }
    if (reader.hasError())
        *error = QStringLiteral("line %1: %2").arg(reader.lineNumber()).arg(reader.errorString());
    return root;
}

QByteArray planHtml()
{
    QTextDocument document;
    buildPlanDocument(&document);
    DocumentHtmlWriter writer(document, &fakeDrawings());
    writer.setTitle(QStringLiteral("西之島町 DX推進計画（令和7年度〜令和11年度）"));
    return writer.html();
}

std::unique_ptr<Element> planTree()
{
    QString error;
    auto tree = parse(planHtml(), &error);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    return tree;
}

// An element's text without the line breaks the writer puts between
// block elements.
QString flat(const QString &text) { return QString(text).remove(QLatin1Char('\n')); }

int headingLevel(const Element &e)
{
    static const QRegularExpression heading(QStringLiteral("^h([1-6])$"));
    const QRegularExpressionMatch match = heading.match(e.name);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

} // namespace

TEST(DocumentHtmlWriter, IsOneWellFormedPageWithLanguageTitleAndMain)
{
    const QByteArray html = planHtml();
    EXPECT_TRUE(html.startsWith("<!DOCTYPE html>"));
    QString error;
    const auto tree = parse(html, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    ASSERT_EQ(tree->children.size(), 1u);
    const Element &root = *tree->children.front();
    EXPECT_EQ(root.name, QStringLiteral("html"));
    EXPECT_EQ(root.attribute(QStringLiteral("lang")), QStringLiteral("ja"));
    const Element *head = root.child(QStringLiteral("head"));
    ASSERT_TRUE(head);
    bool charset = false;
    for (const Element *meta : head->all(QStringLiteral("meta")))
        charset = charset || meta->attribute(QStringLiteral("charset")) == QLatin1String("utf-8");
    EXPECT_TRUE(charset);
    ASSERT_TRUE(head->child(QStringLiteral("title")));
    EXPECT_EQ(head->child(QStringLiteral("title"))->text,
        QStringLiteral("西之島町 DX推進計画（令和7年度〜令和11年度）"));
    EXPECT_EQ(root.all(QStringLiteral("main")).size(), 1);
    // The whole text is inside <main>: nothing but whitespace outside.
    const Element *body = root.child(QStringLiteral("body"));
    ASSERT_TRUE(body);
    EXPECT_EQ(body->children.size(), 1u);
    EXPECT_TRUE(
        QString(body->text).remove(body->child(QStringLiteral("main"))->text).trimmed().isEmpty());
}

TEST(DocumentHtmlWriter, HasOneH1AndHeadingsThatNeverSkipALevel)
{
    const auto tree = planTree();
    const QList<const Element *> h1 = tree->all(QStringLiteral("h1"));
    ASSERT_EQ(h1.size(), 1);
    EXPECT_EQ(h1.first()->text, QStringLiteral("西之島町 DX推進計画"));
    QStringList outline;
    int previous = 0;
    for (const Element *e : tree->all()) {
        const int level = headingLevel(*e);
        if (level == 0)
            continue;
        EXPECT_LE(level, previous + 1)
            << "h" << previous << " then h" << level << ": " << e->text.toStdString();
        previous = level;
        outline.append(QStringLiteral("h%1 %2").arg(level).arg(e->text));
    }
    // Chapters are h2; the Markdown's ### under a chapter is brought up to h3.
    EXPECT_EQ(outline,
        QStringList({ QStringLiteral("h1 西之島町 DX推進計画"),
            QStringLiteral("h2 第1章 計画の概要"), QStringLiteral("h3 1 計画策定の趣旨"),
            QStringLiteral("h2 第2章 取組"), QStringLiteral("h3 取組の方向性") }));
}

TEST(DocumentHtmlWriter, FallsBackToTheGivenTitleForTheH1)
{
    QTextDocument document;
    document.setMarkdown(QStringLiteral("# 第1章 概要\n\n本文です。\n"));
    DocumentHtmlWriter writer(document, nullptr);
    writer.setTitle(QStringLiteral("東町 DX推進計画"));
    writer.setLanguage(QStringLiteral("en"));
    QString error;
    const auto tree = parse(writer.html(), &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    const QList<const Element *> h1 = tree->all(QStringLiteral("h1"));
    ASSERT_EQ(h1.size(), 1);
    EXPECT_EQ(h1.first()->text, QStringLiteral("東町 DX推進計画"));
    ASSERT_EQ(tree->all(QStringLiteral("h2")).size(), 1);
    EXPECT_EQ(tree->all(QStringLiteral("h2")).first()->text, QStringLiteral("第1章 概要"));
    EXPECT_EQ(tree->children.front()->attribute(QStringLiteral("lang")), QStringLiteral("en"));
}

TEST(DocumentHtmlWriter, LinksLandOnUniqueIds)
{
    const auto tree = planTree();
    QSet<QString> ids;
    for (const Element *e : tree->all()) {
        if (!e->has(QStringLiteral("id")))
            continue;
        const QString id = e->attribute(QStringLiteral("id"));
        EXPECT_FALSE(ids.contains(id)) << "duplicate id " << id.toStdString();
        ids.insert(id);
    }
    QStringList internal;
    for (const Element *a : tree->all(QStringLiteral("a"))) {
        const QString href = a->attribute(QStringLiteral("href"));
        if (href.startsWith(QLatin1Char('#'))) {
            internal.append(href);
            EXPECT_TRUE(ids.contains(href.mid(1))) << href.toStdString();
        }
    }
    EXPECT_EQ(internal,
        QStringList({ QStringLiteral("#ch1"), QStringLiteral("#ch2"), QStringLiteral("#note-1") }));
    // Headings carry their own anchors; the TOC is a list in a <nav>.
    const QList<const Element *> h2 = tree->all(QStringLiteral("h2"));
    ASSERT_EQ(h2.size(), 2);
    EXPECT_EQ(h2.at(0)->attribute(QStringLiteral("id")), QStringLiteral("ch1"));
    EXPECT_EQ(h2.at(0)->attribute(QStringLiteral("class")), QStringLiteral("break-before"));
    const QList<const Element *> nav = tree->all(QStringLiteral("nav"));
    ASSERT_EQ(nav.size(), 1);
    EXPECT_EQ(nav.first()->all(QStringLiteral("li")).size(), 2);
}

TEST(DocumentHtmlWriter, TablesHaveCaptionsAndColumnHeaders)
{
    const auto tree = planTree();
    QList<const Element *> tables;
    for (const Element *table : tree->all(QStringLiteral("table"))) {
        if (table->parent->attribute(QStringLiteral("class")) != QLatin1String("text-alternative"))
            tables.append(table);
    }
    ASSERT_EQ(tables.size(), 2);
    QStringList captions;
    for (const Element *table : tables) {
        ASSERT_FALSE(table->children.empty());
        EXPECT_EQ(table->children.front()->name, QStringLiteral("caption"));
        captions.append(table->children.front()->text);
        const Element *head = table->child(QStringLiteral("thead"));
        ASSERT_TRUE(head);
        const QList<const Element *> th = head->all(QStringLiteral("th"));
        EXPECT_FALSE(th.isEmpty());
        for (const Element *cell : th)
            EXPECT_EQ(cell->attribute(QStringLiteral("scope")), QStringLiteral("col"));
        const Element *body = table->child(QStringLiteral("tbody"));
        ASSERT_TRUE(body);
        EXPECT_TRUE(body->all(QStringLiteral("th")).isEmpty());
        EXPECT_FALSE(body->all(QStringLiteral("td")).isEmpty());
    }
    EXPECT_EQ(
        captions, QStringList({ QStringLiteral("表1 推進体制"), QStringLiteral("表2 指標") }));
    EXPECT_EQ(flat(tables.at(1)->child(QStringLiteral("thead"))->text),
        QStringLiteral("指標令和7年度令和11年度"));
    EXPECT_EQ(tables.at(1)->child(QStringLiteral("tbody"))->all(QStringLiteral("tr")).size(), 2);
}

TEST(DocumentHtmlWriter, MarkdownTableWithoutHeaderRowsHasNoHeaderCells)
{
    QTextDocument document;
    document.setMarkdown(QStringLiteral("| 区分 | 令和7年度 |\n|---|---|\n| A | 1 |\n"));
    QString error;
    const auto tree = parse(DocumentHtmlWriter(document, nullptr).html(), &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    ASSERT_EQ(tree->all(QStringLiteral("table")).size(), 1);
    EXPECT_TRUE(tree->all(QStringLiteral("th")).isEmpty());
    EXPECT_TRUE(tree->all(QStringLiteral("thead")).isEmpty());
    EXPECT_EQ(tree->all(QStringLiteral("td")).size(), 4);
}

TEST(DocumentHtmlWriter, ListsNestInsideTheirItems)
{
    const auto tree = planTree();
    const Element *main = tree->all(QStringLiteral("main")).first();
    QList<const Element *> topLists;
    for (const auto &child : main->children) {
        if (child->name == QLatin1String("ul") || child->name == QLatin1String("ol"))
            topLists.append(child.get());
    }
    ASSERT_EQ(topLists.size(), 2);
    // Hand-made: two outer items, the first holding a list of two.
    const Element *bullets = topLists.at(0);
    EXPECT_EQ(bullets->name, QStringLiteral("ul"));
    ASSERT_EQ(bullets->children.size(), 2u);
    const Element &first = *bullets->children.at(0);
    EXPECT_EQ(first.name, QStringLiteral("li"));
    const Element *nested = first.child(QStringLiteral("ul"));
    ASSERT_TRUE(nested);
    EXPECT_EQ(nested->all(QStringLiteral("li")).size(), 2);
    EXPECT_EQ(flat(nested->text), QStringLiteral("書かない窓口行かない窓口"));
    EXPECT_EQ(flat(bullets->children.at(1)->text), QStringLiteral("庁内業務の効率化"));
    // From Markdown: a numbered list whose second item holds a bullet list.
    const Element *numbers = topLists.at(1);
    EXPECT_EQ(numbers->name, QStringLiteral("ol"));
    ASSERT_EQ(numbers->children.size(), 2u);
    ASSERT_TRUE(numbers->children.at(1)->child(QStringLiteral("ul")));
    EXPECT_EQ(flat(numbers->children.at(1)->child(QStringLiteral("ul"))->text),
        QStringLiteral("基幹業務システム"));
}

TEST(DocumentHtmlWriter, AFurtherParagraphStaysInItsListItem)
{
    QTextDocument document;
    document.setMarkdown(QStringLiteral("- 項目1\n\n  続きの段落\n- 項目2\n\n本文\n"));
    QString error;
    const auto tree = parse(DocumentHtmlWriter(document, nullptr).html(), &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    const QList<const Element *> lists = tree->all(QStringLiteral("ul"));
    ASSERT_EQ(lists.size(), 1);
    ASSERT_EQ(lists.first()->children.size(), 2u);
    const Element &first = *lists.first()->children.front();
    ASSERT_TRUE(first.child(QStringLiteral("p")));
    EXPECT_EQ(first.child(QStringLiteral("p"))->text, QStringLiteral("続きの段落"));
    EXPECT_EQ(flat(lists.first()->children.back()->text), QStringLiteral("項目2"));
    EXPECT_EQ(
        tree->all(QStringLiteral("main")).first()->children.back()->text, QStringLiteral("本文"));
}

TEST(DocumentHtmlWriter, NumberingGoesOnAfterAnInterruption)
{
    QTextDocument document;
    buildInterruptedList(&document);
    QString error;
    const auto tree = parse(DocumentHtmlWriter(document, nullptr).html(), &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    const QList<const Element *> lists = tree->all(QStringLiteral("ol"));
    ASSERT_EQ(lists.size(), 2);
    EXPECT_FALSE(lists.at(0)->has(QStringLiteral("start")));
    EXPECT_EQ(lists.at(1)->attribute(QStringLiteral("start")), QStringLiteral("3"));
    EXPECT_EQ(flat(lists.at(1)->text), QStringLiteral("三"));
}

TEST(DocumentHtmlWriter, EmphasisAndLinksBecomeTheirElements)
{
    const auto tree = planTree();
    QStringList strong, em, s;
    for (const Element *e : tree->all(QStringLiteral("strong")))
        strong.append(e->text);
    for (const Element *e : tree->all(QStringLiteral("em")))
        em.append(e->text);
    for (const Element *e : tree->all(QStringLiteral("s")))
        s.append(e->text);
    EXPECT_EQ(strong, QStringList({ QStringLiteral("行政DX"), QStringLiteral("利便性") }));
    EXPECT_EQ(em, QStringList({ QStringLiteral("令和7年度"), QStringLiteral("職員") }));
    EXPECT_EQ(s, QStringList({ QStringLiteral("増やさず") }));
    const QList<const Element *> sup = tree->all(QStringLiteral("sup"));
    ASSERT_EQ(sup.size(), 1);
    EXPECT_EQ(sup.first()->parent->name, QStringLiteral("a"));
    EXPECT_EQ(sup.first()->parent->attribute(QStringLiteral("href")), QStringLiteral("#note-1"));
    bool external = false;
    for (const Element *a : tree->all(QStringLiteral("a")))
        external = external
            || (a->attribute(QStringLiteral("href")) == QLatin1String("https://example.jp/dx")
                && a->text == QStringLiteral("デジタル庁の資料"));
    EXPECT_TRUE(external);
    const QList<const Element *> notes = tree->all(QStringLiteral("p"));
    bool note = false;
    for (const Element *p : notes)
        note = note
            || (p->attribute(QStringLiteral("id")) == QLatin1String("note-1")
                && p->attribute(QStringLiteral("class")) == QLatin1String("note"));
    EXPECT_TRUE(note);
}

TEST(DocumentHtmlWriter, KeepsJapaneseAndSpecialCharactersVerbatim)
{
    const QByteArray html = planHtml();
    const QString text = QString::fromUtf8(html);
    EXPECT_TRUE(text.contains(QStringLiteral("「書かない窓口」・「行かない窓口」")));
    EXPECT_TRUE(text.contains(QStringLiteral("令和7年度〜令和11年度")));
    EXPECT_TRUE(text.contains(QStringLiteral("A&lt;B &amp; C&gt;D")));
    const auto tree = planTree();
    EXPECT_TRUE(tree->all(QStringLiteral("main"))
                    .first()
                    ->text.contains(QStringLiteral("記号 A<B & C>D \"引用\"")));
}

TEST(DocumentHtmlWriter, PicturesAreEmbeddedFiguresWithAltText)
{
    const auto tree = planTree();
    const QList<const Element *> images = tree->all(QStringLiteral("img"));
    ASSERT_EQ(images.size(), 2);
    for (const Element *img : images) {
        EXPECT_TRUE(img->has(QStringLiteral("alt")));
        const QString src = img->attribute(QStringLiteral("src"));
        ASSERT_TRUE(src.startsWith(QLatin1String("data:image/png;base64,")))
            << src.left(40).toStdString();
        const QImage decoded = QImage::fromData(
            QByteArray::fromBase64(src.mid(src.indexOf(QLatin1Char(',')) + 1).toLatin1()));
        EXPECT_EQ(decoded.size(), QSize(240, 120));
        EXPECT_EQ(img->parent->name, QStringLiteral("figure"));
    }
    EXPECT_EQ(images.at(0)->attribute(QStringLiteral("alt")),
        QStringLiteral("推進体制図：本部の下に各課を置く"));
    EXPECT_EQ(images.at(1)->attribute(QStringLiteral("alt")),
        QStringLiteral("窓口の様子")); // Markdown's alt
    const Element *caption = images.at(0)->parent->child(QStringLiteral("figcaption"));
    ASSERT_TRUE(caption);
    EXPECT_EQ(caption->text, QStringLiteral("図1 推進体制"));
}

TEST(DocumentHtmlWriter, DrawingsAreInlineSvgNamedByTheirTitle)
{
    const auto tree = planTree();
    const QList<const Element *> svgs = tree->all(QStringLiteral("svg"));
    ASSERT_EQ(svgs.size(), 2);
    QStringList names;
    for (const Element *svg : svgs) {
        EXPECT_EQ(svg->attribute(QStringLiteral("role")), QStringLiteral("img"));
        const QString labelledBy = svg->attribute(QStringLiteral("aria-labelledby"));
        ASSERT_FALSE(svg->children.empty());
        const Element &title = *svg->children.front();
        EXPECT_EQ(title.name, QStringLiteral("title"));
        EXPECT_EQ(title.attribute(QStringLiteral("id")), labelledBy);
        names.append(title.text);
        const QList<const Element *> rects = svg->all(QStringLiteral("rect"));
        ASSERT_FALSE(rects.isEmpty());
        EXPECT_EQ(
            rects.first()->parent->attribute(QStringLiteral("fill")), QStringLiteral("#dde8f5"));
        EXPECT_EQ(svg->all(QStringLiteral("desc")).size(),
            0); // the generator's "Generated with Qt" is gone
    }
    EXPECT_EQ(names,
        QStringList({ QStringLiteral("オンライン申請率の推移：令和7年度30%、令和11年度80%"),
            QStringLiteral("ロードマップ：令和7年度から令和11年度までの取組の予定") }));
    EXPECT_EQ(svgs.at(0)->parent->name, QStringLiteral("figure"));
    EXPECT_EQ(svgs.at(0)->parent->child(QStringLiteral("figcaption"))->text,
        QStringLiteral("図2 オンライン申請率の推移"));
    // The roadmap's schedule follows it as a table.
    const QList<const Element *> alternatives = tree->all(QStringLiteral("div"));
    ASSERT_EQ(alternatives.size(), 1);
    EXPECT_EQ(alternatives.first()->attribute(QStringLiteral("class")),
        QStringLiteral("text-alternative"));
    EXPECT_TRUE(alternatives.first()->child(QStringLiteral("table")));
    EXPECT_TRUE(alternatives.first()->text.contains(QStringLiteral("書かない窓口")));
}

TEST(DocumentHtmlWriter, SvgIdsStayUniqueAcrossDrawings)
{
    // A drawing with a gradient makes the generator write an id and a
    // url(#…) reference; two of them in one page must not collide.
    class GradientDrawing : public FakeDrawings {
    public:
        void paint(QPainter *painter, const QRectF &rect, const QTextFormat &) const override
        {
            QLinearGradient gradient(rect.topLeft(), rect.topRight());
            gradient.setColorAt(0, Qt::white);
            gradient.setColorAt(1, QColor(0x1f, 0x4e, 0x79));
            painter->fillRect(rect, gradient);
        }
    } drawings;
    QTextDocument document;
    QTextCursor cursor(&document);
    cursor.insertText(
        QString(QChar::ObjectReplacementCharacter), objectFormat(DocumentMarks::KpiChartObject));
    cursor.insertBlock();
    cursor.insertText(
        QString(QChar::ObjectReplacementCharacter), objectFormat(DocumentMarks::KpiChartObject));
    QString error;
    const auto tree = parse(DocumentHtmlWriter(document, &drawings).html(), &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    QSet<QString> ids;
    QStringList references;
    for (const Element *e : tree->all()) {
        if (e->has(QStringLiteral("id"))) {
            EXPECT_FALSE(ids.contains(e->attribute(QStringLiteral("id"))))
                << e->attribute(QStringLiteral("id")).toStdString();
            ids.insert(e->attribute(QStringLiteral("id")));
        }
        if (e->attribute(QStringLiteral("fill")).startsWith(QLatin1String("url(#")))
            references.append(e->attribute(QStringLiteral("fill")).mid(5).chopped(1));
    }
    ASSERT_EQ(references.size(), 2);
    EXPECT_NE(references.at(0), references.at(1));
    for (const QString &reference : references)
        EXPECT_TRUE(ids.contains(reference)) << reference.toStdString();
}

TEST(DocumentHtmlWriter, ReferencesNothingOutsideTheFile)
{
    const auto tree = planTree();
    EXPECT_TRUE(tree->all(QStringLiteral("link")).isEmpty());
    EXPECT_TRUE(tree->all(QStringLiteral("script")).isEmpty());
    EXPECT_TRUE(tree->all(QStringLiteral("iframe")).isEmpty());
    for (const Element *e : tree->all()) {
        for (const QXmlStreamAttribute &attribute : e->attributes) {
            const QString name = attribute.qualifiedName().toString();
            const QString value = attribute.value().toString();
            if (name == QLatin1String("xmlns") || name.startsWith(QLatin1String("xmlns:")))
                continue; // namespace names, never fetched
            if (e->name == QLatin1String("a") && name == QLatin1String("href"))
                continue; // the text's own links
            EXPECT_FALSE(
                value.contains(QLatin1String("http:")) || value.contains(QLatin1String("https:")))
                << e->name.toStdString() << " " << name.toStdString() << "="
                << value.left(80).toStdString();
        }
    }
    const Element *style = tree->all(QStringLiteral("style")).first();
    EXPECT_FALSE(style->text.contains(QLatin1String("url(")));
    EXPECT_FALSE(style->text.contains(QLatin1String("@import")));
}

TEST(DocumentHtmlWriter, StylesForJapaneseReadingAndPrinting)
{
    const auto tree = planTree();
    const QList<const Element *> styles = tree->all(QStringLiteral("style"));
    ASSERT_EQ(styles.size(), 1);
    const QString css = styles.first()->text;
    EXPECT_TRUE(css.contains(QStringLiteral("\"IPAexGothic\", \"Noto Sans CJK JP\", sans-serif")));
    EXPECT_TRUE(css.contains(QStringLiteral("line-height: 1.7")));
    EXPECT_TRUE(css.contains(QStringLiteral("@media print")));
    EXPECT_TRUE(css.contains(QStringLiteral("display: table-header-group")));
    EXPECT_TRUE(css.contains(QStringLiteral("size: A4")));
    EXPECT_FALSE(css.contains(QStringLiteral("display: none")));
}

// axe-core, the accessibility rules engine, run in Chromium over the page:
// no violation of WCAG 2.0/2.1 A and AA.
TEST(DocumentHtmlWriter, PassesAxeCoreWcag21AA)
{
    if (const QString why = axeUnavailable(); !why.isEmpty())
        GTEST_SKIP() << why.toStdString();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("plan.html"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(planHtml());
    file.close();
    const AxeRun axe = runAxe(path);
    EXPECT_EQ(axe.exitCode, 0) << "violations: " << axe.violations.toStdString() << "\n" << axe.errors.toStdString();
}
