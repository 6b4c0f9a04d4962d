// libFuzzer target over the .dxplan reader: every input is a file someone
// might mail to a planner, read from memory in both modes (loading the plan,
// and keeping the verified database).
// The reader must never crash, hang, or leave a file behind: everything it
// unpacks goes to a private temporary folder that must be empty again once
// the result is gone. Built and run by scripts/fuzz.sh (-DDXPLAN_FUZZ=ON).

#include "tests/fuzz/FuzzSupport.h"

#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *, char ***argv)
{
    FuzzSupport::initialize((*argv)[0]);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::readBothModes(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
