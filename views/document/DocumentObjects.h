#pragma once

#include <QRectF>
#include <QSizeF>
#include <QString>

class QPainter;
class QTextFormat;

// The generated drawings of a plan document (the roadmap, KPI charts): the
// custom objects DocumentMarks::ObjectType names. Every writer draws them
// through here, so the document has no drawing code of its own: the PDF
// and print preview paint them as vectors, the HTML inlines them as SVG,
// the ODT embeds them as pictures.
class DocumentObjects
{
public:
    virtual ~DocumentObjects() = default;
    // The object's size in the flow, in points.
    virtual QSizeF size(const QTextFormat &format) const = 0;
    // Paints the object into `rect` (points).
    virtual void paint(QPainter *painter, const QRectF &rect, const QTextFormat &format) const = 0;
    // Its alternative text: what a screen reader says instead.
    virtual QString altText(const QTextFormat &format) const = 0;
    // Where the drawing's content is also given as data (the roadmap's
    // schedule as a table): an HTML fragment that follows the drawing in
    // the HTML; empty when there is none.
    virtual QString textAlternativeHtml(const QTextFormat &format) const = 0;
};
