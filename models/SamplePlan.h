#pragma once

#include "models/Plan.h"

#include <QString>
#include <QStringList>

// The bundled samples, compiled in from resources/sample/<name>.json:
// "nishinoshima", Nishinoshima town's DX basic plan FY2024-FY2028, and
// "okayama", Okayama prefecture's open-ended DX guideline.
namespace SamplePlan {

// The samples' names, the first being the default one.
QStringList names();
// A sample's title as the user interface lists it, in the user's language.
QString displayName(const QString &name);

// False with an error for an unknown name, or if the resource is missing
// or broken, which is a packaging fault.
bool load(const QString &name, Plan *plan, QString *error);
// The default sample (Nishinoshima).
bool load(Plan *plan, QString *error);

} // namespace SamplePlan
