#pragma once

#include "models/sheets/SheetGrid.h"

#include <QString>

class QIODevice;

// Reads the sheets of an Office Open XML workbook (.xlsx): cell texts
// (shared, inline, numbers as written), fills from styles.xml, merged
// cells. Formulas give their cached value.
class XlsxReader
{
public:
    bool read(QIODevice *device, SheetBook *book);
    bool read(const QString &path, SheetBook *book);
    QString errorString() const { return m_error; }

private:
    bool fail(const QString &why);
    QString m_error;
};
