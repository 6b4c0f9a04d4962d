#include "views/roadmap/RoadmapExporter.h"

#include "models/LargeBuffer.h"
#include "views/common/AtomicFile.h"
#include "views/roadmap/RoadmapLayout.h"
#include "views/roadmap/RoadmapPages.h"
#include "views/roadmap/RoadmapRenderer.h"
#include "views/roadmap/RoadmapStyle.h"
#include "views/common/PdfJoin.h"
#include "views/common/PdfTextLayerFix.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QSvgGenerator>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QThread>
#include <algorithm>
#include <cmath>
#include <csetjmp>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <png.h>

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

// Pixels of PNG painted at a time: a band of about a megabyte per thousand
// pixels of width, whatever the picture's height.
constexpr int pngBandPixels = 512;
// Points of SVG painted at a time, about a printed page of rows: small in
// memory, large enough that each band's own markup is a small part.
constexpr qreal svgBandPoints = 800;

// A PNG written a row at a time with libpng: only the rows handed over are
// in memory, never the picture.
class PngStream
{
public:
    explicit PngStream(QIODevice *device) : m_device(device)
    {
        m_png = png_create_write_struct(PNG_LIBPNG_VER_STRING, this, &PngStream::onError, &PngStream::onWarning);
        if (m_png)
            m_info = png_create_info_struct(m_png);
    }
    ~PngStream() { png_destroy_write_struct(&m_png, m_info ? &m_info : nullptr); }

    // 8-bit RGB, `dpi` in its pHYs chunk, taken from rows of a
    // QImage::Format_RGB32 image as they are in memory (B, G, R, unused on
    // a little-endian machine, X, R, G, B on a big-endian one): no copy or
    // conversion of the picture's rows.
    bool begin(const QSize &size, int dpi)
    {
        if (!m_png || !m_info)
            return fail(RoadmapExporter::tr("There is not enough memory to write a PNG image."));
        const png_uint_32 dotsPerMetre = png_uint_32(std::lround(dpi / 0.0254));
        return guarded([&] {
            png_set_write_fn(m_png, this, &PngStream::onWrite, &PngStream::onFlush);
            png_set_IHDR(m_png, m_info, png_uint_32(size.width()), png_uint_32(size.height()), 8, PNG_COLOR_TYPE_RGB,
                         PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
            png_set_pHYs(m_png, m_info, dotsPerMetre, dotsPerMetre, PNG_RESOLUTION_METER);
            // Chosen for a roadmap's flat colours and text: libpng's default
            // (every filter tried on every row, zlib level 6) took 50 s for
            // the 341 pages of a 10,000-measure plan, this takes 19 s, for
            // files 9 % larger.
            png_set_filter(m_png, PNG_FILTER_TYPE_BASE, PNG_FILTER_SUB);
            png_set_compression_level(m_png, 3);
            png_write_info(m_png, m_info);
            if (QSysInfo::ByteOrder == QSysInfo::LittleEndian) {
                png_set_bgr(m_png);
                png_set_filler(m_png, 0, PNG_FILLER_AFTER);
            } else {
                png_set_filler(m_png, 0, PNG_FILLER_BEFORE);
            }
        });
    }
    // `count` rows of `image` (Format_RGB32, the picture's width) from
    // row `first`, in order.
    bool write(const QImage &image, int first, int count)
    {
        return guarded([&] {
            for (int y = first; y < first + count; ++y)
                png_write_row(m_png, image.constScanLine(y));
        });
    }
    bool end()
    {
        return guarded([&] { png_write_end(m_png, m_info); });
    }
    QString errorString() const { return m_error; }

private:
    bool fail(const QString &error)
    {
        m_error = error;
        return false;
    }
    // libpng reports an error by a long jump back to the last setjmp: every
    // libpng call is made through here, so the jump only skips libpng's own
    // frames and these lambdas, which own nothing.
    template<typename Call>
    bool guarded(const Call &call)
    {
        if (setjmp(png_jmpbuf(m_png)))
            return false;
        call();
        return true;
    }
    static PngStream *self(png_structp png) { return static_cast<PngStream *>(png_get_error_ptr(png)); }
    static void onError(png_structp png, png_const_charp message)
    {
        if (self(png)->m_error.isEmpty())
            self(png)->m_error = QString::fromUtf8(message);
        png_longjmp(png, 1);
    }
    static void onWarning(png_structp, png_const_charp) { }
    static void onWrite(png_structp png, png_bytep data, png_size_t length)
    {
        QIODevice *device = static_cast<PngStream *>(png_get_io_ptr(png))->m_device;
        if (device->write(reinterpret_cast<const char *>(data), qint64(length)) != qint64(length)) {
            self(png)->m_error = device->errorString();
            png_error(png, "write failed");
        }
    }
    static void onFlush(png_structp) { }

    QIODevice *m_device;
    png_structp m_png = nullptr;
    png_infop m_info = nullptr;
    QString m_error;
};

// Paints a picture of `size` pixels at `dpi` into a PNG, `bandPixels` rows
// at a time. `paint` gets a painter in points at the picture's top left and
// the band, in points, that it must cover; whatever it paints outside the
// band is cut off, so painting a little more than the band (the rows that
// reach into it) gives the very pixels of one whole painting.
bool writePngInBands(QIODevice *device, const QSize &size, int dpi, int bandPixels,
                     const std::function<void(QPainter *painter, qreal top, qreal bottom)> &paint, QString *error)
{
    PngStream png(device);
    if (!png.begin(size, dpi)) {
        *error = png.errorString();
        return false;
    }
    const qreal pixelsPerPoint = dpi / 72.0;
    // Each band is painted with a few rows more above and below, which are
    // not written: a line cut at the image's edge antialiases a shade
    // differently there, so no row written lies at a cut.
    const int overlap = 4;
    // One image for every band, the last one's spare rows left unwritten.
    const int bandHeight = qMin(bandPixels, size.height()) + 2 * overlap;
    QImage band(size.width(), bandHeight, QImage::Format_RGB32);
    if (band.isNull()) {
        *error = RoadmapExporter::tr("There is not enough memory for a %1 x %2 pixel image.")
                     .arg(size.width()).arg(bandHeight);
        return false;
    }
    for (int top = 0; top < size.height(); top += bandPixels) {
        const int height = qMin(bandPixels, size.height() - top);
        band.fill(Qt::white);
        QPainter painter(&band);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        painter.translate(0, overlap - top); // whole pixels: the band's pixels are the picture's
        painter.scale(pixelsPerPoint, pixelsPerPoint);
        paint(&painter, (top - overlap) / pixelsPerPoint, (top + height + overlap) / pixelsPerPoint);
        painter.end();
        if (!png.write(band, overlap, height)) {
            *error = png.errorString();
            return false;
        }
    }
    if (!png.end()) {
        *error = png.errorString();
        return false;
    }
    return true;
}

// One SVG unit per point, `size` points: a whole roadmap or one page.
void setUpSvg(QSvgGenerator *svg, const QSizeF &size)
{
    svg->setResolution(72);
    svg->setSize(size.toSize());
    svg->setViewBox(QRectF(QPointF(0, 0), size));
}

// Where the drawing starts in a document QSvgGenerator wrote: after the
// root element's start tag and its title and description.
qsizetype svgDrawingStart(const QByteArray &svg)
{
    qsizetype start = svg.indexOf('>', svg.indexOf("<svg")) + 1;
    for (const QByteArray &tag : { QByteArrayLiteral("</title>"), QByteArrayLiteral("</desc>") }) {
        const qsizetype end = svg.indexOf(tag, start);
        if (end >= 0)
            start = end + tag.size();
    }
    return start;
}

// The drawing: from its start up to the root element's end tag.
QByteArray svgDrawing(const QByteArray &svg)
{
    const qsizetype start = svgDrawingStart(svg);
    return svg.mid(start, svg.lastIndexOf("</svg>") - start);
}

// QSvgGenerator numbers the ids of its gradients, patterns and clip paths
// from 1 in every document it writes: each band's get the band's prefix, so
// they stay unique in the one file. Text is escaped (a quote is &quot;), so
// these only match markup.
void prefixIds(QByteArray *drawing, const QByteArray &prefix)
{
    drawing->replace(" id=\"", " id=\"" + prefix);
    drawing->replace("url(#", "url(#" + prefix);
    drawing->replace("href=\"#", "href=\"#" + prefix);
}

// Pages 0 to count - 1, in order.
std::function<int()> everyPage(int count)
{
    return [next = 0, count]() mutable { return next < count ? next++ : -1; };
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
                                const RoadmapOptions &options, QString *error)
{
    const RoadmapPages pages(plan, options, device->pageLayout().paintRect(QPageLayout::Point).size());
    return paintSequence(device, pages, everyPage(pages.count()), nullptr, error) ? pages.count() : 0;
}

bool RoadmapExporter::paintSequence(QPagedPaintDevice *device, const RoadmapPages &pages, const NextPage &next,
                                    const RoadmapRenderer *renderer, QString *error)
{
    QPainter painter;
    if (!painter.begin(device)) {
        *error = tr("The output cannot be opened for painting.");
        return false;
    }
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    const qreal scale = device->logicalDpiX() / 72.0;
    painter.scale(scale, scale);
    bool first = true;
    for (int i = next(); i >= 0; i = next()) {
        if (!first && !device->newPage()) {
            *error = tr("A new page could not be started.");
            return false;
        }
        if (renderer)
            pages.paint(&painter, i, *renderer);
        else
            pages.paint(&painter, i);
        first = false;
    }
    if (!painter.end()) {
        *error = tr("The pages could not be finished.");
        return false;
    }
    return true;
}

bool RoadmapExporter::writePdfOfPages(QIODevice *out, const RoadmapPages &pages, const NextPage &next,
                                      const RoadmapRenderer *renderer, const QString &drawnText,
                                      QString *error) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(m_options.pageLayout());
        writer.setTitle(m_plan.info.title);
        writer.setCreator(QStringLiteral("DX Plan Studio"));
        if (!paintSequence(&writer, pages, next, renderer, error))
            return false;
    }
    // Made in memory first: its text layer is corrected before it is written.
    buffer.close();
    QByteArray pdf = std::move(buffer.buffer());
    PdfTextLayerFix::apply(&pdf, QRawFont::fromFont(RoadmapStyle::separateFont(RoadmapStyle::FontRole::Body)),
                           drawnText);
    if (out->write(pdf) != pdf.size()) {
        *error = out->errorString();
        return false;
    }
    return true;
}

bool RoadmapExporter::writePdf(QIODevice *device)
{
    // A long roadmap is painted by two threads at once, one per core, each
    // into a PDF of its own, and the two are joined: painting the pages,
    // and the compression Qt gives each finished page, are nearly all the
    // time it takes. One thread takes pages from the front, the other
    // from the back, until they meet: whichever core is slower (the two
    // of a virtual machine differ by a third at times) paints fewer pages,
    // where halves fixed in advance left the faster one idle. The back
    // part's pages are painted last to first and joined in reverse. The
    // second thread has a renderer of its own. The parts wait in temporary
    // files, not in memory, while qpdf joins them (qpdf holds every object
    // of both, and that is the process's peak).
    const QString pattern = QDir::tempPath() + QStringLiteral("/dxplan-roadmap-XXXXXX.pdf");
    QTemporaryFile frontPart(pattern);
    QTemporaryFile backPart(pattern);
    QStringList parts;
    QString error;
    {
        // The layout is let go of before the parts are joined, which
        // then takes its memory.
        const RoadmapPages pages(m_plan, m_options, m_options.pageLayout().paintRect(QPageLayout::Point).size());
        const QString drawnText = pages.drawnCharacters();
        // Qt's PDF writer takes two 16 MiB buffers for every page it
        // finishes. Mapped afresh each time, as glibc may do, every page
        // of them touched faults again: 30,000 faults at 100,000 measures,
        // a tenth of the time. A long roadmap keeps them on the heap; a
        // short one keeps the library's defaults, which hold less memory.
        if (pages.count() >= pagesWorthReusingBuffers)
            LargeBuffer::reuseBlocksOfUpTo(qsizetype(32) << 20);
        if (pages.count() < pagesWorthSplitting || QThread::idealThreadCount() < 2)
            return writePdfOfPages(device, pages, everyPage(pages.count()), nullptr, drawnText, &error) || fail(error);
        for (QTemporaryFile *part : { &frontPart, &backPart }) {
            if (!part->open())
                return fail(tr("No temporary file for the roadmap's pages: %1").arg(part->errorString()));
            parts << part->fileName();
        }
        // The pages not yet taken are [front, back].
        std::mutex claiming;
        int front = 0;
        int back = pages.count() - 1;
        const auto fromTheFront = [&] {
            const std::lock_guard lock(claiming);
            return front <= back ? front++ : -1;
        };
        const auto fromTheBack = [&] {
            const std::lock_guard lock(claiming);
            return front <= back ? back-- : -1;
        };
        QString backError;
        std::future<bool> backPainted = std::async(std::launch::async, [&] {
            const std::unique_ptr<RoadmapRenderer> renderer = pages.makeRenderer();
            return writePdfOfPages(&backPart, pages, fromTheBack, renderer.get(), drawnText, &backError);
        });
        const bool frontWritten = writePdfOfPages(&frontPart, pages, fromTheFront, nullptr, drawnText, &error);
        const bool backWritten = backPainted.get();
        if (!frontWritten)
            return fail(error);
        if (!backWritten)
            return fail(backError);
        // Should the front have taken every page before the back thread
        // began, its part is the whole (a PDF painted with no page still
        // holds a blank one).
        if (back == pages.count() - 1)
            parts.removeLast();
    }
    for (QTemporaryFile *part : { &frontPart, &backPart })
        if (!part->flush())
            return fail(part->errorString());
    return PdfJoin::join(parts, device, &error, true) || fail(error);
}

bool RoadmapExporter::writeSvg(QIODevice *device)
{
    const PagePoints page = pagePoints(m_options);
    const RoadmapLayout layout(m_plan, m_options, page.contentWidth());
    const RoadmapRenderer renderer(m_plan, m_options, layout);
    const QSizeF size(layout.width() + page.margins.left() + page.margins.right(),
                      renderer.wholeHeight() + page.margins.top() + page.margins.bottom());
    // The root element, title and description as one whole picture has
    // them: the start of an empty picture's document.
    QBuffer head;
    head.open(QIODevice::WriteOnly);
    {
        QSvgGenerator svg;
        setUpSvg(&svg, size);
        svg.setOutputDevice(&head);
        svg.setTitle(m_plan.info.title);
        svg.setDescription(tr("Roadmap made with DX Plan Studio"));
        QPainter painter;
        if (!painter.begin(&svg) || !painter.end())
            return fail(tr("The SVG output cannot be opened for painting."));
    }
    const QByteArray start = head.data().left(svgDrawingStart(head.data())) + '\n';
    if (device->write(start) != start.size())
        return fail(device->errorString());

    // Then the roadmap in bands of rows, each painted as a document of its
    // own and its drawing moved down to its place.
    const int rowCount = int(layout.rows().size());
    int first = 0;
    for (int band = 0; first < rowCount || band == 0; ++band) {
        int end = first + 1;
        while (end < rowCount && renderer.wholeRowTop(end) - renderer.wholeRowTop(first) < svgBandPoints)
            ++end;
        end = qMin(end, rowCount);
        // The first band holds the title and header and starts at the top.
        const qreal top = first == 0 ? 0 : page.margins.top() + renderer.wholeRowTop(first);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            QSvgGenerator svg;
            setUpSvg(&svg, size);
            svg.setOutputDevice(&buffer);
            QPainter painter;
            if (!painter.begin(&svg))
                return fail(tr("The SVG output cannot be opened for painting."));
            if (band == 0)
                painter.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
            painter.translate(page.margins.left(), page.margins.top() - top);
            renderer.paintWholeRows(&painter, first, end);
            if (!painter.end())
                return fail(tr("The SVG could not be finished."));
        }
        QByteArray drawing = svgDrawing(buffer.data());
        prefixIds(&drawing, QByteArrayLiteral("band") + QByteArray::number(band + 1) + '-');
        const QByteArray group = "<g transform=\"translate(0," + QByteArray::number(top, 'f', 3) + ")\">";
        if (device->write(group) != group.size() || device->write(drawing) != drawing.size()
            || device->write("</g>\n") != 5)
            return fail(device->errorString());
        first = end;
    }
    if (device->write("</svg>\n") != 7)
        return fail(device->errorString());
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

bool RoadmapExporter::pngFits() const
{
    const QSize size = pngSize();
    return qint64(size.width()) * size.height() <= maximumPngPixels;
}

bool RoadmapExporter::writePng(QIODevice *device)
{
    if (m_options.dpi < 1)
        return fail(tr("The resolution must be at least 1 dpi."));
    const QSize size = pngSize();
    if (!pngFits())
        return fail(tr("The roadmap is too large for one PNG image at %1 dpi (%2 x %3 pixels); "
                       "write one file per page, or choose a lower resolution, fewer themes, or PDF.")
                        .arg(m_options.dpi).arg(size.width()).arg(size.height()));
    const PagePoints page = pagePoints(m_options);
    const RoadmapLayout layout(m_plan, m_options, page.contentWidth());
    const RoadmapRenderer renderer(m_plan, m_options, layout);
    const QList<RoadmapLayout::Row> &rows = layout.rows();
    // The row at a height in the picture (points), -1 above the first.
    const auto rowAt = [&](qreal y) {
        const auto after = std::upper_bound(rows.begin(), rows.end(), y, [&](qreal value, const RoadmapLayout::Row &row) {
            return value < page.margins.top() + renderer.wholeRowTop(int(&row - rows.data()));
        });
        return int(after - rows.begin()) - 1;
    };
    const auto paintBand = [&](QPainter *painter, qreal top, qreal bottom) {
        painter->translate(page.margins.left(), page.margins.top());
        // The rows in the band and one more each side: a line or a letter
        // reaching over a row's edge is painted in both bands it touches.
        renderer.paintWholeRows(painter, rowAt(top) - 1, rowAt(bottom) + 2);
    };
    QString error;
    if (!writePngInBands(device, size, m_options.dpi, pngBandPixels, paintBand, &error))
        return fail(error);
    return true;
}

QString RoadmapExporter::pageFileName(const QString &path, int page, int pageCount)
{
    const QString suffix = QFileInfo(path).suffix();
    const QString stem = suffix.isEmpty() ? path : path.left(path.size() - suffix.size() - 1);
    const int digits = qMax(3, int(QString::number(pageCount).size()));
    return stem + QStringLiteral("-%1").arg(page, digits, 10, QLatin1Char('0'))
        + (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix);
}

bool RoadmapExporter::writePage(const QString &path, Format format, const RoadmapPages &pages, int index)
{
    const PagePoints page = pagePoints(m_options);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("%1 cannot be written: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    if (format == Format::Svg) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        setUpSvg(&svg, page.paper.size());
        svg.setTitle(m_plan.info.title);
        svg.setDescription(tr("Roadmap made with DX Plan Studio"));
        QPainter painter;
        if (!painter.begin(&svg))
            return fail(tr("The SVG output cannot be opened for painting."));
        painter.fillRect(QRectF(QPointF(0, 0), page.paper.size()), Qt::white);
        painter.translate(page.margins.left(), page.margins.top());
        pages.paint(&painter, index);
        if (!painter.end())
            return fail(tr("The SVG could not be finished."));
    } else {
        const qreal pixelsPerPoint = m_options.dpi / 72.0;
        const QSize size(int(std::lround(page.paper.width() * pixelsPerPoint)),
                         int(std::lround(page.paper.height() * pixelsPerPoint)));
        // A page is painted whole, in one band: pages.paint cannot paint
        // part of a page, and a page's pixels are few.
        const auto paintPage = [&](QPainter *painter, qreal, qreal) {
            painter->translate(page.margins.left(), page.margins.top());
            pages.paint(painter, index);
        };
        QString error;
        if (!writePngInBands(&file, size, m_options.dpi, size.height(), paintPage, &error))
            return fail(error);
    }
    if (!file.flush() || file.error() != QFileDevice::NoError)
        return fail(tr("%1 cannot be written: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    file.close();
    return true;
}

int RoadmapExporter::exportPages(const QString &path, Format format)
{
    if (format == Format::Pdf) {
        fail(tr("A PDF holds every page; one file per page is for SVG and PNG."));
        return 0;
    }
    if (format == Format::Png && m_options.dpi < 1) {
        fail(tr("The resolution must be at least 1 dpi."));
        return 0;
    }
    // The pages of the PDF: laid out for the printable area QPdfWriter
    // reports for this page layout.
    const RoadmapPages pages(m_plan, m_options, m_options.pageLayout().paintRect(QPageLayout::Point).size());
    const QFileInfo target(path);
    QTemporaryDir staging(target.absolutePath() + QStringLiteral("/.") + target.completeBaseName()
                          + QStringLiteral("-pages-XXXXXX"));
    if (!staging.isValid()) {
        fail(tr("The pages cannot be written in %1: %2")
                 .arg(QDir::toNativeSeparators(target.absolutePath()), staging.errorString()));
        return 0;
    }
    QStringList names;
    for (int i = 0; i < pages.count(); ++i) {
        names << pageFileName(target.fileName(), i + 1, pages.count());
        if (!writePage(staging.filePath(names.last()), format, pages, i))
            return 0;
    }
    // Moved into place one by one; if one cannot be, those already moved
    // are taken away again, so no page file is left of a failed export.
    QStringList moved;
    for (const QString &name : names) {
        const QString destination = target.absoluteDir().filePath(name);
        // std::rename replaces an older page file of the same name, as
        // exporting one file replaces it.
        if (std::rename(QFile::encodeName(staging.filePath(name)).constData(),
                        QFile::encodeName(destination).constData())
            != 0) {
            const QString why = QString::fromLocal8Bit(std::strerror(errno));
            for (const QString &done : moved)
                QFile::remove(done);
            fail(tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(destination), why));
            return 0;
        }
        moved << destination;
    }
    return pages.count();
}
