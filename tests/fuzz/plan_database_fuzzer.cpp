// libFuzzer target over the database half of the .dxplan reader: every
// input is a plan.sqlite, packed into a plan file with a correct manifest
// (true size and SHA-256), so that mutations reach SQLite and the checks of
// the received database instead of stopping at the archive's checksums.
// Read in both modes like plan_reader_fuzzer; it must never crash, hang or
// leave a file behind. Built and run by scripts/fuzz.sh.

#include "tests/fuzz/FuzzSupport.h"

#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *, char ***argv)
{
    FuzzSupport::initialize((*argv)[0]);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::readBothModes(FuzzSupport::planFileAround(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size))));
    return 0;
}
