#include "models/PlanWords.h"

namespace PlanWords {

namespace {

bool english(const PlanInfo &info)
{
    return info.language == QLatin1String("en");
}

} // namespace

QString residents(const PlanInfo &info)
{
    if (english(info))
        return QStringLiteral("Residents");
    const QString &kind = info.organisationKind;
    if (kind == QLatin1String("prefecture"))
        return QStringLiteral("県民");
    if (kind == QLatin1String("city"))
        return QStringLiteral("市民");
    if (kind == QLatin1String("town"))
        return QStringLiteral("町民");
    if (kind == QLatin1String("village"))
        return QStringLiteral("村民");
    return QStringLiteral("住民");
}

QStringList defaultAudiences(const PlanInfo &info)
{
    if (english(info))
        return { residents(info), QStringLiteral("Staff") };
    QStringList names { residents(info), QStringLiteral("職員") };
    if (info.organisationKind == QLatin1String("prefecture"))
        names << QStringLiteral("市町村") << QStringLiteral("事業者");
    return names;
}

} // namespace PlanWords
