#include "models/ZipListing.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QtEndian>
#include <zlib.h>

namespace {

constexpr quint32 localSignature = 0x04034b50;
constexpr quint32 centralSignature = 0x02014b50;
constexpr quint32 endSignature = 0x06054b50;
constexpr quint32 descriptorSignature = 0x08074b50;
constexpr quint32 zip64LocatorSignature = 0x07064b50;
constexpr int localHeaderSize = 30;
constexpr int centralHeaderSize = 46;
constexpr int endSize = 22;
constexpr int zip64LocatorSize = 20;
constexpr quint16 zip64ExtraId = 0x0001;

// General purpose flags.
constexpr int flagEncrypted = 0x0001;
constexpr int flagDescriptor = 0x0008;
constexpr int flagStrongEncryption = 0x0040;
constexpr int flagUtf8 = 0x0800;
constexpr int flagMaskedHeaders = 0x2000;
// What a plan file may use: deflate options (bits 1, 2), a data
// descriptor (bit 3) and UTF-8 names (bit 11).
constexpr int knownFlags = 0x0002 | 0x0004 | flagDescriptor | flagUtf8;

quint16 u16(const char *p) { return qFromLittleEndian<quint16>(p); }
quint32 u32(const char *p) { return qFromLittleEndian<quint32>(p); }

// The end-of-central-directory record.
struct EndRecord
{
    qint64 at = -1;
    quint16 disk = 0;
    quint16 directoryDisk = 0;
    quint16 countHere = 0;
    quint16 count = 0;
    quint32 directorySize = 0;
    quint32 directoryOffset = 0;
    quint16 commentLength = 0;
};

EndRecord parseEnd(const char *p, qint64 at)
{
    EndRecord r;
    r.at = at;
    r.disk = u16(p + 4);
    r.directoryDisk = u16(p + 6);
    r.countHere = u16(p + 8);
    r.count = u16(p + 10);
    r.directorySize = u32(p + 12);
    r.directoryOffset = u32(p + 16);
    r.commentLength = u16(p + 20);
    return r;
}

// Whether a record could be taken for an archive's end by some program:
// one part, consistent counts, a directory before it, a comment that fits.
bool plausibleEnd(const EndRecord &r, qint64 fileSize)
{
    return r.disk == 0 && r.directoryDisk == 0 && r.countHere == r.count
        && quint64(r.directoryOffset) + r.directorySize <= quint64(r.at)
        && r.at + endSize + r.commentLength <= fileSize;
}

// Reads exactly `size` bytes at `offset`, or fails.
bool readAt(QIODevice *device, qint64 offset, qint64 size, QByteArray *out)
{
    if (offset < 0 || size < 0 || offset + size > device->size() || !device->seek(offset))
        return false;
    *out = device->read(size);
    return out->size() == size;
}

enum class ExtraProblem { None, Damaged, Zip64 };

// Extra fields are a list of (id, size, data); they must fill the space
// exactly, and none may be a ZIP64 field.
ExtraProblem checkExtra(const char *p, int length)
{
    int pos = 0;
    while (pos < length) {
        if (length - pos < 4)
            return ExtraProblem::Damaged;
        const quint16 id = u16(p + pos);
        const int size = u16(p + pos + 2);
        if (length - pos - 4 < size)
            return ExtraProblem::Damaged;
        if (id == zip64ExtraId)
            return ExtraProblem::Zip64;
        pos += 4 + size;
    }
    return ExtraProblem::None;
}

} // namespace

bool ZipListing::fail(const QString &why)
{
    m_error = why;
    m_entries.clear();
    return false;
}

QString ZipListing::shown(const QString &name)
{
    QString s = name.left(80);
    for (QChar &c : s)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Separator_Line
            || c.category() == QChar::Separator_Paragraph)
            c = QLatin1Char('?');
    if (name.size() > 80)
        s += QChar(0x2026);
    return s;
}

quint32 ZipListing::crc32(quint32 crc, const char *data, qint64 size)
{
    // zlib's, in pieces its 32-bit length can take.
    constexpr qint64 piece = qint64(1) << 30;
    for (; size > 0; size -= piece, data += piece)
        crc = quint32(::crc32(crc, reinterpret_cast<const Bytef *>(data), uInt(qMin(size, piece))));
    return crc;
}

bool ZipListing::read(QIODevice *device, int entryLimit)
{
    m_entries.clear();
    m_error.clear();
    if (!device || !device->isReadable() || device->isSequential())
        return fail(QCoreApplication::translate("PlanFileReader", "the file cannot be read"));
    const qint64 size = device->size();
    if (size < endSize)
        return fail(m_kind == Kind::PlanFile
                        ? QCoreApplication::translate("PlanFileReader", "the file is too short to be a plan file: it is damaged or was not copied completely")
                        : QCoreApplication::translate("SheetImport", "the file is too short to be a workbook: it is damaged or was not copied completely"));
    if (size > qint64(0xfffffffe))
        return fail(m_kind == Kind::PlanFile
                        ? QCoreApplication::translate("PlanFileReader", "the file is too large to be a plan file")
                        : QCoreApplication::translate("SheetImport", "the file is too large to be a workbook"));

    // 1. The end record: the last one in the tail (after it at most a
    // 64 KiB comment) that ends exactly at the end of the file.
    const qint64 tailStart = size - qMin<qint64>(size, endSize + 0xffff);
    QByteArray tail;
    if (!readAt(device, tailStart, size - tailStart, &tail))
        return fail(QCoreApplication::translate("PlanFileReader", "the file cannot be read"));
    EndRecord end;
    for (int i = tail.size() - endSize; i >= 0; --i) {
        if (u32(tail.constData() + i) != endSignature)
            continue;
        const EndRecord r = parseEnd(tail.constData() + i, tailStart + i);
        if (r.at + endSize + r.commentLength == size) {
            end = r;
            break;
        }
    }
    if (end.at < 0)
        return fail(m_kind == Kind::PlanFile
                        ? QCoreApplication::translate("PlanFileReader", "it is not a plan file, or it is damaged or was not copied completely")
                        : QCoreApplication::translate("SheetImport", "it is not an .xlsx or .ods workbook, or it is damaged or was not copied completely"));

    // 2. No other end record anywhere in the file: a second one would let
    // another program read another archive out of the same bytes.
    {
        constexpr qint64 chunk = qint64(1) << 20;
        const QByteArray signature("PK\x05\x06", 4);
        for (qint64 start = 0; start < size; start += chunk - 3) {
            QByteArray bytes;
            if (!readAt(device, start, qMin(chunk, size - start), &bytes))
                return fail(QCoreApplication::translate("PlanFileReader", "the file cannot be read"));
            for (qsizetype i = bytes.indexOf(signature); i >= 0; i = bytes.indexOf(signature, i + 1)) {
                const qint64 at = start + i;
                if (at == end.at)
                    continue;
                QByteArray record;
                if (!readAt(device, at, endSize, &record))
                    continue; // too close to the end to be a record
                if (plausibleEnd(parseEnd(record.constData(), at), size))
                    return fail(QCoreApplication::translate("PlanFileReader", "the archive has more than one end record (other programs could read a different plan from it)"));
            }
            if (start + chunk >= size)
                break;
        }
    }

    if (end.disk != 0 || end.directoryDisk != 0 || end.countHere != end.count)
        return fail(QCoreApplication::translate("PlanFileReader", "multi-part ZIP archives are not supported"));
    if (end.count == 0xffff || end.directorySize == 0xffffffffu || end.directoryOffset == 0xffffffffu)
        return fail(QCoreApplication::translate("PlanFileReader", "ZIP64 archives are not supported"));
    if (end.at >= zip64LocatorSize) {
        QByteArray locator;
        if (readAt(device, end.at - zip64LocatorSize, 4, &locator) && u32(locator.constData()) == zip64LocatorSignature)
            return fail(QCoreApplication::translate("PlanFileReader", "ZIP64 archives are not supported"));
    }
    if (end.commentLength != 0)
        return fail(QCoreApplication::translate("PlanFileReader", "the archive has a comment; a plan file has none"));
    if (end.count > entryLimit)
        return fail(QCoreApplication::translate("PlanFileReader", "the archive has %1 entries; a plan file has only a few").arg(end.count));

    // Nothing before the first entry: a file that is also something else
    // (a polyglot) is refused, however its offsets are counted.
    {
        QByteArray start;
        const bool startsWithEntry = readAt(device, 0, 4, &start) && u32(start.constData()) == localSignature;
        if (end.count > 0 ? !startsWithEntry : end.at != 0)
            return fail(QCoreApplication::translate("PlanFileReader", "the file has data before the archive's first entry (it may be another kind of file as well)"));
    }

    // 3. One central directory, ending exactly where the end record starts.
    const qint64 directoryOffset = end.directoryOffset;
    const qint64 directoryEnd = directoryOffset + qint64(end.directorySize);
    if (directoryEnd > end.at)
        return fail(QCoreApplication::translate("PlanFileReader", "the archive is truncated"));
    if (directoryEnd < end.at) {
        QByteArray next;
        if (readAt(device, directoryEnd, 4, &next) && u32(next.constData()) == centralSignature)
            return fail(QCoreApplication::translate("PlanFileReader", "the archive has more than one central directory"));
        return fail(QCoreApplication::translate("PlanFileReader", "the archive has bytes between its directory and its end record"));
    }
    QByteArray directory;
    if (!readAt(device, directoryOffset, end.directorySize, &directory))
        return fail(QCoreApplication::translate("PlanFileReader", "the archive is truncated"));

    int pos = 0;
    for (int i = 0; i < end.count; ++i) {
        if (pos + centralHeaderSize > directory.size() || u32(directory.constData() + pos) != centralSignature)
            return fail(QCoreApplication::translate("PlanFileReader", "the archive's directory is damaged"));
        const char *h = directory.constData() + pos;
        const quint16 madeBy = u16(h + 4);
        Entry entry;
        entry.flags = u16(h + 8);
        entry.method = u16(h + 10);
        entry.crc32 = u32(h + 16);
        const quint32 compressedSize = u32(h + 20);
        const quint32 uncompressedSize = u32(h + 24);
        const int nameLength = u16(h + 28);
        const int extraLength = u16(h + 30);
        const int commentLength = u16(h + 32);
        const quint16 startDisk = u16(h + 34);
        const quint32 externalAttributes = u32(h + 38);
        const quint32 headerOffset = u32(h + 42);
        if (pos + centralHeaderSize + nameLength + extraLength + commentLength > directory.size())
            return fail(QCoreApplication::translate("PlanFileReader", "the archive's directory is damaged"));
        entry.rawName = QByteArray(h + centralHeaderSize, nameLength);
        // Bit 11 marks UTF-8 names; others are CP437, of which only the
        // ASCII part reads the same everywhere: our own names are ASCII.
        bool ascii = true;
        for (char c : entry.rawName)
            ascii = ascii && quint8(c) < 0x80;
        entry.name = QString::fromUtf8(entry.rawName);
        if (!ascii && (!(entry.flags & flagUtf8) || entry.name.toUtf8() != entry.rawName))
            return fail(QCoreApplication::translate("PlanFileReader", "an entry name is neither ASCII nor valid UTF-8"));

        if (entry.flags & (flagEncrypted | flagStrongEncryption | flagMaskedHeaders))
            return fail(QCoreApplication::translate("PlanFileReader", "the entry \"%1\" is encrypted").arg(shown(entry.name)));
        if (entry.flags & ~knownFlags)
            return fail(QCoreApplication::translate("PlanFileReader", "the entry \"%1\" uses ZIP features DX Plan Studio does not read (flags 0x%2)")
                            .arg(shown(entry.name))
                            .arg(entry.flags & ~knownFlags, 4, 16, QLatin1Char('0')));
        if (entry.method != 0 && entry.method != 8)
            return fail(QCoreApplication::translate("PlanFileReader", "the entry \"%1\" is compressed with method %2; plan files use only stored and deflate")
                            .arg(shown(entry.name))
                            .arg(entry.method));
        if (compressedSize == 0xffffffffu || uncompressedSize == 0xffffffffu || headerOffset == 0xffffffffu)
            return fail(QCoreApplication::translate("PlanFileReader", "the entry \"%1\" uses ZIP64, which plan files do not").arg(shown(entry.name)));
        if (startDisk != 0)
            return fail(QCoreApplication::translate("PlanFileReader", "multi-part ZIP archives are not supported"));
        switch (checkExtra(h + centralHeaderSize + nameLength, extraLength)) {
        case ExtraProblem::Zip64:
            return fail(QCoreApplication::translate("PlanFileReader", "the entry \"%1\" uses ZIP64, which plan files do not").arg(shown(entry.name)));
        case ExtraProblem::Damaged:
            return fail(QCoreApplication::translate("PlanFileReader", "the entry \"%1\" has a damaged extra field").arg(shown(entry.name)));
        case ExtraProblem::None:
            break;
        }
        if (commentLength != 0)
            return fail(QCoreApplication::translate("PlanFileReader", "the entry \"%1\" has a comment; a plan file has none").arg(shown(entry.name)));
        if (entry.method == 0 && compressedSize != uncompressedSize)
            return fail(QCoreApplication::translate("PlanFileReader", "the entry \"%1\" is stored uncompressed but gives two different sizes").arg(shown(entry.name)));
        entry.compressedSize = compressedSize;
        entry.uncompressedSize = uncompressedSize;
        entry.headerOffset = headerOffset;
        const int hostSystem = madeBy >> 8;
        const quint32 unixMode = externalAttributes >> 16;
        entry.isSymlink = hostSystem == 3 && (unixMode & 0170000) == 0120000;
        m_entries << entry;
        pos += centralHeaderSize + nameLength + extraLength + commentLength;
    }
    if (pos != directory.size()) {
        if (directory.size() - pos >= 4 && u32(directory.constData() + pos) == centralSignature)
            return fail(QCoreApplication::translate("PlanFileReader", "the archive has more than one central directory"));
        return fail(QCoreApplication::translate("PlanFileReader", "the archive's directory holds bytes that belong to no entry"));
    }

    // 4. The entries, walked in order from offset 0: each local header,
    // its data and its descriptor must be followed immediately by the
    // next entry, and the last by the directory. Every byte of the file is
    // then part of exactly one listed entry, the directory or the end record.
    qint64 expected = 0;
    const auto gapProblem = [&](qint64 at) {
        QByteArray next;
        if (readAt(device, at, 4, &next)) {
            if (u32(next.constData()) == localSignature)
                return QCoreApplication::translate("PlanFileReader", "the archive holds an entry its directory does not list");
            if (u32(next.constData()) == centralSignature)
                return QCoreApplication::translate("PlanFileReader", "the archive has more than one central directory");
        }
        return QCoreApplication::translate("PlanFileReader", "the archive has bytes that belong to none of its entries");
    };
    for (Entry &entry : m_entries) {
        if (qint64(entry.headerOffset) > expected)
            return fail(expected == 0 ? QCoreApplication::translate("PlanFileReader", "the file has data before the archive's first entry (it may be another kind of file as well)")
                                      : gapProblem(expected));
        if (qint64(entry.headerOffset) < expected)
            return fail(QCoreApplication::translate("PlanFileReader", "the archive's entries overlap"));
        QByteArray local;
        if (!readAt(device, expected, localHeaderSize, &local) || expected + localHeaderSize > directoryOffset)
            return fail(QCoreApplication::translate("PlanFileReader", "the archive is truncated"));
        const char *l = local.constData();
        if (u32(l) != localSignature)
            return fail(QCoreApplication::translate("PlanFileReader", "the archive's directory points to no entry for \"%1\"").arg(shown(entry.name)));
        const auto disagrees = [&](const QString &what) {
            return fail(QCoreApplication::translate("PlanFileReader", "the local header of \"%1\" disagrees with the directory about its %2").arg(shown(entry.name), what));
        };
        const int flags = u16(l + 6);
        const int method = u16(l + 8);
        const quint32 crc = u32(l + 14);
        const quint32 compressedSize = u32(l + 18);
        const quint32 uncompressedSize = u32(l + 22);
        const int nameLength = u16(l + 26);
        const int extraLength = u16(l + 28);
        QByteArray nameAndExtra;
        if (expected + localHeaderSize + nameLength + extraLength > directoryOffset
            || !readAt(device, expected + localHeaderSize, nameLength + extraLength, &nameAndExtra))
            return fail(QCoreApplication::translate("PlanFileReader", "the archive is truncated"));
        if (nameAndExtra.left(nameLength) != entry.rawName)
            return disagrees(QCoreApplication::translate("PlanFileReader", "name"));
        if (method != entry.method)
            return disagrees(QCoreApplication::translate("PlanFileReader", "compression method"));
        if (flags != entry.flags)
            return disagrees(QCoreApplication::translate("PlanFileReader", "flags"));
        if (compressedSize == 0xffffffffu || uncompressedSize == 0xffffffffu)
            return fail(QCoreApplication::translate("PlanFileReader", "the entry \"%1\" uses ZIP64, which plan files do not").arg(shown(entry.name)));
        const bool descriptor = entry.flags & flagDescriptor;
        // With a data descriptor the local header may leave these as zero.
        const bool deferred = descriptor && crc == 0 && compressedSize == 0 && uncompressedSize == 0;
        if (!deferred) {
            if (crc != entry.crc32)
                return disagrees(QCoreApplication::translate("PlanFileReader", "checksum"));
            if (compressedSize != entry.compressedSize || uncompressedSize != entry.uncompressedSize)
                return disagrees(QCoreApplication::translate("PlanFileReader", "size"));
        }
        switch (checkExtra(nameAndExtra.constData() + nameLength, extraLength)) {
        case ExtraProblem::Zip64:
            return fail(QCoreApplication::translate("PlanFileReader", "the entry \"%1\" uses ZIP64, which plan files do not").arg(shown(entry.name)));
        case ExtraProblem::Damaged:
            return fail(QCoreApplication::translate("PlanFileReader", "the entry \"%1\" has a damaged extra field").arg(shown(entry.name)));
        case ExtraProblem::None:
            break;
        }
        entry.dataOffset = quint64(expected) + localHeaderSize + nameLength + extraLength;
        expected = qint64(entry.dataOffset + entry.compressedSize);
        if (expected > directoryOffset)
            return fail(QCoreApplication::translate("PlanFileReader", "the archive is truncated"));
        if (descriptor) {
            // crc, compressed size, uncompressed size; with or without the
            // optional signature before them.
            QByteArray bytes;
            readAt(device, expected, qMin<qint64>(16, directoryOffset - expected), &bytes);
            const auto matches = [&](int at) {
                return bytes.size() >= at + 12 && u32(bytes.constData() + at) == entry.crc32
                    && u32(bytes.constData() + at + 4) == entry.compressedSize
                    && u32(bytes.constData() + at + 8) == entry.uncompressedSize;
            };
            if (bytes.size() >= 16 && u32(bytes.constData()) == descriptorSignature && matches(4))
                expected += 16;
            else if (matches(0))
                expected += 12;
            else
                return fail(QCoreApplication::translate("PlanFileReader", "the data descriptor of \"%1\" disagrees with the directory").arg(shown(entry.name)));
        }
    }
    if (expected < directoryOffset)
        return fail(expected == 0 ? QCoreApplication::translate("PlanFileReader", "the file has data before the archive's first entry (it may be another kind of file as well)")
                                  : gapProblem(expected));
    if (expected > directoryOffset)
        return fail(QCoreApplication::translate("PlanFileReader", "the archive's entries overlap its directory"));
    return true;
}
