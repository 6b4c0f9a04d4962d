#include "views/sheets/SheetExporter.h"

#include "views/common/AtomicFile.h"
#include "views/sheets/CsvText.h"
#include "views/sheets/SheetTables.h"
#include "views/sheets/XlsxSheets.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

bool SheetExporter::formatFromFileName(const QString &path, Format *format)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        *format = Format::Xlsx;
    else if (suffix == QLatin1String("csv"))
        *format = Format::Csv;
    else
        return false;
    return true;
}

SheetExporter::SheetExporter(const Plan &plan, const SheetOptions &options) : m_plan(plan), m_options(options)
{
}

bool SheetExporter::fail(const QString &error)
{
    m_error = error;
    return false;
}

bool SheetExporter::exportFile(const QString &path, Format format)
{
    QString error;
    if (!writeAtomically(path, [&](QIODevice *file) { return write(file, format); }, &error))
        return error.isEmpty() ? false : fail(error);
    return true;
}

bool SheetExporter::write(QIODevice *device, Format format)
{
    return format == Format::Xlsx ? writeXlsx(device) : writeCsv(device);
}

bool SheetExporter::writeXlsx(QIODevice *device)
{
    // libxlsxwriter writes named files only: a private folder holds the
    // workbook and libxlsxwriter's own temporary files until it is copied.
    QTemporaryDir folder;
    if (!folder.isValid())
        return fail(tr("No temporary folder for the spreadsheet: %1").arg(folder.errorString()));
    const QString path = folder.filePath(QStringLiteral("plan.xlsx"));
    QString error;
    if (!XlsxSheets::write(path, folder.path(), m_plan, m_options, &error))
        return fail(error);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    const QByteArray bytes = file.readAll();
    if (bytes.isEmpty() || device->write(bytes) != bytes.size())
        return fail(device->errorString());
    return true;
}

QByteArray SheetExporter::csvBytes()
{
    const SheetTable table = m_options.csvTable == SheetOptions::CsvTable::Measures
        ? SheetTables::measures(m_plan, m_options)
        : SheetTables::schedule(m_plan, m_options);
    QByteArray bytes;
    QString error;
    if (!CsvText::encode(CsvText::table(table), m_options.encoding, &bytes, &error)) {
        fail(error);
        return {};
    }
    return bytes;
}

bool SheetExporter::writeCsv(QIODevice *device)
{
    const QByteArray bytes = csvBytes();
    if (bytes.isEmpty())
        return false;
    if (device->write(bytes) != bytes.size())
        return fail(device->errorString());
    return true;
}
