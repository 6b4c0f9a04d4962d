#pragma once

#include "models/Measure.h"

#include <QBrush>
#include <QColor>

// Colours shared by the roadmap and the charts. Based on the Okabe-Ito
// palette, which stays distinguishable for colour-blind readers; each
// phase kind also has its own fill pattern so grey-scale prints still tell
// the kinds apart.
namespace Palette {

QColor phaseColor(Phase::Kind kind);
// A pattern drawn over the phase colour: none for operation, hatching for
// the others, so grey-scale prints still tell the kinds apart.
Qt::BrushStyle phasePattern(Phase::Kind kind);
QColor milestoneColor();
QColor todayLineColor();
QColor themeHeaderColor();
QColor gridColor();

// Chart series: target, actual, baseline.
QColor targetColor();
QColor actualColor();
QColor baselineColor();

// KPI status colours, by int(KpiStatus::Status): achieved, on track,
// behind, no data, stale, qualitative.
QColor statusColor(int status);

} // namespace Palette
