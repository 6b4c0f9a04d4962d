#pragma once

#include "models/PlanDocument.h"
#include "models/sheets/SheetImport.h"

#include <QUndoCommand>

// Importing a schedule sheet into an open plan, as one step: the
// departments and audiences it names that the plan lacks, then its themes
// with their measures, at the end of the plan. Undo takes all of them away.
class ImportSheet : public QUndoCommand
{
public:
    ImportSheet(PlanDocument *document, const SheetImport &imported, const QString &text);
    void redo() override;
    void undo() override;

    const QList<Theme> &themes() const { return m_themes; }

private:
    PlanDocument *m_document;
    QList<Department> m_departments;
    QList<AudienceGroup> m_audiences;
    QList<Theme> m_themes;
};
