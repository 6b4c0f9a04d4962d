#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Writes ZIP archives byte by byte, so tests can craft what no honest
// writer makes: "../" names, symlinks, duplicates, lying sizes.
class ZipBuilder
{
public:
    struct Entry
    {
        QString name;
        QByteArray data;
        bool deflate = false;
        bool symlink = false;
        // Overrides of what the headers declare; -1 = the truth.
        qint64 declaredSize = -1;
    };

    void add(const Entry &entry) { m_entries << entry; }
    void add(const QString &name, const QByteArray &data, bool deflate = false)
    {
        m_entries << Entry { name, data, deflate, false, -1 };
    }
    QByteArray build() const;
    bool writeTo(const QString &path) const;

    // mimetype + manifest (listing `listed`, with true hashes) + the
    // entries given: a valid plan file when `database` is a real plan.
    static ZipBuilder planFile(const QByteArray &database, const QString &manifestOverride = QString());
    static QByteArray manifestFor(const QList<Entry> &entries, int major = 1, int minor = 0);

private:
    QList<Entry> m_entries;
};
