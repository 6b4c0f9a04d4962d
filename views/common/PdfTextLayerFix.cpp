#include "views/common/PdfTextLayerFix.h"

#include "models/HexDigits.h"

#include <QHash>
#include <QSet>
#include <cstring>

namespace PdfTextLayerFix {

namespace {

quint32 glyphOf(const QRawFont &font, char32_t codePoint)
{
    const QList<quint32> glyphs = font.glyphIndexesForString(QString::fromUcs4(&codePoint, 1));
    return glyphs.isEmpty() ? 0 : glyphs.first();
}

struct Corrector
{
    QSet<char32_t> drawn;
    QHash<quint32, char32_t> drawnByGlyph;
    const QRawFont *font;
    int corrections = 0;

    // Rewrites the 4-digit destination token at `token` ("<XXXX>") in place.
    void correct(char *token)
    {
        const int value = HexDigits::valueOfFour(token + 1);
        if (value <= 0 || drawn.contains(char32_t(value)))
            return;
        const char32_t actual = drawnByGlyph.value(glyphOf(*font, char32_t(value)), 0);
        if (actual == 0 || actual > 0xFFFF)
            return;
        const QByteArray hex = QByteArray::number(uint(actual), 16).toUpper().rightJustified(4, '0');
        memcpy(token + 1, hex.constData(), 4);
        ++corrections;
    }
};

bool startsWith(const char *p, const char *end, const char *word)
{
    const size_t n = strlen(word);
    return size_t(end - p) >= n && memcmp(p, word, n) == 0;
}

} // namespace

int apply(QByteArray *pdf, const QRawFont &font, const QString &drawnText)
{
    if (!font.isValid())
        return 0;
    Corrector corrector;
    corrector.font = &font;
    for (char32_t c : drawnText.toUcs4())
        corrector.drawn.insert(c);
    for (char32_t c : std::as_const(corrector.drawn)) {
        const quint32 glyph = glyphOf(font, c);
        if (glyph != 0 && (!corrector.drawnByGlyph.contains(glyph) || c < corrector.drawnByGlyph[glyph]))
            corrector.drawnByGlyph.insert(glyph, c);
    }

    // Walks the tokens of each CMap: in bfchar entries "<src> <dst>", in
    // bfrange entries "<lo> <hi> [<dst> ...]" or "<lo> <hi> <dst>"; only
    // destinations change, and a range's single destination only when the
    // range is one glyph (it counts up from there otherwise).
    char *const data = pdf->data();
    qsizetype from = 0;
    while ((from = pdf->indexOf("begincmap", from)) >= 0) {
        const qsizetype stop = pdf->indexOf("endcmap", from);
        if (stop < 0)
            break;
        char *p = data + from;
        char *const end = data + stop;
        enum class Section { None, Chars, Ranges } section = Section::None;
        int tokenInEntry = 0;
        bool inArray = false;
        char *low = nullptr;
        char *high = nullptr;
        while (p < end) {
            if (startsWith(p, end, "beginbfchar")) {
                section = Section::Chars;
                tokenInEntry = 0;
                p += 11;
            } else if (startsWith(p, end, "beginbfrange")) {
                section = Section::Ranges;
                tokenInEntry = 0;
                p += 12;
            } else if (startsWith(p, end, "endbf")) {
                section = Section::None;
                p += 5;
            } else if (*p == '[' && section == Section::Ranges) {
                inArray = true;
                ++p;
            } else if (*p == ']' && inArray) {
                inArray = false;
                tokenInEntry = 0;
                ++p;
            } else if (*p == '<' && end - p >= 6 && p[5] == '>' && section != Section::None) {
                if (inArray) {
                    corrector.correct(p);
                } else if (section == Section::Chars) {
                    if (++tokenInEntry == 2) {
                        corrector.correct(p);
                        tokenInEntry = 0;
                    }
                } else {
                    ++tokenInEntry;
                    if (tokenInEntry == 1)
                        low = p;
                    else if (tokenInEntry == 2)
                        high = p;
                    else if (tokenInEntry == 3) {
                        if (memcmp(low + 1, high + 1, 4) == 0)
                            corrector.correct(p);
                        tokenInEntry = 0;
                    }
                }
                p += 6;
            } else if (*p == '<') {
                // A longer code (a surrogate pair): left as it is.
                while (p < end && *p != '>')
                    ++p;
                if (section == Section::Chars && ++tokenInEntry == 2)
                    tokenInEntry = 0;
                else if (section == Section::Ranges && !inArray && ++tokenInEntry == 3)
                    tokenInEntry = 0;
            } else {
                ++p;
            }
        }
        from = stop;
    }
    return corrector.corrections;
}

} // namespace PdfTextLayerFix
