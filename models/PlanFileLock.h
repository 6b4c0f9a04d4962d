#pragma once

#include <QString>
#include <QStringList>
#include <memory>

class QLockFile;

// Marks a .dxplan file as open, so that the same file opened a second time
// (in another window or another running DX Plan Studio) is noticed before
// two people overwrite each other's work. The lock is a small file beside
// the plan (".~<name>.lock"), or in the application data folder, keyed by
// the plan's path, when the plan's folder is not writable. A lock left by a
// process that died is stale and taken over.
class PlanFileLock
{
public:
    // Who holds a lock we could not take.
    struct Holder
    {
        qint64 pid = 0;
        QString hostName;
        QString userName; // who opened it (PlanFileWriter::userName()); "" if unknown
        QString application;
        bool thisProcess = false; // another window of this very program
    };

    explicit PlanFileLock(const QString &planPath);
    ~PlanFileLock();
    PlanFileLock(const PlanFileLock &) = delete;
    PlanFileLock &operator=(const PlanFileLock &) = delete;

    // True when the lock is ours now; otherwise holder() says who has it.
    bool tryLock();
    // Gives the lock up (the destructor does too).
    void unlock();
    bool isLocked() const { return m_locked; }
    Holder holder() const { return m_holder; }
    QString lockFilePath() const { return m_lockPath; }

    static QString lockFilePathFor(const QString &planPath);

private:
    QString userFilePath() const;
    QString m_lockPath;
    std::unique_ptr<QLockFile> m_lock;
    bool m_locked = false;
    int m_exitCleanup = 0;
    Holder m_holder;
};
