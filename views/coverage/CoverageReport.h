#pragma once

#include "models/FiscalYear.h"
#include "models/Plan.h"
#include "views/coverage/CoverageSheet.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QIODevice;
class QPagedPaintDevice;

// The coverage tables (models/Coverage.h) as sheets in the user's
// language, and the one way they are written: CSV (UTF-8 with a byte
// order mark, for Excel), HTML, and PDF or printing through one
// QTextDocument made from that HTML.
class CoverageReport
{
    Q_DECLARE_TR_FUNCTIONS(CoverageReport)

public:
    enum class Table { Principles, Departments };
    enum class Format { Csv, Html, Pdf };

    static CoverageSheet sheet(const Plan &plan, Table table, FiscalYear::EraStyle era);
    // "西ノ島町DX推進基本計画 – coverage".
    static QString title(const Plan &plan);

    // From the path's extension (.csv, .html/.htm, .pdf; any case).
    static bool formatFromFileName(const QString &path, Format *format);

    // The sheets one after another; CSV separates them by an empty line.
    static QByteArray csv(const QList<CoverageSheet> &sheets);
    static QByteArray html(const QList<CoverageSheet> &sheets, const QString &title);
    // Landscape A4 pages; false with `error` set when nothing could be written.
    static bool writePdf(QIODevice *device, const QList<CoverageSheet> &sheets, const QString &title,
                         QString *error);
    static bool write(QIODevice *device, Format format, const QList<CoverageSheet> &sheets, const QString &title,
                      QString *error);
    // On a printer or the print preview.
    static void print(QPagedPaintDevice *device, const QList<CoverageSheet> &sheets, const QString &title);
};
