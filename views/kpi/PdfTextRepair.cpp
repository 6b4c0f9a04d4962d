#include "views/kpi/PdfTextRepair.h"

#include <QFont>
#include <QMutex>
#include <QRawFont>

namespace PdfTextRepair {

namespace {

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

// Rewrites the <XXXX> tokens of one CMap line from the `first`-th on.
void repairLine(char *line, qsizetype length, int first, const QHash<char16_t, char16_t> &map)
{
    int token = 0;
    for (qsizetype i = 0; i < length; ++i) {
        if (line[i] != '<')
            continue;
        qsizetype end = i + 1;
        while (end < length && isHex(line[end]))
            ++end;
        if (end >= length || line[end] != '>')
            continue;
        if (token++ >= first && end - i - 1 == 4) {
            const char16_t code = char16_t(QByteArray(line + i + 1, 4).toUInt(nullptr, 16));
            const auto found = map.constFind(code);
            if (found != map.constEnd()) {
                const QByteArray hex = QByteArray::number(uint(*found), 16).toUpper().rightJustified(4, '0');
                memcpy(line + i + 1, hex.constData(), 4);
            }
        }
        i = end;
    }
}

} // namespace

QHash<char16_t, char16_t> radicalMap(const QString &family)
{
    static QMutex mutex;
    static QHash<QString, QHash<char16_t, char16_t>> cache;
    const QMutexLocker lock(&mutex);
    const auto cached = cache.constFind(family);
    if (cached != cache.constEnd())
        return *cached;

    QHash<char16_t, char16_t> map;
    for (char16_t radical = 0x2F00; radical <= 0x2FD5; ++radical) {
        const QString ideograph = QChar(radical).decomposition();
        if (ideograph.size() == 1)
            map.insert(radical, ideograph.front().unicode());
    }
    // The supplement's radicals have no decomposition: the font tells which
    // ideograph each one is drawn as.
    const QRawFont font = QRawFont::fromFont(QFont(family));
    QHash<quint32, char16_t> radicalOfGlyph;
    for (char16_t radical = 0x2E80; radical <= 0x2EFF; ++radical) {
        const QList<quint32> glyphs = font.glyphIndexesForString(QString(QChar(radical)));
        if (!glyphs.isEmpty() && glyphs.first() != 0)
            radicalOfGlyph.insert(glyphs.first(), radical);
    }
    QString ideographs;
    for (char16_t c = 0x3400; c <= 0x9FFF; ++c)
        ideographs += QChar(c);
    const QList<quint32> glyphs = font.glyphIndexesForString(ideographs);
    for (int i = 0; i < glyphs.size() && i < ideographs.size(); ++i) {
        const auto radical = radicalOfGlyph.constFind(glyphs[i]);
        if (glyphs[i] != 0 && radical != radicalOfGlyph.constEnd() && !map.contains(*radical))
            map.insert(*radical, ideographs[i].unicode());
    }
    cache.insert(family, map);
    return map;
}

QByteArray repair(QByteArray pdf, const QHash<char16_t, char16_t> &map)
{
    if (map.isEmpty())
        return pdf;
    char *data = pdf.data();
    qsizetype from = 0;
    while ((from = pdf.indexOf("begincmap", from)) >= 0) {
        const qsizetype end = pdf.indexOf("endcmap", from);
        if (end < 0)
            break;
        // Inside bfchar sections the second token of a line is the text;
        // inside bfrange sections the third on (an array, or a start that
        // counts up, which is only safe to change for a range of one).
        enum { None, Char, Range } section = None;
        qsizetype line = from;
        while (line < end) {
            qsizetype next = pdf.indexOf('\n', line);
            if (next < 0 || next > end)
                next = end;
            const QByteArray text = QByteArray::fromRawData(data + line, next - line).trimmed();
            if (text.endsWith("beginbfchar"))
                section = Char;
            else if (text.endsWith("beginbfrange"))
                section = Range;
            else if (text == "endbfchar" || text == "endbfrange")
                section = None;
            else if (section == Char)
                repairLine(data + line, next - line, 1, map);
            else if (section == Range && (text.contains('[') || text.count('<') == 3)) {
                const bool single = !text.contains('[');
                if (!single || text.mid(1, 4) == text.mid(text.indexOf('<', 1) + 1, 4))
                    repairLine(data + line, next - line, 2, map);
            }
            line = next + 1;
        }
        from = end;
    }
    return pdf;
}

} // namespace PdfTextRepair
