#include "models/commands/RevisionCommands.h"

#include "models/PlanFileWriter.h"
#include "models/commands/ItemCommands.h"

#include <QDate>

MarkRevision::MarkRevision(PlanDocument *document, const Revision &revision, const QString &text)
    : QUndoCommand(text), m_document(document), m_revision(revision), m_snapshot(document->plan())
{
    m_snapshot.revisions.clear();
    m_revision.hasSnapshot = false; // set once the snapshot is stored
}

void MarkRevision::redo()
{
    {
        PlanDocument::Transaction t(m_document);
        m_document->insertItem(m_revision, int(m_document->plan().revisions.size()));
        m_document->storeSnapshot(m_revision.id, m_snapshot);
    }
    dropIfFailed(this, m_document);
}

void MarkRevision::undo()
{
    {
        PlanDocument::Transaction t(m_document);
        m_document->removeItem<Revision>(m_revision.id);
    }
    dropIfFailed(this, m_document);
}

RestoreRevision::RestoreRevision(PlanDocument *document, const Plan &restored, const QString &text)
    : QUndoCommand(text), m_document(document), m_before(document->plan()), m_after(restored)
{
}

void RestoreRevision::redo()
{
    m_document->replaceContent(m_after);
    dropIfFailed(this, m_document);
}

void RestoreRevision::undo()
{
    m_document->replaceContent(m_before);
    dropIfFailed(this, m_document);
}


Revision newRevision(PlanDocument *document, const QString &name, const PlanDate &date,
                     const QString &note)
{
    Revision r;
    r.id = document->nextId<Revision>();
    r.name = name;
    r.date = date.isValid() ? date : PlanDate { QDate::currentDate(), false };
    r.kind = document->plan().revisions.isEmpty() ? Revision::Kind::Adopted : Revision::Kind::Revised;
    r.summary = note;
    r.author = PlanFileWriter::userName();
    return r;
}
