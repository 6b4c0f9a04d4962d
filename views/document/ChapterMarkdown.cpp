#include "views/document/ChapterMarkdown.h"

#include "models/DocumentParts.h"
#include "models/Plan.h"
#include "views/common/PrintedText.h"
#include "views/document/DocumentMarks.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>

namespace ChapterMarkdown {

namespace {

const char *const context = "DocumentBuilder";
const QString figureScheme = QStringLiteral("figure:");
const QString glossaryScheme = QStringLiteral("glossary:");

// The id after a scheme ("figure:12" -> 12), 0 when it is not one.
int idIn(const QString &target, const QString &scheme)
{
    if (!target.startsWith(scheme))
        return 0;
    bool ok = false;
    const int id = target.mid(scheme.size()).toInt(&ok);
    return ok && id > 0 ? id : 0;
}

// The figure's pixels: PNG and JPEG as they are, SVG drawn at twice its
// size for print; a null image for bytes that are no picture.
QImage figureImage(const Figure &figure)
{
    if (figure.mediaType == QLatin1String("image/svg+xml")) {
        QSvgRenderer svg(figure.data);
        if (!svg.isValid())
            return QImage();
        QSize size = svg.defaultSize().boundedTo(QSize(2000, 2000)) * 2;
        if (size.isEmpty())
            size = QSize(800, 600);
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        svg.render(&painter);
        return image;
    }
    QBuffer buffer;
    buffer.setData(figure.data);
    QImageReader reader(&buffer);
    return reader.read();
}

} // namespace

QString figureTarget(int figureId)
{
    return figureScheme + QString::number(figureId);
}

QString glossaryTarget(int entryId)
{
    return glossaryScheme + QString::number(entryId);
}

void addFigureResources(QTextDocument *document, const Plan &plan)
{
    for (const Figure &f : plan.figures) {
        const QImage image = figureImage(f);
        if (!image.isNull())
            document->addResource(QTextDocument::ImageResource, QUrl(figureTarget(f.id)), image);
    }
}

void insert(QTextCursor &cursor, const Plan &plan, const Chapter &chapter, int *noteNumber)
{
    QTextDocument *document = cursor.document();
    QTextDocument source;
    source.setMarkdown(chapter.text, QTextDocument::MarkdownDialectGitHub);
    // A GitHub table always has its header row: it repeats on every page
    // and becomes header cells.
    for (QTextFrame *frame : source.rootFrame()->childFrames())
        if (auto *table = qobject_cast<QTextTable *>(frame)) {
            QTextTableFormat f = table->format();
            f.setHeaderRowCount(1);
            table->setFormat(f);
        }
    // The chapter's title is level 1; its shallowest heading, # or ##,
    // becomes level 2, and the rest keep their steps below it.
    int shallowest = 7;
    for (QTextBlock b = source.begin(); b.isValid(); b = b.next())
        if (b.blockFormat().headingLevel() > 0)
            shallowest = qMin(shallowest, b.blockFormat().headingLevel());
    const int headingShift = 2 - shallowest;
    // An inserted fragment's first block merges into the block it lands
    // in and takes that block's format: an empty first block keeps the
    // text's first heading or list item what it is.
    QTextCursor(&source).insertBlock();
    const int firstBlock = cursor.block().blockNumber() + 1;
    cursor.insertFragment(QTextDocumentFragment(&source));
    const int end = cursor.position();

    const bool links = plan.info.termStyle == PlanInfo::TermStyle::Links
        && DocumentParts::effectiveOrder(plan).contains(QStringLiteral("glossary"));
    const QFont bodyFont = document->defaultFont();
    const qreal width = document->textWidth() > 0 ? document->textWidth() : 600;

    // First the blocks' own formats (no text moves), and what to change
    // in the text, in order; then the changes from the last to the first,
    // so the positions found stay true.
    struct Change
    {
        int position;
        int length;
        QTextCharFormat format;
        const Figure *figure = nullptr;        // a figure's picture
        const GlossaryEntry *note = nullptr;   // a term that gets a numbered note
        int number = 0;                        // the note's or figure's number
    };
    QList<Change> changes;
    QList<const GlossaryEntry *> notes;
    int figureNumber = 0;
    for (QTextBlock block = document->findBlockByNumber(firstBlock); block.isValid() && block.position() <= end;
         block = block.next()) {
        QTextBlockFormat bf = block.blockFormat();
        bf.setLineHeight(150, QTextBlockFormat::ProportionalHeight);
        if (bf.headingLevel() > 0)
            bf.setHeadingLevel(qMin(bf.headingLevel() + headingShift, 6));
        QTextCursor(block).setBlockFormat(bf);
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat f = fragment.charFormat();
            Change change { fragment.position(), fragment.length(), f };
            if (f.isImageFormat()) {
                change.figure = findById(plan.figures, idIn(f.toImageFormat().name(), figureScheme));
                change.number = ++figureNumber;
                changes << change;
            } else if (f.isAnchor()) {
                const GlossaryEntry *entry = findById(plan.glossary, idIn(f.anchorHref(), glossaryScheme));
                if (!entry)
                    continue;
                if (!links) {
                    change.note = entry;
                    change.number = *noteNumber + int(notes.size());
                    notes << entry;
                }
                changes << change;
            }
        }
    }
    for (auto it = changes.crbegin(); it != changes.crend(); ++it) {
        const Change &c = *it;
        QTextCursor range(document);
        range.setPosition(c.position);
        range.setPosition(c.position + c.length, QTextCursor::KeepAnchor);
        if (c.format.isImageFormat()) {
            QTextImageFormat image = c.format.toImageFormat();
            const QVariant pixels = document->resource(QTextDocument::ImageResource, QUrl(image.name()));
            if (!c.figure || !pixels.isValid()) {
                // No such figure: its alternative text stands in for it.
                QTextCharFormat text;
                text.setFont(bodyFont);
                range.insertText(QStringLiteral("[%1]").arg(image.property(QTextFormat::ImageAltText).toString()), text);
                continue;
            }
            const QImage picture = pixels.value<QImage>();
            const qreal scale = qMin<qreal>(1.0, width * 0.9 / qMax(1, picture.width()));
            image.setWidth(picture.width() * scale);
            image.setHeight(picture.height() * scale);
            image.setProperty(DocumentMarks::AltText, c.figure->altText.isEmpty() ? c.figure->caption : c.figure->altText);
            image.setProperty(DocumentMarks::ImageData, c.figure->data);
            image.setProperty(DocumentMarks::ImageMediaType, c.figure->mediaType);
            range.setCharFormat(image);
            // The picture centred, its caption in a block of its own after it.
            QTextBlockFormat centred = range.block().blockFormat();
            centred.setAlignment(Qt::AlignCenter);
            range.setBlockFormat(centred);
            QTextCursor after(range.block());
            after.movePosition(QTextCursor::EndOfBlock);
            QTextBlockFormat caption = centred;
            caption.setProperty(DocumentMarks::Role, int(DocumentMarks::BlockRole::FigureCaption));
            caption.setHeadingLevel(0);
            QTextCharFormat text;
            text.setFont(bodyFont);
            after.insertBlock(caption, text);
            after.insertText(PrintedText::text(plan.info, context, QT_TRANSLATE_NOOP("DocumentBuilder", "Figure %1")).arg(c.number)
                                 + QChar(0x3000) + c.figure->caption,
                             text);
        } else if (c.note) {
            // The term reads as plain text with ※n after it.
            QTextCharFormat plain = c.format;
            plain.setAnchor(false);
            plain.setAnchorHref(QString());
            plain.setFontUnderline(false);
            plain.clearForeground();
            range.setCharFormat(plain);
            QTextCharFormat mark = plain;
            mark.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
            range.clearSelection();
            range.setPosition(c.position + c.length);
            range.insertText(QStringLiteral("※%1").arg(c.number), mark);
        } else {
            QTextCharFormat link = c.format;
            link.setAnchorHref(QStringLiteral("#term-%1").arg(idIn(c.format.anchorHref(), glossaryScheme)));
            range.setCharFormat(link);
        }
    }
    cursor.movePosition(QTextCursor::End);
    // The notes of the chapter's terms, after its text.
    QTextCharFormat noteText;
    QFont small = bodyFont;
    small.setPixelSize(qMax(8, bodyFont.pixelSize() - 2));
    noteText.setFont(small);
    for (const GlossaryEntry *entry : notes) {
        QTextBlockFormat f;
        f.setProperty(DocumentMarks::Role, int(DocumentMarks::BlockRole::Note));
        f.setLineHeight(130, QTextBlockFormat::ProportionalHeight);
        cursor.insertBlock(f, noteText);
        cursor.insertText(QStringLiteral("※%1　%2：%3").arg(*noteNumber).arg(entry->term, entry->explanation), noteText);
        ++*noteNumber;
    }
}

void preview(QTextDocument *document, const Plan &plan, const Chapter &chapter)
{
    document->clear();
    addFigureResources(document, plan);
    QTextCursor cursor(document);
    int noteNumber = 1;
    insert(cursor, plan, chapter, &noteNumber);
}

} // namespace ChapterMarkdown
