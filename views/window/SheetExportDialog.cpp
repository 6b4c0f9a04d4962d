#include "views/window/SheetExportDialog.h"

#include "models/PlanDocument.h"
#include "views/common/ViewSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace {

const QString settingsGroup = QStringLiteral("sheetExport");

QString fileBaseName(const QString &title)
{
    QString base = title.simplified();
    for (const QChar c : QStringLiteral("/\\:*?\"<>|"))
        base.replace(c, QLatin1Char('-'));
    return base.isEmpty() ? QStringLiteral("plan") : base;
}

} // namespace

SheetExportDialog::SheetExportDialog(PlanDocument *document, QWidget *parent) : QDialog(parent), m_document(document)
{
    setObjectName(QStringLiteral("sheetExportDialog"));
    setWindowTitle(tr("Export Spreadsheet"));
    auto *form = new QFormLayout;

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("sheetFormat"));
    m_format->addItem(tr("Excel workbook (.xlsx)"), int(SheetExporter::Format::Xlsx));
    m_format->addItem(tr("CSV, one table (.csv)"), int(SheetExporter::Format::Csv));
    form->addRow(tr("&Format:"), m_format);

    m_schedule = new QCheckBox(tr("&Schedule (工程表)"), this);
    m_schedule->setObjectName(QStringLiteral("scheduleSheet"));
    m_measures = new QCheckBox(tr("&Measures, every field"), this);
    m_measures->setObjectName(QStringLiteral("measuresSheet"));
    m_kpis = new QCheckBox(tr("&KPIs"), this);
    m_kpis->setObjectName(QStringLiteral("kpiSheet"));
    auto *sheets = new QVBoxLayout;
    sheets->addWidget(m_schedule);
    sheets->addWidget(m_measures);
    sheets->addWidget(m_kpis);
    form->addRow(tr("Sheets:"), sheets);

    m_csvTable = new QComboBox(this);
    m_csvTable->setObjectName(QStringLiteral("csvTable"));
    m_csvTable->addItem(tr("Measures"), int(SheetOptions::CsvTable::Measures));
    m_csvTable->addItem(tr("Schedule"), int(SheetOptions::CsvTable::Schedule));
    form->addRow(tr("CSV &table:"), m_csvTable);

    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("csvEncoding"));
    m_encoding->addItem(tr("UTF-8 (Excel 2016 and later)"), int(SheetOptions::Encoding::Utf8));
    m_encoding->addItem(tr("Shift_JIS (CP932, older software)"), int(SheetOptions::Encoding::Cp932));
    form->addRow(tr("&Encoding:"), m_encoding);

    m_era = new QComboBox(this);
    m_era->setObjectName(QStringLiteral("sheetEra"));
    m_era->addItem(tr("Reiwa (令和6年度)"), int(FiscalYear::EraStyle::Reiwa));
    m_era->addItem(tr("Western (FY2024)"), int(FiscalYear::EraStyle::Western));
    m_era->addItem(tr("Both (令和6(2024)年度)"), int(FiscalYear::EraStyle::Both));
    form->addRow(tr("&Years:"), m_era);

    m_months = new QCheckBox(tr("M&onth columns under every year"), this);
    m_months->setObjectName(QStringLiteral("monthColumns"));
    form->addRow(QString(), m_months);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export..."), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setDefault(true);
    connect(exportButton, &QPushButton::clicked, this, &SheetExportDialog::exportWithDialog);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    restoreChoices();
    connect(m_format, &QComboBox::currentIndexChanged, this, &SheetExportDialog::updateEnabled);
    connect(m_csvTable, &QComboBox::currentIndexChanged, this, &SheetExportDialog::updateEnabled);
    updateEnabled();
}

SheetExporter::Format SheetExportDialog::format() const
{
    return SheetExporter::Format(m_format->currentData().toInt());
}

SheetOptions SheetExportDialog::options() const
{
    SheetOptions options;
    options.scheduleSheet = m_schedule->isChecked();
    options.measuresSheet = m_measures->isChecked();
    options.kpiSheet = m_kpis->isChecked();
    options.csvTable = SheetOptions::CsvTable(m_csvTable->currentData().toInt());
    options.encoding = SheetOptions::Encoding(m_encoding->currentData().toInt());
    options.eraStyle = FiscalYear::EraStyle(m_era->currentData().toInt());
    options.monthColumns = m_months->isChecked();
    return options;
}

void SheetExportDialog::updateEnabled()
{
    const bool xlsx = format() == SheetExporter::Format::Xlsx;
    for (QCheckBox *box : { m_schedule, m_measures, m_kpis })
        box->setEnabled(xlsx);
    m_csvTable->setEnabled(!xlsx);
    m_encoding->setEnabled(!xlsx);
    // Month columns shape the schedule only.
    m_months->setEnabled(xlsx || options().csvTable == SheetOptions::CsvTable::Schedule);
}

void SheetExportDialog::restoreChoices()
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    const SheetOptions defaults;
    auto choose = [](QComboBox *combo, const QVariant &value) {
        combo->setCurrentIndex(qMax(0, combo->findData(value.toInt())));
    };
    choose(m_format, settings.value(QStringLiteral("format"), int(SheetExporter::Format::Xlsx)));
    m_schedule->setChecked(settings.value(QStringLiteral("schedule"), defaults.scheduleSheet).toBool());
    m_measures->setChecked(settings.value(QStringLiteral("measures"), defaults.measuresSheet).toBool());
    m_kpis->setChecked(settings.value(QStringLiteral("kpis"), defaults.kpiSheet).toBool());
    choose(m_csvTable, settings.value(QStringLiteral("csvTable"), int(defaults.csvTable)));
    choose(m_encoding, settings.value(QStringLiteral("encoding"), int(defaults.encoding)));
    choose(m_era, settings.value(QStringLiteral("era"), int(ViewSettings::instance()->eraStyle())));
    m_months->setChecked(settings.value(QStringLiteral("months"), defaults.monthColumns).toBool());
}

void SheetExportDialog::saveChoices() const
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    const SheetOptions chosen = options();
    settings.setValue(QStringLiteral("format"), int(format()));
    settings.setValue(QStringLiteral("schedule"), chosen.scheduleSheet);
    settings.setValue(QStringLiteral("measures"), chosen.measuresSheet);
    settings.setValue(QStringLiteral("kpis"), chosen.kpiSheet);
    settings.setValue(QStringLiteral("csvTable"), int(chosen.csvTable));
    settings.setValue(QStringLiteral("encoding"), int(chosen.encoding));
    settings.setValue(QStringLiteral("era"), int(chosen.eraStyle));
    settings.setValue(QStringLiteral("months"), chosen.monthColumns);
}

bool SheetExportDialog::exportTo(const QString &path)
{
    m_error.clear();
    if (!m_document) {
        m_error = tr("No plan is open.");
        return false;
    }
    SheetExporter::Format chosen = format();
    SheetExporter::formatFromFileName(path, &chosen);
    const SheetOptions sheetOptions = options();
    if (chosen == SheetExporter::Format::Xlsx && !sheetOptions.scheduleSheet && !sheetOptions.measuresSheet
        && !sheetOptions.kpiSheet) {
        m_error = tr("Choose at least one sheet.");
        return false;
    }
    saveChoices();
    SheetExporter exporter(m_document->plan(), sheetOptions);
    if (!exporter.exportFile(path, chosen)) {
        m_error = exporter.errorString();
        return false;
    }
    return true;
}

void SheetExportDialog::exportWithDialog()
{
    if (!m_document)
        return;
    const bool xlsx = format() == SheetExporter::Format::Xlsx;
    const QString suffix = xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    QSettings settings;
    QString folder = settings.value(settingsGroup + QStringLiteral("/lastFolder")).toString();
    if (folder.isEmpty() && !m_document->filePath().isEmpty())
        folder = QFileInfo(m_document->filePath()).absolutePath();
    const QString suggested = (folder.isEmpty() ? QString() : folder + QLatin1Char('/'))
        + fileBaseName(m_document->plan().info.title) + suffix;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Spreadsheet"), suggested,
                                                xlsx ? tr("Excel workbook (*.xlsx)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    SheetExporter::Format ignored;
    if (!SheetExporter::formatFromFileName(path, &ignored))
        path += suffix;
    settings.setValue(settingsGroup + QStringLiteral("/lastFolder"), QFileInfo(path).absolutePath());
    if (!exportTo(path)) {
        QMessageBox::warning(this, tr("Export Spreadsheet"),
                             tr("%1: %2").arg(QDir::toNativeSeparators(path), m_error));
        return;
    }
    accept();
}
