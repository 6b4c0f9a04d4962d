#include "views/document/PlanDrawings.h"

#include "models/ScheduleYears.h"
#include "models/Numbering.h"
#include "views/common/PhaseText.h"
#include "views/common/PrintedText.h"
#include "views/document/DocumentBuilder.h"
#include "views/document/DocumentMarks.h"
#include "views/kpi/KpiDashboardRenderer.h"
#include "views/roadmap/RoadmapLayout.h"
#include "views/roadmap/RoadmapRenderer.h"

#include <QPainter>

namespace {

const char *const context = "DocumentBuilder";

// A KPI chart in the flow: the dashboard tile's design size, in points.
const QSizeF kpiChartPoints(300, 197);

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

PlanDrawings::PlanDrawings(const Plan &plan, const DocumentOptions &options) : m_plan(plan), m_options(options)
{
}

RoadmapOptions PlanDrawings::roadmapOptions() const
{
    RoadmapOptions options;
    options.paper = RoadmapOptions::Paper::A3;
    options.orientation = QPageLayout::Landscape;
    options.eraStyle = m_options.era;
    options.today = m_options.asOf;
    options.showDepartments = true;
    return options;
}

struct PlanDrawings::Roadmap
{
    Roadmap(const Plan &plan, const RoadmapOptions &options)
        : layout(plan, options, options.pageLayout().paintRect(QPageLayout::Point).width()),
          renderer(plan, options, layout)
    {
    }
    RoadmapLayout layout;
    RoadmapRenderer renderer;
};

const PlanDrawings::Roadmap &PlanDrawings::roadmap() const
{
    if (!m_roadmap)
        m_roadmap = std::make_shared<const Roadmap>(m_plan, roadmapOptions());
    return *m_roadmap;
}

QSizeF PlanDrawings::size(const QTextFormat &format) const
{
    const qreal width = DocumentBuilder::bodySizePoints(m_options.paper).width();
    if (format.objectType() == DocumentMarks::RoadmapObject)
        return QSizeF(width, roadmap().renderer.wholeHeight() * width / roadmap().layout.width());
    return kpiChartPoints;
}

void PlanDrawings::paint(QPainter *painter, const QRectF &rect, const QTextFormat &format) const
{
    painter->save();
    if (format.objectType() == DocumentMarks::RoadmapObject) {
        painter->translate(rect.topLeft());
        const qreal scale = rect.width() / roadmap().layout.width();
        painter->scale(scale, scale);
        roadmap().renderer.paintWhole(painter);
    } else if (const Kpi *kpi = m_plan.kpi(format.intProperty(DocumentMarks::ObjectItemId))) {
        KpiDashboardRenderer renderer(m_plan);
        renderer.setAsOf(m_options.asOf);
        renderer.setEraStyle(m_options.era);
        // The tile is designed in logical pixels; scale it into the rectangle.
        const QSizeF design = KpiDashboardRenderer::tileDesignSize();
        painter->translate(rect.topLeft());
        painter->scale(rect.width() / design.width(), rect.height() / design.height());
        renderer.paintSingle(painter, QRectF(QPointF(0, 0), design), *kpi);
    }
    painter->restore();
}

QString PlanDrawings::altText(const QTextFormat &format) const
{
    return format.stringProperty(DocumentMarks::AltText);
}

QString PlanDrawings::textAlternativeHtml(const QTextFormat &format) const
{
    if (format.objectType() != DocumentMarks::RoadmapObject)
        return QString();
    // The roadmap's schedule as a table: a measure per row, a fiscal year
    // per column, what happens in that year in each cell.
    const FiscalYear::EraStyle era = m_plan.info.language == QLatin1String("ja") ? m_options.era
                                                                                 : FiscalYear::EraStyle::Western;
    const auto [first, last] = m_plan.periodYears();
    const PlanNumbers numbers(m_plan);
    QString html = QStringLiteral("<table class=\"schedule\">\n<caption>%1</caption>\n<thead><tr><th scope=\"col\">%2</th>")
                       .arg(escaped(PrintedText::text(m_plan.info, context, QT_TRANSLATE_NOOP("DocumentBuilder", "Roadmap as a table"))),
                            escaped(PrintedText::text(m_plan.info, context, QT_TRANSLATE_NOOP("DocumentBuilder", "Measure"))));
    for (int year = first; year <= last; ++year)
        html += QStringLiteral("<th scope=\"col\">%1</th>").arg(escaped(FiscalYear::shortLabel(year, era)));
    html += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const Theme &t : m_plan.themes) {
        for (const Measure &m : t.measures) {
            html += QStringLiteral("<tr><th scope=\"row\">%1</th>")
                        .arg(escaped(numbers.fullMeasure(m.id) + QChar(0x3000) + m.title));
            for (int year = first; year <= last; ++year) {
                const int kind = ScheduleYears::kindInYear(m.phases, year);
                QStringList cell;
                if (kind >= 0)
                    cell << PhaseText::kindName(m_plan.info, Phase::Kind(kind));
                for (const Milestone &ms : m.milestones)
                    if (ms.year == year)
                        cell << QStringLiteral("◆") + ms.label;
                html += QStringLiteral("<td>%1</td>").arg(escaped(cell.join(QStringLiteral(" "))));
            }
            html += QStringLiteral("</tr>\n");
        }
    }
    html += QStringLiteral("</tbody>\n</table>\n");
    return html;
}
