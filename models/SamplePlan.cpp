#include "models/SamplePlan.h"

#include "models/PlanJson.h"

#include <QCoreApplication>
#include <QFile>

namespace SamplePlan {

QStringList names()
{
    return { QStringLiteral("nishinoshima"), QStringLiteral("okayama") };
}

QString displayName(const QString &name)
{
    if (name == QLatin1String("nishinoshima"))
        return QCoreApplication::translate("SamplePlan", "Nishinoshima Town DX Basic Plan (town, FY2024-FY2028)");
    if (name == QLatin1String("okayama"))
        return QCoreApplication::translate("SamplePlan", "Okayama Prefecture DX Guideline (prefecture, open-ended)");
    return name;
}

bool load(const QString &name, Plan *plan, QString *error)
{
    if (!names().contains(name)) {
        *error = QCoreApplication::translate("SamplePlan", "there is no sample called \"%1\" (there are: %2)")
                     .arg(name, names().join(QStringLiteral(", ")));
        return false;
    }
    QFile file(QStringLiteral(":/sample/%1.json").arg(name));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("SamplePlan", "the sample plan is missing from this build");
        return false;
    }
    return PlanJson::read(&file, plan, error);
}

bool load(Plan *plan, QString *error)
{
    return load(names().first(), plan, error);
}

} // namespace SamplePlan
