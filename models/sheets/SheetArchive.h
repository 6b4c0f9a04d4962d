#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <memory>

class QIODevice;

// The ZIP container of an .xlsx or .ods workbook, read through the same
// checked layer as a plan file (ZipListing, then KArchive) and with limits
// of its own: how many entries, how large each unpacks, how much all of
// them together, and how far any one is compressed.
class SheetArchive
{
public:
    static constexpr int maxEntries = 1000;
    static constexpr qint64 maxEntryBytes = qint64(64) << 20;
    static constexpr qint64 maxTotalBytes = qint64(256) << 20;
    // A spreadsheet's XML compresses well, but not a thousand to one.
    static constexpr qint64 maxRatio = 1000;

    SheetArchive();
    ~SheetArchive();

    // `device` must stay open while the archive is read.
    bool open(QIODevice *device);
    bool contains(const QString &name) const;
    // The entry's bytes, unpacked within the limits and checked against
    // its CRC; the error names the entry.
    bool read(const QString &name, QByteArray *bytes);
    QString errorString() const { return m_error; }

private:
    bool fail(const QString &why);
    struct Private;
    std::unique_ptr<Private> d;
    QString m_error;
};
