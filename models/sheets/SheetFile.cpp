#include "models/sheets/SheetFile.h"

#include "models/sheets/OdsReader.h"
#include "models/sheets/SheetMapping.h"
#include "models/sheets/XlsxReader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace SheetFile {

namespace {

enum class Kind { Unknown, Xlsx, Ods, Csv };

Kind kindOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"xlsx" || suffix == u"xlsm")
        return Kind::Xlsx;
    if (suffix == u"ods")
        return Kind::Ods;
    if (suffix == u"csv" || suffix == u"tsv" || suffix == u"txt")
        return Kind::Csv;
    return Kind::Unknown;
}

} // namespace

bool isSupported(const QString &path)
{
    return kindOf(path) != Kind::Unknown;
}

bool read(const QString &path, SheetBook *book, QString *error, CsvReader::Encoding encoding)
{
    switch (kindOf(path)) {
    case Kind::Xlsx: {
        XlsxReader reader;
        if (reader.read(path, book))
            return true;
        *error = reader.errorString();
        return false;
    }
    case Kind::Ods: {
        OdsReader reader;
        if (reader.read(path, book))
            return true;
        *error = reader.errorString();
        return false;
    }
    case Kind::Csv: {
        CsvReader reader;
        reader.setEncoding(encoding);
        if (reader.read(path, book))
            return true;
        *error = reader.errorString();
        return false;
    }
    case Kind::Unknown:
        break;
    }
    *error = QCoreApplication::translate("SheetImport", "DX Plan Studio reads spreadsheets as .xlsx, .ods or .csv files");
    return false;
}

int chooseSheet(const SheetBook &book, const QString &name)
{
    if (!name.isEmpty()) {
        for (int i = 0; i < book.sheets.size(); ++i)
            if (book.sheets[i].name == name)
                return i;
        return -1;
    }
    for (int i = 0; i < book.sheets.size(); ++i)
        if (SheetLayout::detect(book.sheets[i]).hasSchedule())
            return i;
    return book.sheets.isEmpty() ? -1 : 0;
}

} // namespace SheetFile
