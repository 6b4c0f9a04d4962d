#include "views/sheets/CsvText.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <QStringEncoder>

namespace CsvText {

namespace {

// Characters that the JIS tables and Windows map differently: Windows's
// CP932 holds only the second of each pair, which looks the same.
QString toWindowsForms(QString text)
{
    static const std::pair<char16_t, char16_t> forms[] = {
        { 0x301C, 0xFF5E }, // 〜 wave dash -> ～ fullwidth tilde
        { 0x2016, 0x2225 }, // ‖ double vertical line -> ∥ parallel to
        { 0x2212, 0xFF0D }, // − minus sign -> － fullwidth hyphen-minus
        { 0x00A2, 0xFFE0 }, // ¢ -> ￠
        { 0x00A3, 0xFFE1 }, // £ -> ￡
        { 0x00AC, 0xFFE2 }, // ¬ -> ￢
        { 0x2014, 0x2015 }, // — em dash -> ― horizontal bar
    };
    for (const auto &[from, to] : forms)
        text.replace(QChar(from), QChar(to));
    return text;
}

// The first character CP932 cannot hold, and its position; -1 when none.
qsizetype firstUnencodable(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype length = text[i].isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        QStringEncoder encoder("windows-31j");
        // encode() converts only when its result becomes a QByteArray.
        const QByteArray bytes = encoder.encode(QStringView(text).mid(i, length));
        if (encoder.hasError())
            return i;
        i += length;
    }
    return -1;
}

} // namespace

QString field(const QString &text, QChar separator)
{
    const bool quoted = text.contains(separator) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))
        || text.startsWith(QLatin1Char(' ')) || text.endsWith(QLatin1Char(' '));
    if (!quoted)
        return text;
    QString doubled = text;
    doubled.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + doubled + QLatin1Char('"');
}

QString line(const QStringList &cells, QChar separator)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const QString &cell : cells)
        fields << field(cell, separator);
    return fields.join(separator) + QStringLiteral("\r\n");
}

QString table(const SheetTable &table, QChar separator)
{
    QString text = line(table.header, separator);
    for (const QStringList &row : table.rows)
        text += line(row, separator);
    return text;
}

bool encode(const QString &text, SheetOptions::Encoding encoding, QByteArray *bytes, QString *error)
{
    if (encoding == SheetOptions::Encoding::Utf8) {
        // The byte order mark makes Excel read UTF-8 instead of Shift_JIS.
        *bytes = QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
        return true;
    }
    const QString windowsText = toWindowsForms(text);
    QStringEncoder encoder("windows-31j");
    if (!encoder.isValid()) {
        *error = QCoreApplication::translate("CsvText", "This system cannot write Shift_JIS (CP932); choose UTF-8.");
        return false;
    }
    const QByteArray encoded = encoder.encode(windowsText);
    if (!encoder.hasError()) {
        *bytes = encoded;
        return true;
    }
    const qsizetype at = firstUnencodable(windowsText);
    const qsizetype length = at >= 0 && windowsText[at].isHighSurrogate() ? 2 : 1;
    const QString character = at >= 0 ? windowsText.mid(at, length) : QString();
    const uint code = character.isEmpty() ? 0 : character.toUcs4().value(0);
    const qsizetype from = qMax<qsizetype>(0, at - 12);
    QString before = windowsText.mid(from, at - from);
    before.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    *error = QCoreApplication::translate("CsvText", "The character \u201C%1\u201D (U+%2) after \u201C%3\u201D "
                                                    "cannot be written in Shift_JIS (CP932); choose UTF-8 "
                                                    "or change the text.")
                 .arg(character, QString::number(code, 16).toUpper().rightJustified(4, QLatin1Char('0')), before);
    return false;
}

QList<QStringList> parseTabSeparated(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool inQuotes = false;
    bool cellStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !cellStarted) {
            inQuotes = true;
            cellStarted = true;
        } else if (c == QLatin1Char('\t')) {
            row << cell;
            cell.clear();
            cellStarted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            cellStarted = false;
        } else {
            cell += c;
            cellStarted = true;
        }
    }
    if (cellStarted || !row.isEmpty())
        rows << (row << cell);
    return rows;
}

} // namespace CsvText
