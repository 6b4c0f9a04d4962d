#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QIODevice;

// The raw structure of a ZIP file, checked to be one unambiguous archive:
// every entry exactly as it is named and flagged in the file. KArchive
// builds a tree that merges duplicates and normalises paths, and finds its
// entries by scanning forward from the start, while other programs start
// from the end record; a file that reads differently depending on where one
// starts could show one plan in DX Plan Studio and another elsewhere. So
// the structure is read and checked here first, and must be exactly:
//
//   local header + data [+ data descriptor], for every entry, in directory
//   order, the first at offset 0, with no gaps and no overlaps;
//   one central directory, ending where the end record starts;
//   one end-of-central-directory record, with no comment, ending the file.
//
// Every local header must agree with its central header. ZIP64, encryption,
// multi-part archives and methods other than stored and deflate are refused.
class ZipListing
{
public:
    struct Entry
    {
        QString name;
        QByteArray rawName;
        int method = 0; // 0 stored, 8 deflated
        int flags = 0;
        quint32 crc32 = 0;
        quint64 compressedSize = 0;
        quint64 uncompressedSize = 0;
        quint64 headerOffset = 0; // the local header
        quint64 dataOffset = 0;   // the (compressed) data after it
        bool isSymlink = false;
    };

    // What the file should be, for the messages of a file that is no ZIP
    // at all or an incomplete one: a plan file, or a spreadsheet workbook.
    enum class Kind { PlanFile, Workbook };
    void setKind(Kind kind) { m_kind = kind; }

    // Reads from the start of `device`, which must be open and seekable;
    // an archive of more than `entryLimit` entries is refused unparsed.
    bool read(QIODevice *device, int entryLimit = maxEntries);
    QString errorString() const { return m_error; }
    const QList<Entry> &entries() const { return m_entries; }

    // Caps how many entries of a plan file are parsed at all.
    static constexpr int maxEntries = 64;

    // A name from the file as a message may show it: on one line, control
    // characters as '?', at most 80 characters.
    static QString shown(const QString &name);

    // The ZIP (and zlib) CRC-32: start with 0, feed the bytes in order.
    static quint32 crc32(quint32 crc, const char *data, qint64 size);

private:
    bool fail(const QString &why);
    QString m_error;
    QList<Entry> m_entries;
    Kind m_kind = Kind::PlanFile;
};
