#include "views/roadmap/RoadmapScheduleEditor.h"

#include "models/commands/ItemCommands.h"
#include "views/roadmap/MilestoneDialog.h"
#include "views/roadmap/PhaseDialog.h"
#include "views/roadmap/RoadmapCanvas.h"
#include "views/roadmap/RoadmapEditing.h"

#include <algorithm>

namespace {

// The labels the plan already uses, most used first, for the phase dialog.
QStringList phaseLabels(const Plan &plan)
{
    QHash<QString, int> counts;
    for (const Theme &theme : plan.themes)
        for (const Measure &measure : theme.measures)
            for (const Phase &phase : measure.phases)
                if (!phase.label.isEmpty())
                    ++counts[phase.label];
    QStringList labels = counts.keys();
    std::sort(labels.begin(), labels.end(), [&](const QString &a, const QString &b) {
        return counts[a] != counts[b] ? counts[a] > counts[b] : a < b;
    });
    return labels;
}

// Dialogs offer the years shown and five more on either side.
constexpr int extraYears = 5;

} // namespace

RoadmapScheduleEditor::RoadmapScheduleEditor(RoadmapCanvas *canvas) : m_canvas(canvas) { }

bool RoadmapScheduleEditor::canEdit() const
{
    return m_canvas->document() && !m_canvas->document()->isReadOnly();
}

const Measure *RoadmapScheduleEditor::findMeasure(int id) const
{
    return m_canvas->document() ? m_canvas->document()->plan().measure(id) : nullptr;
}

void RoadmapScheduleEditor::replaceMeasure(const Measure &after, const QString &text)
{
    if (!canEdit())
        return;
    const Measure *before = findMeasure(after.id);
    if (!before || *before == after)
        return;
    PlanDocument *document = m_canvas->document();
    document->undoStack()->push(new ReplaceItem<Measure>(document, *before, after, text));
}

bool RoadmapScheduleEditor::editPhase(int measureId, int phaseIndex)
{
    const Measure *measure = findMeasure(measureId);
    if (!canEdit() || !measure || phaseIndex < 0 || phaseIndex >= measure->phases.size())
        return false;
    const RoadmapLayout &layout = m_canvas->layout();
    PhaseDialog dialog(m_canvas);
    dialog.setChoices(layout.firstYear() - extraYears, layout.lastYear() + extraYears,
                      m_canvas->options().eraStyle, phaseLabels(m_canvas->document()->plan()));
    dialog.setPhase(measure->phases[phaseIndex]);
    if (dialog.exec() != QDialog::Accepted || !(measure = findMeasure(measureId))
        || phaseIndex >= measure->phases.size())
        return false;
    Measure after = *measure;
    after.phases[phaseIndex] = dialog.phase();
    replaceMeasure(after, tr("Edit Phase"));
    return true;
}

bool RoadmapScheduleEditor::addPhase(int measureId, int fiscalYear)
{
    const Measure *measure = findMeasure(measureId);
    if (!canEdit() || !measure)
        return false;
    // A new phase follows on from the ones before: study first, then
    // operation. It has no label of its own, so it shows its kind's name.
    const Phase::Kind kind = measure->phases.isEmpty() ? Phase::Kind::Study : Phase::Kind::Operate;
    const RoadmapLayout &layout = m_canvas->layout();
    PhaseDialog dialog(m_canvas);
    dialog.setChoices(layout.firstYear() - extraYears, layout.lastYear() + extraYears,
                      m_canvas->options().eraStyle, phaseLabels(m_canvas->document()->plan()));
    dialog.setPhase(RoadmapEditing::phaseForYear(kind, QString(), fiscalYear));
    if (dialog.exec() != QDialog::Accepted || !(measure = findMeasure(measureId)))
        return false;
    Measure after = *measure;
    after.phases.append(dialog.phase());
    replaceMeasure(after, tr("Add Phase"));
    return true;
}

void RoadmapScheduleEditor::removePhase(int measureId, int phaseIndex)
{
    const Measure *measure = findMeasure(measureId);
    if (!measure || phaseIndex < 0 || phaseIndex >= measure->phases.size())
        return;
    Measure after = *measure;
    after.phases.removeAt(phaseIndex);
    replaceMeasure(after, tr("Remove Phase"));
}

bool RoadmapScheduleEditor::editMilestone(int measureId, int milestoneIndex)
{
    const Measure *measure = findMeasure(measureId);
    if (!canEdit() || !measure || milestoneIndex < 0 || milestoneIndex >= measure->milestones.size())
        return false;
    const RoadmapLayout &layout = m_canvas->layout();
    MilestoneDialog dialog(m_canvas);
    dialog.setYears(layout.firstYear() - extraYears, layout.lastYear() + extraYears, m_canvas->options().eraStyle);
    dialog.setMilestone(measure->milestones[milestoneIndex]);
    if (dialog.exec() != QDialog::Accepted || !(measure = findMeasure(measureId))
        || milestoneIndex >= measure->milestones.size())
        return false;
    Measure after = *measure;
    after.milestones[milestoneIndex] = dialog.milestone();
    replaceMeasure(after, tr("Edit Milestone"));
    return true;
}

bool RoadmapScheduleEditor::addMilestone(int measureId, int monthOffset)
{
    const Measure *measure = findMeasure(measureId);
    if (!canEdit() || !measure)
        return false;
    const RoadmapLayout &layout = m_canvas->layout();
    MilestoneDialog dialog(m_canvas);
    dialog.setYears(layout.firstYear() - extraYears, layout.lastYear() + extraYears, m_canvas->options().eraStyle);
    dialog.setMilestone(RoadmapEditing::milestoneAt(QString(), layout.firstYear(), monthOffset));
    if (dialog.exec() != QDialog::Accepted || !(measure = findMeasure(measureId)))
        return false;
    Measure after = *measure;
    after.milestones.append(dialog.milestone());
    replaceMeasure(after, tr("Add Milestone"));
    return true;
}

void RoadmapScheduleEditor::removeMilestone(int measureId, int milestoneIndex)
{
    const Measure *measure = findMeasure(measureId);
    if (!measure || milestoneIndex < 0 || milestoneIndex >= measure->milestones.size())
        return;
    Measure after = *measure;
    after.milestones.removeAt(milestoneIndex);
    replaceMeasure(after, tr("Remove Milestone"));
}
