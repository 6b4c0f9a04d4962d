#include "views/document/DocumentHtmlWriter.h"

#include "views/document/DocumentMarks.h"
#include "views/document/DocumentObjects.h"
#include "views/document/DocumentWalker.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QSet>
#include <QSvgGenerator>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>
#include <QUrl>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <cmath>

using DocumentMarks::BlockRole;

namespace {

// The embedded stylesheet. It holds no '<' or '&', so the file stays
// well-formed XML as well as HTML (tests read it with QXmlStreamReader).
// Colours: text #1a1a1a and links #0645ad on white are above 7:1; header
// cells #e7edf5 under #1a1a1a are above 14:1 (WCAG AA asks 4.5:1);
// changes #c00000 are above 6:1 on white and 5:1 on a changed cell's yellow.
const char *const styleSheet = R"css(
:root { color: #1a1a1a; background: #ffffff; }
body { margin: 0 auto; max-width: 50em; padding: 1.5em;
  font-family: "IPAexGothic", "Noto Sans CJK JP", sans-serif; line-height: 1.7; }
h1, h2, h3, h4, h5, h6 { line-height: 1.4; margin: 1.6em 0 0.6em; }
h1 { font-size: 1.9em; text-align: center; }
h2 { font-size: 1.5em; border-bottom: 2px solid #1f4e79; padding-bottom: 0.2em; }
h3 { font-size: 1.25em; }
h4 { font-size: 1.1em; }
p { margin: 0.6em 0; }
.cover { text-align: center; }
a { color: #0645ad; }
a:visited { color: #5a2d91; }
a:focus { outline: 2px solid #1f4e79; outline-offset: 2px; }
table { border-collapse: collapse; margin: 1em 0; }
caption { caption-side: top; font-weight: bold; text-align: left; padding: 0.3em 0; }
th, td { border: 1px solid #595959; padding: 0.3em 0.6em; vertical-align: top; text-align: left; }
thead th { background: #e7edf5; }
ins { color: #c00000; text-decoration: underline; }
del { color: #c00000; text-decoration: line-through; }
td.changed { background: #fff299; }
figure { margin: 1.2em 0; }
figcaption { font-weight: bold; margin-top: 0.4em; }
img, svg { max-width: 100%; height: auto; }
.caption { font-weight: bold; }
.note { font-size: 0.9em; }
nav ul { list-style: none; padding-left: 0; }
blockquote { margin: 1em 0; padding-left: 1em; border-left: 4px solid #767676; }
@page { size: A4 portrait; margin: 20mm 18mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  a, a:visited { color: #1a1a1a; }
  thead { display: table-header-group; }
  tr, figure, img, svg { page-break-inside: avoid; break-inside: avoid; }
  h1, h2, h3, h4, h5, h6, caption, figcaption { page-break-after: avoid; break-after: avoid; }
  .break-before { page-break-before: always; break-before: page; }
  .break-after { page-break-after: always; break-after: page; }
}
)css";


bool isObject(const QTextFormat &format) { return format.objectType() >= QTextFormat::UserObject; }


class HtmlWalker : public DocumentWalker {
public:
    HtmlWalker(const QTextDocument &document, const DocumentObjects *objects, QBuffer *out)
        : DocumentWalker(document)
        , m_document(document)
        , m_objects(objects)
        , m_out(out)
        , m_xml(out)
    {
    }

    // Writes the whole file. `title` is the <title>; `fallbackHeading` the
    // <h1> when the document has no DocumentTitle block.
    void write(const QString &language, const QString &title, const QString &fallbackHeading)
    {
        m_xml.writeDTD(QStringLiteral("<!DOCTYPE html>"));
        newline();
        m_xml.writeStartElement(QStringLiteral("html"));
        m_xml.writeAttribute(QStringLiteral("lang"), language);
        newline();
        m_xml.writeStartElement(QStringLiteral("head"));
        newline();
        m_xml.writeEmptyElement(QStringLiteral("meta"));
        m_xml.writeAttribute(QStringLiteral("charset"), QStringLiteral("utf-8"));
        newline();
        m_xml.writeEmptyElement(QStringLiteral("meta"));
        m_xml.writeAttribute(QStringLiteral("name"), QStringLiteral("viewport"));
        m_xml.writeAttribute(
            QStringLiteral("content"), QStringLiteral("width=device-width, initial-scale=1"));
        newline();
        m_xml.writeEmptyElement(QStringLiteral("meta"));
        m_xml.writeAttribute(QStringLiteral("name"), QStringLiteral("generator"));
        m_xml.writeAttribute(QStringLiteral("content"), QStringLiteral("DX Plan Studio"));
        newline();
        m_xml.writeTextElement(QStringLiteral("title"), cleanText(title));
        newline();
        m_xml.writeStartElement(QStringLiteral("style"));
        writeRaw(QString::fromUtf8(styleSheet));
        m_xml.writeEndElement(); // style
        newline();
        m_xml.writeEndElement(); // head
        newline();
        m_xml.writeStartElement(QStringLiteral("body"));
        newline();
        m_xml.writeStartElement(QStringLiteral("main"));
        newline();
        if (!fallbackHeading.isEmpty()) {
            m_xml.writeTextElement(QStringLiteral("h1"), cleanText(fallbackHeading));
            newline();
            m_titleWritten = true;
        }
        walk();
        closeToc();
        m_xml.writeEndElement(); // main
        newline();
        m_xml.writeEndElement(); // body
        newline();
        m_xml.writeEndElement(); // html
        newline();
    }

protected:
    void heading(const QTextBlock &block, int level) override
    {
        closeToc();
        startBlockElement(QStringLiteral("h%1").arg(qMin(level + 1, 6)), block);
        m_boldAlready = true;
        inlineContent(block);
        m_boldAlready = false;
        endBlockElement();
    }

    void paragraph(const QTextBlock &block) override
    {
        const QTextBlockFormat format = block.blockFormat();
        const BlockRole role = DocumentMarks::roleOf(format);
        if (role == BlockRole::TocEntry) {
            openToc();
            startBlockElement(QStringLiteral("li"), block);
            inlineContent(block);
            endBlockElement();
            return;
        }
        closeToc();
        if (format.hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth)) {
            m_xml.writeEmptyElement(QStringLiteral("hr"));
            newline();
            return;
        }
        if (isEmpty(block))
            return; // spacing lines of the PDF say nothing here
        if (role == BlockRole::DocumentTitle && !m_titleWritten) {
            m_titleWritten = true;
            startBlockElement(QStringLiteral("h1"), block);
            m_boldAlready = true;
            inlineContent(block);
            m_boldAlready = false;
            endBlockElement();
            return;
        }
        QString cssClass;
        switch (role) {
        case BlockRole::DocumentTitle:
        case BlockRole::CoverLine:
            cssClass = QStringLiteral("cover");
            break;
        case BlockRole::TableCaption:
        case BlockRole::FigureCaption:
            cssClass = QStringLiteral("caption");
            break;
        case BlockRole::Note:
            cssClass = QStringLiteral("note");
            break;
        default:
            break;
        }
        const bool quote = format.intProperty(QTextFormat::BlockQuoteLevel) > 0;
        if (quote)
            m_xml.writeStartElement(QStringLiteral("blockquote"));
        startBlockElement(QStringLiteral("p"), block, cssClass);
        inlineContent(block);
        endBlockElement();
        if (quote) {
            m_xml.writeEndElement();
            newline();
        }
    }

    void figure(const QTextBlock &block, const QTextBlock &caption) override
    {
        closeToc();
        startBlockElement(QStringLiteral("figure"), block);
        inlineContent(block);
        if (caption.isValid()) {
            startBlockElement(QStringLiteral("figcaption"), caption);
            inlineContent(caption);
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement(); // figure
        newline();
        flushAlternatives();
    }

    void table(const QTextTable &table, const QTextBlock &caption) override
    {
        closeToc();
        m_xml.writeStartElement(QStringLiteral("table"));
        const QTextFrameFormat frameFormat = table.frameFormat();
        addBreakClass(frameFormat.pageBreakPolicy(), QString());
        newline();
        if (caption.isValid()) {
            startBlockElement(QStringLiteral("caption"), caption);
            inlineContent(caption);
            endBlockElement();
        }
        const int headerRows = qBound(0, table.format().headerRowCount(), table.rows());
        if (headerRows > 0) {
            m_xml.writeStartElement(QStringLiteral("thead"));
            newline();
            for (int row = 0; row < headerRows; ++row)
                tableRow(table, row, true);
            m_xml.writeEndElement();
            newline();
        }
        if (headerRows < table.rows()) {
            m_xml.writeStartElement(QStringLiteral("tbody"));
            newline();
            for (int row = headerRows; row < table.rows(); ++row)
                tableRow(table, row, false);
            m_xml.writeEndElement();
            newline();
        }
        m_xml.writeEndElement(); // table
        newline();
    }

    void beginList(const QTextList &list, int start) override
    {
        closeToc();
        const QTextListFormat::Style style = list.format().style();
        const bool ordered = style <= QTextListFormat::ListDecimal;
        m_xml.writeStartElement(ordered ? QStringLiteral("ol") : QStringLiteral("ul"));
        switch (style) {
        case QTextListFormat::ListLowerAlpha:
            m_xml.writeAttribute(QStringLiteral("type"), QStringLiteral("a"));
            break;
        case QTextListFormat::ListUpperAlpha:
            m_xml.writeAttribute(QStringLiteral("type"), QStringLiteral("A"));
            break;
        case QTextListFormat::ListLowerRoman:
            m_xml.writeAttribute(QStringLiteral("type"), QStringLiteral("i"));
            break;
        case QTextListFormat::ListUpperRoman:
            m_xml.writeAttribute(QStringLiteral("type"), QStringLiteral("I"));
            break;
        default:
            break;
        }
        if (ordered && start != 1)
            m_xml.writeAttribute(QStringLiteral("start"), QString::number(start));
        newline();
    }

    void endList() override
    {
        m_xml.writeEndElement();
        newline();
    }

    void beginListItem(const QTextBlock &block) override
    {
        startBlockElement(QStringLiteral("li"), block);
        inlineContent(block);
        flushAlternatives();
    }

    void endListItem() override
    {
        m_xml.writeEndElement();
        newline();
    }

private:
    static bool isEmpty(const QTextBlock &block)
    {
        if (!blockText(block).isEmpty())
            return false;
        for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.anchorNames().isEmpty() || format.isImageFormat() || isObject(format))
                return false;
        }
        return true;
    }

    void newline() { m_xml.writeCharacters(QStringLiteral("\n")); }

    // Bytes the writer cannot make (the stylesheet, a drawing's text
    // alternative, which is HTML already). An empty text first closes a
    // pending start tag; the writer writes straight through to m_out.
    void writeRaw(const QString &text)
    {
        m_xml.writeCharacters(QString());
        m_out->write(text.toUtf8());
    }

    // An id not used yet in this file: ids must be unique for links and
    // for aria-labelledby.
    QString uniqueId(const QString &wanted)
    {
        QString id = wanted;
        for (int n = 2; m_ids.contains(id); ++n)
            id = wanted + QLatin1Char('-') + QString::number(n);
        m_ids.insert(id);
        return id;
    }

    void addBreakClass(QTextFormat::PageBreakFlags policy, const QString &cssClass)
    {
        QStringList classes;
        if (!cssClass.isEmpty())
            classes.append(cssClass);
        if (policy & QTextFormat::PageBreak_AlwaysBefore)
            classes.append(QStringLiteral("break-before"));
        if (policy & QTextFormat::PageBreak_AlwaysAfter)
            classes.append(QStringLiteral("break-after"));
        if (!classes.isEmpty())
            m_xml.writeAttribute(QStringLiteral("class"), classes.join(QLatin1Char(' ')));
    }

    // Opens `tag` for the block: its first anchor becomes the element's id
    // (a heading's "#name" link lands on the heading itself).
    void startBlockElement(
        const QString &tag, const QTextBlock &block, const QString &cssClass = QString())
    {
        m_xml.writeStartElement(tag);
        const QTextBlock::iterator first = block.begin();
        if (!first.atEnd()) {
            const QStringList names = first.fragment().charFormat().anchorNames();
            if (!names.isEmpty() && !m_ids.contains(names.first())) {
                m_ids.insert(names.first());
                m_xml.writeAttribute(QStringLiteral("id"), names.first());
            }
        }
        addBreakClass(block.blockFormat().pageBreakPolicy(), cssClass);
    }

    void endBlockElement()
    {
        m_xml.writeEndElement();
        newline();
        flushAlternatives();
    }

    // The block's text with its emphasis, links, anchors, pictures and
    // drawings.
    void inlineContent(const QTextBlock &block)
    {
        QString openHref;
        for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            // A link is a non-empty href (whether or not setAnchor(true) was said).
            const QString href = format.anchorHref();
            if (href != openHref && !openHref.isEmpty())
                m_xml.writeEndElement(); // a
            for (const QString &name : format.anchorNames()) {
                if (m_ids.contains(name))
                    continue; // the block element's own id, or a name met before
                m_ids.insert(name);
                m_xml.writeStartElement(QStringLiteral("span"));
                m_xml.writeAttribute(QStringLiteral("id"), name);
                m_xml.writeCharacters(QString());
                m_xml.writeEndElement();
            }
            if (href != openHref && !href.isEmpty()) {
                m_xml.writeStartElement(QStringLiteral("a"));
                m_xml.writeAttribute(QStringLiteral("href"), href);
            }
            openHref = href;
            if (format.isImageFormat()) {
                for (int i = 0; i < fragment.length(); ++i)
                    image(format.toImageFormat());
            } else if (isObject(format)) {
                for (int i = 0; i < fragment.length(); ++i)
                    drawing(format);
            } else {
                styledText(fragment.text(), format);
            }
        }
        if (!openHref.isEmpty())
            m_xml.writeEndElement(); // a
    }

    void styledText(const QString &text, const QTextCharFormat &format)
    {
        QStringList tags;
        // Headings and header cells are bold by what they are (Markdown's
        // importer makes their text bold as well: <strong> adds nothing).
        if (format.fontWeight() >= QFont::DemiBold && !m_boldAlready)
            tags.append(QStringLiteral("strong"));
        if (format.fontItalic())
            tags.append(QStringLiteral("em"));
        // A comparison's changes are what they mean (<ins>, <del>), which
        // screen readers announce; their red and lines come from the style.
        const DocumentMarks::TextChange change = DocumentMarks::textChangeOf(format);
        if (change == DocumentMarks::TextChange::Added)
            tags.append(QStringLiteral("ins"));
        else if (change == DocumentMarks::TextChange::Removed)
            tags.append(QStringLiteral("del"));
        else if (format.fontStrikeOut())
            tags.append(QStringLiteral("s"));
        if (format.verticalAlignment() == QTextCharFormat::AlignSuperScript)
            tags.append(QStringLiteral("sup"));
        else if (format.verticalAlignment() == QTextCharFormat::AlignSubScript)
            tags.append(QStringLiteral("sub"));
        if (format.fontFixedPitch())
            tags.append(QStringLiteral("code"));
        for (const QString &tag : std::as_const(tags))
            m_xml.writeStartElement(tag);
        // Line breaks inside a paragraph (Shift+Enter, Markdown's hard
        // break) are U+2028 in a QTextDocument.
        const QStringList lines = cleanText(text).split(QChar::LineSeparator);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                m_xml.writeEmptyElement(QStringLiteral("br"));
            QString line = lines.at(i);
            line.remove(QChar::ObjectReplacementCharacter);
            m_xml.writeCharacters(line);
        }
        for (qsizetype i = 0; i < tags.size(); ++i)
            m_xml.writeEndElement();
    }

    static QString altTextOf(const QTextFormat &format)
    {
        QString alt = format.stringProperty(DocumentMarks::AltText);
        if (alt.isEmpty())
            alt = format.stringProperty(QTextFormat::ImageAltText); // Markdown's ![alt](…)
        return cleanText(alt);
    }

    // A picture as a data: URI: the figure's original file where the
    // builder kept it, else the document's image encoded as PNG.
    void image(const QTextImageFormat &format)
    {
        const QString alt = altTextOf(format);
        QByteArray data = format.property(DocumentMarks::ImageData).toByteArray();
        QString mediaType = format.stringProperty(DocumentMarks::ImageMediaType);
        static const QStringList embeddable = { QStringLiteral("image/png"),
            QStringLiteral("image/jpeg"), QStringLiteral("image/svg+xml") };
        QSize pixels;
        if (data.isEmpty() || !embeddable.contains(mediaType)) {
            const QImage picture = resourceImage(format.name());
            if (picture.isNull()) {
                // Nothing to show: the alternative text stands in.
                m_xml.writeCharacters(alt);
                return;
            }
            QBuffer png(&data);
            png.open(QIODevice::WriteOnly);
            picture.save(&png, "PNG");
            mediaType = QStringLiteral("image/png");
            pixels = picture.size();
        }
        m_xml.writeEmptyElement(QStringLiteral("img"));
        m_xml.writeAttribute(QStringLiteral("src"),
            QStringLiteral("data:%1;base64,%2")
                .arg(mediaType, QString::fromLatin1(data.toBase64())));
        m_xml.writeAttribute(QStringLiteral("alt"), alt);
        const QSizeF size = format.width() > 0 && format.height() > 0
            ? QSizeF(format.width(), format.height())
            : QSizeF(pixels);
        if (!size.isEmpty()) {
            m_xml.writeAttribute(QStringLiteral("width"), QString::number(qRound(size.width())));
            m_xml.writeAttribute(QStringLiteral("height"), QString::number(qRound(size.height())));
        }
    }

    QImage resourceImage(const QString &name) const
    {
        const QVariant resource = m_document.resource(QTextDocument::ImageResource, QUrl(name));
        if (resource.canConvert<QImage>())
            return resource.value<QImage>();
        if (resource.typeId() == QMetaType::QByteArray)
            return QImage::fromData(resource.toByteArray());
        return QImage();
    }

    // A generated drawing as inline SVG, painted by DocumentObjects, named
    // for assistive technology by a <title> inside it.
    void drawing(const QTextFormat &format)
    {
        QString alt = m_objects ? cleanText(m_objects->altText(format)) : QString();
        if (alt.isEmpty())
            alt = altTextOf(format);
        if (!m_objects) {
            m_xml.writeCharacters(alt);
            return;
        }
        const QSizeF size = m_objects->size(format);
        QBuffer svg;
        svg.open(QIODevice::WriteOnly);
        {
            QSvgGenerator generator;
            generator.setOutputDevice(&svg);
            generator.setResolution(72); // one SVG unit is one point, as the drawing is measured
            generator.setSize(QSize(int(std::ceil(size.width())), int(std::ceil(size.height()))));
            generator.setViewBox(QRectF(QPointF(0, 0), size));
            QPainter painter(&generator);
            m_objects->paint(&painter, QRectF(QPointF(0, 0), size), format);
        }
        ++m_drawings;
        copySvg(svg.data(), QStringLiteral("dxplan-drawing-%1").arg(m_drawings), alt, size);
        const QString alternative = m_objects->textAlternativeHtml(format);
        if (!alternative.trimmed().isEmpty())
            m_alternatives.append(alternative);
    }

    // Copies the generator's SVG into the page: without its XML
    // declaration, title and description, with role="img" and a <title>
    // holding the alternative text, and with every id (and reference to
    // one) prefixed so that two drawings never share an id.
    void copySvg(
        const QByteArray &svg, const QString &prefix, const QString &alt, const QSizeF &size)
    {
        // References are url(#id) in paint and clip attributes, and #id in
        // links (other values starting with # are colours).
        auto prefixed = [&](const QString &name, const QString &value) {
            QString v = value;
            v.replace(QStringLiteral("url(#"), QStringLiteral("url(#") + prefix + QLatin1Char('-'));
            const bool link = name == QLatin1String("xlink:href") || name == QLatin1String("href");
            if (link && v.startsWith(QLatin1Char('#')))
                v.insert(1, prefix + QLatin1Char('-'));
            return v;
        };
        QXmlStreamReader reader(svg);
        int depth = 0;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement()) {
                const QString name = reader.qualifiedName().toString();
                if (depth == 1
                    && (name == QLatin1String("title") || name == QLatin1String("desc"))) {
                    reader.skipCurrentElement();
                    continue;
                }
                m_xml.writeStartElement(name);
                if (depth == 0) {
                    const QString titleId = uniqueId(prefix + QStringLiteral("-title"));
                    m_xml.writeAttribute(
                        QStringLiteral("xmlns"), QStringLiteral("http://www.w3.org/2000/svg"));
                    m_xml.writeAttribute(QStringLiteral("xmlns:xlink"),
                        QStringLiteral("http://www.w3.org/1999/xlink"));
                    m_xml.writeAttribute(QStringLiteral("role"), QStringLiteral("img"));
                    m_xml.writeAttribute(QStringLiteral("aria-labelledby"), titleId);
                    // Points to CSS pixels (96 per inch): the drawing keeps its
                    // size next to the text, as on paper.
                    m_xml.writeAttribute(
                        QStringLiteral("width"), QString::number(qRound(size.width() * 4 / 3)));
                    m_xml.writeAttribute(
                        QStringLiteral("height"), QString::number(qRound(size.height() * 4 / 3)));
                    const QString viewBox
                        = reader.attributes().value(QStringLiteral("viewBox")).toString();
                    if (!viewBox.isEmpty())
                        m_xml.writeAttribute(QStringLiteral("viewBox"), viewBox.simplified());
                    m_xml.writeStartElement(QStringLiteral("title"));
                    m_xml.writeAttribute(QStringLiteral("id"), titleId);
                    m_xml.writeCharacters(alt);
                    m_xml.writeEndElement();
                } else {
                    for (const QXmlStreamAttribute &attribute : reader.attributes()) {
                        const QString attributeName = attribute.qualifiedName().toString();
                        QString value = attribute.value().toString();
                        if (attributeName == QLatin1String("id"))
                            value = uniqueId(prefix + QLatin1Char('-') + value);
                        else
                            value = prefixed(attributeName, value);
                        m_xml.writeAttribute(attributeName, value);
                    }
                }
                ++depth;
            } else if (reader.isEndElement()) {
                m_xml.writeEndElement();
                --depth;
            } else if (reader.isCharacters() && depth > 0) {
                m_xml.writeCharacters(reader.text().toString());
            }
        }
    }

    // Drawings' data tables follow the block that showed the drawing.
    void flushAlternatives()
    {
        for (const QString &alternative : std::as_const(m_alternatives)) {
            m_xml.writeStartElement(QStringLiteral("div"));
            m_xml.writeAttribute(QStringLiteral("class"), QStringLiteral("text-alternative"));
            writeRaw(alternative);
            m_xml.writeEndElement();
            newline();
        }
        m_alternatives.clear();
    }

    void tableRow(const QTextTable &table, int row, bool header)
    {
        m_xml.writeStartElement(QStringLiteral("tr"));
        for (int column = 0; column < table.columns(); ++column) {
            const QTextTableCell cell = table.cellAt(row, column);
            if (cell.row() != row || cell.column() != column)
                continue; // covered by a spanning cell
            m_xml.writeStartElement(header ? QStringLiteral("th") : QStringLiteral("td"));
            if (header)
                m_xml.writeAttribute(QStringLiteral("scope"), QStringLiteral("col"));
            if (cell.format().boolProperty(DocumentMarks::ChangedCell))
                m_xml.writeAttribute(QStringLiteral("class"), QStringLiteral("changed"));
            if (cell.columnSpan() > 1)
                m_xml.writeAttribute(QStringLiteral("colspan"), QString::number(cell.columnSpan()));
            if (cell.rowSpan() > 1)
                m_xml.writeAttribute(QStringLiteral("rowspan"), QString::number(cell.rowSpan()));
            m_xml.writeCharacters(QString()); // an empty cell stays <td></td>, not <td/>
            const QList<QTextBlock> blocks = cellBlocks(cell);
            m_boldAlready = header;
            for (qsizetype i = 0; i < blocks.size(); ++i) {
                if (i > 0)
                    m_xml.writeEmptyElement(QStringLiteral("br"));
                inlineContent(blocks.at(i));
            }
            m_boldAlready = false;
            flushAlternatives();
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement(); // tr
        newline();
    }

    // Table-of-contents entries in a row become one list in a <nav>.
    void openToc()
    {
        if (m_tocOpen)
            return;
        m_xml.writeStartElement(QStringLiteral("nav"));
        newline();
        m_xml.writeStartElement(QStringLiteral("ul"));
        newline();
        m_tocOpen = true;
    }

    void closeToc()
    {
        if (!m_tocOpen)
            return;
        m_xml.writeEndElement(); // ul
        newline();
        m_xml.writeEndElement(); // nav
        newline();
        m_tocOpen = false;
    }

    const QTextDocument &m_document;
    const DocumentObjects *m_objects;
    QBuffer *m_out;
    QXmlStreamWriter m_xml;
    QSet<QString> m_ids;
    QStringList m_alternatives;
    int m_drawings = 0;
    bool m_titleWritten = false;
    bool m_tocOpen = false;
    bool m_boldAlready = false; // in a heading or a header cell
};


} // namespace

DocumentHtmlWriter::DocumentHtmlWriter(
    const QTextDocument &document, const DocumentObjects *objects)
    : m_document(document)
    , m_objects(objects)
{
}

QByteArray DocumentHtmlWriter::html() const
{
    const QString titleBlock = titleBlockText(m_document);
    QString title = m_title;
    if (title.isEmpty())
        title = titleBlock;
    if (title.isEmpty())
        title = m_document.metaInformation(QTextDocument::DocumentTitle);
    QByteArray bytes;
    QBuffer out(&bytes);
    out.open(QIODevice::WriteOnly);
    HtmlWalker walker(m_document, m_objects, &out);
    // The one <h1> is the title block; without one, the title itself.
    walker.write(m_language, title, titleBlock.isEmpty() ? title : QString());
    return bytes;
}
