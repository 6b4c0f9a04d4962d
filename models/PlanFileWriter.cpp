#include "models/PlanFileWriter.h"

#include "models/PlanFileFormat.h"
#include "models/WorkingCopy.h"

#include <KZip>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>

bool PlanFileWriter::write(WorkingCopy &copy, const QString &path)
{
    QTemporaryDir temp;
    if (!temp.isValid()) {
        m_error = QStringLiteral("no temporary folder is available: ") + temp.errorString();
        return false;
    }
    const QString snapshot = temp.filePath(PlanFileFormat::databaseEntry);
    QString error;
    if (!copy.snapshot(snapshot, &error)) {
        m_error = QStringLiteral("the plan could not be copied for saving: ") + error;
        return false;
    }
    return writeDatabase(snapshot, path);
}

bool PlanFileWriter::writeDatabase(const QString &databasePath, const QString &path)
{
    QFile database(databasePath);
    if (!database.open(QIODevice::ReadOnly)) {
        m_error = database.errorString();
        return false;
    }
    const QByteArray data = database.readAll();
    if (data.size() != database.size()) {
        m_error = QStringLiteral("the plan snapshot could not be read");
        return false;
    }
    const QJsonObject manifest {
        { QStringLiteral("format"), QString(PlanFileFormat::mimeType) },
        { QStringLiteral("formatMajor"), PlanFileFormat::formatMajor },
        { QStringLiteral("formatMinor"), PlanFileFormat::formatMinor },
        { QStringLiteral("application"), QStringLiteral("DX Plan Studio") },
        { QStringLiteral("applicationVersion"), QStringLiteral(DXPLAN_VERSION) },
        { QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
        { QStringLiteral("entries"),
          QJsonArray { QJsonObject {
              { QStringLiteral("name"), QString(PlanFileFormat::databaseEntry) },
              { QStringLiteral("size"), double(data.size()) },
              { QStringLiteral("sha256"),
                QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()) } } } },
    };
    const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Indented);

    // KZip opened on a file name writes through its own QSaveFile: the
    // target is replaced only when close() succeeds.
    KZip zip(path);
    if (!zip.open(QIODevice::WriteOnly)) {
        m_error = zip.errorString();
        return false;
    }
    zip.setCompression(KZip::NoCompression);
    bool ok = zip.writeFile(PlanFileFormat::mimetypeEntry, QByteArray(PlanFileFormat::mimeType.data()), 0100644);
    zip.setCompression(KZip::DeflateCompression);
    ok = ok && zip.writeFile(PlanFileFormat::manifestEntry, manifestBytes, 0100644);
    ok = ok && zip.writeFile(PlanFileFormat::databaseEntry, data, 0100644);
    if (!ok) {
        m_error = zip.errorString();
        // Closing would commit a half-written archive over the old file.
        if (auto *saveFile = qobject_cast<QSaveFile *>(zip.device()))
            saveFile->cancelWriting();
        return false;
    }
    if (!zip.close()) {
        m_error = zip.errorString();
        return false;
    }
    return true;
}
