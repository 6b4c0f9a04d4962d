#include "models/sheets/XlsxReader.h"

#include "models/ZipListing.h"
#include "models/sheets/SheetArchive.h"
#include "models/sheets/SheetXml.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

namespace {

const QString workbookPart = QStringLiteral("xl/workbook.xml");
const QString relationsPart = QStringLiteral("xl/_rels/workbook.xml.rels");
const QString sharedStringsPart = QStringLiteral("xl/sharedStrings.xml");
const QString stylesPart = QStringLiteral("xl/styles.xml");

struct SheetRef
{
    QString name;
    QString part;
};

// A relationship target as an entry name: relative to xl/, or absolute
// from the archive's root.
QString resolvePart(const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    return QStringLiteral("xl/") + target;
}

// Text of a <si> or <is>: its <t>, or the <t> of each rich-text run,
// without the phonetic (<rPh>) readings.
QString readRichText(QXmlStreamReader &xml)
{
    QString text;
    const QString end = xml.name().toString();
    int phonetic = 0;
    while (xml.readNext() != QXmlStreamReader::Invalid) {
        if (SheetXml::isRefusedToken(xml))
            return text;
        if (xml.isStartElement()) {
            if (xml.name() == u"rPh")
                ++phonetic;
            else if (xml.name() == u"t" && phonetic == 0)
                text += xml.readElementText();
        } else if (xml.isEndElement()) {
            if (xml.name() == u"rPh")
                --phonetic;
            else if (xml.name() == end)
                break;
        }
    }
    return text;
}

} // namespace

bool XlsxReader::fail(const QString &why)
{
    m_error = why;
    return false;
}

bool XlsxReader::read(const QString &path, SheetBook *book)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    return read(&file, book);
}

bool XlsxReader::read(QIODevice *device, SheetBook *book)
{
    m_error.clear();
    *book = SheetBook();
    SheetArchive archive;
    if (!archive.open(device))
        return fail(archive.errorString());
    if (!archive.contains(workbookPart))
        return fail(QCoreApplication::translate("SheetImport", "it is not an Excel workbook (no \"xl/workbook.xml\")"));

    // Sheets in workbook order, and where each one's part is.
    QByteArray bytes;
    QList<std::pair<QString, QString>> sheetIds; // name, relationship id
    {
        if (!archive.read(workbookPart, &bytes))
            return fail(archive.errorString());
        QXmlStreamReader xml(bytes);
        while (!xml.atEnd()) {
            xml.readNext();
            if (SheetXml::isRefusedToken(xml))
                break;
            if (xml.isStartElement() && xml.name() == u"sheet") {
                QString id;
                for (const QXmlStreamAttribute &a : xml.attributes())
                    if (a.name() == u"id")
                        id = a.value().toString();
                sheetIds.append(std::make_pair(xml.attributes().value(QLatin1String("name")).toString(), id));
            }
        }
        if (xml.hasError() || SheetXml::isRefusedToken(xml))
            return fail(SheetXml::problem(xml, workbookPart));
    }
    QHash<QString, QString> targets;
    if (!archive.read(relationsPart, &bytes))
        return fail(archive.errorString());
    {
        QXmlStreamReader xml(bytes);
        while (!xml.atEnd()) {
            xml.readNext();
            if (SheetXml::isRefusedToken(xml))
                break;
            if (xml.isStartElement() && xml.name() == u"Relationship")
                targets.insert(xml.attributes().value(QLatin1String("Id")).toString(), xml.attributes().value(QLatin1String("Target")).toString());
        }
        if (xml.hasError() || SheetXml::isRefusedToken(xml))
            return fail(SheetXml::problem(xml, relationsPart));
    }

    QStringList shared;
    if (archive.contains(sharedStringsPart)) {
        if (!archive.read(sharedStringsPart, &bytes))
            return fail(archive.errorString());
        QXmlStreamReader xml(bytes);
        while (!xml.atEnd()) {
            xml.readNext();
            if (SheetXml::isRefusedToken(xml))
                break;
            if (xml.isStartElement() && xml.name() == u"si")
                shared << readRichText(xml);
        }
        if (xml.hasError() || SheetXml::isRefusedToken(xml))
            return fail(SheetXml::problem(xml, sharedStringsPart));
    }

    // Which cell formats (the s="" of a cell) are filled: a fill whose
    // pattern is anything but none and Excel's own gray125.
    QList<bool> filledFormats;
    if (archive.contains(stylesPart)) {
        if (!archive.read(stylesPart, &bytes))
            return fail(archive.errorString());
        QXmlStreamReader xml(bytes);
        QList<bool> fills;
        QString section;
        while (!xml.atEnd()) {
            xml.readNext();
            if (SheetXml::isRefusedToken(xml))
                break;
            if (xml.isStartElement()) {
                if (xml.name() == u"fills" || xml.name() == u"cellXfs" || xml.name() == u"cellStyleXfs")
                    section = xml.name().toString();
                else if (section == u"fills" && xml.name() == u"fill")
                    fills << false;
                else if (section == u"fills" && xml.name() == u"patternFill" && !fills.isEmpty()) {
                    const QStringView type = xml.attributes().value(QLatin1String("patternType"));
                    fills.last() = !type.isEmpty() && type != u"none" && type != u"gray125";
                } else if (section == u"fills" && xml.name() == u"fgColor" && !fills.isEmpty()) {
                    // A solid white fill looks like none.
                    if (xml.attributes().value(QLatin1String("rgb")).compare(QLatin1String("FFFFFFFF"), Qt::CaseInsensitive) == 0)
                        fills.last() = false;
                } else if (section == u"fills" && xml.name() == u"gradientFill" && !fills.isEmpty())
                    fills.last() = true;
                else if (section == u"cellXfs" && xml.name() == u"xf") {
                    const int fillId = xml.attributes().value(QLatin1String("fillId")).toInt();
                    filledFormats << fills.value(fillId, false);
                }
            } else if (xml.isEndElement() && xml.name() == section) {
                section.clear();
            }
        }
        if (xml.hasError() || SheetXml::isRefusedToken(xml))
            return fail(SheetXml::problem(xml, stylesPart));
    }

    for (const auto &sheetId : sheetIds) {
        // Named copies, not structured bindings: the lambda below uses the
        // name, and C++17 lambdas cannot capture a binding.
        const QString sheetName = sheetId.first;
        const QString id = sheetId.second;
        if (!targets.contains(id))
            return fail(QCoreApplication::translate("SheetImport", "the workbook names a sheet \"%1\" but not where it is").arg(ZipListing::shown(sheetName)));
        const QString part = resolvePart(targets.value(id));
        if (!archive.contains(part))
            return fail(QCoreApplication::translate("SheetImport", "the workbook has no part \"%1\" for the sheet \"%2\"").arg(ZipListing::shown(part), ZipListing::shown(sheetName)));
        if (!archive.read(part, &bytes))
            return fail(archive.errorString());
        SheetGrid grid;
        grid.name = sheetName;
        qint64 cells = 0;
        qint64 row = -1;
        qint64 column = -1;
        QXmlStreamReader xml(bytes);
        const auto beyond = [&](const QString &ref) {
            return fail(QCoreApplication::translate("SheetImport", "the sheet \"%1\" has a cell %2, beyond the %3 rows and %4 columns DX Plan Studio reads")
                            .arg(ZipListing::shown(sheetName), ZipListing::shown(ref))
                            .arg(SheetGrid::maxRows)
                            .arg(SheetGrid::maxColumns));
        };
        while (!xml.atEnd()) {
            xml.readNext();
            if (SheetXml::isRefusedToken(xml))
                break;
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"row") {
                const qint64 r = SheetXml::count(xml, QLatin1String("r"), qint64(1) << 40);
                // A row far down is refused by its first cell: an empty
                // one there harms nothing.
                row = r > 0 ? r - 1 : row + 1;
                column = -1;
            } else if (xml.name() == u"c") {
                const QString ref = xml.attributes().value(QLatin1String("r")).toString();
                qint64 r = row;
                qint64 c = column + 1;
                if (!ref.isEmpty() && !SheetGrid::parseCellName(ref, &r, &c))
                    return fail(QCoreApplication::translate("SheetImport", "the sheet \"%1\" has a cell named \"%2\", which is no cell reference")
                                    .arg(ZipListing::shown(sheetName), ZipListing::shown(ref)));
                if (r < 0)
                    r = 0;
                if (r >= SheetGrid::maxRows || c >= SheetGrid::maxColumns)
                    return beyond(ref);
                row = r;
                column = c;
                if (++cells > SheetGrid::maxCells)
                    return fail(QCoreApplication::translate("SheetImport", "the sheet \"%1\" has more than %2 cells").arg(ZipListing::shown(sheetName)).arg(SheetGrid::maxCells));
                const QString type = xml.attributes().value(QLatin1String("t")).toString();
                const int format = xml.attributes().value(QLatin1String("s")).toInt();
                SheetCell cell;
                cell.filled = filledFormats.value(format, false);
                QString value;
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (SheetXml::isRefusedToken(xml) || xml.hasError())
                        break;
                    if (xml.isEndElement() && xml.name() == u"c")
                        break;
                    if (xml.isStartElement() && xml.name() == u"v")
                        value = xml.readElementText();
                    else if (xml.isStartElement() && xml.name() == u"is")
                        value = readRichText(xml);
                }
                if (type == u"s") {
                    bool ok = false;
                    const int index = value.toInt(&ok);
                    if (!ok || index < 0 || index >= shared.size())
                        return fail(QCoreApplication::translate("SheetImport", "the cell %1!%2 refers to a text the workbook does not have")
                                        .arg(ZipListing::shown(sheetName), SheetGrid::cellName(int(row), int(column))));
                    cell.text = shared[index];
                } else if (type == u"b") {
                    cell.text = value == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                } else {
                    cell.text = value;
                }
                grid.setCell(int(row), int(column), cell);
            } else if (xml.name() == u"mergeCell") {
                const QStringList corners = xml.attributes().value(QLatin1String("ref")).toString().split(QLatin1Char(':'));
                qint64 r1 = 0, c1 = 0, r2 = 0, c2 = 0;
                if (corners.size() != 2 || !SheetGrid::parseCellName(corners[0], &r1, &c1)
                    || !SheetGrid::parseCellName(corners[1], &r2, &c2) || r2 < r1 || c2 < c1)
                    return fail(QCoreApplication::translate("SheetImport", "the sheet \"%1\" merges cells \"%2\", which is no range")
                                    .arg(ZipListing::shown(sheetName), ZipListing::shown(xml.attributes().value(QLatin1String("ref")).toString())));
                if (r2 >= SheetGrid::maxRows || c2 >= SheetGrid::maxColumns)
                    return beyond(corners[1]);
                if (grid.merges.size() >= SheetGrid::maxMerges)
                    return fail(QCoreApplication::translate("SheetImport", "the sheet \"%1\" has too many merged cells").arg(ZipListing::shown(sheetName)));
                grid.addMerge(SheetRange { int(r1), int(c1), int(r2), int(c2) });
            }
        }
        if (xml.hasError() || SheetXml::isRefusedToken(xml))
            return fail(SheetXml::problem(xml, part));
        book->sheets.append(grid);
    }
    if (book->sheets.isEmpty())
        return fail(QCoreApplication::translate("SheetImport", "the workbook has no sheets"));
    return true;
}
