#pragma once

#include "models/Numbering.h"
#include "models/Plan.h"
#include "models/PlanChange.h"
#include "models/PlanSignature.h"

#include <QDateTime>
#include <QObject>
#include <QUndoStack>
#include <memory>
#include <optional>

class PlanStore;
class WorkingCopy;

// One open plan: its values, its working database (every change is
// committed there as it happens), its undo stack and the .dxplan file it
// belongs to. Undo commands are the only callers of the mutators below;
// views read plan() and listen to changed().
class PlanDocument : public QObject
{
    Q_OBJECT

public:
    ~PlanDocument() override;

    // A new, unsaved plan holding `plan` (blank, or from a template).
    static std::unique_ptr<PlanDocument> create(const Plan &plan, QString *error);
    // Opens a .dxplan file; readOnly forces read-only, and files from a
    // newer minor format version are read-only anyway.
    static std::unique_ptr<PlanDocument> open(const QString &path, bool readOnly, QString *error);
    // Takes over a working copy left by a crash. Its edits count as unsaved;
    // a plan that was open read-only comes back read-only.
    static std::unique_ptr<PlanDocument> recover(const QString &workingCopyId, QString *error);
    // A read-only plan holding `plan` (a revision's snapshot), called
    // `displayName` until it is saved under a file name. It has no file of
    // its own, so nothing can be saved over; its working copy lives with
    // the others and goes when it is closed.
    static std::unique_ptr<PlanDocument> openSnapshot(const Plan &plan, const QString &displayName,
                                                      QString *error);

    const Plan &plan() const { return m_plan; }
    // The plan's numbers, worked out again only when the order of its
    // items or its numbering settings changed: with 100,000 measures that
    // takes tens of milliseconds, too long for every edit and every view.
    const PlanNumbers &numbers() const;
    QUndoStack *undoStack() { return &m_undoStack; }
    QString filePath() const { return m_filePath; }
    bool isReadOnly() const { return m_readOnly; }
    bool isModified() const;
    QString displayName() const;
    QString workingCopyPath() const;

    enum class SaveResult { Saved, Failed, ChangedOnDisk };
    // Saves to `path` (the current file when empty). ChangedOnDisk when the
    // file was changed by someone else since it was opened or last saved;
    // call again with overwrite = true once the user agrees.
    SaveResult save(const QString &path, bool overwrite, QString *error);
    bool changedOnDisk() const;
    // Whether the last action (the outermost Transaction) failed and was
    // rolled back; undo commands mark themselves obsolete then.
    bool lastEditFailed() const { return m_lastEditFailed; }

    // What the plan's file says of itself, as last opened or saved: its
    // format, who saved it with which version and when, and its signature
    // (judged against the user's trusted certificates when it was read).
    struct FileFacts
    {
        int formatMajor = 0;
        int formatMinor = 0;
        QString applicationVersion;
        QString savedAt; // ISO 8601, UTC
        QString savedBy; // the user name in the settings; "" in older files
        bool verified = false; // every entry's size and SHA-256 checked
        SignatureInfo signature;
    };
    const FileFacts &fileFacts() const { return m_fileFacts; }
    // Signs the saved file in place (atomically) with the certificate and
    // key of a PKCS#12 file. The plan must be saved and unchanged since
    // (a signature covers the file as it is on disk). False with `error`.
    bool signFile(const QByteArray &pkcs12, const QString &passphrase, QString *error);
    // Judges the signature again (after the trusted certificates changed).
    void reverifySignature();

    // The plan as revision `revisionId` recorded it (without revisions);
    // false with a message when it has no snapshot or it cannot be read.
    bool revisionPlan(int revisionId, Plan *plan, QString *error) const;

    // Removes the working copy: the user closed the plan on purpose.
    void closeCleanly();

    // ---- mutators, for undo commands only ----
    void setInfo(const PlanInfo &info);
    template<typename T> void insertItem(const T &item, int index);
    template<typename T> void replaceItem(const T &item);
    template<typename T> void removeItem(int id);
    template<typename T> void moveItem(int id, int index);
    // Moves a measure to `index` in theme `themeId` (possibly another theme).
    void moveMeasure(int id, int themeId, int index);
    template<typename T> int nextId();
    // Keeps `snapshot` as revision `revisionId`'s picture of the plan.
    void storeSnapshot(int revisionId, const Plan &snapshot);
    // Replaces everything but the revision history (restoring a revision).
    void replaceContent(const Plan &plan);
    template<typename T> int indexOf(int id) const;

    // Groups the store writes of one user action into one transaction, and
    // makes the action all-or-nothing: if any write fails (a constraint, an
    // I/O error, a full disk), the outermost Transaction rolls the working
    // database back, restores the plan as it was before the action,
    // announces a reset and reports the failure once (storageFailed).
    class Transaction
    {
    public:
        explicit Transaction(PlanDocument *document);
        ~Transaction();
    private:
        PlanDocument *m_document;
    };

signals:
    void changed(const PlanChange &change);
    // The file's facts changed: saved (the signature is gone), signed, or
    // its signature judged again.
    void fileFactsChanged();
    void modifiedChanged(bool modified);
    // An edit could not be written to the working database (disk full,
    // ...) and was undone; emitted once per failed action.
    void storageFailed(const QString &message);

private:
    PlanDocument();
    // Takes the working copy and the plan it holds: `loaded` when it was
    // read already, else read from the copy.
    bool attach(std::unique_ptr<WorkingCopy> copy, QString *error, std::optional<Plan> loaded = std::nullopt);
    void storeResult(bool ok);
    void beginEdit();
    void endEdit();
    void rememberFileState();
    void announce(PlanChange::Part part, PlanChange::Action action, int id, int themeId = 0);

    Plan m_plan;
    mutable PlanNumbers m_numbers;
    mutable size_t m_numbersKey = 0;
    mutable bool m_numbersKnown = false;
    // Whether the order has been compared with m_numbersKey since the plan
    // last changed: views ask for numbers many times per change, and the
    // comparison walks every measure.
    mutable bool m_numbersChecked = false;
    std::unique_ptr<WorkingCopy> m_copy;
    std::unique_ptr<PlanStore> m_store;
    QUndoStack m_undoStack;
    QString m_filePath;
    QString m_snapshotName; // displayName() of a snapshot without a file
    QDateTime m_fileModified;
    qint64 m_fileSize = -1;
    bool m_readOnly = false;
    bool m_recoveredUnsaved = false;
    int m_transactionDepth = 0;
    // The plan before the running action, restored if a write fails.
    Plan m_planBeforeEdit;
    QHash<int, int> m_nextIdsBeforeEdit;
    QString m_editFailure;
    bool m_lastEditFailed = false;
    QHash<int, int> m_nextIds;
    FileFacts m_fileFacts;
    // The file's manifest and signature as read or written, to judge the
    // signature again.
    QByteArray m_manifest;
    QByteArray m_signature;
    void setFileFacts(const QByteArray &manifest, const QByteArray &signature);
};
