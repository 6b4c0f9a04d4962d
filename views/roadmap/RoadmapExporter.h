#pragma once

#include "models/Plan.h"
#include "views/roadmap/RoadmapOptions.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>

class QIODevice;
class QPagedPaintDevice;

// Writes a roadmap as PDF (vector pages, text kept as text), SVG or PNG
// (one picture of the whole roadmap, the paper's width wide), and paints
// the pages of any paged device (printer or PDF). Files are written
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
    bool writeSvg(QIODevice *device);
    bool writePng(QIODevice *device);
    QString errorString() const { return m_error; }

    // Pixel size of the PNG at options.dpi: the paper's width, and as tall
    // as the whole roadmap with the page margins above and below.
    QSize pngSize() const;
    // Largest PNG written, in pixels: beyond it the export fails with advice.
    static constexpr qint64 maximumPngPixels = 120'000'000;

    // Lays the roadmap out for the device's page (scaled to fit its width)
    // and paints every page; returns the number of pages, 0 on failure.
    // `drawnText`, when given, receives every text painted.
    static int paintPages(QPagedPaintDevice *device, const Plan &plan, const RoadmapOptions &options,
                          QString *error, QString *drawnText = nullptr);

private:
    bool fail(const QString &error);

    Plan m_plan; // a copy: plan values share their data, and outlive the caller's
    RoadmapOptions m_options;
    QString m_error;
};
