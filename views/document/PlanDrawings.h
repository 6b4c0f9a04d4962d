#pragma once

#include "models/Plan.h"
#include "views/document/DocumentObjects.h"
#include "views/document/DocumentOptions.h"
#include "views/roadmap/RoadmapOptions.h"

#include <QObject>
#include <QTextObjectInterface>

class QTextDocument;

// The plan document's drawings, from the renderers the rest of the
// application uses: the roadmap (RoadmapRenderer, the whole roadmap
// scaled to the text width) and a KPI's chart (KpiDashboardRenderer's
// tile). No drawing code of its own.
class PlanDrawings : public DocumentObjects
{
public:
    // The plan must outlive the drawings.
    PlanDrawings(const Plan &plan, const DocumentOptions &options);

    QSizeF size(const QTextFormat &format) const override;
    void paint(QPainter *painter, const QRectF &rect, const QTextFormat &format) const override;
    QString altText(const QTextFormat &format) const override;
    QString textAlternativeHtml(const QTextFormat &format) const override;

    // The roadmap options the document prints with (A3 landscape, the
    // document's era and day).
    RoadmapOptions roadmapOptions() const;

private:
    const Plan &m_plan;
    DocumentOptions m_options;
};

// Lets a QTextDocument lay out and paint the drawings in its flow (the PDF
// pages and the print preview). The roadmap takes one line in the flow:
// the PDF gives it its own pages instead.
class DrawingsInFlow : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    DrawingsInFlow(const DocumentObjects *objects, QObject *parent = nullptr);
    // Registers a handler for every drawing type on the document's layout.
    static void install(QTextDocument *document, const DocumentObjects *objects);

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

private:
    const DocumentObjects *m_objects;
};
