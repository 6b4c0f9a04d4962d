#include "models/SamplePlan.h"

#include "models/PlanJson.h"

#include <QFile>

namespace SamplePlan {

bool load(Plan *plan, QString *error)
{
    QFile file(QStringLiteral(":/sample/nishinoshima.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("the sample plan is missing from this build");
        return false;
    }
    return PlanJson::read(&file, plan, error);
}

} // namespace SamplePlan
