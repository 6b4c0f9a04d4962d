#include "views/window/MeasuresPage.h"

#include "models/Numbering.h"

#include "models/PlanDocument.h"
#include "views/editors/ChoiceDelegate.h"
#include "views/itemmodels/MeasuresFilterModel.h"
#include "views/itemmodels/MeasuresTableModel.h"
#include "views/itemmodels/PlanText.h"
#include "views/sheets/CsvText.h"
#include "views/sheets/MeasuresPaste.h"
#include "views/sheets/SheetExporter.h"
#include "views/sheets/SheetPrinting.h"
#include "views/sheets/TableClipboard.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QUndoStack>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

MeasuresPage::MeasuresPage(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QGridLayout;
    layout->addLayout(filters);

    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("filterText"));
    m_text->setPlaceholderText(tr("Search title, overview and effect"));
    m_text->setAccessibleName(tr("Search"));
    m_text->setClearButtonEnabled(true);
    auto *textLabel = new QLabel(tr("&Search:"), this);
    textLabel->setBuddy(m_text);
    filters->addWidget(textLabel, 0, 0);
    filters->addWidget(m_text, 0, 1, 1, 3);

    // Three filters a row, so that the page leaves room for the outline
    // and the editor on a 1280 x 800 screen.
    m_theme = addFilter(QStringLiteral("filterTheme"), tr("&Theme:"), 0, 4);
    m_department = addFilter(QStringLiteral("filterDepartment"), tr("&Department:"), 1, 0);
    m_principle = addFilter(QStringLiteral("filterPrinciple"), tr("&Principle:"), 1, 2);
    m_audience = addFilter(QStringLiteral("filterAudience"), tr("&Audience:"), 1, 4);
    m_status = addFilter(QStringLiteral("filterStatus"), tr("St&atus:"), 2, 0);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 1);
    filters->setColumnStretch(5, 1);

    m_model = new MeasuresTableModel(this);
    m_filter = new MeasuresFilterModel(this);
    m_filter->setMeasuresModel(m_model);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("measuresTable"));
    m_table->setAccessibleName(tr("Measures"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows at once, to copy them to a spreadsheet.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().lineSpacing() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(MeasuresTableModel::ThemeColumn, 170);
    m_table->setColumnWidth(MeasuresTableModel::NumberColumn, 60);
    m_table->setColumnWidth(MeasuresTableModel::TitleColumn, 280);
    m_table->setColumnWidth(MeasuresTableModel::AudienceColumn, 130);
    m_table->setColumnWidth(MeasuresTableModel::DepartmentsColumn, 160);
    m_table->setColumnWidth(MeasuresTableModel::PrinciplesColumn, 70);
    m_table->setColumnWidth(MeasuresTableModel::StatusColumn, 80);
    ChoiceDelegate::Choices statuses;
    for (int i = 0; i < PlanText::statusCount; ++i)
        statuses.append({ i, PlanText::statusName(MeasureStatus(i)) });
    m_table->setItemDelegateForColumn(MeasuresTableModel::StatusColumn, new ChoiceDelegate(statuses, m_table));
    layout->addWidget(m_table, 1);
    TableClipboard::install(m_table, [this](const QString &text) { pasteRows(text); });

    setTabOrder(m_text, m_theme);
    setTabOrder(m_theme, m_department);
    setTabOrder(m_department, m_principle);
    setTabOrder(m_principle, m_audience);
    setTabOrder(m_audience, m_status);
    setTabOrder(m_status, m_table);

    connect(m_text, &QLineEdit::textChanged, this, &MeasuresPage::applyFilters);
    for (QComboBox *combo : { m_theme, m_department, m_principle, m_audience, m_status })
        connect(combo, &QComboBox::currentIndexChanged, this, &MeasuresPage::applyFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    emit measureSelected(current.data(MeasuresTableModel::MeasureIdRole).toInt());
            });
    fillChoices();
}

QComboBox *MeasuresPage::addFilter(const QString &name, const QString &label, int row, int column)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(name);
    combo->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    // At least 「すべての基本原則」 whole; a longer choice shows whole in the
    // list, which is as wide as its longest entry, and in the tooltip.
    combo->setMinimumContentsLength(12);
    combo->view()->setTextElideMode(Qt::ElideNone);
    connect(combo, &QComboBox::currentTextChanged, combo, [combo](const QString &text) { combo->setToolTip(text); });
    auto *buddy = new QLabel(label, this);
    buddy->setBuddy(combo);
    auto *grid = static_cast<QGridLayout *>(static_cast<QVBoxLayout *>(layout())->itemAt(0)->layout());
    grid->addWidget(buddy, row, column);
    grid->addWidget(combo, row, column + 1);
    return combo;
}

void MeasuresPage::setDocument(PlanDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_model->setDocument(document);
    if (m_document)
        connect(m_document, &PlanDocument::changed, this, &MeasuresPage::onChanged);
    fillChoices();
}

void MeasuresPage::onChanged(const PlanChange &change)
{
    using P = PlanChange::Part;
    if (change.part == P::Theme || change.part == P::Department || change.part == P::Principle
        || change.part == P::Audience || change.part == P::Section || change.part == P::Info
        || change.part == P::Everything)
        fillChoices();
}

void MeasuresPage::fillChoices()
{
    m_filling = true;
    auto refill = [](QComboBox *combo, const QList<QPair<int, QString>> &items, const QString &any) {
        const QVariant current = combo->currentData();
        combo->clear();
        combo->addItem(any, 0);
        for (const auto &item : items)
            combo->addItem(item.second, item.first);
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
        combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0) + 2 * combo->view()->frameWidth() + 24);
    };
    QList<QPair<int, QString>> themes, departments, principles, audiences;
    if (m_document) {
        const Plan &plan = m_document->plan();
        const PlanNumbers &numbers = m_document->numbers();
        for (const Theme &theme : plan.themes)
            themes.append({ theme.id, (numbers.fullTheme(theme.id) + QLatin1Char(' ') + theme.title).trimmed() });
        for (const AudienceGroup &a : plan.audiences)
            audiences.append({ a.id, a.name });
        for (const Department &d : plan.departments)
            departments.append({ d.id, d.name });
        for (int i = 0; i < plan.principles.size(); ++i)
            principles.append({ plan.principles[i].id, circledNumber(i + 1) + QLatin1Char(' ') + plan.principles[i].title });
    }
    refill(m_theme, themes, tr("All themes"));
    refill(m_department, departments, tr("All departments"));
    refill(m_principle, principles, tr("All principles"));
    refill(m_audience, audiences, tr("Anyone"));
    if (m_status->count() == 0) {
        m_status->addItem(tr("Any status"), -1);
        for (int i = 0; i < PlanText::statusCount; ++i)
            m_status->addItem(PlanText::statusName(MeasureStatus(i)), i);
    }
    m_filling = false;
    applyFilters();
}

void MeasuresPage::applyFilters()
{
    if (m_filling)
        return;
    m_filter->setThemeId(m_theme->currentData().toInt());
    m_filter->setDepartmentId(m_department->currentData().toInt());
    m_filter->setPrincipleId(m_principle->currentData().toInt());
    m_filter->setAudience(m_audience->currentData().toInt());
    m_filter->setStatus(m_status->currentData().toInt());
    m_filter->setText(m_text->text());
}

void MeasuresPage::selectMeasure(int measureId)
{
    const QModelIndex source = m_model->indexOfMeasure(measureId);
    if (!source.isValid())
        return;
    QModelIndex proxy = m_filter->mapFromSource(source);
    if (!proxy.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(proxy);
}

QList<int> MeasuresPage::shownMeasureIds() const
{
    QList<int> ids;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        ids << m_filter->index(row, 0).data(MeasuresTableModel::MeasureIdRole).toInt();
    return ids;
}

SheetTable MeasuresPage::shownTable() const
{
    SheetTable table;
    table.name = tr("Measures");
    for (int c = 0; c < m_filter->columnCount(); ++c)
        table.header << m_filter->headerData(c, Qt::Horizontal).toString();
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        QStringList cells;
        for (int c = 0; c < m_filter->columnCount(); ++c)
            cells << m_filter->index(row, c).data(Qt::DisplayRole).toString();
        table.rows << cells;
    }
    return table;
}

QString MeasuresPage::printedTitle() const
{
    return m_document ? tr("%1 – measures").arg(m_document->plan().info.title) : QString();
}

void MeasuresPage::printOn(QPagedPaintDevice *device) const
{
    SheetPrinting::print(device, shownTable(), printedTitle());
}

void MeasuresPage::print()
{
    if (!canPrint())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(printedTitle());
    QPrintPreviewDialog dialog(&printer, this);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) { printOn(p); });
    dialog.exec();
}

bool MeasuresPage::exportShownTo(const QString &path, QString *error) const
{
    if (!m_document) {
        *error = tr("No plan is open.");
        return false;
    }
    SheetExporter::Format format;
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0) {
        // Written whole or not at all.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            *error = file.errorString();
            return false;
        }
        if (!SheetPrinting::writePdf(&file, shownTable(), printedTitle(), error)) {
            file.cancelWriting();
            return false;
        }
        if (!file.commit()) {
            *error = file.errorString();
            return false;
        }
        return true;
    }
    if (!SheetExporter::formatFromFileName(path, &format)) {
        *error = tr("Choose a .pdf, .xlsx or .csv file.");
        return false;
    }
    SheetOptions options;
    options.onlyListedMeasures = true;
    const QList<int> ids = shownMeasureIds();
    options.measureIds = QSet<int>(ids.cbegin(), ids.cend());
    options.kpiSheet = false; // KPIs are not what the filters choose
    SheetExporter exporter(m_document->plan(), options);
    if (!exporter.exportFile(path, format)) {
        *error = exporter.errorString();
        return false;
    }
    return true;
}

void MeasuresPage::exportFile()
{
    if (!canExport())
        return;
    QString base = m_document->plan().info.title.simplified();
    for (const QChar c : QStringLiteral("/\\:*?\"<>|"))
        base.replace(c, QLatin1Char('-'));
    const QString folder = m_document->filePath().isEmpty() ? QString() : QFileInfo(m_document->filePath()).absolutePath();
    const QString suggested = (folder.isEmpty() ? QString() : folder + QLatin1Char('/')) + base + QStringLiteral(".xlsx");
    QString filter;
    QString path = QFileDialog::getSaveFileName(this, tr("Export the shown measures"), suggested,
                                                tr("Excel workbook (*.xlsx);;CSV for spreadsheets (*.csv);;PDF document (*.pdf)"),
                                                &filter);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv"))
        path += filter.contains(QLatin1String("*.csv")) ? QStringLiteral(".csv")
            : filter.contains(QLatin1String("*.pdf")) ? QStringLiteral(".pdf")
                                                       : QStringLiteral(".xlsx");
    QString error;
    if (!exportShownTo(path, &error))
        QMessageBox::warning(this, tr("Export"), tr("%1: %2").arg(QDir::toNativeSeparators(path), error));
}

void MeasuresPage::pasteRows(const QString &text)
{
    if (!m_document)
        return;
    MeasuresPaste paste(m_document);
    std::unique_ptr<QUndoCommand> command = paste.command(text);
    if (!command) {
        if (!paste.errorString().isEmpty())
            emit pasteRefused(paste.errorString());
        return;
    }
    m_document->undoStack()->push(command.release());
}
