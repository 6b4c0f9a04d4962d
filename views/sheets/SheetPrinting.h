#pragma once

#include "views/sheets/SheetTables.h"

#include <QByteArray>
#include <QString>

class QIODevice;
class QPagedPaintDevice;

// A table printed or written as PDF the way the coverage tables are: one
// QTextDocument made from HTML, A4 landscape, the PDF's text layer repaired
// (PdfTextLayerFix) so Japanese text can be searched and copied.
namespace SheetPrinting {

QString html(const SheetTable &table, const QString &title);
// On a printer or the print preview.
void print(QPagedPaintDevice *device, const SheetTable &table, const QString &title);
// False with `error` when nothing could be written.
bool writePdf(QIODevice *device, const SheetTable &table, const QString &title, QString *error);

} // namespace SheetPrinting
