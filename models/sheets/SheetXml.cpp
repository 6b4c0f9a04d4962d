#include "models/sheets/SheetXml.h"

#include "models/ZipListing.h"

#include <QCoreApplication>

namespace SheetXml {

QString problem(const QXmlStreamReader &xml, const QString &part)
{
    if (isRefusedToken(xml))
        return QCoreApplication::translate("SheetImport", "the workbook's part \"%1\" declares a document type or entities, which spreadsheets do not use")
            .arg(ZipListing::shown(part));
    return QCoreApplication::translate("SheetImport", "the workbook's part \"%1\" is not well-formed XML (line %2)")
        .arg(ZipListing::shown(part))
        .arg(xml.lineNumber());
}

qint64 count(const QXmlStreamReader &xml, QLatin1String name, qint64 max)
{
    const QStringView value = xml.attributes().value(name);
    if (value.isNull())
        return -1;
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    return ok && n >= 1 && n <= max ? n : -2;
}

} // namespace SheetXml
