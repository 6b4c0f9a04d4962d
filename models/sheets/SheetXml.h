#pragma once

#include <QString>
#include <QXmlStreamReader>

// What the workbook readers share when they read a part's XML.
namespace SheetXml {

// A reader over `bytes` that reports no entities of its own: a workbook's
// parts never declare a document type, so one that does is refused (it
// could expand entities or point outside the file).
inline bool isRefusedToken(const QXmlStreamReader &xml)
{
    return xml.tokenType() == QXmlStreamReader::DTD || xml.tokenType() == QXmlStreamReader::EntityReference;
}

// The one sentence for a part that is not the XML it should be.
QString problem(const QXmlStreamReader &xml, const QString &part);

// The attribute as a whole number from 1 to `max`, or -1 if it is absent;
// -2 if it is present but no such number.
qint64 count(const QXmlStreamReader &xml, QLatin1String name, qint64 max);

} // namespace SheetXml
