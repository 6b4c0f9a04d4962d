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

} // namespace ItemLabels
