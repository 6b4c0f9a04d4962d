#pragma once

#include "models/sheets/SheetGrid.h"

#include <QString>

class QIODevice;

// Reads the sheets of an OpenDocument spreadsheet (.ods, LibreOffice
// Calc): cell paragraphs, background colours of the cell styles, spanned
// (merged) cells, and repeated rows and columns, which are expanded only
// as far as they hold something.
class OdsReader
{
public:
    bool read(QIODevice *device, SheetBook *book);
    bool read(const QString &path, SheetBook *book);
    QString errorString() const { return m_error; }

private:
    bool fail(const QString &why);
    QString m_error;
};
