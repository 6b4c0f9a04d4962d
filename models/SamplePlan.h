#pragma once

#include "models/Plan.h"

#include <QString>

// The bundled sample: Nishinoshima town's DX basic plan FY2024-FY2028,
// compiled in from resources/sample/nishinoshima.json.
namespace SamplePlan {

// False with an error only if the resource is missing or broken, which is
// a packaging fault.
bool load(Plan *plan, QString *error);

} // namespace SamplePlan
