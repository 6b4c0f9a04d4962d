#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Writes ZIP archives byte by byte, so tests can craft what no honest
// writer makes: "../" names, symlinks, duplicates, lying sizes, local
// headers that disagree with the directory, gaps, hidden entries.
class ZipBuilder
{
public:
    struct Entry
    {
        Entry() = default;
        Entry(const QString &name, const QByteArray &data, bool deflate = false, bool symlink = false,
              qint64 declaredSize = -1)
            : name(name), data(data), deflate(deflate), symlink(symlink), declaredSize(declaredSize)
        {
        }

        QString name;
        QByteArray data;
        bool deflate = false;
        bool symlink = false;
        // Overrides of what the headers declare; -1 = the truth.
        qint64 declaredSize = -1;

        // Further lies, for crafted files. -1 or empty = the honest value.
        int method = -1; // both headers; honest: 8 when deflated, else 0
        int flags = 0x0800; // general purpose flags, both headers (UTF-8 names)
        QByteArray compressed; // the bytes stored, instead of data (deflated)
        qint64 declaredCrc = -1; // both headers
        qint64 declaredOffset = -1; // of the local header, in the directory
        QByteArray localName; // the local header's name
        int localMethod = -1;
        int localFlags = -1;
        qint64 localCompressedSize = -1;
        qint64 localSize = -1;
        qint64 localCrc = -1;
        QByteArray localExtra;
        QByteArray centralExtra;
        QByteArray centralComment;
        bool descriptor = false; // a signed data descriptor after the data (sets flag bit 3)
        bool listed = true; // false: written, but left out of the directory
        QByteArray after; // bytes written right after the entry
    };

    void add(const Entry &entry) { m_entries << entry; }
    void add(const QString &name, const QByteArray &data, bool deflate = false)
    {
        m_entries << Entry(name, data, deflate);
    }
    QList<Entry> &entries() { return m_entries; }
    // Bytes before the first entry; with `shiftOffsets` the directory
    // counts them (as self-extracting archives do), without it offsets
    // start after them.
    void setPrefix(const QByteArray &prefix, bool shiftOffsets = true)
    {
        m_prefix = prefix;
        m_shiftOffsets = shiftOffsets;
    }
    void setComment(const QByteArray &comment) { m_comment = comment; }

    struct Parts
    {
        QByteArray entries; // prefix, local headers and data
        QByteArray directory;
        int count = 0;
        quint32 directoryOffset = 0;
    };
    Parts parts() const;
    QByteArray build() const;
    bool writeTo(const QString &path) const;

    // An end-of-central-directory record.
    static QByteArray endRecord(int count, quint32 directorySize, quint32 directoryOffset,
                                const QByteArray &comment = QByteArray());
    // A raw deflate stream of `count` zero bytes, a few bytes per KiB,
    // made without holding them: for ZIP bombs.
    static QByteArray deflatedZeros(qint64 count);
    static quint32 crc32(const QByteArray &data);

    // mimetype + manifest (listing `listed`, with true hashes) + the
    // entries given: a valid plan file when `database` is a real plan.
    static ZipBuilder planFile(const QByteArray &database, const QString &manifestOverride = QString());
    // Sizes are the declared ones when given.
    static QByteArray manifestFor(const QList<Entry> &entries, int major = 1, int minor = 0);

private:
    QList<Entry> m_entries;
    QByteArray m_prefix;
    bool m_shiftOffsets = true;
    QByteArray m_comment;
};
