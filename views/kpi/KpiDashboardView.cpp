#include "views/kpi/KpiDashboardView.h"
#include "views/common/WindowPlacement.h"

#include "models/PlanDocument.h"
#include "views/common/ViewSettings.h"
#include "views/kpi/KpiChartPane.h"
#include "views/kpi/KpiDashboardWidget.h"
#include "views/kpi/KpiEditor.h"
#include "views/kpi/KpiExporter.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSplitter>
#include <QStackedWidget>

KpiDashboardView::KpiDashboardView(QWidget *parent)
    : QWidget(parent), m_asOf(QDate::currentDate()), m_editor(new KpiEditor(this)),
      m_dashboard(new KpiDashboardWidget(this)), m_chartPane(new KpiChartPane(this)),
      m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("kpiDashboardView"));
    m_stack->addWidget(m_dashboard);
    m_stack->addWidget(m_chartPane);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_editor);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_dashboard, &KpiDashboardWidget::kpiActivated, this, &KpiDashboardView::showKpi);
    connect(m_chartPane, &KpiChartPane::backRequested, this, &KpiDashboardView::showDashboard);
    // Selecting another KPI in the table follows with its chart when one is open.
    connect(m_editor, &KpiEditor::currentKpiChanged, this, [this](int id) {
        if (m_stack->currentWidget() != m_chartPane)
            return;
        if (id)
            m_chartPane->setKpi(id);
        else
            showDashboard();
    });
    connect(ViewSettings::instance(), &ViewSettings::eraStyleChanged, this, &KpiDashboardView::eraStyleChanged);
    eraStyleChanged();
}

void KpiDashboardView::setDocument(PlanDocument *document)
{
    m_document = document;
    m_editor->setDocument(document);
    m_dashboard->setDocument(document);
    m_chartPane->setDocument(document);
    showDashboard();
}

void KpiDashboardView::setAsOf(const QDate &date)
{
    m_asOf = date;
    m_editor->setAsOf(date);
    m_dashboard->setAsOf(date);
    m_chartPane->setAsOf(date);
}

void KpiDashboardView::eraStyleChanged()
{
    const FiscalYear::EraStyle style = ViewSettings::instance()->eraStyle();
    m_dashboard->setEraStyle(style);
    m_chartPane->setEraStyle(style);
}

void KpiDashboardView::showKpi(int kpiId)
{
    if (!m_document || !m_document->plan().kpi(kpiId))
        return;
    m_chartPane->setKpi(kpiId);
    m_stack->setCurrentWidget(m_chartPane);
    m_editor->setCurrentKpi(kpiId);
}

void KpiDashboardView::showDashboard()
{
    m_stack->setCurrentWidget(m_dashboard);
}

int KpiDashboardView::shownKpi() const
{
    return m_stack->currentWidget() == m_chartPane ? m_chartPane->kpiId() : 0;
}

bool KpiDashboardView::canPrint() const
{
    return m_document && !m_document->plan().kpis.isEmpty();
}

void KpiDashboardView::printOn(QPrinter *printer)
{
    KpiExporter exporter(m_document->plan());
    exporter.setAsOf(m_asOf);
    exporter.setEraStyle(ViewSettings::instance()->eraStyle());
    const bool ok = shownKpi() ? exporter.printChart(shownKpi(), printer) : exporter.printDashboard(printer);
    if (!ok)
        QMessageBox::warning(this, tr("Print"), exporter.errorString());
}

void KpiDashboardView::print()
{
    if (!canPrint())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(shownKpi() ? m_document->plan().kpi(shownKpi())->name : tr("KPI dashboard"));
    QPrintPreviewDialog dialog(&printer, this);
    // A preview at its default size shows a page too small to judge.
    WindowPlacement::fitDialog(&dialog, 1200, 900);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &KpiDashboardView::printOn);
    dialog.exec();
}

bool KpiDashboardView::canExport() const
{
    return canPrint();
}

bool KpiDashboardView::exportTo(const QString &path, QString *error)
{
    if (!canExport()) {
        *error = tr("The plan has no KPIs to export.");
        return false;
    }
    KpiExporter exporter(m_document->plan());
    exporter.setAsOf(m_asOf);
    exporter.setEraStyle(ViewSettings::instance()->eraStyle());
    const bool ok = shownKpi() ? exporter.exportChart(shownKpi(), path) : exporter.exportDashboard(path);
    if (!ok)
        *error = exporter.errorString();
    return ok;
}

void KpiDashboardView::exportFile()
{
    if (!canExport())
        return;
    QString base = shownKpi() ? m_document->plan().kpi(shownKpi())->name : tr("KPI dashboard");
    base.replace(QLatin1Char('/'), QLatin1Char('-')).replace(QLatin1Char('\\'), QLatin1Char('-'));
    const QString folder = m_document->filePath().isEmpty() ? QString() : QFileInfo(m_document->filePath()).absolutePath();
    const QString suggested = folder.isEmpty() ? base + QStringLiteral(".pdf") : folder + QLatin1Char('/') + base + QStringLiteral(".pdf");
    QString filter;
    QString path = QFileDialog::getSaveFileName(this, tr("Export KPI chart"), suggested,
                                                tr("PDF document (*.pdf);;SVG picture (*.svg);;PNG picture (*.png)"), &filter);
    if (path.isEmpty())
        return;
    KpiExporter::Format format;
    if (!KpiExporter::formatOf(path, &format)) {
        if (filter.contains(QLatin1String("*.svg")))
            path += QStringLiteral(".svg");
        else if (filter.contains(QLatin1String("*.png")))
            path += QStringLiteral(".png");
        else
            path += QStringLiteral(".pdf");
    }
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export"), error);
}
