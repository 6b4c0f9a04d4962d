#pragma once

#include "models/Plan.h"
#include "views/sheets/SheetOptions.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

// Writes a plan as a spreadsheet: an .xlsx workbook (the schedule laid out
// as a 工程表, every field of the measures, the KPIs) or one table as CSV
// (the measures or the schedule). Files are written through QSaveFile: a
// failed export leaves no half-written file behind.
class SheetExporter
{
    Q_DECLARE_TR_FUNCTIONS(SheetExporter)

public:
    enum class Format { Xlsx, Csv };
    // From the file name's extension (.xlsx, .csv, any letter case).
    static bool formatFromFileName(const QString &path, Format *format);

    SheetExporter(const Plan &plan, const SheetOptions &options);

    bool exportFile(const QString &path, Format format);
    bool write(QIODevice *device, Format format);
    bool writeXlsx(QIODevice *device);
    bool writeCsv(QIODevice *device);
    QString errorString() const { return m_error; }

    // The CSV's bytes, or empty with errorString() set.
    QByteArray csvBytes();

private:
    bool fail(const QString &error);

    Plan m_plan; // a copy: plan values share their data, and outlive the caller's
    SheetOptions m_options;
    QString m_error;
};
