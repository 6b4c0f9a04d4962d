#include "views/coverage/CoverageView.h"
#include "views/common/AtomicFile.h"
#include "views/common/WindowPlacement.h"

#include "models/PlanDocument.h"
#include "views/common/ViewSettings.h"
#include "views/coverage/CoverageReport.h"
#include "views/coverage/CoverageTableModel.h"

#include <QFileDialog>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {

// As the Problems dock: gather the changes of one edit into one rebuild.
const int rebuildDelayMs = 150;

} // namespace

CoverageView::CoverageView(QWidget *parent)
    : QWidget(parent), m_principles(new CoverageTableModel(this)), m_departments(new CoverageTableModel(this)),
      m_timer(new QTimer(this))
{
    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    addTable(topLayout, m_principles, &m_principleNotes, QStringLiteral("coveragePrinciplesTable"));
    auto *bottom = new QWidget(splitter);
    auto *bottomLayout = new QVBoxLayout(bottom);
    addTable(bottomLayout, m_departments, &m_departmentNotes, QStringLiteral("coverageDepartmentsTable"));
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_timer->setSingleShot(true);
    m_timer->setInterval(rebuildDelayMs);
    connect(m_timer, &QTimer::timeout, this, &CoverageView::refresh);
    connect(ViewSettings::instance(), &ViewSettings::eraStyleChanged, this, &CoverageView::scheduleRefresh);
}

QTableView *CoverageView::addTable(QVBoxLayout *layout, CoverageTableModel *model, QLabel **notes, const QString &name)
{
    auto *title = new QLabel(this);
    title->setObjectName(name + QStringLiteral("Title"));
    QFont font = title->font();
    font.setBold(true);
    title->setFont(font);
    auto *table = new QTableView(this);
    table->setObjectName(name);
    table->setModel(model);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setDefaultSectionSize(72);
    *notes = new QLabel(this);
    (*notes)->setWordWrap(true);
    (*notes)->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(title);
    layout->addWidget(table, 1);
    layout->addWidget(*notes);
    // The title names the table for screen readers as it does on screen.
    connect(model, &QAbstractItemModel::modelReset, this, [model, title, table] {
        title->setText(model->sheet().title);
        table->setAccessibleName(model->sheet().title);
        table->resizeColumnToContents(0);
        table->resizeColumnToContents(1);
        table->setColumnWidth(1, qMin(table->columnWidth(1), 420));
    });
    return table;
}

void CoverageView::setDocument(PlanDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document)
        connect(document, &PlanDocument::changed, this, &CoverageView::scheduleRefresh);
    if (isVisible())
        refresh();
    else
        scheduleRefresh();
}

void CoverageView::scheduleRefresh()
{
    if (isVisible()) {
        m_timer->start();
    } else {
        m_timer->stop();
        m_stale = true;
    }
}

void CoverageView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void CoverageView::refresh()
{
    m_timer->stop();
    m_stale = false;
    static const Plan none;
    const Plan &plan = m_document ? m_document->plan() : none;
    const FiscalYear::EraStyle era = ViewSettings::instance()->eraStyle();
    m_principles->setSheet(m_document ? CoverageReport::sheet(plan, CoverageReport::Table::Principles, era) : CoverageSheet());
    m_departments->setSheet(m_document ? CoverageReport::sheet(plan, CoverageReport::Table::Departments, era) : CoverageSheet());
    m_principleNotes->setText(m_principles->sheet().notes.join(QLatin1Char('\n')));
    m_departmentNotes->setText(m_departments->sheet().notes.join(QLatin1Char('\n')));
}

QList<CoverageSheet> CoverageView::sheets()
{
    if (m_stale || m_timer->isActive())
        refresh();
    return { m_principles->sheet(), m_departments->sheet() };
}

bool CoverageView::canPrint() const
{
    return !m_document.isNull();
}

bool CoverageView::canExport() const
{
    return !m_document.isNull();
}

void CoverageView::printOn(QPrinter *printer)
{
    CoverageReport::print(printer, sheets(), CoverageReport::title(m_document->plan()));
}

void CoverageView::print()
{
    if (!canPrint())
        return;
    refresh();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(CoverageReport::title(m_document->plan()));
    QPrintPreviewDialog dialog(&printer, this);
    // A preview at its default size shows a page too small to judge.
    WindowPlacement::fitDialog(&dialog, 1200, 900);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &CoverageView::printOn);
    dialog.exec();
}

void CoverageView::exportFile()
{
    if (!canExport())
        return;
    refresh();
    const QString title = CoverageReport::title(m_document->plan());
    QString base = title;
    base.replace(QLatin1Char('/'), QLatin1Char('-')).replace(QLatin1Char('\\'), QLatin1Char('-'));
    const QString folder = m_document->filePath().isEmpty() ? QString() : QFileInfo(m_document->filePath()).absolutePath();
    const QString suggested = (folder.isEmpty() ? QString() : folder + QLatin1Char('/')) + base + QStringLiteral(".pdf");
    QString filter;
    QString path = QFileDialog::getSaveFileName(this, tr("Export coverage"), suggested,
                                                tr("PDF document (*.pdf);;Web page (*.html);;CSV for spreadsheets (*.csv)"),
                                                &filter);
    if (path.isEmpty())
        return;
    CoverageReport::Format format;
    if (!CoverageReport::formatFromFileName(path, &format)) {
        path += filter.contains(QLatin1String("*.csv")) ? QStringLiteral(".csv")
            : filter.contains(QLatin1String("*.html")) ? QStringLiteral(".html")
                                                        : QStringLiteral(".pdf");
        CoverageReport::formatFromFileName(path, &format);
    }
    // Written whole or not at all.
    QString error;
    QString reportError;
    writeAtomically(path, [&](QIODevice *file) { return CoverageReport::write(file, format, sheets(), title, &reportError); },
                    &error);
    if (error.isEmpty())
        error = reportError;
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export"), tr("%1: %2").arg(QDir::toNativeSeparators(path), error));
}
