#include "views/document/DocumentOdtWriter.h"

#include "tests/support/ExternalTools.h"
#include "tests/support/TestSupport.h"
#include "views/document/DocumentMarks.h"
#include "views/document/DocumentObjects.h"

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KZip>
#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QUrl>
#include <QXmlStreamReader>

#include <functional>


// The plan document of DocumentHtmlWriterTest.cpp (cover, TOC, two
// chapters with headings, lists, two captioned tables, a picture, a
// Markdown chunk, a KPI chart and the roadmap) and its drawings.
const DocumentObjects &fakeDrawings();
void buildPlanDocument(QTextDocument *document);
// A numbered list 一, 二, interrupted by a paragraph, going on with 三.
void buildInterruptedList(QTextDocument *document);

namespace {

QByteArray planOdt()
{
    QTextDocument document;
    buildPlanDocument(&document);
    DocumentOdtWriter writer(document, &fakeDrawings());
    writer.setTitle(QStringLiteral("西之島町 DX推進計画"));
    writer.setAuthor(QStringLiteral("西之島町 企画課"));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    EXPECT_TRUE(writer.write(&buffer)) << writer.errorString().toStdString();
    EXPECT_TRUE(writer.errorString().isEmpty());
    return bytes;
}

// Every file in the package, by path.
QMap<QString, QByteArray> unpack(const QByteArray &odt)
{
    QMap<QString, QByteArray> files;
    QBuffer buffer;
    buffer.setData(odt);
    KZip zip(&buffer);
    EXPECT_TRUE(zip.open(QIODevice::ReadOnly)) << zip.errorString().toStdString();
    std::function<void(const KArchiveDirectory *, const QString &)> walk
        = [&](const KArchiveDirectory *directory, const QString &prefix) {
              for (const QString &name : directory->entries()) {
                  const KArchiveEntry *entry = directory->entry(name);
                  if (entry->isDirectory())
                      walk(static_cast<const KArchiveDirectory *>(entry),
                          prefix + name + QLatin1Char('/'));
                  else
                      files.insert(prefix + name, static_cast<const KArchiveFile *>(entry)->data());
              }
          };
    walk(zip.directory(), QString());
    return files;
}

// A part read back as a flat list of elements in document order, each with
// its attributes, its own text and its depth, enough to check structure.
struct Node {
    QString name; // qualified, as written: text:h
    QXmlStreamAttributes attributes;
    QString text; // all text inside, children's too
    int depth = 0;
    int parent = -1; // index in the list
    QString attribute(const QString &qualifiedName) const
    {
        for (const QXmlStreamAttribute &a : attributes) {
            if (a.qualifiedName() == qualifiedName)
                return a.value().toString();
        }
        return QString();
    }
};

QList<Node> nodes(const QByteArray &xml)
{
    QList<Node> list;
    QList<int> open;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            Node node;
            node.name = reader.qualifiedName().toString();
            node.attributes = reader.attributes();
            node.depth = open.size();
            node.parent = open.isEmpty() ? -1 : open.last();
            list.append(node);
            open.append(list.size() - 1);
        } else if (reader.isEndElement()) {
            open.removeLast();
        } else if (reader.isCharacters()) {
            for (int i : std::as_const(open))
                list[i].text += reader.text();
        }
    }
    EXPECT_FALSE(reader.hasError())
        << reader.errorString().toStdString() << " at line " << reader.lineNumber();
    return list;
}

QList<Node> named(const QList<Node> &list, const QString &name)
{
    QList<Node> found;
    for (const Node &node : list) {
        if (node.name == name)
            found.append(node);
    }
    return found;
}

// Whether node `index` lies inside an element named `ancestor`.
bool inside(const QList<Node> &list, int index, const QString &ancestor)
{
    for (int i = list.at(index).parent; i >= 0; i = list.at(i).parent) {
        if (list.at(i).name == ancestor)
            return true;
    }
    return false;
}

// The named style an automatic paragraph style stands for.
QString namedStyle(const QList<Node> &content, const QString &style)
{
    for (const Node &node : content) {
        if (node.name == QLatin1String("style:style")
            && node.attribute(QStringLiteral("style:name")) == style)
            return node.attribute(QStringLiteral("style:parent-style-name"));
    }
    return style;
}

quint16 le16(const QByteArray &bytes, int offset)
{
    return quint16(quint8(bytes.at(offset)) | (quint8(bytes.at(offset + 1)) << 8));
}

} // namespace

TEST(DocumentOdtWriter, MimetypeComesFirstStoredWithoutExtraField)
{
    const QByteArray odt = planOdt();
    const QByteArray mimeType("application/vnd.oasis.opendocument.text");
    ASSERT_GT(odt.size(), 30 + 8 + mimeType.size());
    EXPECT_TRUE(odt.startsWith("PK\x03\x04"));
    EXPECT_EQ(le16(odt, 8), 0) << "compression method: stored";
    EXPECT_EQ(le16(odt, 26), 8) << "name length";
    EXPECT_EQ(le16(odt, 28), 0) << "extra field length";
    EXPECT_EQ(odt.mid(30, 8), QByteArray("mimetype"));
    EXPECT_EQ(odt.mid(38, mimeType.size()), mimeType);
}

TEST(DocumentOdtWriter, ManifestListsEveryEntryWithItsMediaType)
{
    const QMap<QString, QByteArray> files = unpack(planOdt());
    ASSERT_TRUE(files.contains(QStringLiteral("META-INF/manifest.xml")));
    QMap<QString, QString> listed;
    for (const Node &entry : named(nodes(files.value(QStringLiteral("META-INF/manifest.xml"))),
             QStringLiteral("manifest:file-entry")))
        listed.insert(entry.attribute(QStringLiteral("manifest:full-path")),
            entry.attribute(QStringLiteral("manifest:media-type")));
    EXPECT_EQ(listed.value(QStringLiteral("/")),
        QStringLiteral("application/vnd.oasis.opendocument.text"));
    QStringList inZip = files.keys();
    inZip.removeAll(QStringLiteral("mimetype"));
    inZip.removeAll(QStringLiteral("META-INF/manifest.xml"));
    QStringList inManifest = listed.keys();
    inManifest.removeAll(QStringLiteral("/"));
    EXPECT_EQ(inManifest, inZip);
    EXPECT_TRUE(inZip.contains(QStringLiteral("content.xml")));
    EXPECT_TRUE(inZip.contains(QStringLiteral("styles.xml")));
    EXPECT_TRUE(inZip.contains(QStringLiteral("meta.xml")));
    int pictures = 0;
    for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("Pictures/"))) {
            ++pictures;
            EXPECT_EQ(it.value(), QStringLiteral("image/png")) << it.key().toStdString();
        }
    }
    EXPECT_EQ(pictures, 4); // two pictures, the KPI chart, the roadmap
}

TEST(DocumentOdtWriter, MetaSaysTitleLanguageAuthorAndGenerator)
{
    const QList<Node> meta = nodes(unpack(planOdt()).value(QStringLiteral("meta.xml")));
    auto text = [&](const QString &name) {
        const QList<Node> found = named(meta, name);
        return found.isEmpty() ? QString() : found.first().text;
    };
    EXPECT_EQ(text(QStringLiteral("dc:title")), QStringLiteral("西之島町 DX推進計画"));
    EXPECT_EQ(text(QStringLiteral("dc:language")), QStringLiteral("ja"));
    EXPECT_EQ(text(QStringLiteral("dc:creator")), QStringLiteral("西之島町 企画課"));
    EXPECT_EQ(text(QStringLiteral("meta:initial-creator")), QStringLiteral("西之島町 企画課"));
    EXPECT_TRUE(text(QStringLiteral("meta:generator")).startsWith(QLatin1String("DX Plan Studio")));
}

TEST(DocumentOdtWriter, StylesAreTheStandardNamesInJapaneseOnA4)
{
    const QList<Node> styles = nodes(unpack(planOdt()).value(QStringLiteral("styles.xml")));
    bool defaultStyle = false;
    for (const Node &node : named(styles, QStringLiteral("style:text-properties"))) {
        if (styles.at(node.parent).name != QLatin1String("style:default-style"))
            continue;
        defaultStyle = true;
        EXPECT_EQ(node.attribute(QStringLiteral("fo:language")), QStringLiteral("ja"));
        EXPECT_EQ(node.attribute(QStringLiteral("fo:country")), QStringLiteral("JP"));
        EXPECT_EQ(node.attribute(QStringLiteral("style:language-asian")), QStringLiteral("ja"));
        EXPECT_EQ(node.attribute(QStringLiteral("style:country-asian")), QStringLiteral("JP"));
        EXPECT_EQ(
            node.attribute(QStringLiteral("style:font-name-asian")), QStringLiteral("IPAexGothic"));
    }
    EXPECT_TRUE(defaultStyle);
    QMap<QString, Node> byName;
    for (const Node &node : named(styles, QStringLiteral("style:style")))
        byName.insert(node.attribute(QStringLiteral("style:name")), node);
    for (const char *name : { "Standard", "Text_20_body", "Heading", "Table_20_Heading",
             "Table_20_Contents", "Caption", "Title" })
        EXPECT_TRUE(byName.contains(QString::fromLatin1(name))) << name;
    for (int level = 1; level <= 4; ++level) {
        const Node heading = byName.value(QStringLiteral("Heading_20_%1").arg(level));
        EXPECT_EQ(heading.attribute(QStringLiteral("style:display-name")),
            QStringLiteral("Heading %1").arg(level));
        EXPECT_EQ(heading.attribute(QStringLiteral("style:default-outline-level")),
            QString::number(level));
        EXPECT_EQ(heading.attribute(QStringLiteral("style:parent-style-name")),
            QStringLiteral("Heading"));
    }
    const QList<Node> layout = named(styles, QStringLiteral("style:page-layout-properties"));
    ASSERT_EQ(layout.size(), 1);
    EXPECT_EQ(layout.first().attribute(QStringLiteral("fo:page-width")), QStringLiteral("21cm"));
    EXPECT_EQ(layout.first().attribute(QStringLiteral("fo:page-height")), QStringLiteral("29.7cm"));
    EXPECT_EQ(layout.first().attribute(QStringLiteral("style:print-orientation")),
        QStringLiteral("portrait"));
    ASSERT_EQ(named(styles, QStringLiteral("style:master-page")).size(), 1);
}

TEST(DocumentOdtWriter, HeadingsAreOutlinedHeadingParagraphs)
{
    const QList<Node> content = nodes(unpack(planOdt()).value(QStringLiteral("content.xml")));
    QStringList outline;
    for (const Node &h : named(content, QStringLiteral("text:h")))
        outline.append(
            QStringLiteral("%1 %2 %3")
                .arg(h.attribute(QStringLiteral("text:outline-level")),
                    namedStyle(content, h.attribute(QStringLiteral("text:style-name"))), h.text));
    EXPECT_EQ(outline,
        QStringList({ QStringLiteral("1 Heading_20_1 第1章 計画の概要"),
            QStringLiteral("2 Heading_20_2 1 計画策定の趣旨"),
            QStringLiteral("1 Heading_20_1 第2章 取組"),
            QStringLiteral("2 Heading_20_2 取組の方向性") }));
    // A chapter starts a page: its automatic style breaks before it.
    const QString chapterStyle = named(content, QStringLiteral("text:h"))
                                     .first()
                                     .attribute(QStringLiteral("text:style-name"));
    bool breaks = false;
    for (const Node &node : named(content, QStringLiteral("style:paragraph-properties"))) {
        if (content.at(node.parent).attribute(QStringLiteral("style:name")) == chapterStyle)
            breaks = node.attribute(QStringLiteral("fo:break-before")) == QLatin1String("page");
    }
    EXPECT_TRUE(breaks);
    // The cover title is a Title paragraph, not a heading.
    bool title = false;
    for (const Node &p : named(content, QStringLiteral("text:p")))
        title = title
            || (p.text == QStringLiteral("西之島町 DX推進計画")
                && namedStyle(content, p.attribute(QStringLiteral("text:style-name")))
                    == QLatin1String("Title"));
    EXPECT_TRUE(title);
}

TEST(DocumentOdtWriter, TablesHaveColumnsRepeatedHeaderRowsAndStringCells)
{
    const QList<Node> content = nodes(unpack(planOdt()).value(QStringLiteral("content.xml")));
    QList<int> tables;
    for (int i = 0; i < content.size(); ++i) {
        if (content.at(i).name == QLatin1String("table:table"))
            tables.append(i);
    }
    ASSERT_EQ(tables.size(), 2);
    QStringList captions;
    for (int t : tables) {
        // The caption paragraph right before the table, kept with it.
        int previous = t - 1;
        while (previous >= 0 && content.at(previous).depth > content.at(t).depth)
            --previous;
        ASSERT_GE(previous, 0);
        EXPECT_EQ(content.at(previous).name, QStringLiteral("text:p"));
        EXPECT_EQ(
            namedStyle(content, content.at(previous).attribute(QStringLiteral("text:style-name"))),
            QStringLiteral("Caption"));
        captions.append(content.at(previous).text);
        QStringList children;
        QStringList header;
        QStringList body;
        for (int i = t + 1; i < content.size() && content.at(i).depth > content.at(t).depth; ++i) {
            const Node &node = content.at(i);
            if (node.parent == t)
                children.append(node.name);
            if (node.name == QLatin1String("table:table-cell")) {
                EXPECT_EQ(
                    node.attribute(QStringLiteral("office:value-type")), QStringLiteral("string"));
                (inside(content, i, QStringLiteral("table:table-header-rows")) ? header : body)
                    .append(node.text);
            }
        }
        EXPECT_EQ(children,
            QStringList({ QStringLiteral("table:table-columns"),
                QStringLiteral("table:table-header-rows"), QStringLiteral("table:table-rows") }));
        if (captions.size() == 1) {
            EXPECT_EQ(header,
                QStringList({ QStringLiteral("組織"), QStringLiteral("役割"),
                    QStringLiteral("令和7年度") }));
            EXPECT_EQ(body.size(), 6);
        } else {
            EXPECT_EQ(header,
                QStringList({ QStringLiteral("指標"), QStringLiteral("令和7年度"),
                    QStringLiteral("令和11年度") }));
            EXPECT_EQ(body,
                QStringList({ QStringLiteral("オンライン申請率"), QStringLiteral("30%"),
                    QStringLiteral("80%"), QStringLiteral("窓口の待ち時間"), QStringLiteral("20分"),
                    QStringLiteral("5分") }));
        }
    }
    EXPECT_EQ(
        captions, QStringList({ QStringLiteral("表1 推進体制"), QStringLiteral("表2 指標") }));
}

TEST(DocumentOdtWriter, ListsNestInsideTheirItems)
{
    const QList<Node> content = nodes(unpack(planOdt()).value(QStringLiteral("content.xml")));
    QStringList items;
    for (int i = 0; i < content.size(); ++i) {
        if (content.at(i).name != QLatin1String("text:list-item"))
            continue;
        int depth = 0;
        for (int p = content.at(i).parent; p >= 0; p = content.at(p).parent)
            depth += content.at(p).name == QLatin1String("text:list") ? 1 : 0;
        // The item's own paragraph, the first child.
        items.append(QStringLiteral("%1 %2").arg(depth).arg(content.at(i + 1).text));
    }
    EXPECT_EQ(items,
        QStringList({ QStringLiteral("1 窓口のデジタル化"), QStringLiteral("2 書かない窓口"),
            QStringLiteral("2 行かない窓口"), QStringLiteral("1 庁内業務の効率化"),
            QStringLiteral("1 申請のオンライン化"), QStringLiteral("1 庁内の標準化"),
            QStringLiteral("2 基幹業務システム") }));
    // Bullets for the first list, numbers for the Markdown one (bullets below).
    const QList<Node> lists = named(content, QStringLiteral("text:list-style"));
    ASSERT_EQ(lists.size(), 2);
    QStringList kinds;
    for (int i = 0; i < content.size(); ++i) {
        const Node &node = content.at(i);
        if ((node.name == QLatin1String("text:list-level-style-bullet")
                || node.name == QLatin1String("text:list-level-style-number"))
            && node.attribute(QStringLiteral("text:level")).toInt() <= 2)
            kinds.append(node.name.mid(22)); // after "text:list-level-style-"
    }
    EXPECT_EQ(kinds,
        QStringList({ QStringLiteral("bullet"), QStringLiteral("bullet"), QStringLiteral("number"),
            QStringLiteral("bullet") }));
}

TEST(DocumentOdtWriter, NumberingGoesOnAfterAnInterruption)
{
    QTextDocument document;
    buildInterruptedList(&document);
    DocumentOdtWriter writer(document, nullptr);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ASSERT_TRUE(writer.write(&buffer)) << writer.errorString().toStdString();
    const QList<Node> content = nodes(unpack(buffer.data()).value(QStringLiteral("content.xml")));
    QStringList items;
    for (const Node &item : named(content, QStringLiteral("text:list-item")))
        items.append(item.attribute(QStringLiteral("text:start-value")) + item.text);
    EXPECT_EQ(
        items, QStringList({ QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("3三") }));
    EXPECT_EQ(named(content, QStringLiteral("text:list")).size(), 2);
}

TEST(DocumentOdtWriter, PicturesAndDrawingsAreEmbeddedWithAltText)
{
    const QMap<QString, QByteArray> files = unpack(planOdt());
    const QList<Node> content = nodes(files.value(QStringLiteral("content.xml")));
    QStringList titles;
    QList<QImage> images;
    for (int i = 0; i < content.size(); ++i) {
        if (content.at(i).name != QLatin1String("draw:frame"))
            continue;
        const Node &frame = content.at(i);
        EXPECT_EQ(frame.attribute(QStringLiteral("text:anchor-type")), QStringLiteral("as-char"));
        const double width = frame.attribute(QStringLiteral("svg:width")).chopped(2).toDouble();
        EXPECT_GT(width, 0);
        EXPECT_LE(width, 17.0); // fits between the margins
        const Node &image = content.at(i + 1);
        ASSERT_EQ(image.name, QStringLiteral("draw:image"));
        const QString href = image.attribute(QStringLiteral("xlink:href"));
        ASSERT_TRUE(files.contains(href)) << href.toStdString();
        images.append(QImage::fromData(files.value(href)));
        EXPECT_FALSE(images.last().isNull()) << href.toStdString();
        QString title;
        for (int c = i + 1; c < content.size() && content.at(c).depth > frame.depth; ++c) {
            if (content.at(c).name == QLatin1String("svg:title"))
                title = content.at(c).text;
        }
        titles.append(title);
    }
    EXPECT_EQ(titles,
        QStringList(
            { QStringLiteral("推進体制図：本部の下に各課を置く"), QStringLiteral("窓口の様子"),
                QStringLiteral("オンライン申請率の推移：令和7年度30%、令和11年度80%"),
                QStringLiteral("ロードマップ：令和7年度から令和11年度までの取組の予定") }));
    ASSERT_EQ(images.size(), 4);
    EXPECT_EQ(images.at(0).size(), QSize(240, 120)); // the original PNG
    // Drawings at 200 dpi: 320 x 180 pt and 900 x 420 pt.
    EXPECT_EQ(images.at(2).size(), QSize(889, 500));
    EXPECT_EQ(images.at(3).size(), QSize(2500, 1167));
    EXPECT_EQ(qRound(images.at(3).dotsPerMeterX() * 0.0254), 200);
    // Painted: the box is tinted, not blank.
    EXPECT_EQ(images.at(2).pixelColor(20, 20), QColor(0xdd, 0xe8, 0xf5));
}

TEST(DocumentOdtWriter, SvgFiguresArePngRenderingsAndJpegsStayJpegs)
{
    QTextDocument document;
    QTextCursor cursor(&document);
    const QByteArray svg("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"144\" height=\"72\">"
                         "<rect width=\"144\" height=\"72\" fill=\"#1f4e79\"/></svg>");
    QTextImageFormat vector;
    vector.setName(QStringLiteral("dxplan-figure:svg"));
    vector.setWidth(144); // points
    vector.setHeight(72);
    vector.setProperty(DocumentMarks::ImageData, svg);
    vector.setProperty(DocumentMarks::ImageMediaType, QStringLiteral("image/svg+xml"));
    vector.setProperty(DocumentMarks::AltText, QStringLiteral("概念図"));
    cursor.insertImage(vector);
    QImage photo(64, 32, QImage::Format_RGB32);
    photo.fill(Qt::gray);
    QByteArray jpeg;
    QBuffer jpegBuffer(&jpeg);
    jpegBuffer.open(QIODevice::WriteOnly);
    photo.save(&jpegBuffer, "JPEG");
    QTextImageFormat picture;
    picture.setName(QStringLiteral("dxplan-figure:jpeg"));
    picture.setProperty(DocumentMarks::ImageData, jpeg);
    picture.setProperty(DocumentMarks::ImageMediaType, QStringLiteral("image/jpeg"));
    cursor.insertBlock();
    cursor.insertImage(picture);

    DocumentOdtWriter writer(document, nullptr);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ASSERT_TRUE(writer.write(&buffer)) << writer.errorString().toStdString();
    const QMap<QString, QByteArray> files = unpack(buffer.data());
    ASSERT_TRUE(files.contains(QStringLiteral("Pictures/figure1.png")));
    const QImage rendered = QImage::fromData(files.value(QStringLiteral("Pictures/figure1.png")));
    EXPECT_EQ(rendered.size(), QSize(400, 200)); // 2 x 1 inches at 200 dpi
    EXPECT_EQ(rendered.pixelColor(200, 100), QColor(0x1f, 0x4e, 0x79));
    EXPECT_EQ(files.value(QStringLiteral("Pictures/figure2.jpg")), jpeg);
    QMap<QString, QString> listed;
    for (const Node &entry : named(nodes(files.value(QStringLiteral("META-INF/manifest.xml"))),
             QStringLiteral("manifest:file-entry")))
        listed.insert(entry.attribute(QStringLiteral("manifest:full-path")),
            entry.attribute(QStringLiteral("manifest:media-type")));
    EXPECT_EQ(listed.value(QStringLiteral("Pictures/figure1.png")), QStringLiteral("image/png"));
    EXPECT_EQ(listed.value(QStringLiteral("Pictures/figure2.jpg")), QStringLiteral("image/jpeg"));
    const QList<Node> frames
        = named(nodes(files.value(QStringLiteral("content.xml"))), QStringLiteral("draw:frame"));
    ASSERT_EQ(frames.size(), 2);
    EXPECT_EQ(frames.at(0).attribute(QStringLiteral("svg:width")), QStringLiteral("5.080cm"));
    // A JPEG without a size in the document: its pixels at 96 dpi.
    EXPECT_NEAR(
        frames.at(1).attribute(QStringLiteral("svg:width")).chopped(2).toDouble(), 1.693, 0.002);
}

TEST(DocumentOdtWriter, LinksGoToBookmarksAndTheWeb)
{
    const QList<Node> content = nodes(unpack(planOdt()).value(QStringLiteral("content.xml")));
    QStringList links;
    for (const Node &a : named(content, QStringLiteral("text:a")))
        links.append(a.attribute(QStringLiteral("xlink:href")));
    EXPECT_EQ(links,
        QStringList({ QStringLiteral("#ch1"), QStringLiteral("#ch2"),
            QStringLiteral("https://example.jp/dx"), QStringLiteral("#note-1") }));
    QStringList bookmarks;
    for (const Node &b : named(content, QStringLiteral("text:bookmark")))
        bookmarks.append(b.attribute(QStringLiteral("text:name")));
    EXPECT_EQ(bookmarks,
        QStringList({ QStringLiteral("ch1"), QStringLiteral("sec-1-1"), QStringLiteral("ch2"),
            QStringLiteral("note-1") }));
    // Emphasis through automatic text styles that say bold for Japanese too.
    bool asianBold = false;
    for (const Node &node : named(content, QStringLiteral("style:text-properties")))
        asianBold = asianBold
            || node.attribute(QStringLiteral("style:font-weight-asian")) == QLatin1String("bold");
    EXPECT_TRUE(asianBold);
}

TEST(DocumentOdtWriter, SpacesAndBreaksSurviveOdfWhitespaceRules)
{
    QTextDocument document;
    QTextCursor cursor(&document);
    cursor.insertText(
        QStringLiteral("  前  後\t表") + QChar(QChar::LineSeparator) + QStringLiteral("次の行"));
    DocumentOdtWriter writer(document, nullptr);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ASSERT_TRUE(writer.write(&buffer)) << writer.errorString().toStdString();
    const QByteArray content = unpack(buffer.data()).value(QStringLiteral("content.xml"));
    EXPECT_TRUE(content.contains(
        QStringLiteral("<text:s text:c=\"2\"/>前 <text:s/>後<text:tab/>表<text:line-break/>次の行")
            .toUtf8()))
        << content.toStdString();
}

TEST(DocumentOdtWriter, FailsWithAClearMessageWhenTheOutputTakesNothing)
{
    QTextDocument document;
    document.setPlainText(QStringLiteral("本文"));
    DocumentOdtWriter writer(document, nullptr);
    QBuffer closed;
    EXPECT_FALSE(writer.write(&closed));
    EXPECT_FALSE(writer.errorString().isEmpty());
    QByteArray bytes("read only");
    QBuffer readOnly(&bytes);
    readOnly.open(QIODevice::ReadOnly);
    EXPECT_FALSE(writer.write(&readOnly));
    EXPECT_FALSE(writer.errorString().isEmpty());
    EXPECT_EQ(bytes, QByteArray("read only"));
    QBuffer fine;
    fine.open(QIODevice::WriteOnly);
    EXPECT_TRUE(writer.write(&fine));
    EXPECT_TRUE(writer.errorString().isEmpty());
}

// LibreOffice Writer opens the package as a text document: converted to
// PDF, its text has the headings and the tables' cells, in order.
TEST(DocumentOdtWriter, LibreOfficeRendersHeadingsAndTablesInOrder)
{
    if (const QString why = libreOfficeUnavailable(); !why.isEmpty())
        GTEST_SKIP() << why.toStdString();
    if (!havePdfToText())
        GTEST_SKIP() << "pdftotext is not installed";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString odt = dir.filePath(QStringLiteral("plan.odt"));
    {
        QFile file(odt);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(planOdt());
    }
    QString log;
    ASSERT_FALSE(convertWithLibreOffice(odt, QStringLiteral("pdf"), dir.path(), &log).isEmpty()) << log.toStdString();
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    ASSERT_TRUE(QFile::exists(pdf)) << log.toStdString();
    // pdftotext puts line breaks and spaces where the layout has them.
    QString text = pdfText(pdf);
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    qsizetype at = 0;
    for (const char *expected : { "西之島町DX推進計画", "第1章計画の概要", "1計画策定の趣旨",
             "「書かない窓口」・「行かない窓口」", "窓口のデジタル化", "表1推進体制", "組織",
             "役割", "DX推進本部", "全体の統括", "情報政策課", "システム標準化", "図1推進体制",
             "第2章取組", "取組の方向性", "表2指標", "オンライン申請率", "30%", "80%",
             "窓口の待ち時間", "図2オンライン申請率の推移", "※1デジタル庁の資料による。" }) {
        const qsizetype found = text.indexOf(QString::fromUtf8(expected), at);
        EXPECT_GE(found, 0) << "not found after position " << at << ": " << expected;
        if (found >= 0)
            at = found + 1;
    }
    // Pages: cover, TOC, chapter 1, chapter 2, the roadmap alone, the note.
    EXPECT_GE(pdfPages(pdf).size(), 5);
}
