#include "models/PlanFileReader.h"

#include "models/ArchiveView.h"
#include "models/JsonDuplicateKeys.h"
#include "models/PlanFileFormat.h"
#include "models/PlanLimits.h"
#include "models/PlanSignature.h"
#include "models/ReceivedDatabase.h"
#include "models/Sha256.h"
#include "models/ZipListing.h"

#include <KArchiveDirectory>
#include <KZip>
#include <KZipFileEntry>
#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <cmath>
#include <limits>
#include <memory>
#include <vector>

namespace {

QString nameProblem(const QString &name)
{
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:"));
    if (name.isEmpty())
        return QCoreApplication::translate("PlanFileReader", "an entry has no name");
    if (name.contains(QLatin1Char('\\')))
        return QCoreApplication::translate("PlanFileReader", "the entry name \"%1\" contains a backslash").arg(ZipListing::shown(name));
    if (name.startsWith(QLatin1Char('/')))
        return QCoreApplication::translate("PlanFileReader", "the entry name \"%1\" is an absolute path").arg(ZipListing::shown(name));
    if (drive.match(name).hasMatch())
        return QCoreApplication::translate("PlanFileReader", "the entry name \"%1\" starts with a drive letter").arg(ZipListing::shown(name));
    const QStringList parts = name.split(QLatin1Char('/'));
    if (parts.contains(QStringLiteral("..")))
        return QCoreApplication::translate("PlanFileReader", "the entry name \"%1\" climbs out of the archive with \"..\"").arg(ZipListing::shown(name));
    for (QChar c : name)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return QCoreApplication::translate("PlanFileReader", "an entry name contains control characters");
    // Folders, "a//b" and "./a" would be read differently by different
    // programs; a plan file has none of them.
    if (parts.contains(QString()) || parts.contains(QStringLiteral(".")))
        return QCoreApplication::translate("PlanFileReader", "the entry name \"%1\" is not a plain file name").arg(ZipListing::shown(name));
    return QString();
}

struct ManifestEntry
{
    QString name;
    qint64 size = 0;
    QByteArray sha256;
};

// A JSON number that is a whole number from 0 to `max`: 1.5, 1e30, -1 and
// "1" are not.
bool wholeNumber(const QJsonValue &value, qint64 max, qint64 *out)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    if (!std::isfinite(d) || d < 0 || d > double(max) || d != std::floor(d))
        return false;
    *out = qint64(d);
    return true;
}

bool isLowerHex64(const QString &s)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(s).hasMatch();
}

QString sizeText(qint64 bytes)
{
    if (bytes >= (1 << 20) && bytes % (1 << 20) == 0)
        return QCoreApplication::translate("PlanFileReader", "%1 MiB").arg(bytes >> 20);
    return QCoreApplication::translate("PlanFileReader", "%1 bytes").arg(bytes);
}

} // namespace

bool PlanFileReader::fail(const QString &why)
{
    m_error = why;
    return false;
}

bool PlanFileReader::read(const QString &path, Result *result, Mode mode)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    return read(&file, result, mode);
}

bool PlanFileReader::read(QIODevice *device, Result *result, Mode mode)
{
    m_error.clear();
    if (!device || !device->isOpen() || !device->isReadable() || device->isSequential())
        return fail(QCoreApplication::translate("PlanFileReader", "the file cannot be read"));

    // 1. The raw structure: one unambiguous archive, its entries' names
    // and kinds exactly as the file has them.
    ZipListing listing;
    if (!listing.read(device))
        return fail(listing.errorString());
    const QList<ZipListing::Entry> &entries = listing.entries();
    if (entries.isEmpty() || entries.first().name != PlanFileFormat::mimetypeEntry
        || entries.first().method != 0)
        return fail(QCoreApplication::translate("PlanFileReader", "it is not a DX Plan Studio file (no uncompressed \"mimetype\" entry first)"));
    QHash<QString, ZipListing::Entry> byName;
    QSet<QString> foldedNames;
    for (const ZipListing::Entry &e : entries) {
        const QString problem = nameProblem(e.name);
        if (!problem.isEmpty())
            return fail(problem);
        if (e.isSymlink)
            return fail(QCoreApplication::translate("PlanFileReader", "the entry \"%1\" is a symbolic link").arg(ZipListing::shown(e.name)));
        if (byName.contains(e.name))
            return fail(QCoreApplication::translate("PlanFileReader", "the entry \"%1\" appears twice").arg(ZipListing::shown(e.name)));
        if (foldedNames.contains(e.name.toCaseFolded()))
            return fail(QCoreApplication::translate("PlanFileReader", "the entry \"%1\" differs from another only in letter case").arg(ZipListing::shown(e.name)));
        byName.insert(e.name, e);
        foldedNames.insert(e.name.toCaseFolded());
    }

    // 2. Entry data through KArchive. KZip finds its entries its own way,
    // so it must have found exactly the entries above, at the same places.
    ArchiveDeviceView view(device);
    view.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    KZip zip(&view);
    if (!zip.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("PlanFileReader", "the archive cannot be read: ") + zip.errorString());
    const QString ambiguous = QCoreApplication::translate("PlanFileReader", "the archive can be read in more than one way");
    if (countArchiveFiles(zip.directory()) != entries.size())
        return fail(ambiguous);
    for (const ZipListing::Entry &e : entries) {
        const KArchiveEntry *entry = zip.directory()->entry(e.name);
        if (!entry || !entry->isFile())
            return fail(ambiguous);
        const auto *zipEntry = static_cast<const KZipFileEntry *>(entry);
        if (zipEntry->position() != qint64(e.dataOffset) || zipEntry->compressedSize() != qint64(e.compressedSize)
            || zipEntry->size() != qint64(e.uncompressedSize) || zipEntry->encoding() != e.method)
            return fail(ambiguous);
    }

    // Each entry is read in bounded chunks while counting the bytes
    // actually produced: never more than the archive declares, which is
    // never more than `cap`, and exactly as many, with the right CRC.
    auto readEntry = [&](const QString &name, qint64 cap, QIODevice *sink, QByteArray *hash) -> bool {
        if (!byName.contains(name))
            return fail(QCoreApplication::translate("PlanFileReader", "the entry \"%1\" is missing").arg(ZipListing::shown(name)));
        const ZipListing::Entry listed = byName.value(name);
        if (qint64(listed.uncompressedSize) > cap)
            return fail(QCoreApplication::translate("PlanFileReader", "the entry \"%1\" is larger than a plan file allows (%2)")
                            .arg(ZipListing::shown(name), sizeText(cap)));
        const auto *zipEntry = static_cast<const KZipFileEntry *>(zip.directory()->entry(name));
        std::unique_ptr<QIODevice> entryDevice(zipEntry->createDevice());
        if (!entryDevice || !entryDevice->isOpen())
            return fail(QCoreApplication::translate("PlanFileReader", "the entry \"%1\" cannot be unpacked").arg(ZipListing::shown(name)));
        Sha256 sha;
        quint32 crc = 0;
        qint64 read = 0;
        std::vector<char> buffer(64 * 1024);
        while (true) {
            const qint64 n = entryDevice->read(buffer.data(), qint64(buffer.size()));
            if (n < 0)
                return fail(QCoreApplication::translate("PlanFileReader", "the entry \"%1\" is damaged").arg(ZipListing::shown(name)));
            if (n == 0)
                break;
            read += n;
            if (read > qint64(listed.uncompressedSize))
                return fail(QCoreApplication::translate("PlanFileReader", "the entry \"%1\" unpacks to more than the archive declares (a ZIP bomb?)").arg(ZipListing::shown(name)));
            sha.addData(QByteArrayView(buffer.data(), n));
            crc = ZipListing::crc32(crc, buffer.data(), n);
            if (sink && sink->write(buffer.data(), n) != n)
                return fail(QCoreApplication::translate("PlanFileReader", "the entry \"%1\" could not be unpacked: %2").arg(ZipListing::shown(name), sink->errorString()));
        }
        if (read != qint64(listed.uncompressedSize))
            return fail(QCoreApplication::translate("PlanFileReader", "the entry \"%1\" is truncated or damaged").arg(ZipListing::shown(name)));
        if (crc != listed.crc32)
            return fail(QCoreApplication::translate("PlanFileReader", "the entry \"%1\" does not match its CRC-32 (the file is damaged)").arg(ZipListing::shown(name)));
        *hash = sha.result();
        return true;
    };

    QBuffer mimetype;
    QByteArray ignoredHash;
    mimetype.open(QIODevice::WriteOnly);
    if (!readEntry(PlanFileFormat::mimetypeEntry, 256, &mimetype, &ignoredHash))
        return false;
    if (mimetype.data() != QByteArray(PlanFileFormat::mimeType.data()))
        return fail(QCoreApplication::translate("PlanFileReader", "it is not a DX Plan Studio file (mimetype \"%1\")")
                        .arg(ZipListing::shown(QString::fromUtf8(mimetype.data()))));

    // 3. The manifest, strictly typed.
    QBuffer manifestBytes;
    manifestBytes.open(QIODevice::WriteOnly);
    if (!readEntry(PlanFileFormat::manifestEntry, PlanFileFormat::maxManifestBytes, &manifestBytes, &ignoredHash))
        return false;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(manifestBytes.data(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject() || document.object().isEmpty())
        return fail(QCoreApplication::translate("PlanFileReader", "its manifest is not valid JSON"));
    // QJsonDocument keeps only one value of a repeated key, so a manifest
    // could say different things to different readers.
    const JsonDuplicateKeys::Finding finding = JsonDuplicateKeys::scan(manifestBytes.data());
    if (finding.kind == JsonDuplicateKeys::Finding::Kind::DuplicateKey)
        return fail(QCoreApplication::translate("PlanFileReader", "its manifest has the key \"%1\" twice").arg(ZipListing::shown(finding.key)));
    if (finding.found())
        return fail(QCoreApplication::translate("PlanFileReader", "its manifest is not valid JSON"));
    const QJsonObject manifest = document.object();
    const QJsonValue format = manifest.value(QStringLiteral("format"));
    if (!format.isString() || format.toString() != PlanFileFormat::mimeType)
        return fail(QCoreApplication::translate("PlanFileReader", "its manifest does not describe a DX Plan Studio plan"));
    const QJsonValue major = manifest.value(QStringLiteral("formatMajor"));
    const QJsonValue minor = manifest.value(QStringLiteral("formatMinor"));
    if (major.isUndefined() || minor.isUndefined())
        return fail(QCoreApplication::translate("PlanFileReader", "its manifest has no format version"));
    constexpr qint64 maxVersion = std::numeric_limits<qint32>::max();
    const auto badVersion = [&](const char *key) {
        return fail(QCoreApplication::translate("PlanFileReader", "its manifest's \"%1\" is not a whole number from 0 to %2")
                        .arg(QLatin1String(key))
                        .arg(maxVersion));
    };
    qint64 majorValue = 0;
    qint64 minorValue = 0;
    if (!wholeNumber(major, maxVersion, &majorValue))
        return badVersion("formatMajor");
    if (!wholeNumber(minor, maxVersion, &minorValue))
        return badVersion("formatMinor");
    for (const char *key : { "application", "applicationVersion", "savedAt", "savedBy" }) {
        const QJsonValue value = manifest.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isString())
            return fail(QCoreApplication::translate("PlanFileReader", "its manifest's \"%1\" is not text").arg(QLatin1String(key)));
    }
    result->formatMajor = int(majorValue);
    result->formatMinor = int(minorValue);
    if (result->formatMajor > PlanFileFormat::formatMajor)
        return fail(QCoreApplication::translate("PlanFileReader", "it was written in format %1.%2 by a newer DX Plan Studio; this version reads format %3.x")
                        .arg(result->formatMajor)
                        .arg(result->formatMinor)
                        .arg(PlanFileFormat::formatMajor));
    if (result->formatMajor < 1)
        return fail(QCoreApplication::translate("PlanFileReader", "its manifest has an invalid format version"));
    result->readOnly = result->formatMajor == PlanFileFormat::formatMajor
        && result->formatMinor > PlanFileFormat::formatMinor;
    result->applicationVersion = manifest.value(QStringLiteral("applicationVersion")).toString();
    result->savedAt = manifest.value(QStringLiteral("savedAt")).toString();
    result->savedBy = manifest.value(QStringLiteral("savedBy")).toString();
    result->manifest = manifestBytes.data();

    const QJsonValue entriesValue = manifest.value(QStringLiteral("entries"));
    if (!entriesValue.isArray())
        return fail(QCoreApplication::translate("PlanFileReader", "its manifest has no list of entries"));
    QList<ManifestEntry> listed;
    QSet<QString> listedNames;
    qint64 listedTotal = 0;
    const QJsonArray listedEntries = entriesValue.toArray();
    for (const QJsonValue &v : listedEntries) {
        if (!v.isObject())
            return fail(QCoreApplication::translate("PlanFileReader", "its manifest lists an entry badly"));
        const QJsonObject o = v.toObject();
        const QJsonValue name = o.value(QStringLiteral("name"));
        if (!name.isString() || name.toString().isEmpty())
            return fail(QCoreApplication::translate("PlanFileReader", "its manifest lists an entry without a name"));
        ManifestEntry entry;
        entry.name = name.toString();
        if (!wholeNumber(o.value(QStringLiteral("size")), PlanLimits::maxDatabaseBytes, &entry.size))
            return fail(QCoreApplication::translate("PlanFileReader", "its manifest gives \"%1\" a size that is not a whole number from 0 to %2")
                            .arg(ZipListing::shown(entry.name))
                            .arg(PlanLimits::maxDatabaseBytes));
        const QJsonValue sha = o.value(QStringLiteral("sha256"));
        if (!sha.isString() || !isLowerHex64(sha.toString()))
            return fail(QCoreApplication::translate("PlanFileReader", "its manifest gives \"%1\" a SHA-256 that is not 64 lower-case hexadecimal digits")
                            .arg(ZipListing::shown(entry.name)));
        entry.sha256 = QByteArray::fromHex(sha.toString().toLatin1());
        if (listedNames.contains(entry.name))
            return fail(QCoreApplication::translate("PlanFileReader", "its manifest lists \"%1\" twice").arg(ZipListing::shown(entry.name)));
        listedNames.insert(entry.name);
        listedTotal += entry.size;
        listed << entry;
    }
    for (const ZipListing::Entry &e : entries) {
        // The signature signs the manifest, so the manifest cannot list it.
        if (e.name == PlanFileFormat::mimetypeEntry || e.name == PlanFileFormat::manifestEntry
            || e.name == PlanSignature::entryName)
            continue;
        if (!listedNames.contains(e.name))
            return fail(QCoreApplication::translate("PlanFileReader", "the entry \"%1\" is not listed in the manifest").arg(ZipListing::shown(e.name)));
    }
    for (const ManifestEntry &e : listed)
        if (!byName.contains(e.name))
            return fail(QCoreApplication::translate("PlanFileReader", "the manifest lists \"%1\", which the archive lacks").arg(ZipListing::shown(e.name)));
    if (!listedNames.contains(PlanFileFormat::databaseEntry))
        return fail(QCoreApplication::translate("PlanFileReader", "it holds no plan database"));
    if (listedTotal > PlanLimits::maxDatabaseBytes)
        return fail(QCoreApplication::translate("PlanFileReader", "its entries are larger than a plan file allows (%1 together)")
                        .arg(sizeText(PlanLimits::maxDatabaseBytes)));
    for (const ManifestEntry &e : listed)
        if (qint64(byName.value(e.name).uncompressedSize) != e.size)
            return fail(QCoreApplication::translate("PlanFileReader", "the entry \"%1\" does not have the size the manifest gives").arg(ZipListing::shown(e.name)));

    // The signature is read, not judged: a signature informs, and which
    // certificates are trusted is the caller's to say.
    if (byName.contains(PlanSignature::entryName)) {
        QBuffer signature;
        signature.open(QIODevice::WriteOnly);
        if (!readEntry(PlanSignature::entryName, PlanFileFormat::maxManifestBytes, &signature, &ignoredHash))
            return false;
        result->signature = signature.data();
    }

    // 4. The database, unpacked into a private folder and read by value;
    // other listed entries are only checked.
    auto folder = std::make_shared<QTemporaryDir>();
    QTemporaryDir &temp = *folder;
    if (!temp.isValid())
        return fail(QCoreApplication::translate("PlanFileReader", "no temporary folder is available"));
    const QString databasePath = temp.filePath(QStringLiteral("plan.sqlite"));
    for (const ManifestEntry &e : listed) {
        const bool isDatabase = e.name == PlanFileFormat::databaseEntry;
        QFile out(databasePath);
        if (isDatabase && !out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(QCoreApplication::translate("PlanFileReader", "the plan could not be unpacked: ") + out.errorString());
        QByteArray hash;
        if (!readEntry(e.name, PlanLimits::maxDatabaseBytes, isDatabase ? &out : nullptr, &hash))
            return false;
        if (isDatabase && !out.flush())
            return fail(QCoreApplication::translate("PlanFileReader", "the plan could not be unpacked: ") + out.errorString());
        out.close();
        if (hash != e.sha256)
            return fail(QCoreApplication::translate("PlanFileReader", "the entry \"%1\" does not match its checksum in the manifest (the file was altered or damaged)").arg(ZipListing::shown(e.name)));
    }
    zip.close();

    ReceivedDatabase database;
    ReceivedDatabase::Result received;
    database.setAllowNewer(result->readOnly);
    database.setLoadPlan(mode == Mode::LoadPlan);
    if (!database.read(databasePath, &received))
        return fail(database.errorString());
    result->plan = received.plan;
    if (mode == Mode::KeepDatabase) {
        result->folder = folder;
        result->databasePath = databasePath;
    }
    return true;
}
