#include "views/roadmap/TextFitting.h"

namespace TextFitting {

namespace {

bool cannotStartLine(QChar c)
{
    static const QString chars = QStringLiteral("、。，．,.・：；:;？！?!）)］]｝}」』】〕〉》ー…‥々ゝゞぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ");
    return chars.contains(c);
}

bool cannotEndLine(QChar c)
{
    static const QString chars = QStringLiteral("（(［[｛{「『【〔〈《");
    return chars.contains(c);
}

} // namespace

int lineBreak(const QString &text, const QFontMetricsF &metrics, qreal width)
{
    if (text.size() <= 1 || metrics.horizontalAdvance(text) <= width)
        return int(text.size());
    // The longest prefix that fits, by bisection on its width.
    int low = 1;
    int high = int(text.size()) - 1;
    while (low < high) {
        const int middle = (low + high + 1) / 2;
        if (metrics.horizontalAdvance(text.left(middle)) <= width)
            low = middle;
        else
            high = middle - 1;
    }
    int split = low;
    if (split < text.size() && text[split].isLowSurrogate())
        --split;
    // Step back over characters that must stay with their neighbours, but
    // not so far that the first line is left nearly empty.
    int adjusted = split;
    while (adjusted > split / 2
           && (cannotStartLine(text[adjusted]) || cannotEndLine(text[adjusted - 1])))
        --adjusted;
    return adjusted > split / 2 ? adjusted : qMax(1, split);
}

QString elided(const QString &text, const QFontMetricsF &metrics, qreal width)
{
    if (text.isEmpty() || width <= 0)
        return QString();
    if (metrics.horizontalAdvance(text) <= width)
        return text;
    const QString result = metrics.elidedText(text, Qt::ElideRight, width);
    return result.size() <= 1 ? QString() : result;
}

} // namespace TextFitting
