#include "models/LargeBuffer.h"

#include <QIODevice>

#include <malloc.h>
#include <sys/mman.h>

#include <cstdint>

namespace LargeBuffer {

void preferHugePages(void *data, qsizetype bytes)
{
    if (bytes < worthAdvising)
        return;
#ifdef MADV_HUGEPAGE
    // Only whole huge pages inside the buffer: the memory around it belongs
    // to others.
    constexpr std::uintptr_t hugePage = std::uintptr_t(2) << 20;
    const std::uintptr_t start = reinterpret_cast<std::uintptr_t>(data);
    const std::uintptr_t first = (start + hugePage - 1) & ~(hugePage - 1);
    const std::uintptr_t end = (start + std::uintptr_t(bytes)) & ~(hugePage - 1);
    if (first < end)
        ::madvise(reinterpret_cast<void *>(first), end - first, MADV_HUGEPAGE);
#else
    Q_UNUSED(data);
#endif
}

void reuseBlocksOfUpTo(qsizetype bytes)
{
#ifdef M_MMAP_THRESHOLD
    // Blocks below the threshold come from the heap, and the heap keeps
    // up to the trim threshold free at its top. Set by hand, both stay
    // where they are put (glibc otherwise moves them as blocks are freed).
    mallopt(M_MMAP_THRESHOLD, int(bytes));
    mallopt(M_TRIM_THRESHOLD, int(bytes * 4));
#else
    Q_UNUSED(bytes);
#endif
}

bool read(QIODevice *device, qint64 bytes, QByteArray *out, qsizetype spare)
{
    *out = QByteArray();
    out->reserve(qsizetype(bytes) + spare);
    out->resize(qsizetype(bytes));
    preferHugePages(out->data(), out->capacity());
    qint64 done = 0;
    while (done < bytes) {
        const qint64 n = device->read(out->data() + done, bytes - done);
        if (n < 0) {
            *out = QByteArray();
            return false;
        }
        if (n == 0)
            break;
        done += n;
    }
    out->truncate(qsizetype(done));
    return true;
}

} // namespace LargeBuffer
