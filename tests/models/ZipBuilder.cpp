#include "ZipBuilder.h"

#include "models/ZipListing.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

namespace {

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

// Deflate packs bits from the least significant end; Huffman codes go in
// most significant bit first.
class BitWriter
{
public:
    void bits(quint32 value, int count)
    {
        for (int i = 0; i < count; ++i)
            bit((value >> i) & 1);
    }
    void code(quint32 code, int length)
    {
        for (int i = length - 1; i >= 0; --i)
            bit((code >> i) & 1);
    }
    QByteArray finish()
    {
        if (m_used)
            m_out.append(char(m_byte));
        m_used = 0;
        m_byte = 0;
        return m_out;
    }

private:
    void bit(quint32 b)
    {
        m_byte |= quint8(b << m_used);
        if (++m_used == 8) {
            m_out.append(char(m_byte));
            m_byte = 0;
            m_used = 0;
        }
    }
    QByteArray m_out;
    quint8 m_byte = 0;
    int m_used = 0;
};

} // namespace

quint32 ZipBuilder::crc32(const QByteArray &data)
{
    return ZipListing::crc32(0, data.constData(), data.size());
}

QByteArray ZipBuilder::deflatedZeros(qint64 count)
{
    // One final block with the fixed codes: a literal zero, then copies of
    // 258 bytes at distance 1, the rest as literals, end of block.
    BitWriter w;
    w.bits(1, 1); // final block
    w.bits(1, 2); // fixed Huffman codes
    if (count > 0) {
        w.code(0x30, 8); // literal 0
        const qint64 copies = (count - 1) / 258;
        for (qint64 i = 0; i < copies; ++i) {
            w.code(0xC5, 8); // length 258 (code 285)
            w.code(0, 5); // distance 1
        }
        for (qint64 i = 0; i < (count - 1) % 258; ++i)
            w.code(0x30, 8);
    }
    w.code(0, 7); // end of block (256)
    return w.finish();
}

ZipBuilder::Parts ZipBuilder::parts() const
{
    Parts p;
    QByteArray &out = p.entries;
    QByteArray &central = p.directory;
    out = m_prefix;
    const qint64 base = m_shiftOffsets ? 0 : m_prefix.size();
    for (const Entry &e : m_entries) {
        const QByteArray name = e.name.toUtf8();
        const QByteArray stored = !e.compressed.isNull() ? e.compressed : e.deflate ? rawDeflate(e.data) : e.data;
        const quint16 method = quint16(e.method >= 0 ? e.method : e.deflate ? 8 : 0);
        const quint16 flags = quint16(e.flags | (e.descriptor ? 0x0008 : 0));
        const quint32 size = quint32(e.declaredSize >= 0 ? e.declaredSize : e.data.size());
        const quint32 crc = e.declaredCrc >= 0 ? quint32(e.declaredCrc) : crc32(e.data);
        const quint32 offset = quint32(out.size() - base);
        const QByteArray localName = e.localName.isNull() ? name : e.localName;
        put32(out, 0x04034b50);
        put16(out, 20);
        put16(out, quint16(e.localFlags >= 0 ? e.localFlags : flags));
        put16(out, quint16(e.localMethod >= 0 ? e.localMethod : method));
        put16(out, 0);
        put16(out, 0x5821);
        put32(out, e.localCrc >= 0 ? quint32(e.localCrc) : crc);
        put32(out, quint32(e.localCompressedSize >= 0 ? e.localCompressedSize : stored.size()));
        put32(out, quint32(e.localSize >= 0 ? e.localSize : size));
        put16(out, quint16(localName.size()));
        put16(out, quint16(e.localExtra.size()));
        out += localName;
        out += e.localExtra;
        out += stored;
        if (e.descriptor) {
            put32(out, 0x08074b50);
            put32(out, crc);
            put32(out, quint32(stored.size()));
            put32(out, size);
        }
        out += e.after;
        if (!e.listed)
            continue;

        put32(central, 0x02014b50);
        put16(central, (3 << 8) | 20); // made by Unix
        put16(central, 20);
        put16(central, flags);
        put16(central, method);
        put16(central, 0);
        put16(central, 0x5821);
        put32(central, crc);
        put32(central, quint32(stored.size()));
        put32(central, size);
        put16(central, quint16(name.size()));
        put16(central, quint16(e.centralExtra.size()));
        put16(central, quint16(e.centralComment.size()));
        put16(central, 0);
        put16(central, 0);
        put32(central, quint32(e.symlink ? 0120777 : 0100644) << 16);
        put32(central, e.declaredOffset >= 0 ? quint32(e.declaredOffset) : offset);
        central += name;
        central += e.centralExtra;
        central += e.centralComment;
        ++p.count;
    }
    p.directoryOffset = quint32(out.size() - base);
    return p;
}

QByteArray ZipBuilder::endRecord(int count, quint32 directorySize, quint32 directoryOffset, const QByteArray &comment)
{
    QByteArray out;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(count));
    put16(out, quint16(count));
    put32(out, directorySize);
    put32(out, directoryOffset);
    put16(out, quint16(comment.size()));
    out += comment;
    return out;
}

QByteArray ZipBuilder::build() const
{
    const Parts p = parts();
    return p.entries + p.directory + endRecord(p.count, quint32(p.directory.size()), p.directoryOffset, m_comment);
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
            { QStringLiteral("size"), double(e.declaredSize >= 0 ? e.declaredSize : e.data.size()) },
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
