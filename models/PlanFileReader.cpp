#include "models/PlanFileReader.h"

#include "models/PlanFileFormat.h"
#include "models/ReceivedDatabase.h"
#include "models/ZipListing.h"

#include <KZip>
#include <KZipFileEntry>
#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <memory>

namespace {

QString nameProblem(const QString &name)
{
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:"));
    if (name.isEmpty())
        return QStringLiteral("an entry has no name");
    if (name.contains(QLatin1Char('\\')))
        return QStringLiteral("the entry name \"%1\" contains a backslash").arg(name);
    if (name.startsWith(QLatin1Char('/')))
        return QStringLiteral("the entry name \"%1\" is an absolute path").arg(name);
    if (drive.match(name).hasMatch())
        return QStringLiteral("the entry name \"%1\" starts with a drive letter").arg(name);
    if (name.split(QLatin1Char('/')).contains(QStringLiteral("..")))
        return QStringLiteral("the entry name \"%1\" climbs out of the archive with \"..\"").arg(name);
    for (QChar c : name)
        if (c.unicode() < 0x20)
            return QStringLiteral("an entry name contains control characters");
    return QString();
}

struct ManifestEntry
{
    qint64 size = 0;
    QByteArray sha256;
};

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

    // 1. The raw directory: names and kinds exactly as the file has them.
    ZipListing listing;
    if (!listing.read(&file))
        return fail(listing.errorString());
    const QList<ZipListing::Entry> &entries = listing.entries();
    if (entries.isEmpty() || entries.first().name != PlanFileFormat::mimetypeEntry
        || entries.first().method != 0)
        return fail(QStringLiteral("it is not a DX Plan Studio file (no uncompressed \"mimetype\" entry first)"));
    QSet<QString> names;
    QSet<QString> foldedNames;
    for (const ZipListing::Entry &e : entries) {
        const QString problem = nameProblem(e.name);
        if (!problem.isEmpty())
            return fail(problem);
        if (e.isSymlink)
            return fail(QStringLiteral("the entry \"%1\" is a symbolic link").arg(e.name));
        if (names.contains(e.name))
            return fail(QStringLiteral("the entry \"%1\" appears twice").arg(e.name));
        if (foldedNames.contains(e.name.toCaseFolded()))
            return fail(QStringLiteral("the entry \"%1\" differs from another only in letter case").arg(e.name));
        names.insert(e.name);
        foldedNames.insert(e.name.toCaseFolded());
    }
    file.close();

    // 2. Entry data through KArchive, each read in bounded chunks while
    // counting the bytes actually produced: declared sizes are not trusted.
    KZip zip(path);
    if (!zip.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("the archive cannot be read: ") + zip.errorString());
    qint64 totalRead = 0;
    auto readEntry = [&](const QString &name, qint64 cap, QIODevice *sink, QByteArray *hash) -> bool {
        const KArchiveEntry *entry = zip.directory()->entry(name);
        if (!entry || !entry->isFile())
            return fail(QStringLiteral("the entry \"%1\" is missing").arg(name));
        const auto *zipEntry = static_cast<const KZipFileEntry *>(entry);
        std::unique_ptr<QIODevice> device(zipEntry->createDevice());
        if (!device || !device->isOpen())
            return fail(QStringLiteral("the entry \"%1\" cannot be unpacked").arg(name));
        QCryptographicHash sha(QCryptographicHash::Sha256);
        qint64 read = 0;
        char buffer[64 * 1024];
        while (true) {
            const qint64 n = device->read(buffer, sizeof buffer);
            if (n < 0)
                return fail(QStringLiteral("the entry \"%1\" is damaged").arg(name));
            if (n == 0)
                break;
            read += n;
            totalRead += n;
            if (read > cap || totalRead > PlanFileFormat::maxTotalBytes)
                return fail(QStringLiteral("the entry \"%1\" unpacks to more than %2 MiB").arg(name).arg(cap >> 20));
            const qint64 compressed = qMax<qint64>(zipEntry->compressedSize(), 1);
            if (read > (1 << 20) && read / compressed > PlanFileFormat::maxCompressionRatio)
                return fail(QStringLiteral("the entry \"%1\" is compressed suspiciously well (a ZIP bomb?)").arg(name));
            sha.addData(QByteArrayView(buffer, n));
            if (sink && sink->write(buffer, n) != n)
                return fail(QStringLiteral("the entry \"%1\" could not be unpacked: %2").arg(name, sink->errorString()));
        }
        if (read != zipEntry->size())
            return fail(QStringLiteral("the entry \"%1\" is truncated or damaged").arg(name));
        *hash = sha.result();
        return true;
    };

    QBuffer mimetype;
    QByteArray ignoredHash;
    mimetype.open(QIODevice::WriteOnly);
    if (!readEntry(PlanFileFormat::mimetypeEntry, 256, &mimetype, &ignoredHash))
        return false;
    if (mimetype.data() != QByteArray(PlanFileFormat::mimeType.data()))
        return fail(QStringLiteral("it is not a DX Plan Studio file (mimetype \"%1\")").arg(QString::fromUtf8(mimetype.data().left(80))));

    QBuffer manifestBytes;
    manifestBytes.open(QIODevice::WriteOnly);
    if (!readEntry(PlanFileFormat::manifestEntry, PlanFileFormat::maxManifestBytes, &manifestBytes, &ignoredHash))
        return false;
    QJsonParseError parseError;
    const QJsonObject manifest = QJsonDocument::fromJson(manifestBytes.data(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError || manifest.isEmpty())
        return fail(QStringLiteral("its manifest is not valid JSON"));
    if (manifest.value(QStringLiteral("format")).toString() != PlanFileFormat::mimeType)
        return fail(QStringLiteral("its manifest does not describe a DX Plan Studio plan"));
    const QJsonValue major = manifest.value(QStringLiteral("formatMajor"));
    const QJsonValue minor = manifest.value(QStringLiteral("formatMinor"));
    if (!major.isDouble() || !minor.isDouble())
        return fail(QStringLiteral("its manifest has no format version"));
    result->formatMajor = major.toInt();
    result->formatMinor = minor.toInt();
    if (result->formatMajor > PlanFileFormat::formatMajor)
        return fail(QStringLiteral("it was written in format %1.%2 by a newer DX Plan Studio; this version reads format %3.x")
                        .arg(result->formatMajor).arg(result->formatMinor).arg(PlanFileFormat::formatMajor));
    if (result->formatMajor < 1)
        return fail(QStringLiteral("its manifest has an invalid format version"));
    result->readOnly = result->formatMajor == PlanFileFormat::formatMajor
        && result->formatMinor > PlanFileFormat::formatMinor;
    result->applicationVersion = manifest.value(QStringLiteral("applicationVersion")).toString();
    result->savedAt = manifest.value(QStringLiteral("savedAt")).toString();

    QHash<QString, ManifestEntry> listed;
    const QJsonArray listedEntries = manifest.value(QStringLiteral("entries")).toArray();
    for (const QJsonValue &v : listedEntries) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QStringLiteral("name")).toString();
        const QByteArray sha = QByteArray::fromHex(o.value(QStringLiteral("sha256")).toString().toLatin1());
        if (name.isEmpty() || sha.size() != 32 || !o.value(QStringLiteral("size")).isDouble() || listed.contains(name))
            return fail(QStringLiteral("its manifest lists an entry badly"));
        listed.insert(name, { qint64(o.value(QStringLiteral("size")).toDouble()), sha });
    }
    for (const QString &name : names) {
        if (name == PlanFileFormat::mimetypeEntry || name == PlanFileFormat::manifestEntry)
            continue;
        if (!listed.contains(name))
            return fail(QStringLiteral("the entry \"%1\" is not listed in the manifest").arg(name));
    }
    for (auto it = listed.begin(); it != listed.end(); ++it)
        if (!names.contains(it.key()))
            return fail(QStringLiteral("the manifest lists \"%1\", which the archive lacks").arg(it.key()));
    if (!listed.contains(PlanFileFormat::databaseEntry))
        return fail(QStringLiteral("it holds no plan database"));

    // 3. The database, unpacked into a private folder and read by value.
    auto folder = std::make_shared<QTemporaryDir>();
    QTemporaryDir &temp = *folder;
    if (!temp.isValid())
        return fail(QStringLiteral("no temporary folder is available"));
    for (auto it = listed.begin(); it != listed.end(); ++it) {
        const bool isDatabase = it.key() == PlanFileFormat::databaseEntry;
        QFile out(temp.filePath(isDatabase ? QStringLiteral("plan.sqlite") : QStringLiteral("extra")));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(QStringLiteral("the plan could not be unpacked: ") + out.errorString());
        QByteArray hash;
        if (!readEntry(it.key(), PlanFileFormat::maxDatabaseBytes, &out, &hash))
            return false;
        out.close();
        if (hash != it->sha256)
            return fail(QStringLiteral("the entry \"%1\" does not match its checksum in the manifest (the file was altered or damaged)").arg(it.key()));
        if (out.size() != it->size)
            return fail(QStringLiteral("the entry \"%1\" does not have the size the manifest gives").arg(it.key()));
        if (!isDatabase)
            QFile::remove(out.fileName());
    }
    zip.close();

    ReceivedDatabase database;
    ReceivedDatabase::Result received;
    database.setAllowNewer(result->readOnly);
    database.setLoadPlan(mode == Mode::LoadPlan);
    if (!database.read(temp.filePath(QStringLiteral("plan.sqlite")), &received))
        return fail(database.errorString());
    result->plan = received.plan;
    if (mode == Mode::KeepDatabase) {
        result->folder = folder;
        result->databasePath = temp.filePath(QStringLiteral("plan.sqlite"));
    }
    return true;
}
