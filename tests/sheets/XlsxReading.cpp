#include "tests/sheets/XlsxReading.h"

#include <KZip>
#include <QXmlStreamReader>

namespace {

void collect(const KArchiveDirectory *directory, const QString &prefix, QHash<QString, QByteArray> *parts)
{
    for (const QString &name : directory->entries()) {
        const KArchiveEntry *entry = directory->entry(name);
        if (entry->isDirectory())
            collect(static_cast<const KArchiveDirectory *>(entry), prefix + name + QLatin1Char('/'), parts);
        else
            parts->insert(prefix + name, static_cast<const KArchiveFile *>(entry)->data());
    }
}

} // namespace

bool XlsxReading::open(const QString &path)
{
    KZip zip(path);
    if (!zip.open(QIODevice::ReadOnly))
        return false;
    m_parts.clear();
    collect(zip.directory(), QString(), &m_parts);
    return !m_parts.isEmpty();
}

QStringList XlsxReading::sheetNames() const
{
    QStringList names;
    QXmlStreamReader xml(part(QStringLiteral("xl/workbook.xml")));
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("sheet"))
            names << xml.attributes().value(QLatin1String("name")).toString();
    }
    return names;
}

QByteArray XlsxReading::sheetXml(int sheet) const
{
    return part(QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet));
}

QStringList XlsxReading::sharedStrings() const
{
    QStringList strings;
    QXmlStreamReader xml(part(QStringLiteral("xl/sharedStrings.xml")));
    QString current;
    bool inItem = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("si")) {
            inItem = true;
            current.clear();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("t") && inItem) {
            current += xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("si")) {
            strings << current;
            inItem = false;
        }
    }
    return strings;
}

QHash<QString, XlsxReading::Cell> XlsxReading::cells(int sheet) const
{
    const QStringList strings = sharedStrings();
    QHash<QString, Cell> cells;
    QXmlStreamReader xml(sheetXml(sheet));
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != QLatin1String("c"))
            continue;
        const QString ref = xml.attributes().value(QLatin1String("r")).toString();
        const QString type = xml.attributes().value(QLatin1String("t")).toString();
        Cell cell;
        cell.style = xml.attributes().value(QLatin1String("s")).toInt();
        while (!(xml.isEndElement() && xml.name() == QLatin1String("c")) && !xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("v")) {
                const QString value = xml.readElementText();
                cell.text = type == QLatin1String("s") ? strings.value(value.toInt()) : value;
            }
        }
        cells.insert(ref, cell);
    }
    return cells;
}

int XlsxReading::rowCount(int sheet) const
{
    int rows = 0;
    QXmlStreamReader xml(sheetXml(sheet));
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("row"))
            ++rows;
    }
    return rows;
}

QStringList XlsxReading::mergedRanges(int sheet) const
{
    QStringList ranges;
    QXmlStreamReader xml(sheetXml(sheet));
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("mergeCell"))
            ranges << xml.attributes().value(QLatin1String("ref")).toString();
    }
    return ranges;
}

QString XlsxReading::fillColor(int style) const
{
    // cellXfs' n-th xf names a fill; fills' n-th fill holds its colour.
    QList<int> fillOfStyle;
    QStringList fills;
    QXmlStreamReader xml(part(QStringLiteral("xl/styles.xml")));
    QString section;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("fills") || xml.name() == QLatin1String("cellXfs")
            || xml.name() == QLatin1String("cellStyleXfs"))
            section = xml.name().toString();
        else if (section == QLatin1String("fills") && xml.name() == QLatin1String("fill"))
            fills << QString();
        else if (section == QLatin1String("fills") && xml.name() == QLatin1String("fgColor") && !fills.isEmpty())
            fills.last() = xml.attributes().value(QLatin1String("rgb")).toString();
        else if (section == QLatin1String("cellXfs") && xml.name() == QLatin1String("xf"))
            fillOfStyle << xml.attributes().value(QLatin1String("fillId")).toInt();
    }
    return fills.value(fillOfStyle.value(style, -1));
}
