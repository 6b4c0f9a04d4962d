#include "views/revisions/DifferenceMarkup.h"

#include "models/TextDiff.h"

namespace DifferenceMarkup {

QString html(const QString &before, const QString &after, Side side)
{
    const QList<TextDiff::Segment> all = TextDiff::compare(before, after);
    const QList<TextDiff::Segment> segments = side == Side::Before ? TextDiff::beforeSide(all) : TextDiff::afterSide(all);
    QString html;
    for (const TextDiff::Segment &segment : segments) {
        QString text = segment.text.toHtmlEscaped();
        text.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        switch (segment.kind) {
        case TextDiff::Segment::Kind::Same:
            html += text;
            break;
        case TextDiff::Segment::Kind::Removed:
            html += QStringLiteral("<span style=\"color:#c00000; text-decoration:line-through;\">%1</span>").arg(text);
            break;
        case TextDiff::Segment::Kind::Added:
            html += QStringLiteral("<span style=\"color:#c00000; text-decoration:underline;\">%1</span>").arg(text);
            break;
        }
    }
    return html;
}

} // namespace DifferenceMarkup
