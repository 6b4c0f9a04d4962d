#pragma once

#include "models/PlanDocument.h"

#include <QUndoCommand>

// Marking a revision: a new entry of the revision history that keeps a
// snapshot of the plan as it stands. Undo removes the entry.
class MarkRevision : public QUndoCommand
{
public:
    MarkRevision(PlanDocument *document, const Revision &revision, const QString &text);
    void redo() override;
    void undo() override;
    const Revision &revision() const { return m_revision; }

private:
    PlanDocument *m_document;
    Revision m_revision;
    Plan m_snapshot;
};

// Restoring a revision: the plan becomes its snapshot again, in one step
// (the revision history stays as it is). Undo brings the plan back as it
// was before.
class RestoreRevision : public QUndoCommand
{
public:
    RestoreRevision(PlanDocument *document, const Plan &restored, const QString &text);
    void redo() override;
    void undo() override;

private:
    PlanDocument *m_document;
    Plan m_before;
    Plan m_after;
};

// A revision for `document` named `name`, dated `date` (today when
// invalid), marked by the user (PlanFileWriter::userName()); its id is the
// next free one.
Revision newRevision(PlanDocument *document, const QString &name, const PlanDate &date,
                     const QString &note);
