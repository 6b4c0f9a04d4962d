#include "views/roadmap/RoadmapExporter.h"

#include "views/common/AtomicFile.h"
#include "views/roadmap/RoadmapLayout.h"
#include "views/roadmap/RoadmapPages.h"
#include "views/roadmap/RoadmapRenderer.h"
#include "views/roadmap/RoadmapStyle.h"
#include "views/common/PdfTextLayerFix.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QSvgGenerator>
#include <cmath>

namespace {

// The page in points, with its margins.
struct PagePoints
{
    QRectF paper;
    QMarginsF margins;
    qreal contentWidth() const { return paper.width() - margins.left() - margins.right(); }
};

// From millimetres: QPageLayout rounds its point sizes to whole points,
// which would make a PNG a pixel wider than the paper at its resolution.
PagePoints pagePoints(const RoadmapOptions &options)
{
    const QPageLayout layout = options.pageLayout();
    const qreal pointsPerMillimetre = 72 / 25.4;
    const QRectF paper = layout.fullRect(QPageLayout::Millimeter);
    const QMarginsF margins = layout.margins(QPageLayout::Millimeter);
    return { QRectF(paper.topLeft() * pointsPerMillimetre, paper.size() * pointsPerMillimetre),
             margins * pointsPerMillimetre };
}

} // namespace

bool RoadmapExporter::formatFromFileName(const QString &path, Format *format)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        *format = Format::Pdf;
    else if (suffix == QLatin1String("svg"))
        *format = Format::Svg;
    else if (suffix == QLatin1String("png"))
        *format = Format::Png;
    else
        return false;
    return true;
}

RoadmapExporter::RoadmapExporter(const Plan &plan, const RoadmapOptions &options)
    : m_plan(plan), m_options(options)
{
}

bool RoadmapExporter::fail(const QString &error)
{
    m_error = error;
    return false;
}

bool RoadmapExporter::exportFile(const QString &path, Format format)
{
    QString error;
    const auto write = [&](QIODevice *file) {
        return format == Format::Pdf ? writePdf(file) : format == Format::Svg ? writeSvg(file) : writePng(file);
    };
    if (!writeAtomically(path, write, &error))
        return error.isEmpty() ? false : fail(error);
    return true;
}

int RoadmapExporter::paintPages(QPagedPaintDevice *device, const Plan &plan,
                                const RoadmapOptions &options, QString *error, QString *drawnText)
{
    const RoadmapPages pages(plan, options, device->pageLayout().paintRect(QPageLayout::Point).size());
    if (drawnText)
        *drawnText = pages.textContent();
    QPainter painter;
    if (!painter.begin(device)) {
        *error = tr("The output cannot be opened for painting.");
        return 0;
    }
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    const qreal scale = device->logicalDpiX() / 72.0;
    painter.scale(scale, scale);
    for (int i = 0; i < pages.count(); ++i) {
        if (i > 0 && !device->newPage()) {
            *error = tr("A new page could not be started.");
            return 0;
        }
        pages.paint(&painter, i);
    }
    if (!painter.end()) {
        *error = tr("The pages could not be finished.");
        return 0;
    }
    return pages.count();
}

bool RoadmapExporter::writePdf(QIODevice *device)
{
    // Made in memory first: its text layer is corrected before it is written.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QString drawnText;
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(m_options.pageLayout());
        writer.setTitle(m_plan.info.title);
        writer.setCreator(QStringLiteral("DX Plan Studio"));
        if (paintPages(&writer, m_plan, m_options, &error, &drawnText) == 0)
            return fail(error);
    }
    QByteArray pdf = buffer.buffer();
    buffer.close();
    PdfTextLayerFix::apply(&pdf, QRawFont::fromFont(RoadmapStyle::font(RoadmapStyle::FontRole::Body)), drawnText);
    if (device->write(pdf) != pdf.size())
        return fail(device->errorString());
    return true;
}

bool RoadmapExporter::writeSvg(QIODevice *device)
{
    const PagePoints page = pagePoints(m_options);
    const RoadmapLayout layout(m_plan, m_options, page.contentWidth());
    const RoadmapRenderer renderer(m_plan, m_options, layout);
    const QSizeF size(layout.width() + page.margins.left() + page.margins.right(),
                      renderer.wholeHeight() + page.margins.top() + page.margins.bottom());
    QSvgGenerator svg;
    svg.setOutputDevice(device);
    svg.setResolution(72); // one SVG unit per point
    svg.setSize(size.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), size));
    svg.setTitle(m_plan.info.title);
    svg.setDescription(tr("Roadmap made with DX Plan Studio"));
    QPainter painter;
    if (!painter.begin(&svg))
        return fail(tr("The SVG output cannot be opened for painting."));
    painter.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    painter.translate(page.margins.left(), page.margins.top());
    renderer.paintWhole(&painter);
    if (!painter.end())
        return fail(tr("The SVG could not be finished."));
    return true;
}

QSize RoadmapExporter::pngSize() const
{
    const PagePoints page = pagePoints(m_options);
    const RoadmapLayout layout(m_plan, m_options, page.contentWidth());
    const RoadmapRenderer renderer(m_plan, m_options, layout);
    const qreal pixelsPerPoint = m_options.dpi / 72.0;
    const qreal width = layout.width() + page.margins.left() + page.margins.right();
    const qreal height = renderer.wholeHeight() + page.margins.top() + page.margins.bottom();
    return QSize(int(std::lround(width * pixelsPerPoint)), int(std::lround(height * pixelsPerPoint)));
}

bool RoadmapExporter::writePng(QIODevice *device)
{
    if (m_options.dpi < 1)
        return fail(tr("The resolution must be at least 1 dpi."));
    const QSize size = pngSize();
    if (qint64(size.width()) * size.height() > maximumPngPixels)
        return fail(tr("The roadmap is too large for one PNG image at %1 dpi (%2 x %3 pixels); "
                       "choose a lower resolution, fewer themes, or PDF.")
                        .arg(m_options.dpi).arg(size.width()).arg(size.height()));
    QImage image(size, QImage::Format_RGB32);
    if (image.isNull())
        return fail(tr("There is not enough memory for a %1 x %2 pixel image.")
                        .arg(size.width()).arg(size.height()));
    image.fill(Qt::white);
    const int dotsPerMeter = int(std::lround(m_options.dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);

    const PagePoints page = pagePoints(m_options);
    const RoadmapLayout layout(m_plan, m_options, page.contentWidth());
    const RoadmapRenderer renderer(m_plan, m_options, layout);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter.scale(m_options.dpi / 72.0, m_options.dpi / 72.0);
    painter.translate(page.margins.left(), page.margins.top());
    renderer.paintWhole(&painter);
    painter.end();

    QImageWriter writer(device, "png");
    if (!writer.write(image))
        return fail(writer.errorString());
    return true;
}
