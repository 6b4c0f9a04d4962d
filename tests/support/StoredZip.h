#pragma once

#include "models/ZipListing.h"

#include <QByteArray>
#include <QList>
#include <QPair>

// Tests and fuzz targets craft small plan files around bytes of their own.
// A ZIP of stored (uncompressed) entries, byte by byte, as the format
// allows it: names and contents exactly as given.
inline QByteArray storedZip(const QList<QPair<QByteArray, QByteArray>> &entries)
{
    auto crc32 = [](const QByteArray &data) { return ZipListing::crc32(0, data.constData(), data.size()); };
    auto put16 = [](QByteArray &out, quint16 v) { out.append(char(v & 0xff)).append(char(v >> 8)); };
    auto put32 = [&](QByteArray &out, quint32 v) {
        put16(out, quint16(v & 0xffff));
        put16(out, quint16(v >> 16));
    };
    QByteArray zip;
    QByteArray directory;
    for (const auto &entry : entries) {
        const QByteArray &name = entry.first;
        const QByteArray &data = entry.second;
        const quint32 offset = quint32(zip.size());
        const quint32 crc = crc32(data);
        auto header = [&](QByteArray &out, bool central) {
            put32(out, central ? 0x02014b50 : 0x04034b50);
            if (central)
                put16(out, 0x0314); // made by: Unix
            put16(out, 20);
            put16(out, 0);    // flags
            put16(out, 0);    // stored
            put16(out, 0);    // time
            put16(out, 0x21); // 1980-01-01
            put32(out, crc);
            put32(out, quint32(data.size()));
            put32(out, quint32(data.size()));
            put16(out, quint16(name.size()));
            put16(out, 0);
            if (central) {
                put16(out, 0);
                put16(out, 0);
                put16(out, 0);
                put32(out, 0100644u << 16);
                put32(out, offset);
            }
            out.append(name);
        };
        header(zip, false);
        zip.append(data);
        header(directory, true);
    }
    const quint32 directoryOffset = quint32(zip.size());
    zip.append(directory);
    put32(zip, 0x06054b50);
    put16(zip, 0);
    put16(zip, 0);
    put16(zip, quint16(entries.size()));
    put16(zip, quint16(entries.size()));
    put32(zip, quint32(directory.size()));
    put32(zip, directoryOffset);
    put16(zip, 0);
    return zip;
}
