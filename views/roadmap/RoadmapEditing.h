#pragma once

#include "models/Measure.h"

// The schedule edits made on the roadmap, as pure value changes: dragging a
// bar or its ends and moving a milestone, snapped to whole months. Offsets
// are months counted from April of `fromYear`, as in Phase::startOffset.
namespace RoadmapEditing {

enum class Grip { Body, Start, End };

// The phase covering months [start, end). A start in April or an end in
// March keeps "whole year" (month 0) where the phase used it.
Phase withOffsets(const Phase &phase, int fromYear, int start, int end);

// The phase after dragging its body or one end by `months`; a phase keeps
// at least one month, so an end dragged past the other stops there.
Phase dragged(const Phase &phase, int fromYear, Grip grip, int months);

// The milestone moved by `months`. One for "some time in the year" moves
// by whole years as it is, and otherwise lands on a month counted from the
// middle of its year, where it is drawn.
Milestone moved(const Milestone &milestone, int months);

// A new milestone in the month at `offset`.
Milestone milestoneAt(const QString &label, int fromYear, int offset);

// A new phase of one whole fiscal year.
Phase phaseForYear(Phase::Kind kind, const QString &label, int fiscalYear);

// Months of a drag that moved `distance` points on a timeline whose
// months are `monthWidth` wide: the nearest whole number.
int snappedMonths(qreal distance, qreal monthWidth);

} // namespace RoadmapEditing
