#pragma once

#include "models/JsonDuplicateKeys.h"
#include "models/Plan.h"
#include "models/PlanLimits.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

class QIODevice;

// The JSON interchange form of a whole plan (docs/json-format.md,
// docs/plan.schema.json). Reading is strict: a missing, unknown or repeated
// key, a wrong type, an empty required text, a value out of range
// (PlanLimits), a duplicate id or a dangling reference is an error naming
// its JSON path, e.g. "$.themes[2].measures[0].phases[1].endYear". Error
// messages are one line of English, translated where a translator is
// installed.
namespace PlanJson {

constexpr int formatVersion = 4;

QByteArray write(const Plan &plan);
// The plan as the JSON object write() writes.
QJsonObject toObject(const Plan &plan);
bool write(const Plan &plan, QIODevice *device, QString *error);

// The size limits a read enforces; the defaults are the format's own
// (PlanLimits). Smaller ones exist for tests of the limits themselves.
struct ReadLimits
{
    qint64 maxJsonBytes = PlanLimits::maxJsonBytes;
    qint64 maxTextBytes = PlanLimits::maxTextBytes;
    qint64 maxTotalTextBytes = PlanLimits::maxTotalTextBytes;
    int maxDepth = JsonDuplicateKeys::defaultMaxDepth;
    // Threads that may read a large plan's themes; 1 reads them in order.
    // Either way gives the same plan, or the same first problem.
    int maxThreads = 2;
};

bool read(const QByteArray &json, Plan *plan, QString *error, const ReadLimits &limits = {});
// Refuses a device holding more than maxJsonBytes before parsing it.
bool read(QIODevice *device, Plan *plan, QString *error, const ReadLimits &limits = {});

} // namespace PlanJson
