#pragma once

#include "models/Plan.h"
#include "views/roadmap/RoadmapOptions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSize>
#include <QString>

#include <functional>

class QIODevice;
class QPagedPaintDevice;
class RoadmapPages;
class RoadmapRenderer;

// Writes a roadmap as PDF (vector pages, text kept as text), SVG or PNG
// (one picture of the whole roadmap, the paper's width wide, or one file
// per printed page), and paints the pages of any paged device (printer or
// PDF). Files are written
// through QSaveFile: a failed export leaves no half-written file behind.
class RoadmapExporter
{
    Q_DECLARE_TR_FUNCTIONS(RoadmapExporter)

public:
    enum class Format { Pdf, Svg, Png };
    // From the file name's extension (.pdf, .svg, .png, any letter case).
    static bool formatFromFileName(const QString &path, Format *format);

    RoadmapExporter(const Plan &plan, const RoadmapOptions &options);

    bool exportFile(const QString &path, Format format);
    bool writePdf(QIODevice *device);
    // SVG and PNG are painted and written a band of rows at a time, so a
    // roadmap of any length takes the memory of a band, not of the picture.
    bool writeSvg(QIODevice *device);
    bool writePng(QIODevice *device);
    QString errorString() const { return m_error; }

    // Pixel size of the PNG at options.dpi: the paper's width, and as tall
    // as the whole roadmap with the page margins above and below.
    QSize pngSize() const;
    // Largest PNG written, in pixels: beyond it the export fails with advice
    // (no viewer opens such a picture; one file per page does).
    static constexpr qint64 maximumPngPixels = 120'000'000;
    bool pngFits() const;

    // One SVG or PNG file per printed page, the pages of the PDF: `path`
    // with -001, -002, ... before its extension (see pageFileName). All or
    // nothing: the pages are written in a folder next to `path` and moved
    // beside it once every one is written; on failure no page file is left.
    // Returns the number of pages written, 0 on failure.
    int exportPages(const QString &path, Format format);
    // "roadmap.png", page 2 of 12 -> "roadmap-002.png": at least three
    // digits, more when the page count needs them.
    static QString pageFileName(const QString &path, int page, int pageCount);

    // Lays the roadmap out for the device's page (scaled to fit its width)
    // and paints every page; returns the number of pages, 0 on failure.
    static int paintPages(QPagedPaintDevice *device, const Plan &plan, const RoadmapOptions &options,
                          QString *error);

    // A PDF of this many pages or more is painted in two halves at once
    // (see writePdf).
    static constexpr int pagesWorthSplitting = 8;
    // From this many pages on, Qt's page buffers are kept for reuse (see
    // writePdf): a roadmap of 30,000 measures or more.
    static constexpr int pagesWorthReusingBuffers = 1000;

private:
    bool fail(const QString &error);
    bool writePage(const QString &path, Format format, const RoadmapPages &pages, int index);
    // The index of the next page to paint, or -1 when there is none.
    using NextPage = std::function<int()>;
    // The pages `next` gives, one after another, on `device`, with
    // `renderer` or, when null, the pages' own.
    static bool paintSequence(QPagedPaintDevice *device, const RoadmapPages &pages, const NextPage &next,
                              const RoadmapRenderer *renderer, QString *error);
    // The pages `next` gives as a PDF written to `out`, its text layer
    // corrected for `drawnText` (PdfTextLayerFix).
    bool writePdfOfPages(QIODevice *out, const RoadmapPages &pages, const NextPage &next,
                         const RoadmapRenderer *renderer, const QString &drawnText, QString *error) const;

    Plan m_plan; // a copy: plan values share their data, and outlive the caller's
    RoadmapOptions m_options;
    QString m_error;
};
