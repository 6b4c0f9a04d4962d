#pragma once

#include "models/DatabaseConnection.h"
#include "models/Plan.h"

#include <QDateTime>
#include <QList>
#include <QLockFile>
#include <QString>
#include <memory>

// The working SQLite database of one open plan. Every edit is committed to
// it as it happens (WAL, synchronous=FULL), so a crash loses nothing; a
// .dxplan file is only written on save. It lives in the application data
// folder with a small JSON sidecar naming the plan and its file, whether it
// was open read-only and whether it holds unsaved work, and a lock that
// marks it as in use. Only a clean close removes it; after a crash the next
// start finds it through recoverable().
//
// "Unsaved" errs on the safe side: every commit to the database marks the
// copy unsaved in the sidecar before the commit completes, and only the
// owner clears the mark (setUnsaved(false): saved, or undone back to the
// saved state). A copy marked clean therefore holds nothing its file lacks,
// and removeUnchangedLeftovers() may delete it without asking.
class WorkingCopy
{
public:
    struct Info
    {
        QString id;         // file stem: <id>.sqlite, <id>.json, <id>.lock
        QString sourcePath; // the .dxplan it came from, empty for a new plan
        QString title;
        QDateTime openedAt;
        QDateTime changedAt; // last unsaved edit (to the minute), invalid when nothing unsaved
        bool readOnly = false; // open read-only; sidecars from before the flag read as false
    };

    ~WorkingCopy();

    // Where working copies live. Defaults to <AppDataLocation>/working;
    // tests and the command line point it elsewhere.
    static QString rootDirectory();
    static void setRootDirectory(const QString &path);

    // A new working copy holding `plan`, written from our own DDL.
    static std::unique_ptr<WorkingCopy> create(const Plan &plan, const QString &sourcePath,
                                               QString *error);
    // A new working copy holding the rows of a verified plan database (see
    // PlanFileReader::Mode::KeepDatabase), copied by value into our own DDL.
    static std::unique_ptr<WorkingCopy> createFromDatabase(const QString &verifiedPath,
                                                           const QString &sourcePath,
                                                           QString *error);
    // Takes over a working copy left behind by a crash (see recoverable()).
    static std::unique_ptr<WorkingCopy> reopen(const QString &id, QString *error);
    // Working copies whose owner is gone: not locked by a running process.
    static QList<Info> leftBehind();
    // The left-behind working copies that hold unsaved work: the ones worth
    // offering back to the user.
    static QList<Info> recoverable();
    // Deletes the left-behind working copies that hold nothing unsaved
    // (their file has everything); returns how many. Called at start, so
    // that a plan with nothing to recover is never offered.
    static int removeUnchangedLeftovers();
    // Deletes a left-behind working copy (the user chose to discard it).
    static bool discard(const QString &id);

    const Info &info() const { return m_info; }
    QString databasePath() const;
    QSqlDatabase database() const { return m_connection.database(); }

    void setSourcePath(const QString &path);
    void setTitle(const QString &title);
    // Records that the plan is open read-only, so that recovery keeps it so.
    void setReadOnly(bool readOnly);
    // Records whether there is unsaved work, for recovery after a crash.
    void setUnsaved(bool unsaved);

    // A consistent copy of the database (VACUUM INTO), never the live file.
    bool snapshot(const QString &targetPath, QString *error);

    // Closes and deletes the database, its sidecar and lock: the plan was
    // closed cleanly.
    void remove();

private:
    WorkingCopy() = default;
    bool openDatabase(QString *error);
    static std::unique_ptr<WorkingCopy> start(const QString &sourcePath, const QString &title,
                                              QString *error);
    bool copyRowsFrom(const QString &verifiedPath, QString *error);
    void watchCommits(bool watch);
    static int onCommit(void *copy);
    void registerForExit();
    bool writeSidecar();
    static QString pathFor(const QString &id, const QString &suffix);
    static bool readSidecar(const QString &id, Info *info);

    Info m_info;
    DatabaseConnection m_connection;
    std::unique_ptr<QLockFile> m_lock;
    int m_exitCleanup = 0; // see ExitCleanup
    bool m_watchingCommits = false;
    bool m_snapshotting = false;
};
