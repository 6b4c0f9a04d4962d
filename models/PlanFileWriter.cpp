#include "models/PlanFileWriter.h"

#include "models/BackgroundRelease.h"
#include "models/DatabaseConnection.h"
#include "models/LargeBuffer.h"
#include "models/Plan.h"
#include "models/PlanFileFormat.h"
#include "models/PlanStore.h"
#include "models/PlanSignature.h"
#include "models/ReceivedDatabase.h"
#include "models/RevisionSnapshots.h"
#include "models/Schema.h"
#include "models/Sha256.h"
#include "models/WorkingCopy.h"

#include <KZip>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <future>
#include <pwd.h>
#include <unistd.h>

namespace {

// The messages, in the PlanFileWriter translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PlanFileWriter)
};

// A write that failed where the disk has no room says so, instead of the
// "Unknown error" some layers report for ENOSPC.
QString writeError(const QString &folder, qint64 needed, const QString &reported)
{
    const QStorageInfo storage(folder);
    if (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < needed)
        return Text::tr("the disk is full (%1 needs about %2 KiB more)")
            .arg(QDir::toNativeSeparators(folder))
            .arg((needed - storage.bytesAvailable() + 1023) / 1024);
    return reported.isEmpty() ? Text::tr("the file could not be written") : reported;
}

} // namespace

bool PlanFileWriter::fail(const QString &why)
{
    m_error = why;
    return false;
}

bool PlanFileWriter::snapshot(WorkingCopy &copy, const QString &folder, QString *databasePath)
{
    *databasePath = QDir(folder).filePath(PlanFileFormat::databaseEntry);
    QString error;
    if (!copy.snapshot(*databasePath, &error))
        return fail(Text::tr("the plan could not be copied for saving: %1").arg(error));
    // The working database keeps snapshots of removed revisions for undo;
    // the file does not.
    DatabaseConnection db;
    if (!db.open(*databasePath, DatabaseConnection::Mode::ReadWrite))
        return fail(Text::tr("the plan could not be copied for saving: %1").arg(db.errorString()));
    if (!RevisionSnapshots::prune(db.database(), &error))
        return fail(Text::tr("the plan could not be copied for saving: %1").arg(error));
    QSqlQuery q(db.database());
    if (q.exec(QStringLiteral("PRAGMA freelist_count")) && q.next() && q.value(0).toInt() > 0) {
        q.finish();
        if (!q.exec(QStringLiteral("VACUUM")))
            return fail(Text::tr("the plan could not be copied for saving: %1").arg(q.lastError().text()));
    }
    return true;
}

bool PlanFileWriter::write(WorkingCopy &copy, const QString &path)
{
    QTemporaryDir temp;
    if (!temp.isValid())
        return fail(Text::tr("no temporary folder is available: %1").arg(temp.errorString()));
    QString database;
    return snapshot(copy, temp.path(), &database) && writeDatabase(database, path);
}

bool PlanFileWriter::createDatabase(const Plan &plan, const QString &folder, QString *databasePath)
{
    *databasePath = QDir(folder).filePath(PlanFileFormat::databaseEntry);
    DatabaseConnection connection;
    if (!connection.open(*databasePath, DatabaseConnection::Mode::ReadWrite))
        return fail(Text::tr("the plan could not be written for saving: %1").arg(connection.errorString()));
    // The database lives in a private folder and is checked after it is
    // written: a failure leaves nothing to recover, so it keeps no log on
    // disk and does not wait for the disk. For the same reason references
    // are not looked up row by row (a tenth of importing 100,000 measures):
    // the check of the finished database (PlanValueRules) runs SQLite's
    // foreign_key_check over all of it, and a fresh write deletes nothing
    // that could cascade. Its pages are written in order and once: a cache
    // of 8 MiB lets them go to the file as they fill, where the usual
    // 64 MiB held them all until the commit, faulting in fresh memory for
    // each (importing 100,000 measures: 3.64 s against 3.77 s).
    QSqlDatabase db = connection.database();
    QString error;
    if (!Schema::exec(db,
                      { QStringLiteral("PRAGMA journal_mode = MEMORY"), QStringLiteral("PRAGMA synchronous = OFF"),
                        QStringLiteral("PRAGMA foreign_keys = OFF"), QStringLiteral("PRAGMA cache_size = -8192") },
                      &error)
        || !Schema::create(db, &error))
        return fail(Text::tr("the plan could not be written for saving: %1").arg(error));
    PlanStore store(db);
    if (!store.writeAll(plan))
        return fail(Text::tr("the plan could not be written for saving: %1").arg(store.errorString()));
    return true;
}

bool PlanFileWriter::write(WorkingCopy &copy, QIODevice *device)
{
    QTemporaryDir temp;
    if (!temp.isValid())
        return fail(Text::tr("no temporary folder is available: %1").arg(temp.errorString()));
    QString database;
    return snapshot(copy, temp.path(), &database) && writeThrough(database, temp.path(), device);
}

bool PlanFileWriter::write(Plan &&plan, QIODevice *device)
{
    QTemporaryDir temp;
    if (!temp.isValid())
        return fail(Text::tr("no temporary folder is available: %1").arg(temp.errorString()));
    QString database;
    if (!createDatabase(plan, temp.path(), &database))
        return false;
    // Its rows are written: the plan is let go of while the file is packed.
    BackgroundRelease::release(std::move(plan));
    return writeThrough(database, temp.path(), device);
}

bool PlanFileWriter::writeThrough(const QString &databasePath, const QString &folder, QIODevice *device)
{
    const QString archive = QDir(folder).filePath(QStringLiteral("plan.dxplan"));
    if (!writeDatabase(databasePath, archive))
        return false;
    QFile packed(archive);
    if (!packed.open(QIODevice::ReadOnly))
        return fail(packed.errorString());
    char buffer[64 * 1024];
    while (true) {
        const qint64 n = packed.read(buffer, sizeof buffer);
        if (n < 0)
            return fail(packed.errorString());
        if (n == 0)
            break;
        // A device may take part of a buffer at a time (a pipe); only a
        // refusal is an error.
        for (qint64 done = 0; done < n;) {
            const qint64 w = device->write(buffer + done, n - done);
            if (w <= 0)
                return fail(device->errorString().isEmpty() ? Text::tr("the output stopped taking the plan file")
                                                            : device->errorString());
            done += w;
        }
    }
    return true;
}

namespace {

QString &configuredUserName()
{
    static QString name;
    return name;
}

} // namespace

void PlanFileWriter::setUserName(const QString &name)
{
    configuredUserName() = name.trimmed();
}

QString PlanFileWriter::userName()
{
    return configuredUserName().isEmpty() ? accountFullName() : configuredUserName();
}

QString PlanFileWriter::accountFullName()
{
    // The account's full name (the GECOS field up to its first comma), else
    // its login name.
    if (const passwd *entry = getpwuid(getuid())) {
        const QString full = QString::fromLocal8Bit(entry->pw_gecos).section(QLatin1Char(','), 0, 0).trimmed();
        if (!full.isEmpty())
            return full;
        return QString::fromLocal8Bit(entry->pw_name);
    }
    return qEnvironmentVariable("USER");
}

bool PlanFileWriter::writeSigned(const QString &source, const QByteArray &signature, const QString &target)
{
    // The entries exactly as they are: the signature covers these bytes.
    KZip in(source);
    if (!in.open(QIODevice::ReadOnly))
        return fail(in.errorString());
    const auto entryData = [&](const QString &name) -> QByteArray {
        const KArchiveFile *file = in.directory()->file(name);
        return file ? file->data() : QByteArray();
    };
    const QByteArray manifest = entryData(PlanFileFormat::manifestEntry);
    const QByteArray database = entryData(PlanFileFormat::databaseEntry);
    in.close();
    if (manifest.isEmpty() || database.isEmpty())
        return fail(Text::tr("the plan file could not be read again for signing"));
    return writeArchive(target, manifest, database, signature);
}

bool PlanFileWriter::writeDatabase(const QString &databasePath, const QString &path)
{
    // The rules a reader holds a received file to, applied before the file
    // is committed: a plan we cannot open again is not written. They run
    // on a second core while the archive is packed into the save file,
    // which replaces the old file only once both are done.
    const std::shared_future<QString> checking = std::async(std::launch::async, [databasePath] {
        ReceivedDatabase check;
        check.setLoadPlan(false);
        return check.read(databasePath, nullptr) ? QString() : check.errorString();
    });
    auto checkProblem = [&checking] {
        const QString problem = checking.get();
        return problem.isEmpty() ? QString() : Text::tr("the plan cannot be saved: %1").arg(problem);
    };
    // A refused snapshot explains a failure better than what followed it.
    auto failChecked = [&](const QString &why) {
        const QString problem = checkProblem();
        return fail(problem.isEmpty() ? why : problem);
    };

    QFile database(databasePath);
    if (!database.open(QIODevice::ReadOnly))
        return failChecked(database.errorString());
    // The snapshot is our own file in a private folder: it is read through
    // a map of the pages the system already holds, not copied into fresh
    // memory (48 MB at 100,000 measures: a tenth of a second of faults).
    const qint64 size = database.size();
    const uchar *mapped = size > 0 ? database.map(0, size) : nullptr;
    QByteArray data;
    if (mapped)
        data = QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), qsizetype(size));
    else if (!LargeBuffer::read(&database, size, &data))
        data.clear();
    if (data.size() != size)
        return failChecked(Text::tr("the plan snapshot could not be read"));
    const QJsonObject manifest {
        { QStringLiteral("format"), QString(PlanFileFormat::mimeType) },
        { QStringLiteral("formatMajor"), PlanFileFormat::formatMajor },
        { QStringLiteral("formatMinor"), PlanFileFormat::formatMinor },
        { QStringLiteral("application"), QStringLiteral("DX Plan Studio") },
        { QStringLiteral("applicationVersion"), QStringLiteral(DXPLAN_VERSION) },
        { QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
        { QStringLiteral("savedBy"), userName() },
        { QStringLiteral("entries"),
          QJsonArray { QJsonObject {
              { QStringLiteral("name"), QString(PlanFileFormat::databaseEntry) },
              { QStringLiteral("size"), double(data.size()) },
              { QStringLiteral("sha256"),
                QString::fromLatin1(Sha256::hash(data).toHex()) } } } },
    };
    const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    if (!writeArchive(path, manifestBytes, data, QByteArray(), checkProblem))
        return failChecked(m_error);
    m_manifest = manifestBytes;
    return true;
}

bool PlanFileWriter::writeArchive(const QString &path, const QByteArray &manifest, const QByteArray &database,
                                  const QByteArray &signature, const std::function<QString()> &lastCheck)
{
    const QString folder = QFileInfo(path).absolutePath();
    // KZip opened on a file name writes through its own QSaveFile: the
    // target is replaced only when close() succeeds.
    KZip zip(path);
    if (!zip.open(QIODevice::WriteOnly))
        return fail(writeError(folder, database.size(), zip.errorString()));
    zip.setCompression(KZip::NoCompression);
    bool ok = zip.writeFile(PlanFileFormat::mimetypeEntry, QByteArray(PlanFileFormat::mimeType.data()), 0100644);
    zip.setCompression(KZip::DeflateCompression);
    ok = ok && zip.writeFile(PlanFileFormat::manifestEntry, manifest, 0100644);
    ok = ok && zip.writeFile(PlanFileFormat::databaseEntry, database, 0100644);
    if (!signature.isEmpty())
        ok = ok && zip.writeFile(PlanSignature::entryName, signature, 0100644);
    QString why;
    if (!ok)
        why = writeError(folder, database.size(), zip.errorString());
    else if (lastCheck)
        why = lastCheck();
    if (!why.isEmpty()) {
        // Closing would commit a half-written or refused archive over the
        // old file.
        if (auto *saveFile = qobject_cast<QSaveFile *>(zip.device()))
            saveFile->cancelWriting();
        return fail(why);
    }
    if (!zip.close())
        return fail(writeError(folder, database.size(), zip.errorString()));
    return true;
}
