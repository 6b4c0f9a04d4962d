#pragma once

#include <QIODevice>

class KArchiveDirectory;

// What the plan file reader and the spreadsheet import share about reading
// a ZIP through KZip (both check its structure with ZipListing first).

// The caller's device as KZip sees it: reads go to the same bytes, but
// KZip closing "its" device leaves the caller's open.
class ArchiveDeviceView : public QIODevice
{
public:
    explicit ArchiveDeviceView(QIODevice *source) : m_source(source) { }
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_source->size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_source->pos() != pos() && !m_source->seek(pos()))
            return -1;
        return m_source->read(data, maxSize);
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QIODevice *m_source;
};

// Every file KZip found, however deep.
int countArchiveFiles(const KArchiveDirectory *dir);
