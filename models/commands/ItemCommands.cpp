#include "models/commands/ItemCommands.h"

#include <QCoreApplication>

namespace {

QString referenceText()
{
    return QCoreApplication::translate("ItemCommands", "Remove reference");
}

// Adds child commands that take `id` out of every measure's list chosen by
// `member`.
void unlinkFromMeasures(PlanDocument *doc, QUndoCommand *parent, int id, QList<int> Measure::*member)
{
    for (const Theme &theme : doc->plan().themes)
        for (const Measure &m : theme.measures)
            if ((m.*member).contains(id)) {
                Measure after = m;
                (after.*member).removeAll(id);
                new ReplaceItem<Measure>(doc, m, after, referenceText(), -1, parent);
            }
}

void unlinkFromKpis(PlanDocument *doc, QUndoCommand *parent, const QList<int> &measureIds, int themeId)
{
    for (const Kpi &k : doc->plan().kpis) {
        Kpi after = k;
        for (int id : measureIds)
            after.measureIds.removeAll(id);
        if (themeId && after.themeId == themeId)
            after.themeId = 0;
        if (!(after == k))
            new ReplaceItem<Kpi>(doc, k, after, referenceText(), -1, parent);
    }
}

} // namespace

int mergeIdFor(PlanChange::Part part)
{
    return 1000 + int(part);
}

void unlinkReferences(PlanDocument *doc, QUndoCommand *parent, const AudienceGroup &a)
{
    unlinkFromMeasures(doc, parent, a.id, &Measure::audienceIds);
}

void unlinkReferences(PlanDocument *doc, QUndoCommand *parent, const Section &s)
{
    for (const Theme &theme : doc->plan().themes)
        if (theme.sectionId == s.id) {
            Theme after = theme;
            after.sectionId = 0;
            new ReplaceItem<Theme>(doc, theme, after, referenceText(), -1, parent);
        }
}

void unlinkReferences(PlanDocument *doc, QUndoCommand *parent, const Principle &p)
{
    for (const Theme &theme : doc->plan().themes)
        if (theme.principleIds.contains(p.id)) {
            Theme after = theme;
            after.principleIds.removeAll(p.id);
            new ReplaceItem<Theme>(doc, theme, after, referenceText(), -1, parent);
        }
    unlinkFromMeasures(doc, parent, p.id, &Measure::principleIds);
}

void unlinkReferences(PlanDocument *doc, QUndoCommand *parent, const Department &d)
{
    unlinkFromMeasures(doc, parent, d.id, &Measure::departmentIds);
}

void unlinkReferences(PlanDocument *doc, QUndoCommand *parent, const Theme &t)
{
    QList<int> measureIds;
    for (const Measure &m : t.measures)
        measureIds << m.id;
    unlinkFromKpis(doc, parent, measureIds, t.id);
}

void unlinkReferences(PlanDocument *doc, QUndoCommand *parent, const Measure &m)
{
    unlinkFromKpis(doc, parent, { m.id }, 0);
}


ChangeInfo::ChangeInfo(PlanDocument *document, const PlanInfo &after, const QString &text, int mergeKey)
    : QUndoCommand(text), m_document(document), m_before(document->plan().info), m_after(after),
      m_mergeKey(mergeKey)
{
}

void ChangeInfo::redo()
{
    m_document->setInfo(m_after);
    dropIfFailed(this, m_document);
}

void ChangeInfo::undo()
{
    m_document->setInfo(m_before);
    dropIfFailed(this, m_document);
}

int ChangeInfo::id() const
{
    return m_mergeKey < 0 ? -1 : mergeIdFor(PlanChange::Part::Info);
}

bool ChangeInfo::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangeInfo *>(other);
    if (other->isObsolete() || o->m_mergeKey != m_mergeKey)
        return false;
    m_after = o->m_after;
    setObsolete(m_after == m_before);
    return true;
}

MoveMeasure::MoveMeasure(PlanDocument *document, int measureId, int themeId, int index, const QString &text)
    : QUndoCommand(text), m_document(document), m_id(measureId),
      m_fromTheme(document->plan().measure(measureId)->themeId),
      m_fromIndex(document->indexOf<Measure>(measureId)), m_toTheme(themeId), m_toIndex(index)
{
}

void MoveMeasure::redo()
{
    m_document->moveMeasure(m_id, m_toTheme, m_toIndex);
    dropIfFailed(this, m_document);
}

void MoveMeasure::undo()
{
    m_document->moveMeasure(m_id, m_fromTheme, m_fromIndex);
    dropIfFailed(this, m_document);
}
