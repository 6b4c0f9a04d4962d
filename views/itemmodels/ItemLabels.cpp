#include "views/itemmodels/ItemLabels.h"

#include <QCoreApplication>

namespace ItemLabels {

QString identifier(const char *words, bool upperFirst)
{
    QString name;
    const QStringList parts = QString::fromLatin1(words).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const bool upper = upperFirst || !name.isEmpty();
        name += (upper ? part.left(1).toUpper() : part.left(1).toLower()) + part.mid(1);
    }
    return name;
}

QString title(const Theme &theme)
{
    return theme.title;
}

QString title(const Measure &measure)
{
    return measure.title;
}

QString title(const Kpi &kpi)
{
    return kpi.name;
}

QString title(const Revision &revision)
{
    const QString kind = revision.kind == Revision::Kind::Adopted
        ? QCoreApplication::translate("ItemLabels", "Adopted")
        : QCoreApplication::translate("ItemLabels", "Revised");
    return QStringLiteral("%1 %2").arg(revision.date.toString(), kind);
}

bool setTitle(Theme &theme, const QString &title)
{
    theme.title = title;
    return true;
}

bool setTitle(Measure &measure, const QString &title)
{
    measure.title = title;
    return true;
}

bool setTitle(Kpi &kpi, const QString &title)
{
    kpi.name = title;
    return true;
}

bool setTitle(Revision &, const QString &)
{
    return false;
}

QString number(const PlanNumbers &numbers, const Section &section, int)
{
    return numbers.section(section.id);
}

QString number(const PlanNumbers &numbers, const Theme &theme, int)
{
    return numbers.theme(theme.id);
}

QString number(const PlanNumbers &numbers, const Measure &measure, int)
{
    return numbers.measure(measure.id);
}

QString number(const PlanNumbers &, const Direction &, int)
{
    return QStringLiteral("▷");
}

QString number(const PlanNumbers &, const Principle &, int position)
{
    return circledNumber(position + 1);
}

QString undoText(const QString &action, const QString &number, const QString &title)
{
    const QString name = (number.isEmpty() ? title : number + QLatin1Char(' ') + title).simplified();
    if (name.isEmpty())
        return action;
    // An undo entry is one line: a long title is cut, not the action.
    constexpr int longest = 40;
    const QString shown = name.size() > longest ? name.left(longest - 1) + QChar(0x2026) : name;
    return QCoreApplication::translate("ItemLabels", "%1: %2").arg(action, shown);
}

} // namespace ItemLabels
