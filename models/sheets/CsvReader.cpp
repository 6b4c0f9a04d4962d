#include "models/sheets/CsvReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace {

// The names ICU knows CP932 by, in the order tried: Microsoft's variant
// first, since it has the characters (①, ㈱, NEC specials) plain
// Shift_JIS lacks.
const char *const cp932Names[] = { "windows-31j", "cp932", "Shift_JIS" };

bool decode(const QByteArray &bytes, const char *encoding, QString *text)
{
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        return false;
    *text = decoder.decode(bytes);
    return !decoder.hasError();
}

bool decodeCp932(const QByteArray &bytes, QString *text)
{
    for (const char *name : cp932Names) {
        QStringDecoder decoder(name, QStringDecoder::Flag::Stateless);
        if (decoder.isValid()) {
            *text = decoder.decode(bytes);
            return !decoder.hasError();
        }
    }
    return false;
}

} // namespace

bool CsvReader::hasCp932()
{
    for (const char *name : cp932Names)
        if (QStringDecoder(name).isValid())
            return true;
    return false;
}

bool CsvReader::encodingFromName(const QString &name, Encoding *encoding)
{
    const QString n = name.toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (n == u"utf8") {
        *encoding = Encoding::Utf8;
        return true;
    }
    if (n == u"cp932" || n == u"shiftjis" || n == u"sjis" || n == u"windows31j" || n == u"ms932") {
        *encoding = Encoding::Cp932;
        return true;
    }
    if (n == u"auto" || n == u"detect") {
        *encoding = Encoding::Detect;
        return true;
    }
    return false;
}

bool CsvReader::fail(const QString &why)
{
    m_error = why;
    return false;
}

bool CsvReader::read(const QString &path, SheetBook *book)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    if (!read(&file, book))
        return false;
    book->sheets.first().name = QFileInfo(path).completeBaseName();
    return true;
}

bool CsvReader::read(QIODevice *device, SheetBook *book)
{
    m_error.clear();
    *book = SheetBook();
    if (!device || !device->isReadable())
        return fail(QCoreApplication::translate("SheetImport", "the file cannot be read"));
    const QByteArray bytes = device->read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        return fail(QCoreApplication::translate("SheetImport", "the CSV file is larger than %1 MiB").arg(maxBytes >> 20));
    if (bytes.contains('\0'))
        return fail(QCoreApplication::translate("SheetImport", "it is not a CSV file (it holds binary data)"));

    QString text;
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    switch (m_encoding) {
    case Encoding::Utf8:
        if (!decode(bytes, "UTF-8", &text))
            return fail(QCoreApplication::translate("SheetImport", "the CSV file is not valid UTF-8"));
        m_used = Encoding::Utf8;
        break;
    case Encoding::Cp932:
        if (!hasCp932())
            return fail(QCoreApplication::translate("SheetImport", "this installation cannot read Shift_JIS (CP932) text"));
        if (!decodeCp932(bytes, &text))
            return fail(QCoreApplication::translate("SheetImport", "the CSV file is not valid Shift_JIS (CP932)"));
        m_used = Encoding::Cp932;
        break;
    case Encoding::Detect:
        // Valid UTF-8 is almost never Shift_JIS by accident; the other way
        // round happens, so UTF-8 is tried first.
        if (bom || decode(bytes, "UTF-8", &text)) {
            decode(bytes, "UTF-8", &text);
            m_used = Encoding::Utf8;
        } else if (decodeCp932(bytes, &text)) {
            m_used = Encoding::Cp932;
        } else {
            return fail(QCoreApplication::translate("SheetImport", "the CSV file is neither UTF-8 nor Shift_JIS (CP932); give its encoding with --encoding"));
        }
        break;
    }
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);

    // Tab separated when the first line has tabs and no commas.
    const QString firstLine = text.left(text.indexOf(QLatin1Char('\n')));
    const QChar separator = firstLine.contains(QLatin1Char('\t')) && !firstLine.contains(QLatin1Char(','))
        ? QLatin1Char('\t')
        : QLatin1Char(',');

    SheetGrid grid;
    int row = 0;
    int column = 0;
    qint64 cells = 0;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    const auto endField = [&]() -> bool {
        if (column >= SheetGrid::maxColumns || row >= SheetGrid::maxRows)
            return fail(QCoreApplication::translate("SheetImport", "the CSV file has a value at row %1, column %2, beyond the %3 rows and %4 columns DX Plan Studio reads")
                            .arg(row + 1)
                            .arg(column + 1)
                            .arg(SheetGrid::maxRows)
                            .arg(SheetGrid::maxColumns));
        if (++cells > SheetGrid::maxCells)
            return fail(QCoreApplication::translate("SheetImport", "the CSV file has more than %1 values").arg(SheetGrid::maxCells));
        grid.setCell(row, column, { field, false });
        field.clear();
        wasQuoted = false;
        ++column;
        return true;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else if (c != QLatin1Char('\r')) {
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
        } else if (c == separator) {
            if (!endField())
                return false;
        } else if (c == QLatin1Char('\n')) {
            if (!endField())
                return false;
            ++row;
            column = 0;
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    if (quoted)
        return fail(QCoreApplication::translate("SheetImport", "the CSV file ends inside a quoted value"));
    if (!field.isEmpty() || column > 0)
        if (!endField())
            return false;
    book->sheets.append(grid);
    return true;
}
