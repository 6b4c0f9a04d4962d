#pragma once

#include "models/sheets/CsvReader.h"
#include "models/sheets/SheetGrid.h"

#include <QString>

// Reading a spreadsheet file of any kind the import knows, chosen by its
// extension: .xlsx, .ods, .csv (or .txt / .tsv).
namespace SheetFile {

bool isSupported(const QString &path);
// The error is one sentence, without the file's name.
bool read(const QString &path, SheetBook *book, QString *error,
          CsvReader::Encoding encoding = CsvReader::Encoding::Detect);
// The sheet named `name`, or (with no name) the first whose layout shows
// a schedule, else the first; -1 if no sheet has that name.
int chooseSheet(const SheetBook &book, const QString &name = QString());

} // namespace SheetFile
