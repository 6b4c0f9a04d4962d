#include "models/sheets/OdsReader.h"

#include "models/ZipListing.h"
#include "models/sheets/SheetArchive.h"
#include "models/sheets/SheetXml.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

namespace {

const QString contentPart = QStringLiteral("content.xml");
// What a repeat attribute may say: the most rows and columns LibreOffice
// has (1,048,576 and 16,384).
constexpr qint64 maxRepeat = qint64(1) << 20;

// A cell's paragraphs, one line each; <text:s/> and <text:tab/> as spaces.
QString readCellText(QXmlStreamReader &xml)
{
    QStringList paragraphs;
    QString current;
    int depth = 1;
    bool inParagraph = false;
    while (depth > 0 && xml.readNext() != QXmlStreamReader::Invalid) {
        if (SheetXml::isRefusedToken(xml))
            break;
        if (xml.isStartElement()) {
            ++depth;
            if (xml.name() == u"p" || xml.name() == u"h") {
                inParagraph = true;
                current.clear();
            } else if (xml.name() == u"s") {
                const qint64 n = SheetXml::count(xml, QLatin1String("c"), 1000);
                current += QString(int(qMax<qint64>(1, n)), QLatin1Char(' '));
            } else if (xml.name() == u"tab") {
                current += QLatin1Char(' ');
            } else if (xml.name() == u"line-break") {
                current += QLatin1Char('\n');
            } else if (xml.name() == u"annotation") {
                xml.skipCurrentElement();
                --depth;
            }
        } else if (xml.isEndElement()) {
            --depth;
            if (xml.name() == u"p" || xml.name() == u"h") {
                paragraphs << current;
                inParagraph = false;
            }
        } else if (xml.isCharacters() && inParagraph) {
            current += xml.text();
        }
    }
    return paragraphs.join(QLatin1Char('\n'));
}

} // namespace

bool OdsReader::fail(const QString &why)
{
    m_error = why;
    return false;
}

bool OdsReader::read(const QString &path, SheetBook *book)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    return read(&file, book);
}

bool OdsReader::read(QIODevice *device, SheetBook *book)
{
    m_error.clear();
    *book = SheetBook();
    SheetArchive archive;
    if (!archive.open(device))
        return fail(archive.errorString());
    if (!archive.contains(contentPart))
        return fail(QCoreApplication::translate("SheetImport", "it is not an OpenDocument spreadsheet (no \"content.xml\")"));
    QByteArray bytes;
    if (!archive.read(contentPart, &bytes))
        return fail(archive.errorString());

    QSet<QString> filledStyles;
    QString style;
    QXmlStreamReader xml(bytes);
    SheetGrid grid;
    bool inTable = false;
    qint64 row = 0;
    qint64 column = 0;
    qint64 cells = 0;
    // A row's cells, gathered before the row's own repeat is known to
    // matter.
    QList<std::pair<qint64, SheetCell>> rowCells;
    qint64 rowRepeat = 1;
    const auto beyond = [&](qint64 r, qint64 c) {
        return fail(QCoreApplication::translate("SheetImport", "the sheet \"%1\" repeats or places a cell at row %2, column %3, beyond the %4 rows and %5 columns DX Plan Studio reads")
                        .arg(ZipListing::shown(grid.name))
                        .arg(r + 1)
                        .arg(c + 1)
                        .arg(SheetGrid::maxRows)
                        .arg(SheetGrid::maxColumns));
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (SheetXml::isRefusedToken(xml))
            break;
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            if (name == u"style") {
                style = xml.attributes().value(QLatin1String("style:name")).toString();
                if (style.isEmpty())
                    for (const QXmlStreamAttribute &a : xml.attributes())
                        if (a.name() == u"name")
                            style = a.value().toString();
            } else if (name == u"table-cell-properties") {
                for (const QXmlStreamAttribute &a : xml.attributes())
                    if (a.name() == u"background-color" && a.value() != u"transparent" && a.value().compare(u"#ffffff", Qt::CaseInsensitive) != 0)
                        filledStyles.insert(style);
            } else if (name == u"table") {
                grid = SheetGrid();
                for (const QXmlStreamAttribute &a : xml.attributes())
                    if (a.name() == u"name")
                        grid.name = a.value().toString();
                inTable = true;
                row = 0;
                cells = 0;
            } else if (inTable && name == u"table-row") {
                rowRepeat = SheetXml::count(xml, QLatin1String("table:number-rows-repeated"), maxRepeat);
                if (rowRepeat == -2)
                    return fail(QCoreApplication::translate("SheetImport", "the sheet \"%1\" repeats a row an impossible number of times").arg(ZipListing::shown(grid.name)));
                rowRepeat = qMax<qint64>(1, rowRepeat);
                column = 0;
                rowCells.clear();
            } else if (inTable && (name == u"table-cell" || name == u"covered-table-cell")) {
                qint64 repeat = SheetXml::count(xml, QLatin1String("table:number-columns-repeated"), maxRepeat);
                const qint64 spanColumns = SheetXml::count(xml, QLatin1String("table:number-columns-spanned"), maxRepeat);
                const qint64 spanRows = SheetXml::count(xml, QLatin1String("table:number-rows-spanned"), maxRepeat);
                if (repeat == -2 || spanColumns == -2 || spanRows == -2)
                    return fail(QCoreApplication::translate("SheetImport", "the sheet \"%1\" repeats or spans a cell an impossible number of times").arg(ZipListing::shown(grid.name)));
                repeat = qMax<qint64>(1, repeat);
                SheetCell cell;
                for (const QXmlStreamAttribute &a : xml.attributes())
                    if (a.name() == u"style-name")
                        cell.filled = filledStyles.contains(a.value().toString());
                cell.text = readCellText(xml);
                if (!cell.isEmpty()) {
                    if (column + repeat > SheetGrid::maxColumns || row >= SheetGrid::maxRows)
                        return beyond(row, column + repeat - 1);
                    cells += repeat * rowRepeat;
                    if (cells > SheetGrid::maxCells)
                        return fail(QCoreApplication::translate("SheetImport", "the sheet \"%1\" has more than %2 cells").arg(ZipListing::shown(grid.name)).arg(SheetGrid::maxCells));
                    for (qint64 i = 0; i < repeat; ++i)
                        rowCells.append({ column + i, cell });
                }
                if (name == u"table-cell" && (spanColumns > 1 || spanRows > 1)) {
                    const qint64 right = column + qMax<qint64>(1, spanColumns) - 1;
                    const qint64 bottom = row + qMax<qint64>(1, spanRows) - 1;
                    if (right >= SheetGrid::maxColumns || bottom >= SheetGrid::maxRows)
                        return beyond(bottom, right);
                    if (grid.merges.size() >= SheetGrid::maxMerges)
                        return fail(QCoreApplication::translate("SheetImport", "the sheet \"%1\" has too many merged cells").arg(ZipListing::shown(grid.name)));
                    grid.addMerge(SheetRange { int(row), int(column), int(bottom), int(right) });
                }
                column += repeat; // may run far past the limits while empty
            }
        } else if (xml.isEndElement()) {
            const QStringView name = xml.name();
            if (inTable && name == u"table-row") {
                if (!rowCells.isEmpty()) {
                    if (row + rowRepeat > SheetGrid::maxRows)
                        return beyond(row + rowRepeat - 1, rowCells.constFirst().first);
                    for (qint64 r = row; r < row + rowRepeat; ++r)
                        for (const auto &[c, cell] : std::as_const(rowCells))
                            grid.setCell(int(r), int(c), cell);
                }
                row += rowRepeat; // empty repeats only move on
            } else if (name == u"table") {
                book->sheets.append(grid);
                inTable = false;
            }
        }
    }
    if (xml.hasError() || SheetXml::isRefusedToken(xml))
        return fail(SheetXml::problem(xml, contentPart));
    if (book->sheets.isEmpty())
        return fail(QCoreApplication::translate("SheetImport", "the spreadsheet has no sheets"));
    return true;
}
