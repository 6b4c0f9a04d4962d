#pragma once

#include "models/Plan.h"
#include "views/document/DocumentOptions.h"

#include <QCoreApplication>
#include <QSizeF>
#include <QTextCharFormat>
#include <memory>

class DocumentObjects;
class QTextDocument;

// Builds the plan document (計画書) as one QTextDocument, following the
// marks of DocumentMarks.h, from the plan and its part order
// (DocumentParts::effectiveOrder): the cover, contents, narrative
// chapters, and the generated parts (vision, structure, period, themes
// with their measure tables, candidates, roadmap, KPI table and charts,
// systems, glossary, revisions). A part with nothing to show is left out.
// Its words are in the plan's language (PrintedText, context
// "DocumentBuilder"); its numbers are the plan's (PlanNumbers).
//
// The document is laid out in logical pixels (96 per inch) with design
// metrics, so its lines break the same on screen, in the preview and in
// the PDF.
class DocumentBuilder
{
    Q_DECLARE_TR_FUNCTIONS(DocumentBuilder)

public:
    // `objects` paints the roadmap and KPI charts (in the PDF pages and the
    // preview too: the document's layout draws them through it); it must
    // outlive the document.
    DocumentBuilder(const Plan &plan, const DocumentOptions &options, const DocumentObjects *objects);

    std::unique_ptr<QTextDocument> build() const;

    // An empty document laid out as the plan document is: design metrics,
    // no margin, Japanese line breaking, the body width of `paper`, the
    // document font at `points` by default.
    static std::unique_ptr<QTextDocument> emptyDocument(QPageSize::PageSizeId paper, const QString &title,
                                                        qreal points);
    // The document font at `points`, in the document's pixels.
    static QTextCharFormat textFormat(qreal points, bool bold = false);

    // The printable area of a portrait page of `paper` and its margins, in points.
    static QSizeF bodySizePoints(QPageSize::PageSizeId paper);
    static qreal marginPoints();
    static constexpr qreal pixelsPerPoint = 96.0 / 72.0;

private:
    const Plan &m_plan;
    DocumentOptions m_options;
    const DocumentObjects *m_objects;
};
