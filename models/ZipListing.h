#pragma once

#include <QList>
#include <QString>

class QIODevice;

// The raw central directory of a ZIP file: every entry exactly as it is
// named and flagged in the file. KArchive builds a tree that merges
// duplicates and normalises paths, which would hide exactly what the
// safety checks must see, so the names are read here first.
class ZipListing
{
public:
    struct Entry
    {
        QString name;
        int method = 0; // 0 stored, 8 deflated
        quint64 compressedSize = 0;
        quint64 uncompressedSize = 0;
        bool isSymlink = false;
    };

    bool read(QIODevice *device);
    QString errorString() const { return m_error; }
    const QList<Entry> &entries() const { return m_entries; }

    // Caps how many entries are parsed at all.
    static constexpr int maxEntries = 64;

private:
    QString m_error;
    QList<Entry> m_entries;
};
