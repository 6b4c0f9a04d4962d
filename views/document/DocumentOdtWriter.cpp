#include "views/document/DocumentOdtWriter.h"

#include "views/document/DocumentMarks.h"
#include "views/document/DocumentObjects.h"
#include "views/document/DocumentWalker.h"

#include <KZip>
#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QMap>
#include <QPainter>
#include <QRegularExpression>
#include <QSet>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>
#include <QUrl>
#include <QXmlStreamWriter>

#include <cmath>

using DocumentMarks::BlockRole;

namespace {

// The messages, in the DocumentOdtWriter translation context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DocumentOdtWriter)
};

const QString odtMediaType = QStringLiteral("application/vnd.oasis.opendocument.text");

// A4 portrait with 2 cm side and 2.5 cm top/bottom margins (styles.xml):
// the area a picture must fit into, in points.
constexpr double pageTextWidth = (210.0 - 40.0) / 25.4 * 72.0;
constexpr double pageTextHeight = (297.0 - 50.0) / 25.4 * 72.0;
// Generated drawings are rendered at this resolution for the package.
constexpr double drawingDpi = 200.0;

QString centimetres(double points)
{
    return QString::number(points / 72.0 * 2.54, 'f', 3) + QStringLiteral("cm");
}

// The namespaces every part declares on its root element, as prefixes
// (the parts are written with qualified names, prefix:name).
void declareNamespaces(QXmlStreamWriter &xml, const QStringList &prefixes)
{
    static const QMap<QString, QString> uris = {
        { QStringLiteral("office"),
            QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0") },
        { QStringLiteral("style"),
            QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0") },
        { QStringLiteral("text"),
            QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0") },
        { QStringLiteral("table"),
            QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0") },
        { QStringLiteral("draw"),
            QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0") },
        { QStringLiteral("fo"),
            QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0") },
        { QStringLiteral("svg"),
            QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0") },
        { QStringLiteral("meta"),
            QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0") },
        { QStringLiteral("manifest"),
            QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0") },
        { QStringLiteral("xlink"), QStringLiteral("http://www.w3.org/1999/xlink") },
        { QStringLiteral("dc"), QStringLiteral("http://purl.org/dc/elements/1.1/") },
    };
    for (const QString &prefix : prefixes)
        xml.writeAttribute(QStringLiteral("xmlns:") + prefix, uris.value(prefix));
}

struct Picture {
    QString path; // in the package: Pictures/…
    QByteArray data;
    QString mediaType;
};

// An automatic paragraph style: a named style plus what this paragraph
// adds (a page break, keeping a caption with its table, centring).
struct ParagraphStyle {
    QString parent;
    bool breakBefore = false;
    bool breakAfter = false;
    bool keepWithNext = false;
    bool centred = false;
};

struct TextStyle {
    bool bold = false;
    bool italic = false;
    bool strikeOut = false;
    int position = 0; // 1 super, -1 sub
    int change = 0;   // a comparison's DocumentMarks::TextChange: red, underlined or struck
};

struct TableStyle {
    QString name;
    int columns = 1;
    bool breakBefore = false;
};

// The levels of one outermost list and its nested lists: ODF takes the
// list style of the outermost list for every level below it.
struct ListStyle {
    QString name;
    QList<QTextListFormat::Style> levels;
};

class OdtWalker : public DocumentWalker {
public:
    OdtWalker(const QTextDocument &document, const DocumentObjects *objects)
        : DocumentWalker(document)
        , m_document(document)
        , m_objects(objects)
    {
        m_bodyBuffer.open(QIODevice::WriteOnly);
        m_xml.setDevice(&m_bodyBuffer);
    }

    // content.xml; pictures() is filled by then.
    QByteArray content()
    {
        m_xml.writeStartElement(QStringLiteral("office:text"));
        walk();
        m_xml.writeEndElement();

        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QXmlStreamWriter xml(&out);
        xml.writeStartDocument();
        xml.writeStartElement(QStringLiteral("office:document-content"));
        declareNamespaces(xml,
            { QStringLiteral("office"), QStringLiteral("style"), QStringLiteral("text"),
                QStringLiteral("table"), QStringLiteral("draw"), QStringLiteral("fo"),
                QStringLiteral("svg"), QStringLiteral("xlink") });
        xml.writeAttribute(QStringLiteral("office:version"), QStringLiteral("1.2"));
        writeAutomaticStyles(xml);
        xml.writeStartElement(QStringLiteral("office:body"));
        xml.writeCharacters(QString()); // closes the start tag before the body's bytes go in
        out.write(m_bodyBuffer.data());
        xml.writeEndElement(); // office:body
        xml.writeEndElement(); // office:document-content
        xml.writeEndDocument();
        return out.data();
    }

    const QList<Picture> &pictures() const { return m_pictures; }

protected:
    void heading(const QTextBlock &block, int level) override
    {
        const QString style
            = paragraphStyle(QStringLiteral("Heading_20_%1").arg(qMin(level, 6)), block);
        m_xml.writeStartElement(QStringLiteral("text:h"));
        m_xml.writeAttribute(QStringLiteral("text:style-name"), style);
        m_xml.writeAttribute(QStringLiteral("text:outline-level"), QString::number(level));
        inlineContent(block);
        m_xml.writeEndElement();
    }

    void paragraph(const QTextBlock &block) override
    {
        if (isEmpty(block)) {
            // The PDF's spacing lines are left out; a page break they carry
            // moves to what follows.
            if (block.blockFormat().pageBreakPolicy() != QTextFormat::PageBreak_Auto)
                m_pendingBreak = true;
            return;
        }
        QString parent = QStringLiteral("Text_20_body");
        switch (DocumentMarks::roleOf(block.blockFormat())) {
        case BlockRole::DocumentTitle:
            parent = QStringLiteral("Title");
            break;
        case BlockRole::CoverLine:
            parent = QStringLiteral("Subtitle");
            break;
        case BlockRole::TableCaption:
        case BlockRole::FigureCaption:
            parent = QStringLiteral("Caption");
            break;
        case BlockRole::TocEntry:
            parent = QStringLiteral("Contents_20_1");
            break;
        case BlockRole::Note:
            parent = QStringLiteral("Footnote");
            break;
        default:
            break;
        }
        writeParagraph(block, paragraphStyle(parent, block));
    }

    void figure(const QTextBlock &block, const QTextBlock &caption) override
    {
        writeParagraph(block, paragraphStyle(QStringLiteral("Standard"), block, false, true));
        if (caption.isValid())
            writeParagraph(caption, paragraphStyle(QStringLiteral("Caption"), caption));
    }

    void table(const QTextTable &table, const QTextBlock &caption) override
    {
        if (caption.isValid())
            writeParagraph(caption, paragraphStyle(QStringLiteral("Caption"), caption, true));
        TableStyle style;
        style.name = QStringLiteral("Table%1").arg(m_tableStyles.size() + 1);
        style.columns = qMax(1, table.columns());
        style.breakBefore = takeBreak(table.frameFormat().pageBreakPolicy());
        m_tableStyles.append(style);

        m_xml.writeStartElement(QStringLiteral("table:table"));
        m_xml.writeAttribute(QStringLiteral("table:name"), style.name);
        m_xml.writeAttribute(QStringLiteral("table:style-name"), style.name);
        m_xml.writeStartElement(QStringLiteral("table:table-columns"));
        m_xml.writeEmptyElement(QStringLiteral("table:table-column"));
        m_xml.writeAttribute(QStringLiteral("table:style-name"), style.name + QStringLiteral(".A"));
        if (style.columns > 1)
            m_xml.writeAttribute(
                QStringLiteral("table:number-columns-repeated"), QString::number(style.columns));
        m_xml.writeEndElement(); // table:table-columns
        const int headerRows = qBound(0, table.format().headerRowCount(), table.rows());
        if (headerRows > 0) {
            // Writer and Word repeat these rows on every page the table takes.
            m_xml.writeStartElement(QStringLiteral("table:table-header-rows"));
            for (int row = 0; row < headerRows; ++row)
                tableRow(table, row, true);
            m_xml.writeEndElement();
        }
        if (headerRows < table.rows()) {
            m_xml.writeStartElement(QStringLiteral("table:table-rows"));
            for (int row = headerRows; row < table.rows(); ++row)
                tableRow(table, row, false);
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement(); // table:table
    }

    void beginList(const QTextList &list, int start) override
    {
        m_xml.writeStartElement(QStringLiteral("text:list"));
        if (m_listDepth == 0) {
            m_listStyles.append({ QStringLiteral("L%1").arg(m_listStyles.size() + 1), {} });
            m_xml.writeAttribute(QStringLiteral("text:style-name"), m_listStyles.last().name);
        }
        QList<QTextListFormat::Style> &levels = m_listStyles.last().levels;
        if (levels.size() == m_listDepth)
            levels.append(list.format().style());
        ++m_listDepth;
        m_listStart = start;
    }

    void endList() override
    {
        m_xml.writeEndElement();
        --m_listDepth;
    }

    void beginListItem(const QTextBlock &block) override
    {
        m_xml.writeStartElement(QStringLiteral("text:list-item"));
        if (m_listStart > 1) // a numbered list that goes on after an interruption
            m_xml.writeAttribute(QStringLiteral("text:start-value"), QString::number(m_listStart));
        m_listStart = 1;
        writeParagraph(block, paragraphStyle(QStringLiteral("Text_20_body"), block));
    }

    void endListItem() override { m_xml.writeEndElement(); }

private:
    static bool isEmpty(const QTextBlock &block)
    {
        if (!blockText(block).isEmpty())
            return false;
        for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat() || format.objectType() >= QTextFormat::UserObject)
                return false;
        }
        return true;
    }

    // Whether what comes next starts a page: its own policy, or a break
    // an empty block before it carried.
    bool takeBreak(QTextFormat::PageBreakFlags policy)
    {
        const bool before = m_pendingBreak || (policy & QTextFormat::PageBreak_AlwaysBefore);
        m_pendingBreak = false;
        return before;
    }

    QString paragraphStyle(const QString &parent, const QTextBlock &block,
        bool keepWithNext = false, bool centred = false)
    {
        const QTextFormat::PageBreakFlags policy = block.blockFormat().pageBreakPolicy();
        ParagraphStyle style;
        style.parent = parent;
        style.breakBefore = takeBreak(policy);
        style.breakAfter = policy & QTextFormat::PageBreak_AlwaysAfter;
        style.keepWithNext = keepWithNext;
        style.centred = centred;
        if (!style.breakBefore && !style.breakAfter && !style.keepWithNext && !style.centred)
            return parent;
        const QString key = QStringLiteral("%1/%2%3%4%5")
                                .arg(parent)
                                .arg(int(style.breakBefore))
                                .arg(int(style.breakAfter))
                                .arg(int(style.keepWithNext))
                                .arg(int(style.centred));
        if (!m_paragraphStyleNames.contains(key)) {
            m_paragraphStyleNames.insert(
                key, QStringLiteral("P%1").arg(m_paragraphStyles.size() + 1));
            m_paragraphStyles.append(style);
        }
        return m_paragraphStyleNames.value(key);
    }

    QString textStyle(const QTextCharFormat &format)
    {
        TextStyle style;
        style.bold = format.fontWeight() >= QFont::DemiBold;
        style.italic = format.fontItalic();
        style.strikeOut = format.fontStrikeOut();
        style.change = int(DocumentMarks::textChangeOf(format));
        if (format.verticalAlignment() == QTextCharFormat::AlignSuperScript)
            style.position = 1;
        else if (format.verticalAlignment() == QTextCharFormat::AlignSubScript)
            style.position = -1;
        if (!style.bold && !style.italic && !style.strikeOut && style.position == 0 && style.change == 0)
            return QString();
        const QString key = QStringLiteral("%1%2%3%4%5")
                                .arg(int(style.bold))
                                .arg(int(style.italic))
                                .arg(int(style.strikeOut))
                                .arg(style.position)
                                .arg(style.change);
        if (!m_textStyleNames.contains(key)) {
            m_textStyleNames.insert(key, QStringLiteral("T%1").arg(m_textStyles.size() + 1));
            m_textStyles.append(style);
        }
        return m_textStyleNames.value(key);
    }

    void writeParagraph(const QTextBlock &block, const QString &style)
    {
        m_xml.writeStartElement(QStringLiteral("text:p"));
        m_xml.writeAttribute(QStringLiteral("text:style-name"), style);
        inlineContent(block);
        m_xml.writeEndElement();
    }

    void inlineContent(const QTextBlock &block)
    {
        m_atParagraphStart = true;
        QString openHref;
        for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            const QString href = format.anchorHref();
            if (href != openHref && !openHref.isEmpty())
                m_xml.writeEndElement(); // text:a
            // Anchors become bookmarks: "#name" links (the table of
            // contents, note markers) go to them in Writer and Word.
            for (const QString &name : format.anchorNames()) {
                if (m_bookmarks.contains(name))
                    continue;
                m_bookmarks.insert(name);
                m_xml.writeEmptyElement(QStringLiteral("text:bookmark"));
                m_xml.writeAttribute(QStringLiteral("text:name"), name);
            }
            if (href != openHref && !href.isEmpty()) {
                m_xml.writeStartElement(QStringLiteral("text:a"));
                m_xml.writeAttribute(QStringLiteral("xlink:type"), QStringLiteral("simple"));
                m_xml.writeAttribute(QStringLiteral("xlink:href"), href);
            }
            openHref = href;
            if (format.isImageFormat()) {
                for (int i = 0; i < fragment.length(); ++i)
                    image(format.toImageFormat());
            } else if (format.objectType() >= QTextFormat::UserObject) {
                for (int i = 0; i < fragment.length(); ++i)
                    drawing(format);
            } else {
                const QString style = textStyle(format);
                if (!style.isEmpty()) {
                    m_xml.writeStartElement(QStringLiteral("text:span"));
                    m_xml.writeAttribute(QStringLiteral("text:style-name"), style);
                }
                writeText(fragment.text());
                if (!style.isEmpty())
                    m_xml.writeEndElement();
            }
        }
        if (!openHref.isEmpty())
            m_xml.writeEndElement();
    }

    // ODF collapses spaces the way HTML does: a run of them, or one at the
    // start of a paragraph, is spelled <text:s/>; tabs and line breaks are
    // elements too.
    void writeText(const QString &text)
    {
        const QString clean = cleanText(text);
        QString run;
        auto flush = [&] {
            if (!run.isEmpty())
                m_xml.writeCharacters(run);
            run.clear();
        };
        for (qsizetype i = 0; i < clean.size();) {
            const QChar c = clean.at(i);
            if (c == QChar::LineSeparator || c == QLatin1Char('\n')) {
                flush();
                m_xml.writeEmptyElement(QStringLiteral("text:line-break"));
                ++i;
            } else if (c == QLatin1Char('\t')) {
                flush();
                m_xml.writeEmptyElement(QStringLiteral("text:tab"));
                ++i;
            } else if (c == QLatin1Char(' ')) {
                qsizetype spaces = 0;
                while (i < clean.size() && clean.at(i) == QLatin1Char(' ')) {
                    ++spaces;
                    ++i;
                }
                if (!m_atParagraphStart) {
                    run += QLatin1Char(' ');
                    --spaces;
                }
                if (spaces > 0) {
                    flush();
                    m_xml.writeEmptyElement(QStringLiteral("text:s"));
                    if (spaces > 1)
                        m_xml.writeAttribute(QStringLiteral("text:c"), QString::number(spaces));
                }
            } else {
                run += c;
                ++i;
            }
            m_atParagraphStart = false;
        }
        flush();
    }

    static QString altTextOf(const QTextFormat &format)
    {
        QString alt = format.stringProperty(DocumentMarks::AltText);
        if (alt.isEmpty())
            alt = format.stringProperty(QTextFormat::ImageAltText); // Markdown's ![alt](…)
        return cleanText(alt);
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

    // Points from an image's pixels and its resolution (96 dpi when it
    // says none).
    static QSizeF pointsOf(const QImage &image)
    {
        const double dpiX = image.dotsPerMeterX() > 0 ? image.dotsPerMeterX() * 0.0254 : 96.0;
        const double dpiY = image.dotsPerMeterY() > 0 ? image.dotsPerMeterY() * 0.0254 : 96.0;
        return QSizeF(image.width() * 72.0 / dpiX, image.height() * 72.0 / dpiY);
    }

    // A picture: the original PNG or JPEG bytes; an SVG original (which
    // Word and older Writers show poorly) or a picture without original as
    // a PNG rendering.
    void image(const QTextImageFormat &format)
    {
        const QString alt = altTextOf(format);
        const QByteArray original = format.property(DocumentMarks::ImageData).toByteArray();
        const QString mediaType = format.stringProperty(DocumentMarks::ImageMediaType);
        QSizeF size(format.width(), format.height()); // points, as the document lays it out
        Picture picture;
        if (!original.isEmpty()
            && (mediaType == QLatin1String("image/png")
                || mediaType == QLatin1String("image/jpeg"))) {
            picture.data = original;
            picture.mediaType = mediaType;
            if (size.isEmpty())
                size = pointsOf(QImage::fromData(original));
        } else if (!original.isEmpty() && mediaType == QLatin1String("image/svg+xml")) {
            QSvgRenderer renderer(original);
            if (size.isEmpty() && renderer.isValid())
                size = QSizeF(renderer.defaultSize()) * 0.75; // CSS pixels to points
            if (renderer.isValid() && !size.isEmpty())
                picture = renderPng(
                    [&](QPainter *painter, const QRectF &rect) { renderer.render(painter, rect); },
                    size);
        }
        if (picture.data.isEmpty()) {
            const QImage resource = resourceImage(format.name());
            if (!resource.isNull()) {
                if (size.isEmpty())
                    size = pointsOf(resource);
                QBuffer png(&picture.data);
                png.open(QIODevice::WriteOnly);
                resource.save(&png, "PNG");
                picture.mediaType = QStringLiteral("image/png");
            }
        }
        if (picture.data.isEmpty() || size.isEmpty()) {
            writeText(alt); // nothing to show: the alternative text stands in
            return;
        }
        const int number = m_pictures.size() + 1;
        picture.path
            = QStringLiteral("Pictures/figure%1.%2")
                  .arg(number)
                  .arg(picture.mediaType == QLatin1String("image/jpeg") ? QStringLiteral("jpg")
                                                                        : QStringLiteral("png"));
        m_pictures.append(picture);
        frame(picture.path, size, alt);
    }

    // A generated drawing, painted by DocumentObjects into a PNG.
    void drawing(const QTextFormat &format)
    {
        QString alt = m_objects ? cleanText(m_objects->altText(format)) : QString();
        if (alt.isEmpty())
            alt = altTextOf(format);
        const QSizeF size = m_objects ? m_objects->size(format) : QSizeF();
        if (size.isEmpty()) {
            writeText(alt);
            return;
        }
        Picture picture = renderPng(
            [&](QPainter *painter, const QRectF &rect) { m_objects->paint(painter, rect, format); },
            size);
        picture.path = QStringLiteral("Pictures/drawing%1.png").arg(m_pictures.size() + 1);
        m_pictures.append(picture);
        frame(picture.path, size, alt);
    }

    // Paints `size` points at drawingDpi into a white PNG. The painter
    // works in points on a 72 dpi device, so fonts given in points come
    // out at the size the PDF shows them.
    template <typename Paint> static Picture renderPng(Paint paint, const QSizeF &size)
    {
        const double scale = drawingDpi / 72.0;
        QImage image(qMax(1, int(std::ceil(size.width() * scale))),
            qMax(1, int(std::ceil(size.height() * scale))), QImage::Format_ARGB32_Premultiplied);
        const int dotsPerMeter72 = qRound(72.0 / 0.0254);
        image.setDotsPerMeterX(dotsPerMeter72);
        image.setDotsPerMeterY(dotsPerMeter72);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::TextAntialiasing);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            painter.scale(scale, scale);
            paint(&painter, QRectF(QPointF(0, 0), size));
        }
        const int dotsPerMeter = qRound(drawingDpi / 0.0254);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        Picture picture;
        QBuffer png(&picture.data);
        png.open(QIODevice::WriteOnly);
        image.save(&png, "PNG");
        picture.mediaType = QStringLiteral("image/png");
        return picture;
    }

    // A picture in the text, as a character, scaled down to fit the page.
    void frame(const QString &path, QSizeF size, const QString &alt)
    {
        const double fit
            = qMin(1.0, qMin(pageTextWidth / size.width(), pageTextHeight / size.height()));
        size *= fit;
        m_xml.writeStartElement(QStringLiteral("draw:frame"));
        m_xml.writeAttribute(QStringLiteral("draw:style-name"), QStringLiteral("Picture"));
        m_xml.writeAttribute(
            QStringLiteral("draw:name"), QStringLiteral("Image%1").arg(++m_frames));
        m_xml.writeAttribute(QStringLiteral("text:anchor-type"), QStringLiteral("as-char"));
        m_xml.writeAttribute(QStringLiteral("svg:width"), centimetres(size.width()));
        m_xml.writeAttribute(QStringLiteral("svg:height"), centimetres(size.height()));
        m_xml.writeAttribute(QStringLiteral("draw:z-index"), QStringLiteral("0"));
        m_xml.writeEmptyElement(QStringLiteral("draw:image"));
        m_xml.writeAttribute(QStringLiteral("xlink:href"), path);
        m_xml.writeAttribute(QStringLiteral("xlink:type"), QStringLiteral("simple"));
        m_xml.writeAttribute(QStringLiteral("xlink:show"), QStringLiteral("embed"));
        m_xml.writeAttribute(QStringLiteral("xlink:actuate"), QStringLiteral("onLoad"));
        if (!alt.isEmpty()) {
            // Writer shows these as the picture's Title and Description;
            // Word takes the description as its alt text.
            m_xml.writeTextElement(QStringLiteral("svg:title"), alt);
            m_xml.writeTextElement(QStringLiteral("svg:desc"), alt);
        }
        m_xml.writeEndElement(); // draw:frame
        m_atParagraphStart = false;
    }

    void tableRow(const QTextTable &table, int row, bool header)
    {
        m_xml.writeStartElement(QStringLiteral("table:table-row"));
        for (int column = 0; column < table.columns(); ++column) {
            const QTextTableCell cell = table.cellAt(row, column);
            if (cell.row() != row || cell.column() != column) {
                m_xml.writeEmptyElement(QStringLiteral("table:covered-table-cell"));
                continue;
            }
            m_xml.writeStartElement(QStringLiteral("table:table-cell"));
            m_xml.writeAttribute(QStringLiteral("table:style-name"),
                header ? QStringLiteral("HeaderCell")
                : cell.format().boolProperty(DocumentMarks::ChangedCell) ? QStringLiteral("ChangedCell")
                                                                          : QStringLiteral("Cell"));
            m_xml.writeAttribute(QStringLiteral("office:value-type"), QStringLiteral("string"));
            if (cell.columnSpan() > 1)
                m_xml.writeAttribute(QStringLiteral("table:number-columns-spanned"),
                    QString::number(cell.columnSpan()));
            if (cell.rowSpan() > 1)
                m_xml.writeAttribute(
                    QStringLiteral("table:number-rows-spanned"), QString::number(cell.rowSpan()));
            const QString style
                = header ? QStringLiteral("Table_20_Heading") : QStringLiteral("Table_20_Contents");
            const QList<QTextBlock> blocks = cellBlocks(cell);
            for (const QTextBlock &block : blocks)
                writeParagraph(block, style);
            if (blocks.isEmpty()) { // a cell holds at least one paragraph
                m_xml.writeEmptyElement(QStringLiteral("text:p"));
                m_xml.writeAttribute(QStringLiteral("text:style-name"), style);
            }
            m_xml.writeEndElement(); // table:table-cell
        }
        m_xml.writeEndElement(); // table:table-row
    }

    void writeAutomaticStyles(QXmlStreamWriter &xml) const
    {
        xml.writeStartElement(QStringLiteral("office:automatic-styles"));
        for (qsizetype i = 0; i < m_paragraphStyles.size(); ++i) {
            const ParagraphStyle &style = m_paragraphStyles.at(i);
            xml.writeStartElement(QStringLiteral("style:style"));
            xml.writeAttribute(QStringLiteral("style:name"), QStringLiteral("P%1").arg(i + 1));
            xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
            xml.writeAttribute(QStringLiteral("style:parent-style-name"), style.parent);
            xml.writeEmptyElement(QStringLiteral("style:paragraph-properties"));
            if (style.breakBefore)
                xml.writeAttribute(QStringLiteral("fo:break-before"), QStringLiteral("page"));
            if (style.breakAfter)
                xml.writeAttribute(QStringLiteral("fo:break-after"), QStringLiteral("page"));
            if (style.keepWithNext)
                xml.writeAttribute(QStringLiteral("fo:keep-with-next"), QStringLiteral("always"));
            if (style.centred)
                xml.writeAttribute(QStringLiteral("fo:text-align"), QStringLiteral("center"));
            xml.writeEndElement();
        }
        for (qsizetype i = 0; i < m_textStyles.size(); ++i) {
            const TextStyle &style = m_textStyles.at(i);
            xml.writeStartElement(QStringLiteral("style:style"));
            xml.writeAttribute(QStringLiteral("style:name"), QStringLiteral("T%1").arg(i + 1));
            xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("text"));
            xml.writeEmptyElement(QStringLiteral("style:text-properties"));
            // Japanese text takes the -asian properties, Latin text the fo: ones.
            if (style.bold) {
                xml.writeAttribute(QStringLiteral("fo:font-weight"), QStringLiteral("bold"));
                xml.writeAttribute(
                    QStringLiteral("style:font-weight-asian"), QStringLiteral("bold"));
            }
            if (style.italic) {
                xml.writeAttribute(QStringLiteral("fo:font-style"), QStringLiteral("italic"));
                xml.writeAttribute(
                    QStringLiteral("style:font-style-asian"), QStringLiteral("italic"));
            }
            if (style.strikeOut) {
                xml.writeAttribute(
                    QStringLiteral("style:text-line-through-style"), QStringLiteral("solid"));
                xml.writeAttribute(
                    QStringLiteral("style:text-line-through-type"), QStringLiteral("single"));
            }
            if (style.change != 0)
                xml.writeAttribute(QStringLiteral("fo:color"), QStringLiteral("#c00000"));
            if (style.change == int(DocumentMarks::TextChange::Added)) {
                xml.writeAttribute(QStringLiteral("style:text-underline-style"), QStringLiteral("solid"));
                xml.writeAttribute(QStringLiteral("style:text-underline-width"), QStringLiteral("auto"));
                xml.writeAttribute(QStringLiteral("style:text-underline-color"), QStringLiteral("font-color"));
            }
            if (style.position != 0)
                xml.writeAttribute(QStringLiteral("style:text-position"),
                    style.position > 0 ? QStringLiteral("super 58%") : QStringLiteral("sub 58%"));
            xml.writeEndElement();
        }
        xml.writeStartElement(QStringLiteral("style:style"));
        xml.writeAttribute(QStringLiteral("style:name"), QStringLiteral("Picture"));
        xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("graphic"));
        xml.writeEmptyElement(QStringLiteral("style:graphic-properties"));
        xml.writeAttribute(QStringLiteral("style:vertical-pos"), QStringLiteral("top"));
        xml.writeAttribute(QStringLiteral("style:vertical-rel"), QStringLiteral("baseline"));
        xml.writeAttribute(QStringLiteral("fo:border"), QStringLiteral("none"));
        xml.writeEndElement();
        for (const TableStyle &table : m_tableStyles) {
            xml.writeStartElement(QStringLiteral("style:style"));
            xml.writeAttribute(QStringLiteral("style:name"), table.name);
            xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("table"));
            xml.writeEmptyElement(QStringLiteral("style:table-properties"));
            xml.writeAttribute(QStringLiteral("style:width"), centimetres(pageTextWidth));
            xml.writeAttribute(QStringLiteral("table:align"), QStringLiteral("margins"));
            if (table.breakBefore)
                xml.writeAttribute(QStringLiteral("fo:break-before"), QStringLiteral("page"));
            xml.writeEndElement();
            xml.writeStartElement(QStringLiteral("style:style"));
            xml.writeAttribute(QStringLiteral("style:name"), table.name + QStringLiteral(".A"));
            xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("table-column"));
            xml.writeEmptyElement(QStringLiteral("style:table-column-properties"));
            xml.writeAttribute(
                QStringLiteral("style:column-width"), centimetres(pageTextWidth / table.columns));
            xml.writeEndElement();
        }
        for (const QString &name : { QStringLiteral("Cell"), QStringLiteral("HeaderCell"), QStringLiteral("ChangedCell") }) {
            xml.writeStartElement(QStringLiteral("style:style"));
            xml.writeAttribute(QStringLiteral("style:name"), name);
            xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("table-cell"));
            xml.writeEmptyElement(QStringLiteral("style:table-cell-properties"));
            xml.writeAttribute(QStringLiteral("fo:padding"), QStringLiteral("0.1cm"));
            xml.writeAttribute(QStringLiteral("fo:border"), QStringLiteral("0.5pt solid #000000"));
            if (name == QLatin1String("HeaderCell"))
                xml.writeAttribute(
                    QStringLiteral("fo:background-color"), QStringLiteral("#e7edf5"));
            if (name == QLatin1String("ChangedCell"))
                xml.writeAttribute(
                    QStringLiteral("fo:background-color"), QStringLiteral("#fff299"));
            xml.writeEndElement();
        }
        for (const ListStyle &list : m_listStyles)
            writeListStyle(xml, list);
        xml.writeEndElement(); // office:automatic-styles
    }

    static void writeListStyle(QXmlStreamWriter &xml, const ListStyle &list)
    {
        xml.writeStartElement(QStringLiteral("text:list-style"));
        xml.writeAttribute(QStringLiteral("style:name"), list.name);
        for (int level = 1; level <= 10; ++level) {
            // Deeper levels than the document uses repeat the deepest kind.
            const QTextListFormat::Style kind = list.levels.isEmpty()
                ? QTextListFormat::ListDisc
                : list.levels.value(level - 1, list.levels.last());
            const bool numbered = kind <= QTextListFormat::ListDecimal;
            if (numbered) {
                xml.writeStartElement(QStringLiteral("text:list-level-style-number"));
                xml.writeAttribute(QStringLiteral("text:level"), QString::number(level));
                xml.writeAttribute(QStringLiteral("style:num-suffix"), QStringLiteral("."));
                QString format = QStringLiteral("1");
                switch (kind) {
                case QTextListFormat::ListLowerAlpha:
                    format = QStringLiteral("a");
                    break;
                case QTextListFormat::ListUpperAlpha:
                    format = QStringLiteral("A");
                    break;
                case QTextListFormat::ListLowerRoman:
                    format = QStringLiteral("i");
                    break;
                case QTextListFormat::ListUpperRoman:
                    format = QStringLiteral("I");
                    break;
                default:
                    break;
                }
                xml.writeAttribute(QStringLiteral("style:num-format"), format);
            } else {
                xml.writeStartElement(QStringLiteral("text:list-level-style-bullet"));
                xml.writeAttribute(QStringLiteral("text:level"), QString::number(level));
                QString bullet = QStringLiteral("\u2022"); // •
                if (kind == QTextListFormat::ListCircle)
                    bullet = QStringLiteral("\u25E6"); // ◦
                else if (kind == QTextListFormat::ListSquare)
                    bullet = QStringLiteral("\u25AA"); // ▪
                xml.writeAttribute(QStringLiteral("text:bullet-char"), bullet);
            }
            xml.writeStartElement(QStringLiteral("style:list-level-properties"));
            xml.writeAttribute(QStringLiteral("text:list-level-position-and-space-mode"),
                QStringLiteral("label-alignment"));
            xml.writeEmptyElement(QStringLiteral("style:list-level-label-alignment"));
            const QString indent = QStringLiteral("%1cm").arg(0.75 * level, 0, 'f', 2);
            xml.writeAttribute(QStringLiteral("text:label-followed-by"), QStringLiteral("listtab"));
            xml.writeAttribute(QStringLiteral("text:list-tab-stop-position"), indent);
            xml.writeAttribute(QStringLiteral("fo:text-indent"), QStringLiteral("-0.5cm"));
            xml.writeAttribute(QStringLiteral("fo:margin-left"), indent);
            xml.writeEndElement(); // style:list-level-properties
            xml.writeEndElement(); // text:list-level-style-*
        }
        xml.writeEndElement(); // text:list-style
    }

    const QTextDocument &m_document;
    const DocumentObjects *m_objects;
    QBuffer m_bodyBuffer;
    QXmlStreamWriter m_xml;
    QList<Picture> m_pictures;
    QList<ParagraphStyle> m_paragraphStyles; // P1, P2, …
    QMap<QString, QString> m_paragraphStyleNames;
    QList<TextStyle> m_textStyles; // T1, T2, …
    QMap<QString, QString> m_textStyleNames;
    QList<TableStyle> m_tableStyles;
    QList<ListStyle> m_listStyles;
    QSet<QString> m_bookmarks;
    int m_listDepth = 0;
    int m_listStart = 1;
    int m_frames = 0;
    bool m_pendingBreak = false;
    bool m_atParagraphStart = true;
};

// The language as ODF splits it: "ja" (Japan unless said), "en-GB".
QPair<QString, QString> languageAndCountry(const QString &tag)
{
    const QStringList parts = tag.split(QRegularExpression(QStringLiteral("[-_]")));
    const QString language = parts.value(0).toLower();
    QString country = parts.value(1).toUpper();
    if (country.isEmpty() && language == QLatin1String("ja"))
        country = QStringLiteral("JP");
    return { language, country };
}

QByteArray manifestXml(const QList<Picture> &pictures)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("manifest:manifest"));
    declareNamespaces(xml, { QStringLiteral("manifest") });
    xml.writeAttribute(QStringLiteral("manifest:version"), QStringLiteral("1.2"));
    auto entry = [&](const QString &path, const QString &mediaType) {
        xml.writeEmptyElement(QStringLiteral("manifest:file-entry"));
        xml.writeAttribute(QStringLiteral("manifest:full-path"), path);
        if (path == QLatin1String("/"))
            xml.writeAttribute(QStringLiteral("manifest:version"), QStringLiteral("1.2"));
        xml.writeAttribute(QStringLiteral("manifest:media-type"), mediaType);
    };
    entry(QStringLiteral("/"), odtMediaType);
    entry(QStringLiteral("content.xml"), QStringLiteral("text/xml"));
    entry(QStringLiteral("styles.xml"), QStringLiteral("text/xml"));
    entry(QStringLiteral("meta.xml"), QStringLiteral("text/xml"));
    for (const Picture &picture : pictures)
        entry(picture.path, picture.mediaType);
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray metaXml(const QString &title, const QString &author, const QString &language)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("office:document-meta"));
    declareNamespaces(
        xml, { QStringLiteral("office"), QStringLiteral("meta"), QStringLiteral("dc") });
    xml.writeAttribute(QStringLiteral("office:version"), QStringLiteral("1.2"));
    xml.writeStartElement(QStringLiteral("office:meta"));
    xml.writeTextElement(
        QStringLiteral("meta:generator"), QStringLiteral("DX Plan Studio/" DXPLAN_VERSION));
    if (!title.isEmpty())
        xml.writeTextElement(QStringLiteral("dc:title"), cleanText(title));
    xml.writeTextElement(QStringLiteral("dc:language"), language);
    if (!author.isEmpty()) {
        xml.writeTextElement(QStringLiteral("meta:initial-creator"), cleanText(author));
        xml.writeTextElement(QStringLiteral("dc:creator"), cleanText(author));
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    xml.writeTextElement(QStringLiteral("meta:creation-date"), now);
    xml.writeTextElement(QStringLiteral("dc:date"), now);
    xml.writeEndElement(); // office:meta
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

// The named styles Writer and Word know by these names ("Heading 1" …),
// in Japanese typography: IPAexGothic for Asian and Latin text alike.
QByteArray stylesXml(const QString &language, const QString &country)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("office:document-styles"));
    declareNamespaces(xml,
        { QStringLiteral("office"), QStringLiteral("style"), QStringLiteral("text"),
            QStringLiteral("table"), QStringLiteral("fo"), QStringLiteral("svg") });
    xml.writeAttribute(QStringLiteral("office:version"), QStringLiteral("1.2"));

    const QString font = QStringLiteral("IPAexGothic");
    xml.writeStartElement(QStringLiteral("office:font-face-decls"));
    xml.writeEmptyElement(QStringLiteral("style:font-face"));
    xml.writeAttribute(QStringLiteral("style:name"), font);
    xml.writeAttribute(QStringLiteral("svg:font-family"), font);
    xml.writeAttribute(QStringLiteral("style:font-family-generic"), QStringLiteral("swiss"));
    xml.writeAttribute(QStringLiteral("style:font-pitch"), QStringLiteral("variable"));
    xml.writeEndElement();

    // A paragraph style: the name, its display name when that differs,
    // the parent, and the properties as (attribute, value) pairs.
    using Properties = QList<QPair<QString, QString>>;
    auto style = [&](const QString &name, const QString &displayName, const QString &parent,
                     const QString &styleClass, const Properties &paragraph, const Properties &text,
                     int outlineLevel = 0) {
        xml.writeStartElement(QStringLiteral("style:style"));
        xml.writeAttribute(QStringLiteral("style:name"), name);
        if (!displayName.isEmpty())
            xml.writeAttribute(QStringLiteral("style:display-name"), displayName);
        xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
        if (!parent.isEmpty())
            xml.writeAttribute(QStringLiteral("style:parent-style-name"), parent);
        if (name.startsWith(QLatin1String("Heading")) || name == QLatin1String("Title"))
            xml.writeAttribute(
                QStringLiteral("style:next-style-name"), QStringLiteral("Text_20_body"));
        if (outlineLevel > 0)
            xml.writeAttribute(
                QStringLiteral("style:default-outline-level"), QString::number(outlineLevel));
        xml.writeAttribute(QStringLiteral("style:class"), styleClass);
        if (!paragraph.isEmpty()) {
            xml.writeEmptyElement(QStringLiteral("style:paragraph-properties"));
            for (const auto &p : paragraph)
                xml.writeAttribute(p.first, p.second);
        }
        if (!text.isEmpty()) {
            xml.writeEmptyElement(QStringLiteral("style:text-properties"));
            for (const auto &p : text)
                xml.writeAttribute(p.first, p.second);
        }
        xml.writeEndElement();
    };
    auto size = [](const QString &points) {
        return Properties { { QStringLiteral("fo:font-size"), points },
            { QStringLiteral("style:font-size-asian"), points } };
    };
    const Properties bold = { { QStringLiteral("fo:font-weight"), QStringLiteral("bold") },
        { QStringLiteral("style:font-weight-asian"), QStringLiteral("bold") } };
    const QPair<QString, QString> centre
        = { QStringLiteral("fo:text-align"), QStringLiteral("center") };

    xml.writeStartElement(QStringLiteral("office:styles"));
    xml.writeStartElement(QStringLiteral("style:default-style"));
    xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
    xml.writeEmptyElement(QStringLiteral("style:paragraph-properties"));
    xml.writeAttribute(QStringLiteral("style:writing-mode"), QStringLiteral("lr-tb"));
    xml.writeAttribute(QStringLiteral("style:line-break"),
        QStringLiteral("strict")); // Japanese line-breaking rules
    xml.writeEmptyElement(QStringLiteral("style:text-properties"));
    xml.writeAttribute(QStringLiteral("style:font-name"), font);
    xml.writeAttribute(QStringLiteral("fo:font-size"), QStringLiteral("10.5pt"));
    xml.writeAttribute(QStringLiteral("fo:language"), language);
    if (!country.isEmpty())
        xml.writeAttribute(QStringLiteral("fo:country"), country);
    xml.writeAttribute(QStringLiteral("style:font-name-asian"), font);
    xml.writeAttribute(QStringLiteral("style:font-size-asian"), QStringLiteral("10.5pt"));
    xml.writeAttribute(QStringLiteral("style:language-asian"), language);
    if (!country.isEmpty())
        xml.writeAttribute(QStringLiteral("style:country-asian"), country);
    xml.writeEndElement(); // style:default-style

    style(QStringLiteral("Standard"), QString(), QString(), QStringLiteral("text"), {}, {});
    style(QStringLiteral("Text_20_body"), QStringLiteral("Text body"), QStringLiteral("Standard"),
        QStringLiteral("text"),
        { { QStringLiteral("fo:margin-top"), QStringLiteral("0cm") },
            { QStringLiteral("fo:margin-bottom"), QStringLiteral("0.2cm") },
            { QStringLiteral("fo:line-height"), QStringLiteral("150%") } },
        {});
    style(QStringLiteral("Heading"), QString(), QStringLiteral("Standard"), QStringLiteral("text"),
        { { QStringLiteral("fo:margin-top"), QStringLiteral("0.42cm") },
            { QStringLiteral("fo:margin-bottom"), QStringLiteral("0.21cm") },
            { QStringLiteral("fo:keep-with-next"), QStringLiteral("always") } },
        size(QStringLiteral("14pt")) + bold);
    const QStringList headingSizes
        = { QStringLiteral("18pt"), QStringLiteral("15pt"), QStringLiteral("13pt"),
              QStringLiteral("12pt"), QStringLiteral("11pt"), QStringLiteral("10.5pt") };
    for (int level = 1; level <= headingSizes.size(); ++level)
        style(QStringLiteral("Heading_20_%1").arg(level), QStringLiteral("Heading %1").arg(level),
            QStringLiteral("Heading"), QStringLiteral("text"), {},
            size(headingSizes.at(level - 1)) + bold, level);
    style(QStringLiteral("Title"), QString(), QStringLiteral("Heading"), QStringLiteral("chapter"),
        { centre, { QStringLiteral("fo:margin-top"), QStringLiteral("6cm") } },
        size(QStringLiteral("24pt")) + bold);
    style(QStringLiteral("Subtitle"), QString(), QStringLiteral("Standard"),
        QStringLiteral("chapter"),
        { centre, { QStringLiteral("fo:margin-top"), QStringLiteral("0.3cm") } },
        size(QStringLiteral("14pt")));
    style(QStringLiteral("Table_20_Contents"), QStringLiteral("Table Contents"),
        QStringLiteral("Standard"), QStringLiteral("extra"), {}, {});
    style(QStringLiteral("Table_20_Heading"), QStringLiteral("Table Heading"),
        QStringLiteral("Table_20_Contents"), QStringLiteral("extra"), { centre }, bold);
    style(QStringLiteral("Caption"), QString(), QStringLiteral("Standard"), QStringLiteral("extra"),
        { { QStringLiteral("fo:margin-top"), QStringLiteral("0.21cm") },
            { QStringLiteral("fo:margin-bottom"), QStringLiteral("0.21cm") } },
        bold);
    style(QStringLiteral("Contents_20_1"), QStringLiteral("Contents 1"), QStringLiteral("Standard"),
        QStringLiteral("index"), {}, {});
    style(QStringLiteral("Footnote"), QString(), QStringLiteral("Standard"),
        QStringLiteral("extra"), {}, size(QStringLiteral("9pt")));

    // Headings carry their numbers in their text (第1章 …): the outline
    // numbers none itself.
    xml.writeStartElement(QStringLiteral("text:outline-style"));
    xml.writeAttribute(QStringLiteral("style:name"), QStringLiteral("Outline"));
    for (int level = 1; level <= 10; ++level) {
        xml.writeEmptyElement(QStringLiteral("text:outline-level-style"));
        xml.writeAttribute(QStringLiteral("text:level"), QString::number(level));
        xml.writeAttribute(QStringLiteral("style:num-format"), QString());
    }
    xml.writeEndElement(); // text:outline-style
    xml.writeEndElement(); // office:styles

    xml.writeStartElement(QStringLiteral("office:automatic-styles"));
    xml.writeStartElement(QStringLiteral("style:page-layout"));
    xml.writeAttribute(QStringLiteral("style:name"), QStringLiteral("A4Portrait"));
    xml.writeEmptyElement(QStringLiteral("style:page-layout-properties"));
    xml.writeAttribute(QStringLiteral("fo:page-width"), QStringLiteral("21cm"));
    xml.writeAttribute(QStringLiteral("fo:page-height"), QStringLiteral("29.7cm"));
    xml.writeAttribute(QStringLiteral("style:print-orientation"), QStringLiteral("portrait"));
    xml.writeAttribute(QStringLiteral("fo:margin-top"), QStringLiteral("2.5cm"));
    xml.writeAttribute(QStringLiteral("fo:margin-bottom"), QStringLiteral("2.5cm"));
    xml.writeAttribute(QStringLiteral("fo:margin-left"), QStringLiteral("2cm"));
    xml.writeAttribute(QStringLiteral("fo:margin-right"), QStringLiteral("2cm"));
    xml.writeAttribute(QStringLiteral("style:writing-mode"), QStringLiteral("lr-tb"));
    xml.writeEndElement(); // style:page-layout
    xml.writeEndElement(); // office:automatic-styles

    xml.writeStartElement(QStringLiteral("office:master-styles"));
    xml.writeEmptyElement(QStringLiteral("style:master-page"));
    xml.writeAttribute(QStringLiteral("style:name"), QStringLiteral("Standard"));
    xml.writeAttribute(QStringLiteral("style:page-layout-name"), QStringLiteral("A4Portrait"));
    xml.writeEndElement(); // office:master-styles

    xml.writeEndElement(); // office:document-styles
    xml.writeEndDocument();
    return bytes;
}


} // namespace

DocumentOdtWriter::DocumentOdtWriter(const QTextDocument &document, const DocumentObjects *objects)
    : m_document(document)
    , m_objects(objects)
{
}

bool DocumentOdtWriter::write(QIODevice *device)
{
    m_error.clear();
    if (!device || !device->isWritable()) {
        m_error = Text::tr("the ODT file cannot be written: the output is not open for writing");
        return false;
    }
    OdtWalker walker(m_document, m_objects);
    const QByteArray content = walker.content();
    QString title = m_title.isEmpty() ? titleBlockText(m_document) : m_title;
    if (title.isEmpty())
        title = m_document.metaInformation(QTextDocument::DocumentTitle);
    const auto [language, country] = languageAndCountry(m_language);

    // The package is made in memory: KZip goes back to fill in sizes, which
    // a pipe or a socket as `device` would not allow.
    QByteArray package;
    QBuffer buffer(&package);
    buffer.open(QIODevice::WriteOnly);
    {
        KZip zip(&buffer);
        if (!zip.open(QIODevice::WriteOnly)) {
            m_error = Text::tr("the ODT package could not be made: %1").arg(zip.errorString());
            return false;
        }
        // ODF asks the first entry, mimetype, to be stored, without an
        // extra field, so that its name and content sit at fixed offsets.
        zip.setExtraField(KZip::NoExtraField);
        zip.setCompression(KZip::NoCompression);
        bool ok = zip.writeFile(QStringLiteral("mimetype"), odtMediaType.toLatin1());
        zip.setCompression(KZip::DeflateCompression);
        ok = ok
            && zip.writeFile(
                QStringLiteral("META-INF/manifest.xml"), manifestXml(walker.pictures()));
        ok = ok && zip.writeFile(QStringLiteral("meta.xml"), metaXml(title, m_author, m_language));
        ok = ok && zip.writeFile(QStringLiteral("styles.xml"), stylesXml(language, country));
        ok = ok && zip.writeFile(QStringLiteral("content.xml"), content);
        zip.setCompression(KZip::NoCompression); // PNG and JPEG are compressed already
        for (const Picture &picture : walker.pictures())
            ok = ok && zip.writeFile(picture.path, picture.data);
        if (!ok || !zip.close()) {
            m_error = Text::tr("the ODT package could not be made: %1").arg(zip.errorString());
            return false;
        }
    }
    for (qint64 done = 0; done < package.size();) {
        // A device may take part of the bytes at a time (a pipe); only a
        // refusal is an error.
        const qint64 written = device->write(package.constData() + done, package.size() - done);
        if (written <= 0) {
            m_error = Text::tr("the ODT file could not be written: %1")
                          .arg(device->errorString().isEmpty()
                                  ? Text::tr("the output stopped taking data")
                                  : device->errorString());
            return false;
        }
        done += written;
    }
    return true;
}
