#pragma once

#include <QTextFormat>

// The plan document is one QTextDocument (DocumentBuilder makes it); the
// PDF pages, the print preview, the HTML and the ODT are all written from
// it. These are the marks the builder leaves in it for the writers, beyond
// what QTextDocument already says itself (headingLevel() on heading blocks,
// QTextList on list items, QTextTable with headerRowCount(), anchors and
// links on character formats, QTextImageFormat for pictures).
//
// - A heading's text includes its number as the plan prints it
//   (第1章 計画の概要, 1 行政DXの推進, (1) ...). Heading level 1 is a chapter;
//   levels 1 to 3 are PDF bookmarks. The document title (cover) is not a
//   heading: it is a block with Role::DocumentTitle (the HTML's one <h1>),
//   so chapter headings (level 1) become <h2>, level 2 <h3>, and so on.
// - Every heading's first character carries an anchor name
//   (QTextCharFormat::anchorNames()), which table-of-contents entries and
//   glossary links point to with anchorHref "#name".
// - A paragraph with Role::TableCaption comes right before the table it
//   names; one with Role::FigureCaption right after the picture it names.
// - Pictures: QTextImageFormat::name() is a resource of the document (an
//   ImageResource holding a QImage), AltText holds their alternative text,
//   and ImageData / ImageMediaType the figure's original file (PNG, JPEG or
//   SVG bytes) for writers that embed originals (HTML, ODT).
// - Generated drawings (the roadmap, a KPI's chart) are custom objects of
//   ObjectType RoadmapObject / KpiChartObject; DocumentObjects paints them.
//   The roadmap's part holds only its heading and drawing, and every part
//   starts a page: the PDF gives that page over to A3 landscape pages.
namespace DocumentMarks {

enum Property {
    Role = QTextFormat::UserProperty + 1, // on block formats: a Role value
    AltText,                              // on image and object formats: QString
    ImageData,                            // on image formats: QByteArray
    ImageMediaType,                       // on image formats: image/png, image/jpeg, image/svg+xml
    ObjectItemId,                         // on KpiChartObject: the KPI's id
    // In a comparison (新旧対照表, marked-up document): on character
    // formats a TextChange value, on table cell formats true for a cell
    // whose content changed. The formats also look the part (red,
    // underlined or struck through, a yellow cell) for the PDF; the HTML
    // and ODT writers write them as what they mean.
    TextChangeMark,
    ChangedCell,
};

enum class TextChange { None = 0, Added, Removed };

enum class BlockRole {
    Body = 0,
    DocumentTitle,  // the plan's title on the cover
    CoverLine,      // organisation, period, date on the cover
    TableCaption,   // names the table that follows
    FigureCaption,  // names the picture before it
    TocEntry,       // a table-of-contents line (a link to a heading)
    Note,           // a footnote's text at the end of its chapter
    RunningHeader,  // never in the flow: the PDF's page header text
};

enum ObjectType {
    RoadmapObject = QTextFormat::UserObject + 1,
    KpiChartObject = QTextFormat::UserObject + 2,
};

inline TextChange textChangeOf(const QTextFormat &format)
{
    return static_cast<TextChange>(format.intProperty(TextChangeMark));
}

inline BlockRole roleOf(const QTextFormat &format)
{
    return static_cast<BlockRole>(format.intProperty(Role));
}

} // namespace DocumentMarks
