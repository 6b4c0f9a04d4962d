#pragma once

#include "models/Measure.h"

#include <QCoreApplication>
#include <QString>

class RoadmapCanvas;

// The schedule edits offered on the roadmap: each asks for what it needs in
// a dialog over the canvas and becomes one undo command on the document's
// stack, so undo reverses it. Nothing changes on a read-only plan.
class RoadmapScheduleEditor
{
    Q_DECLARE_TR_FUNCTIONS(RoadmapScheduleEditor)

public:
    explicit RoadmapScheduleEditor(RoadmapCanvas *canvas);

    bool canEdit() const;
    // True when the dialog was accepted.
    bool editPhase(int measureId, int phaseIndex);
    bool addPhase(int measureId, int fiscalYear);
    void removePhase(int measureId, int phaseIndex);
    bool editMilestone(int measureId, int milestoneIndex);
    bool addMilestone(int measureId, int monthOffset);
    void removeMilestone(int measureId, int milestoneIndex);

    // Puts `after` in place of the measure with its id, as one undo command
    // named `text`; nothing when it is unchanged.
    void replaceMeasure(const Measure &after, const QString &text);

private:
    const Measure *findMeasure(int id) const;

    RoadmapCanvas *m_canvas;
};
