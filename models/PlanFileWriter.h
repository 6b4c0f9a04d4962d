#pragma once

#include <QString>
#include <functional>

class QIODevice;
class WorkingCopy;
struct Plan;

// Writes a .dxplan file: a database — a VACUUM INTO snapshot of a working
// copy, or one made afresh from a plan in memory (see below) — checked by
// the same rules a received file is held to (so every file we write opens
// again), packed with a manifest by KZip.
//
// To a path, KZip writes through its own QSaveFile: the old file stays
// untouched until close() commits, so a crash or a full disk mid-save
// leaves it as it was. To a device, the archive is made in a private
// folder first and then copied; a device that stops taking bytes fails the
// write with a message.
class PlanFileWriter
{
public:
    bool write(WorkingCopy &copy, const QString &path);
    bool write(WorkingCopy &copy, QIODevice *device);
    // A plan that has no working copy (the command line's import) is
    // written straight into the database that goes into the file: no
    // working copy to fill, log and snapshot first. The plan is taken, and
    // let go of on a thread of its own once its rows are written.
    bool write(Plan &&plan, QIODevice *device);
    // Packs an existing database file (a snapshot we may modify) into `path`.
    bool writeDatabase(const QString &databasePath, const QString &path);
    // Writes the plan file at `source` again at `target` (the same path for
    // in place, atomically) with `signature` as its signature entry; the
    // manifest and database are copied unchanged.
    bool writeSigned(const QString &source, const QByteArray &signature, const QString &target);
    QString errorString() const { return m_error; }
    // The manifest the last successful write put in the file.
    QByteArray writtenManifest() const { return m_manifest; }

    // Who saves, as the manifest records it ("savedBy") and the lock on an
    // open plan names: the name set in the settings, by default the
    // account's full name.
    static void setUserName(const QString &name);
    static QString userName();
    static QString accountFullName();

private:
    bool snapshot(WorkingCopy &copy, const QString &folder, QString *databasePath);
    bool createDatabase(const Plan &plan, const QString &folder, QString *databasePath);
    // Packs the database into an archive in `folder`, then copies it to
    // `device`.
    bool writeThrough(const QString &databasePath, const QString &folder, QIODevice *device);
    bool fail(const QString &why);
    // mimetype, manifest, database and (when given) signature, at `path`.
    // `lastCheck`, when given, is asked once everything is written and
    // before the file is committed: an error from it leaves the old file.
    bool writeArchive(const QString &path, const QByteArray &manifest, const QByteArray &database,
                      const QByteArray &signature, const std::function<QString()> &lastCheck = {});
    QString m_error;
    QByteArray m_manifest;
};
