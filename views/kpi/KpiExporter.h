#pragma once

#include "models/FiscalYear.h"
#include "models/Plan.h"

#include <QCoreApplication>
#include <QDate>
#include <QPageLayout>
#include <QSize>
#include <functional>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
class QPainter;
QT_END_NAMESPACE

// Writes the KPI dashboard or one KPI's chart as PNG, SVG or PDF, chosen by
// the file's extension, and prints them. Files are written through
// QSaveFile: a failed export leaves no half-written file behind.
//
// The dashboard is painted by KpiDashboardRenderer (paginated in PDF and on
// paper, fitted into one picture in PNG and SVG). A chart is the Qt Charts
// chart of KpiChartBuilder; where no QApplication exists (Qt Charts needs
// one) the renderer's single-KPI page stands in for it. Both speak the
// plan's language (PrintedText); error messages speak the user's.
class KpiExporter
{
    Q_DECLARE_TR_FUNCTIONS(KpiExporter)

public:
    enum class Format { Png, Svg, Pdf };
    // From the path's extension (.png, .svg, .pdf; any case).
    static bool formatOf(const QString &path, Format *format);
    // Pages are painted in logical pixels (96 per inch of the page's
    // printable area) and scaled to the device's resolution.
    static QSizeF logicalPageSize(const QPageLayout &layout);
    // The default picture size of a dashboard of `count` KPIs.
    static QSize defaultDashboardSize(int count);
    static QSize defaultChartSize() { return QSize(1000, 640); }

    // The plan must outlive the exporter.
    explicit KpiExporter(const Plan &plan);

    void setAsOf(const QDate &date) { m_asOf = date; }
    void setEraStyle(FiscalYear::EraStyle style) { m_era = style; }
    // Pixels of PNG and SVG output; an invalid size picks a default.
    void setImageSize(const QSize &size) { m_imageSize = size; }
    // Paper of PDF output; A4 landscape by default.
    void setPageLayout(const QPageLayout &layout) { m_pageLayout = layout; }

    bool exportDashboard(const QString &path);
    bool exportChart(int kpiId, const QString &path);
    QString errorString() const { return m_error; }

    // Prints on a printer or any other paged device, one page after another.
    bool printDashboard(QPagedPaintDevice *device);
    bool printChart(int kpiId, QPagedPaintDevice *device);

    static bool chartsAvailable();

private:
    using PagePainter = std::function<void(QPainter *, const QRectF &logicalRect, int page)>;
    bool write(const QString &path, const QSize &defaultSize, const QString &title, int pages,
               const PagePainter &paint);
    bool paintPages(QPagedPaintDevice *device, int pages, const PagePainter &paint);
    QString recordText(const QPagedPaintDevice &device, int pages, const PagePainter &paint);
    PagePainter dashboardPainter(bool paged) const;
    PagePainter chartPainter(const Kpi &kpi) const;
    int dashboardPages() const;
    bool fail(const QString &message);

    const Plan &m_plan;
    QDate m_asOf;
    FiscalYear::EraStyle m_era = FiscalYear::EraStyle::Both;
    QSize m_imageSize;
    QPageLayout m_pageLayout;
    QString m_error;
};
