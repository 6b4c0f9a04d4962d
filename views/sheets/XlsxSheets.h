#pragma once

#include "models/Plan.h"
#include "views/sheets/SheetOptions.h"

#include <QString>

// The .xlsx workbook itself, written with libxlsxwriter, whose types stay
// in XlsxSheets.cpp. libxlsxwriter writes to a named file only: the caller
// gives a path in a private folder (SheetExporter copies the file to its
// device) and that folder for libxlsxwriter's own temporary files.
namespace XlsxSheets {

bool write(const QString &path, const QString &tempFolder, const Plan &plan, const SheetOptions &options,
           QString *error);

} // namespace XlsxSheets
