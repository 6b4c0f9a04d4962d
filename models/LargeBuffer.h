#pragma once

#include <QByteArray>
#include <QtGlobal>

class QIODevice;

// Memory for buffers of many megabytes. Every fresh 4 KiB page costs a
// fault on its first touch, and on a virtual machine each fault is a trip
// to the host: reading the 158 MB JSON of a 100,000-measure plan faulted
// 40,000 times and took half a second, most of it in those faults. Large
// buffers filled whole are asked of the kernel in huge pages (one fault
// for 2 MiB), and large blocks asked for again and again can be kept for
// reuse. Only large buffers are advised, so a small process does not grow
// by a huge page's rounding.
namespace LargeBuffer {

// From this size on, a buffer is worth advising.
constexpr qsizetype worthAdvising = qsizetype(8) << 20;

// Advises the kernel to back the whole 2 MiB blocks of [data, data + bytes)
// with huge pages (where it offers them on request). Harmless where it
// does not: nothing else about the memory changes.
void preferHugePages(void *data, qsizetype bytes);

// Makes the C library keep freed blocks of up to `bytes` for reuse,
// rather than give them back to the system and fault them in afresh when
// the next one is asked for. It lasts for the rest of the process, and a
// process may then hold up to four times `bytes` of freed memory.
void reuseBlocksOfUpTo(qsizetype bytes);

// Reads up to `bytes` bytes of a non-sequential `device` from its position
// into `out`, a buffer of that size (and room for `spare` bytes more)
// advised when it is large; fewer bytes when the device ends sooner.
// False on a read error.
bool read(QIODevice *device, qint64 bytes, QByteArray *out, qsizetype spare = 0);

} // namespace LargeBuffer
