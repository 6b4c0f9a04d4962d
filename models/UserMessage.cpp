#include "models/UserMessage.h"

#include <QStringView>

namespace UserMessage {

bool needsEscape(char32_t c)
{
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
        return true; // C0 controls (tab, newline, ESC...), DEL, C1 controls (CSI...)
    switch (c) {
    case 0x061c: // ARABIC LETTER MARK
    case 0x200e: // LEFT-TO-RIGHT MARK
    case 0x200f: // RIGHT-TO-LEFT MARK
    case 0x2028: // LINE SEPARATOR
    case 0x2029: // PARAGRAPH SEPARATOR
        return true;
    default:
        break;
    }
    return (c >= 0x202a && c <= 0x202e)  // LRE, RLE, PDF, LRO, RLO
        || (c >= 0x2066 && c <= 0x2069); // LRI, RLI, FSI, PDI
}

QString printableText(const QString &text)
{
    QString result;
    result.reserve(text.size());
    const QStringView view(text);
    for (qsizetype i = 0; i < view.size(); ++i) {
        const QChar c = view[i];
        if (!needsEscape(c.unicode())) {
            result += c;
            continue;
        }
        if (c.unicode() < 0x100)
            result += QStringLiteral("\\x%1").arg(uint(c.unicode()), 2, 16, QLatin1Char('0'));
        else
            result += QStringLiteral("\\u%1").arg(uint(c.unicode()), 4, 16, QLatin1Char('0'));
    }
    return result;
}

} // namespace UserMessage
