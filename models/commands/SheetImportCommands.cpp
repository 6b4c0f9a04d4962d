#include "models/commands/SheetImportCommands.h"

#include "models/commands/ItemCommands.h"

ImportSheet::ImportSheet(PlanDocument *document, const SheetImport &imported, const QString &text)
    : QUndoCommand(text), m_document(document)
{
    // The new items are worked out once, against the plan as it is now,
    // with the ids the document hands out, so redo after undo brings back
    // the very same items.
    const Plan &before = document->plan();
    Plan after = before;
    SheetImport::FirstIds first;
    first.theme = document->nextId<Theme>();
    first.measure = document->nextId<Measure>();
    first.department = document->nextId<Department>();
    first.audience = document->nextId<AudienceGroup>();
    imported.addTo(&after, first);
    m_departments = after.departments.mid(before.departments.size());
    m_audiences = after.audiences.mid(before.audiences.size());
    m_themes = after.themes.mid(before.themes.size());
}

void ImportSheet::redo()
{
    {
        PlanDocument::Transaction t(m_document);
        for (const Department &d : std::as_const(m_departments))
            m_document->insertItem(d, int(m_document->plan().departments.size()));
        for (const AudienceGroup &a : std::as_const(m_audiences))
            m_document->insertItem(a, int(m_document->plan().audiences.size()));
        for (const Theme &theme : std::as_const(m_themes))
            m_document->insertItem(theme, int(m_document->plan().themes.size()));
    }
    dropIfFailed(this, m_document);
}

void ImportSheet::undo()
{
    {
        PlanDocument::Transaction t(m_document);
        for (auto it = m_themes.crbegin(); it != m_themes.crend(); ++it)
            m_document->removeItem<Theme>(it->id);
        for (auto it = m_audiences.crbegin(); it != m_audiences.crend(); ++it)
            m_document->removeItem<AudienceGroup>(it->id);
        for (auto it = m_departments.crbegin(); it != m_departments.crend(); ++it)
            m_document->removeItem<Department>(it->id);
    }
    dropIfFailed(this, m_document);
}
