#include "views/kpi/KpiExporter.h"

#include "models/DateText.h"
#include "models/KpiStatus.h"

#include "views/common/DrawnTextRecorder.h"
#include "views/common/PdfTextLayerFix.h"
#include "views/common/PrintedText.h"
#include "views/kpi/KpiChartBuilder.h"
#include "views/kpi/KpiDashboardRenderer.h"
#include "views/kpi/KpiFormat.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QBuffer>
#include <QChart>
#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QSaveFile>
#include <QSvgGenerator>

#include <memory>

namespace {

const qreal tilePixels = 1.25; // default tile size in pictures, times the design size
const int largestSide = 16384;

} // namespace

bool KpiExporter::formatOf(const QString &path, Format *format)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        *format = Format::Png;
    else if (suffix == QLatin1String("svg"))
        *format = Format::Svg;
    else if (suffix == QLatin1String("pdf"))
        *format = Format::Pdf;
    else
        return false;
    return true;
}

QSizeF KpiExporter::logicalPageSize(const QPageLayout &layout)
{
    return layout.paintRect(QPageLayout::Point).size() * (96.0 / 72.0);
}

QSize KpiExporter::defaultDashboardSize(int count)
{
    const QSizeF tile = KpiDashboardRenderer::tileDesignSize() * tilePixels;
    const int columns = qBound(1, count, 4);
    const int rows = qMax(1, (count + columns - 1) / columns);
    const QRectF page(0, 0, 1000, 1000);
    const QRectF body = KpiDashboardRenderer::bodyRect(page, false);
    const qreal chrome = page.height() - body.height();
    return QSize(qMax(720, qRound(columns * tile.width() + page.width() - body.width())),
                 qRound(rows * tile.height() + chrome));
}

KpiExporter::KpiExporter(const Plan &plan)
    : m_plan(plan), m_asOf(QDate::currentDate()),
      m_pageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(8, 8, 8, 8), QPageLayout::Millimeter)
{
}

bool KpiExporter::chartsAvailable()
{
    return qobject_cast<QApplication *>(QCoreApplication::instance()) != nullptr;
}

bool KpiExporter::fail(const QString &message)
{
    m_error = message;
    return false;
}

KpiExporter::PagePainter KpiExporter::dashboardPainter(bool paged) const
{
    return [this, paged](QPainter *painter, const QRectF &rect, int page) {
        KpiDashboardRenderer renderer(m_plan);
        renderer.setAsOf(m_asOf);
        renderer.setEraStyle(m_era);
        if (paged)
            renderer.paintPage(painter, rect, page);
        else
            renderer.paintAll(painter, rect);
    };
}

KpiExporter::PagePainter KpiExporter::chartPainter(const Kpi &kpi) const
{
    return [this, kpi](QPainter *painter, const QRectF &rect, int) {
        if (!chartsAvailable()) {
            KpiDashboardRenderer renderer(m_plan);
            renderer.setAsOf(m_asOf);
            renderer.setEraStyle(m_era);
            renderer.paintSingle(painter, rect, kpi);
            return;
        }
        // A chart handed out on its own says whose it is, as of when, and
        // how the KPI stands: the plan's title, the date and the status
        // line, in a band under the chart.
        // In the plan's language, like the rest of the chart: the status
        // word, then the latest actual and its date.
        const KpiStatus status(kpi, m_asOf);
        QString standing = KpiFormat::statusText(status.status(), m_plan.info.language);
        if (const std::optional<KpiActual> latest = status.latestActual())
            standing += QStringLiteral(" — %1 (%2)").arg(KpiFormat::actual(*latest, kpi), DateText::format(latest->date, m_era));
        const QString footer = QStringLiteral("%1 — %2 — %3")
                                   .arg(m_plan.info.title, DateText::format({ m_asOf, false }, m_era), standing);
        QFont footerFont = painter->font();
        footerFont.setPixelSize(qMax(10, int(rect.height() / 50)));
        const QFontMetricsF metrics(footerFont);
        const qreal band = metrics.height() * 2.4;
        painter->save();
        painter->setFont(footerFont);
        painter->setPen(QColor(0x44, 0x44, 0x44));
        painter->drawText(QRectF(rect.left() + 12, rect.bottom() - band, rect.width() - 24, band),
                          Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, footer);
        painter->restore();
        const QRectF chartRect(rect.topLeft(), QSizeF(rect.width(), rect.height() - band));

        KpiChartBuilder::Options options;
        options.era = m_era;
        options.asOf = m_asOf;
        options.titleWidth = rect.width() - 60;
        // Full year labels (令和10(2028)年度) need about 140 pixels a year.
        int first = 0;
        int last = 0;
        KpiFormat::yearRange(kpi, m_plan.info.startYear, m_plan.info.endYear, &first, &last);
        options.shortYearLabels = rect.width() < 140 * (last - first + 1) + 80;
        std::unique_ptr<QChart> chart(KpiChartBuilder::build(m_plan, kpi, options));
        KpiChartBuilder::render(chart.get(), painter, chartRect, chartRect.size());
    };
}

int KpiExporter::dashboardPages() const
{
    KpiDashboardRenderer renderer(m_plan);
    return renderer.pageCount(logicalPageSize(m_pageLayout));
}

bool KpiExporter::exportDashboard(const QString &path)
{
    // PDF pages hold a fixed grid each; a picture fits every tile in one.
    Format format = Format::Png;
    const bool paged = formatOf(path, &format) && format == Format::Pdf;
    return write(path, defaultDashboardSize(int(m_plan.kpis.size())), PrintedText::text(m_plan.info, "KpiExporter", QT_TRANSLATE_NOOP("KpiExporter", "KPI dashboard")), paged ? dashboardPages() : 1,
                 dashboardPainter(paged));
}

bool KpiExporter::exportChart(int kpiId, const QString &path)
{
    const Kpi *kpi = m_plan.kpi(kpiId);
    if (!kpi)
        return fail(tr("The plan has no such KPI."));
    return write(path, defaultChartSize(), kpi->name, 1, chartPainter(*kpi));
}

bool KpiExporter::printDashboard(QPagedPaintDevice *device)
{
    KpiDashboardRenderer renderer(m_plan);
    return paintPages(device, renderer.pageCount(logicalPageSize(device->pageLayout())), dashboardPainter(true));
}

bool KpiExporter::printChart(int kpiId, QPagedPaintDevice *device)
{
    const Kpi *kpi = m_plan.kpi(kpiId);
    if (!kpi)
        return fail(tr("The plan has no such KPI."));
    return paintPages(device, 1, chartPainter(*kpi));
}

QString KpiExporter::recordText(const QPagedPaintDevice &device, int pages, const PagePainter &paint)
{
    // The same pages painted once more, onto a device that keeps only the
    // text, laid out at the same size and resolution.
    DrawnTextRecorder recorder(QSizeF(device.width(), device.height()), device.logicalDpiX());
    const QSizeF logical = logicalPageSize(device.pageLayout());
    const qreal scale = device.width() / logical.width();
    QPainter painter(&recorder);
    for (int page = 0; page < pages; ++page) {
        painter.save();
        painter.scale(scale, scale);
        paint(&painter, QRectF(QPointF(0, 0), QSizeF(logical.width(), device.height() / scale)), page);
        painter.restore();
    }
    painter.end();
    return recorder.text();
}

bool KpiExporter::paintPages(QPagedPaintDevice *device, int pages, const PagePainter &paint)
{
    m_error.clear();
    QPainter painter;
    if (!painter.begin(device))
        return fail(tr("Could not start painting the pages."));
    const QSizeF logical = logicalPageSize(device->pageLayout());
    const qreal scale = device->width() / logical.width();
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device->newPage()) {
            painter.end();
            return fail(tr("Could not start a new page."));
        }
        painter.save();
        painter.scale(scale, scale);
        paint(&painter, QRectF(QPointF(0, 0), QSizeF(logical.width(), device->height() / scale)), page);
        painter.restore();
    }
    if (!painter.end())
        return fail(tr("Could not finish the pages."));
    return true;
}

bool KpiExporter::write(const QString &path, const QSize &defaultSize, const QString &title, int pages,
                        const PagePainter &paint)
{
    m_error.clear();
    Format format;
    if (!formatOf(path, &format))
        return fail(tr("%1: unknown format; use a .pdf, .svg or .png file name").arg(path));
    const QSize size = m_imageSize.isValid() ? m_imageSize : defaultSize;
    if (format != Format::Pdf && (size.width() > largestSide || size.height() > largestSide))
        return fail(tr("%1: a picture can be at most %2 pixels wide and high").arg(path).arg(largestSide));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("%1: %2").arg(path, file.errorString()));
    bool painted = false;
    switch (format) {
    case Format::Png: {
        QImage image(size, QImage::Format_RGB32); // opaque: smaller files
        if (image.isNull())
            return fail(tr("%1: not enough memory for a picture of this size").arg(path));
        image.fill(Qt::white);
        QPainter painter(&image);
        paint(&painter, QRectF(QPointF(0, 0), size), 0);
        painter.end();
        painted = image.save(&file, "PNG");
        break;
    }
    case Format::Svg: {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(title);
        generator.setDescription(m_plan.info.title);
        QPainter painter;
        painted = painter.begin(&generator);
        if (painted) {
            painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);
            paint(&painter, QRectF(QPointF(0, 0), size), 0);
            painted = painter.end();
        }
        break;
    }
    case Format::Pdf: {
        // Written in memory first: the text layer is repaired before the
        // file gets its bytes.
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString drawnText;
        {
            QPdfWriter writer(&buffer);
            writer.setPageLayout(m_pageLayout);
            writer.setResolution(300);
            writer.setTitle(title);
            writer.setCreator(QStringLiteral("DX Plan Studio"));
            painted = paintPages(&writer, pages, paint);
            drawnText = recordText(writer, pages, paint);
        }
        if (painted) {
            QByteArray pdf = buffer.data();
            PdfTextLayerFix::apply(&pdf, QRawFont::fromFont(QFont(KpiFormat::fontFamily())), drawnText);
            painted = file.write(pdf) == pdf.size();
        }
        break;
    }
    }
    if (!painted) {
        file.cancelWriting();
        return fail(m_error.isEmpty() ? tr("%1: could not write the file").arg(path)
                                      : QStringLiteral("%1: %2").arg(path, m_error));
    }
    if (!file.commit())
        return fail(QStringLiteral("%1: %2").arg(path, file.errorString()));
    return true;
}
