#include "views/window/DocumentExportDialog.h"
#include "views/common/WindowPlacement.h"

#include "models/DocumentParts.h"
#include "models/PlanDocument.h"
#include "models/commands/ItemCommands.h"
#include "views/common/ViewSettings.h"
#include "views/document/DocumentExporter.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

// How long the preview waits after a change before it builds the pages
// again: building the whole document takes a moment.
constexpr int previewDelayMs = 400;

// Where the last document export went; the next one starts there.
const QString lastFolderKey = QStringLiteral("documentExport/lastFolder");

// A file name from the plan's title: characters no file system takes
// become hyphens.
QString fileBaseName(const QString &title)
{
    QString base = title.simplified();
    for (const QChar c : QStringLiteral("/\\:*?\"<>|"))
        base.replace(c, QLatin1Char('-'));
    return base;
}

} // namespace

DocumentExportDialog::DocumentExportDialog(PlanDocument *document, QWidget *parent)
    : QDialog(parent), m_document(document), m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    setObjectName(QStringLiteral("documentExportDialog"));
    setWindowTitle(tr("Export Document"));

    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createPartsPane());
    m_preview = new QPrintPreviewWidget(m_printer.get(), splitter);
    m_preview->setObjectName(QStringLiteral("documentPreview"));
    m_preview->setAccessibleName(tr("Preview of the document's pages"));
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &DocumentExportDialog::paintPreview);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    layout->addWidget(createOptionsRow());

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(previewDelayMs);
    connect(&m_previewTimer, &QTimer::timeout, this, &DocumentExportDialog::updatePreview);
    m_printer->setPageSize(QPageSize(options().paper));

    // Undo and redo work here too: the main window waits behind this dialog.
    if (document) {
        QAction *undo = document->undoStack()->createUndoAction(this);
        undo->setShortcut(QKeySequence::Undo);
        addAction(undo);
        QAction *redo = document->undoStack()->createRedoAction(this);
        redo->setShortcut(QKeySequence::Redo);
        addAction(redo);
        connect(document, &PlanDocument::changed, this, [this] {
            refreshParts();
            schedulePreview();
        });
    }
    refreshParts();
    WindowPlacement::fitDialog(this, 1100, 760);
}

DocumentExportDialog::~DocumentExportDialog()
{
    // The preview paints on m_printer: it goes first.
    delete m_preview;
}

QWidget *DocumentExportDialog::createPartsPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Parts of the document:"), pane);
    layout->addWidget(label);
    m_parts = new QListWidget(pane);
    m_parts->setObjectName(QStringLiteral("documentPartsList"));
    m_parts->setAccessibleName(tr("Parts of the document"));
    label->setBuddy(m_parts);
    connect(m_parts, &QListWidget::itemChanged, this, &DocumentExportDialog::onPartChanged);
    connect(m_parts, &QListWidget::currentRowChanged, this, &DocumentExportDialog::updateButtons);
    layout->addWidget(m_parts, 1);

    m_note = new QLabel(pane);
    m_note->setObjectName(QStringLiteral("documentPartsNote"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);

    auto *buttons = new QHBoxLayout;
    m_moveUp = new QPushButton(tr("Move &Up"), pane);
    m_moveUp->setObjectName(QStringLiteral("moveUpButton"));
    m_moveUp->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_moveUp->setToolTip(tr("Move the selected part one place earlier (Alt+Up)"));
    connect(m_moveUp, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    m_moveDown = new QPushButton(tr("Move &Down"), pane);
    m_moveDown->setObjectName(QStringLiteral("moveDownButton"));
    m_moveDown->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_moveDown->setToolTip(tr("Move the selected part one place later (Alt+Down)"));
    connect(m_moveDown, &QPushButton::clicked, this, [this] { moveCurrent(+1); });
    m_standardOrder = new QPushButton(tr("&Standard Order"), pane);
    m_standardOrder->setObjectName(QStringLiteral("standardOrderButton"));
    m_standardOrder->setToolTip(tr("Every part back in the document, in the standard order"));
    connect(m_standardOrder, &QPushButton::clicked, this, &DocumentExportDialog::restoreStandardOrder);
    buttons->addWidget(m_moveUp);
    buttons->addWidget(m_moveDown);
    buttons->addStretch(1);
    buttons->addWidget(m_standardOrder);
    layout->addLayout(buttons);
    pane->setMinimumWidth(300);
    return pane;
}

QWidget *DocumentExportDialog::createOptionsRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);

    m_paper = new QComboBox(row);
    m_paper->setObjectName(QStringLiteral("paperChoice"));
    for (const QPageSize::PageSizeId paper : { QPageSize::A4, QPageSize::A3 })
        m_paper->addItem(QPageSize::name(paper), int(paper));
    auto *paperLabel = new QLabel(tr("P&aper:"), row);
    paperLabel->setBuddy(m_paper);

    m_era = new QComboBox(row);
    m_era->setObjectName(QStringLiteral("eraChoice"));
    m_era->addItem(tr("Reiwa (令和6年度)"), int(FiscalYear::EraStyle::Reiwa));
    m_era->addItem(tr("Western (FY2024)"), int(FiscalYear::EraStyle::Western));
    m_era->addItem(tr("Both (令和6(2024)年度)"), int(FiscalYear::EraStyle::Both));
    m_era->setCurrentIndex(m_era->findData(int(ViewSettings::instance()->eraStyle())));
    auto *eraLabel = new QLabel(tr("&Years:"), row);
    eraLabel->setBuddy(m_era);

    connect(m_paper, &QComboBox::currentIndexChanged, this, &DocumentExportDialog::schedulePreview);
    connect(m_era, &QComboBox::currentIndexChanged, this, &DocumentExportDialog::schedulePreview);

    auto *exportButton = new QPushButton(tr("&Export..."), row);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setDefault(true);
    connect(exportButton, &QPushButton::clicked, this, &DocumentExportDialog::exportWithDialog);
    auto *closeButton = new QPushButton(tr("Close"), row);
    closeButton->setObjectName(QStringLiteral("closeButton"));
    connect(closeButton, &QPushButton::clicked, this, &QDialog::reject);

    layout->addWidget(paperLabel);
    layout->addWidget(m_paper);
    layout->addSpacing(12);
    layout->addWidget(eraLabel);
    layout->addWidget(m_era);
    layout->addStretch(1);
    layout->addWidget(exportButton);
    layout->addWidget(closeButton);
    return row;
}

QString DocumentExportDialog::partName(const QString &key, const PlanDocument *document)
{
    using Part = DocumentParts::Part;
    Part part;
    int chapterId = 0;
    if (!DocumentParts::parse(key, &part, &chapterId))
        return key;
    switch (part) {
    case Part::Cover: return tr("Cover");
    case Part::Contents: return tr("Contents");
    case Part::Chapter: {
        const Chapter *chapter = document ? findById(document->plan().chapters, chapterId) : nullptr;
        return chapter && !chapter->title.isEmpty() ? chapter->title : tr("(untitled chapter)");
    }
    case Part::Vision: return tr("Vision and principles");
    case Part::Structure: return tr("Promotion structure");
    case Part::Period: return tr("Plan period");
    case Part::Themes: return tr("Themes and measures");
    case Part::Candidates: return tr("Future candidates");
    case Part::Roadmap: return tr("Roadmap");
    case Part::Kpis: return tr("KPIs");
    case Part::Systems: return tr("System inventory");
    case Part::Glossary: return tr("Glossary");
    case Part::Revisions: return tr("Revision history");
    }
    return key;
}

QStringList DocumentExportDialog::rowsOf(const Plan &plan)
{
    // Every part the plan's list names, left out or not, where it names
    // it; parts it does not name go after the part the standard order puts
    // before them (new chapters where the document places them).
    const QStringList included = DocumentParts::effectiveOrder(plan);
    const QStringList every = DocumentParts::standardOrder(plan);
    QStringList reference;
    for (const QString &entry : plan.info.documentParts) {
        const QString key = DocumentParts::isOmitted(entry) ? entry.mid(1) : entry;
        if (every.contains(key) && !reference.contains(key))
            reference << key;
    }
    for (const QString &key : every)
        if (!reference.contains(key))
            reference << key;
    QStringList rows = included;
    for (int i = 0; i < reference.size(); ++i) {
        if (rows.contains(reference[i]))
            continue;
        int at = 0;
        for (int j = i - 1; j >= 0; --j)
            if (const int before = int(rows.indexOf(reference[j])); before >= 0) {
                at = before + 1;
                break;
            }
        rows.insert(at, reference[i]);
    }
    return rows;
}

void DocumentExportDialog::refreshParts()
{
    if (!m_document)
        return;
    const Plan &plan = m_document->plan();
    const QStringList included = DocumentParts::effectiveOrder(plan);
    m_rows = rowsOf(plan);

    const bool editable = !m_document->isReadOnly();
    bool sameKeys = m_parts->count() == m_rows.size();
    for (int i = 0; sameKeys && i < m_rows.size(); ++i)
        sameKeys = m_parts->item(i)->data(Qt::UserRole).toString() == m_rows[i];
    const QString currentKey = m_parts->currentItem() ? m_parts->currentItem()->data(Qt::UserRole).toString()
                                                      : QString();
    m_refreshing = true;
    // Items are changed in place while the keys stay in order: a check box
    // click arrives here from inside the item's own change.
    if (!sameKeys) {
        m_parts->clear();
        for (const QString &key : std::as_const(m_rows)) {
            auto *item = new QListWidgetItem(m_parts);
            item->setData(Qt::UserRole, key);
        }
    }
    const Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable
        | (editable ? Qt::ItemIsUserCheckable : Qt::NoItemFlags);
    for (int i = 0; i < m_rows.size(); ++i) {
        QListWidgetItem *item = m_parts->item(i);
        const QString &key = m_rows[i];
        const QString name = partName(key, m_document);
        if (item->text() != name)
            item->setText(name);
        if (item->flags() != flags)
            item->setFlags(flags);
        const Qt::CheckState state = included.contains(key) ? Qt::Checked : Qt::Unchecked;
        // Without an explicit state no check box is drawn.
        if (item->checkState() != state || item->data(Qt::CheckStateRole).isNull())
            item->setCheckState(state);
        if (!sameKeys && key == currentKey)
            m_parts->setCurrentItem(item);
    }
    m_refreshing = false;
    if (!editable)
        m_note->setText(tr("This plan is read-only: its document can be exported as it is, not rearranged."));
    updateButtons();
}

QStringList DocumentExportDialog::checkedParts() const
{
    QStringList keys;
    for (int i = 0; i < m_parts->count(); ++i)
        if (m_parts->item(i)->checkState() == Qt::Checked)
            keys << m_parts->item(i)->data(Qt::UserRole).toString();
    return keys;
}

void DocumentExportDialog::onPartChanged(QListWidgetItem *item)
{
    if (m_refreshing || !m_document || !item)
        return;
    const QStringList checked = checkedParts();
    if (checked.isEmpty()) {
        // A document of nothing is nothing to export.
        m_note->setText(tr("A document needs at least one part."));
        refreshParts();
        return;
    }
    m_note->clear();
    const QString name = item->text();
    writeParts(m_rows, checked,
               item->checkState() == Qt::Checked ? tr("Put %1 back in the document").arg(name)
                                                 : tr("Leave %1 out of the document").arg(name));
}

void DocumentExportDialog::moveCurrent(int delta)
{
    const int row = m_parts->currentRow();
    const int target = row + delta;
    if (!m_document || m_document->isReadOnly() || row < 0 || target < 0 || target >= m_rows.size())
        return;
    const QString name = m_parts->item(row)->text();
    QStringList rows = m_rows;
    rows.move(row, target);
    writeParts(rows, checkedParts(), delta < 0 ? tr("Move %1 up").arg(name) : tr("Move %1 down").arg(name));
}

void DocumentExportDialog::restoreStandardOrder()
{
    if (!m_document || m_document->isReadOnly())
        return;
    const QStringList every = DocumentParts::standardOrder(m_document->plan());
    writeParts(every, every, tr("Standard document order"));
}

QStringList DocumentExportDialog::storedParts(const QStringList &rows, const QStringList &checked,
                                              const Plan &plan)
{
    // The standard document is saved as no list at all, so that parts a
    // later DX Plan Studio adds join it.
    if (rows == DocumentParts::standardOrder(plan) && checked.size() == rows.size())
        return {};
    QStringList parts;
    for (const QString &key : rows)
        parts << (checked.contains(key) ? key : DocumentParts::omittedKey(key));
    return parts;
}

void DocumentExportDialog::writeParts(const QStringList &rows, const QStringList &checked, const QString &undoText)
{
    const Plan &plan = m_document->plan();
    PlanInfo info = plan.info;
    info.documentParts = storedParts(rows, checked, plan);
    if (!(info == plan.info))
        m_document->undoStack()->push(new ChangeInfo(m_document, info, undoText));
    refreshParts();
    schedulePreview();
}

void DocumentExportDialog::updateButtons()
{
    const bool editable = m_document && !m_document->isReadOnly();
    const int row = m_parts->currentRow();
    m_moveUp->setEnabled(editable && row > 0);
    m_moveDown->setEnabled(editable && row >= 0 && row < m_parts->count() - 1);
    m_standardOrder->setEnabled(editable && !storedParts(m_rows, checkedParts(), m_document->plan()).isEmpty());
}

DocumentOptions DocumentExportDialog::options() const
{
    DocumentOptions options;
    options.paper = QPageSize::PageSizeId(m_paper->currentData().toInt());
    options.era = FiscalYear::EraStyle(m_era->currentData().toInt());
    return options;
}

void DocumentExportDialog::schedulePreview()
{
    m_previewTimer.start();
}

void DocumentExportDialog::updatePreview()
{
    // The paper is set before the preview starts painting: a printer that
    // is painting keeps its page size.
    m_printer->setPageSize(QPageSize(options().paper));
    m_preview->updatePreview();
}

void DocumentExportDialog::paintPreview(QPrinter *printer)
{
    if (m_document)
        DocumentExporter(m_document->plan(), options()).print(printer);
}

bool DocumentExportDialog::exportTo(const QString &path)
{
    m_error.clear();
    if (!m_document) {
        m_error = tr("No plan is open.");
        return false;
    }
    // DOCX goes through LibreOffice and takes a while.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    DocumentExporter exporter(m_document->plan(), options());
    const bool ok = exporter.exportFile(path);
    QGuiApplication::restoreOverrideCursor();
    if (!ok)
        m_error = exporter.errorString();
    return ok;
}

void DocumentExportDialog::exportWithDialog()
{
    if (!m_document)
        return;
    const QString pdf = tr("PDF document (*.pdf)");
    const QString odt = tr("OpenDocument text (*.odt)");
    const QString html = tr("Web page (*.html *.htm)");
    const QString docx = tr("Word document (*.docx)");
    QStringList filters { pdf, odt, html };
    if (DocumentExporter::docxAvailable())
        filters << docx;

    // The folder of the last export; the first time, the plan's folder.
    QString folder = QSettings().value(lastFolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = m_document->filePath().isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            : QFileInfo(m_document->filePath()).absolutePath();
    QString base = fileBaseName(m_document->plan().info.title);
    if (base.isEmpty())
        base = tr("plan document");

    QString filter = pdf;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Document"),
                                                QDir(folder).filePath(base + QStringLiteral(".pdf")),
                                                filters.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    DocumentExporter::Format format;
    if (!DocumentExporter::formatFromFileName(path, &format))
        path += filter == odt ? QStringLiteral(".odt")
            : filter == html  ? QStringLiteral(".html")
            : filter == docx  ? QStringLiteral(".docx")
                              : QStringLiteral(".pdf");
    QSettings().setValue(lastFolderKey, QFileInfo(path).absolutePath());
    if (!exportTo(path))
        QMessageBox::warning(this, tr("Export Document"),
                             tr("The document could not be written to %1:\n%2")
                                 .arg(QDir::toNativeSeparators(path), m_error));
}
