#include "models/sheets/SheetArchive.h"

#include "models/ArchiveView.h"
#include "models/ZipListing.h"

#include <KArchiveDirectory>
#include <KZip>
#include <KZipFileEntry>
#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <vector>

namespace {

// Names as a workbook may have them: folders ("Thumbnails/") allowed, but
// nothing that could point outside the archive or read two ways.
QString nameProblem(const QString &name)
{
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:"));
    if (name.isEmpty())
        return QCoreApplication::translate("SheetImport", "an entry of the workbook has no name");
    if (name.contains(QLatin1Char('\\')) || name.startsWith(QLatin1Char('/')) || drive.match(name).hasMatch())
        return QCoreApplication::translate("SheetImport", "the workbook's entry \"%1\" is not a relative path").arg(ZipListing::shown(name));
    QStringList parts = name.split(QLatin1Char('/'));
    if (name.endsWith(QLatin1Char('/')))
        parts.removeLast();
    if (parts.contains(QStringLiteral("..")) || parts.contains(QStringLiteral(".")) || parts.contains(QString()))
        return QCoreApplication::translate("SheetImport", "the workbook's entry \"%1\" climbs out of the archive or is not a plain path").arg(ZipListing::shown(name));
    for (QChar c : name)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return QCoreApplication::translate("SheetImport", "an entry name of the workbook contains control characters");
    return QString();
}

} // namespace

struct SheetArchive::Private
{
    explicit Private(QIODevice *device) : view(device), zip(&view) { }
    ArchiveDeviceView view;
    KZip zip;
    QHash<QString, ZipListing::Entry> entries;
    qint64 unpacked = 0;
};

SheetArchive::SheetArchive() = default;
SheetArchive::~SheetArchive() = default;

bool SheetArchive::fail(const QString &why)
{
    m_error = why;
    return false;
}

bool SheetArchive::open(QIODevice *device)
{
    d.reset();
    if (!device || !device->isOpen() || !device->isReadable() || device->isSequential())
        return fail(QCoreApplication::translate("SheetImport", "the file cannot be read"));
    ZipListing listing;
    listing.setKind(ZipListing::Kind::Workbook);
    if (!listing.read(device, maxEntries))
        return fail(listing.errorString());
    auto p = std::make_unique<Private>(device);
    QSet<QString> folded;
    int files = 0;
    for (const ZipListing::Entry &e : listing.entries()) {
        const QString problem = nameProblem(e.name);
        if (!problem.isEmpty())
            return fail(problem);
        if (e.isSymlink)
            return fail(QCoreApplication::translate("SheetImport", "the workbook's entry \"%1\" is a symbolic link").arg(ZipListing::shown(e.name)));
        if (folded.contains(e.name.toCaseFolded()))
            return fail(QCoreApplication::translate("SheetImport", "the workbook's entry \"%1\" appears twice").arg(ZipListing::shown(e.name)));
        folded.insert(e.name.toCaseFolded());
        if (e.name.endsWith(QLatin1Char('/')))
            continue;
        ++files;
        p->entries.insert(e.name, e);
    }
    p->view.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    if (!p->zip.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("SheetImport", "the workbook cannot be unpacked: %1").arg(p->zip.errorString()));
    // KZip finds entries its own way: it must find exactly these.
    if (countArchiveFiles(p->zip.directory()) != files)
        return fail(QCoreApplication::translate("SheetImport", "the workbook's archive can be read in more than one way"));
    for (const ZipListing::Entry &e : std::as_const(p->entries)) {
        const KArchiveEntry *entry = p->zip.directory()->entry(e.name);
        if (!entry || !entry->isFile())
            return fail(QCoreApplication::translate("SheetImport", "the workbook's archive can be read in more than one way"));
        const auto *file = static_cast<const KZipFileEntry *>(entry);
        if (file->position() != qint64(e.dataOffset) || file->compressedSize() != qint64(e.compressedSize)
            || file->size() != qint64(e.uncompressedSize))
            return fail(QCoreApplication::translate("SheetImport", "the workbook's archive can be read in more than one way"));
    }
    d = std::move(p);
    return true;
}

bool SheetArchive::contains(const QString &name) const
{
    return d && d->entries.contains(name);
}

bool SheetArchive::read(const QString &name, QByteArray *bytes)
{
    bytes->clear();
    if (!contains(name))
        return fail(QCoreApplication::translate("SheetImport", "the workbook has no part \"%1\"").arg(ZipListing::shown(name)));
    const ZipListing::Entry e = d->entries.value(name);
    const QString shown = ZipListing::shown(name);
    if (qint64(e.uncompressedSize) > maxEntryBytes)
        return fail(QCoreApplication::translate("SheetImport", "the workbook's part \"%1\" unpacks to more than %2 MiB").arg(shown).arg(maxEntryBytes >> 20));
    if (d->unpacked + qint64(e.uncompressedSize) > maxTotalBytes)
        return fail(QCoreApplication::translate("SheetImport", "the workbook unpacks to more than %1 MiB").arg(maxTotalBytes >> 20));
    if (qint64(e.uncompressedSize) > (qint64(1) << 20) && qint64(e.uncompressedSize) > maxRatio * qint64(e.compressedSize))
        return fail(QCoreApplication::translate("SheetImport", "the workbook's part \"%1\" is compressed more than %2 to 1 (a ZIP bomb?)").arg(shown).arg(maxRatio));
    const auto *file = static_cast<const KZipFileEntry *>(d->zip.directory()->entry(name));
    std::unique_ptr<QIODevice> device(file->createDevice());
    if (!device || !device->isOpen())
        return fail(QCoreApplication::translate("SheetImport", "the workbook's part \"%1\" cannot be unpacked").arg(shown));
    bytes->reserve(qsizetype(e.uncompressedSize));
    std::vector<char> buffer(64 * 1024);
    quint32 crc = 0;
    while (true) {
        const qint64 n = device->read(buffer.data(), qint64(buffer.size()));
        if (n < 0)
            return fail(QCoreApplication::translate("SheetImport", "the workbook's part \"%1\" is damaged").arg(shown));
        if (n == 0)
            break;
        if (bytes->size() + n > qint64(e.uncompressedSize))
            return fail(QCoreApplication::translate("SheetImport", "the workbook's part \"%1\" unpacks to more than the archive declares (a ZIP bomb?)").arg(shown));
        bytes->append(buffer.data(), n);
        crc = ZipListing::crc32(crc, buffer.data(), n);
    }
    if (bytes->size() != qint64(e.uncompressedSize) || crc != e.crc32)
        return fail(QCoreApplication::translate("SheetImport", "the workbook's part \"%1\" is truncated or damaged").arg(shown));
    d->unpacked += bytes->size();
    return true;
}
