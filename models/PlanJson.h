#pragma once

#include "models/Plan.h"

#include <QByteArray>
#include <QString>

class QIODevice;

// The JSON interchange form of a whole plan (docs/json-format.md,
// docs/plan.schema.json). Reading is strict: a missing or unknown key, a
// wrong type, a duplicate id or a dangling reference is an error naming
// its JSON path, e.g. "$.themes[2].measures[0].phases[1].endYear".
namespace PlanJson {

constexpr int formatVersion = 1;

QByteArray write(const Plan &plan);
bool write(const Plan &plan, QIODevice *device, QString *error);

bool read(const QByteArray &json, Plan *plan, QString *error);
bool read(QIODevice *device, Plan *plan, QString *error);

} // namespace PlanJson
