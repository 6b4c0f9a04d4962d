// libFuzzer target over the JSON plan reader (import): every input is a
// JSON file a planner might be handed, read from memory and from a device
// (which parses in place). The reader must refuse or read it without
// crashing, hanging or leaking. Built and run by scripts/fuzz.sh
// (-DDXPLAN_FUZZ=ON).

#include "models/Plan.h"
#include "models/PlanJson.h"
#include "tests/fuzz/FuzzSupport.h"

#include <QBuffer>

#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *, char ***argv)
{
    FuzzSupport::initialize((*argv)[0]);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    Plan plan;
    QString error;
    PlanJson::read(json, &plan, &error);
    QBuffer device(&json);
    device.open(QIODevice::ReadOnly);
    PlanJson::read(&device, &plan, &error);
    return 0;
}
