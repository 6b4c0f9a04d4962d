#include "ZipBuilder.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

namespace {

quint32 crc32(const QByteArray &data)
{
    static quint32 table[256];
    static bool ready = false;
    if (!ready) {
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[i] = c;
        }
        ready = true;
    }
    quint32 crc = 0xFFFFFFFFu;
    for (char ch : data)
        crc = table[(crc ^ quint8(ch)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

// Raw deflate: qCompress gives a 4-byte length, a 2-byte zlib header,
// the deflate stream and a 4-byte checksum.
QByteArray rawDeflate(const QByteArray &data)
{
    const QByteArray z = qCompress(data, 9);
    return z.mid(6, z.size() - 10);
}

void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

} // namespace

QByteArray ZipBuilder::build() const
{
    QByteArray out;
    QByteArray central;
    for (const Entry &e : m_entries) {
        const QByteArray name = e.name.toUtf8();
        const QByteArray stored = e.deflate ? rawDeflate(e.data) : e.data;
        const quint32 size = quint32(e.declaredSize >= 0 ? e.declaredSize : e.data.size());
        const quint32 crc = crc32(e.data);
        const quint32 offset = quint32(out.size());
        put32(out, 0x04034b50);
        put16(out, 20);
        put16(out, 0x0800);
        put16(out, e.deflate ? 8 : 0);
        put16(out, 0);
        put16(out, 0x5821);
        put32(out, crc);
        put32(out, quint32(stored.size()));
        put32(out, size);
        put16(out, quint16(name.size()));
        put16(out, 0);
        out += name;
        out += stored;

        put32(central, 0x02014b50);
        put16(central, (3 << 8) | 20); // made by Unix
        put16(central, 20);
        put16(central, 0x0800);
        put16(central, e.deflate ? 8 : 0);
        put16(central, 0);
        put16(central, 0x5821);
        put32(central, crc);
        put32(central, quint32(stored.size()));
        put32(central, size);
        put16(central, quint16(name.size()));
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put32(central, quint32(e.symlink ? 0120777 : 0100644) << 16);
        put32(central, offset);
        central += name;
    }
    const quint32 centralOffset = quint32(out.size());
    out += central;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(m_entries.size()));
    put16(out, quint16(m_entries.size()));
    put32(out, quint32(central.size()));
    put32(out, centralOffset);
    put16(out, 0);
    return out;
}

bool ZipBuilder::writeTo(const QString &path) const
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(build()) >= 0;
}

QByteArray ZipBuilder::manifestFor(const QList<Entry> &entries, int major, int minor)
{
    QJsonArray listed;
    for (const Entry &e : entries)
        listed.append(QJsonObject {
            { QStringLiteral("name"), e.name },
            { QStringLiteral("size"), double(e.data.size()) },
            { QStringLiteral("sha256"), QString::fromLatin1(QCryptographicHash::hash(e.data, QCryptographicHash::Sha256).toHex()) } });
    return QJsonDocument(QJsonObject {
                             { QStringLiteral("format"), QStringLiteral("application/vnd.dxplan+zip") },
                             { QStringLiteral("formatMajor"), major },
                             { QStringLiteral("formatMinor"), minor },
                             { QStringLiteral("application"), QStringLiteral("DX Plan Studio") },
                             { QStringLiteral("applicationVersion"), QStringLiteral("test") },
                             { QStringLiteral("savedAt"), QStringLiteral("2026-01-01T00:00:00Z") },
                             { QStringLiteral("entries"), listed } })
        .toJson();
}

ZipBuilder ZipBuilder::planFile(const QByteArray &database, const QString &manifestOverride)
{
    ZipBuilder zip;
    const Entry db { QStringLiteral("plan.sqlite"), database, true, false, -1 };
    zip.add(QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.dxplan+zip"));
    zip.add(QStringLiteral("manifest.json"),
            manifestOverride.isEmpty() ? manifestFor({ db }) : manifestOverride.toUtf8(), true);
    zip.add(db);
    return zip;
}
