#include "models/ZipListing.h"

#include <QIODevice>
#include <QtEndian>

namespace {

constexpr quint32 endOfCentralDirectory = 0x06054b50;
constexpr quint32 centralHeader = 0x02014b50;
constexpr int eocdSize = 22;
constexpr int centralHeaderSize = 46;

quint16 u16(const char *p) { return qFromLittleEndian<quint16>(p); }
quint32 u32(const char *p) { return qFromLittleEndian<quint32>(p); }

} // namespace

bool ZipListing::read(QIODevice *device)
{
    m_entries.clear();
    const qint64 size = device->size();
    if (size < eocdSize) {
        m_error = QStringLiteral("the file is too short to be a ZIP archive");
        return false;
    }
    // The end record sits in the last 22 bytes plus at most a 64 KiB comment.
    const qint64 tailSize = qMin<qint64>(size, eocdSize + 0xffff);
    if (!device->seek(size - tailSize)) {
        m_error = QStringLiteral("the file cannot be read");
        return false;
    }
    const QByteArray tail = device->read(tailSize);
    int at = -1;
    for (int i = tail.size() - eocdSize; i >= 0; --i) {
        if (u32(tail.constData() + i) == endOfCentralDirectory) {
            at = i;
            break;
        }
    }
    if (at < 0) {
        m_error = QStringLiteral("it is not a ZIP archive, or it is truncated");
        return false;
    }
    const char *e = tail.constData() + at;
    const quint16 count = u16(e + 10);
    const quint32 cdSize = u32(e + 12);
    const quint32 cdOffset = u32(e + 16);
    if (u16(e + 4) != 0 || u16(e + 6) != 0 || u16(e + 8) != count) {
        m_error = QStringLiteral("multi-part ZIP archives are not supported");
        return false;
    }
    if (count == 0xffff || cdOffset == 0xffffffffu) {
        m_error = QStringLiteral("ZIP64 archives are not supported");
        return false;
    }
    if (count > maxEntries) {
        m_error = QStringLiteral("the archive has %1 entries; a plan file has only a few").arg(count);
        return false;
    }
    if (quint64(cdOffset) + cdSize > quint64(size - tailSize + at)) {
        m_error = QStringLiteral("the archive is truncated");
        return false;
    }
    if (!device->seek(cdOffset)) {
        m_error = QStringLiteral("the archive is truncated");
        return false;
    }
    const QByteArray cd = device->read(cdSize);
    if (cd.size() != qint64(cdSize)) {
        m_error = QStringLiteral("the archive is truncated");
        return false;
    }
    int pos = 0;
    for (int i = 0; i < count; ++i) {
        if (pos + centralHeaderSize > cd.size() || u32(cd.constData() + pos) != centralHeader) {
            m_error = QStringLiteral("the archive's directory is damaged");
            return false;
        }
        const char *h = cd.constData() + pos;
        const quint16 madeBy = u16(h + 4);
        const quint16 flags = u16(h + 8);
        Entry entry;
        entry.method = u16(h + 10);
        entry.compressedSize = u32(h + 20);
        entry.uncompressedSize = u32(h + 24);
        const int nameLength = u16(h + 28);
        const int extraLength = u16(h + 30);
        const int commentLength = u16(h + 32);
        const quint32 externalAttributes = u32(h + 38);
        if (pos + centralHeaderSize + nameLength + extraLength + commentLength > cd.size()) {
            m_error = QStringLiteral("the archive's directory is damaged");
            return false;
        }
        const QByteArray rawName(h + centralHeaderSize, nameLength);
        // Bit 11 marks UTF-8 names; others are CP437, of which we accept
        // only the ASCII part: our own names are plain ASCII.
        entry.name = (flags & 0x0800) ? QString::fromUtf8(rawName) : QString::fromLatin1(rawName);
        const int hostSystem = madeBy >> 8;
        const quint32 unixMode = externalAttributes >> 16;
        entry.isSymlink = hostSystem == 3 && (unixMode & 0170000) == 0120000;
        m_entries << entry;
        pos += centralHeaderSize + nameLength + extraLength + commentLength;
    }
    return true;
}
