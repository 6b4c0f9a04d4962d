#include "views/common/Palette.h"

namespace Palette {

QColor phaseColor(Phase::Kind kind)
{
    switch (kind) {
    case Phase::Kind::Study:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case Phase::Kind::Procure:
        return QColor(0x56, 0xB4, 0xE9); // sky blue
    case Phase::Kind::Build:
        return QColor(0xCC, 0x79, 0xA7); // reddish purple
    case Phase::Kind::Operate:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    case Phase::Kind::Other:
        return QColor(0x99, 0x99, 0x99);
    }
    return Qt::gray;
}

Qt::BrushStyle phasePattern(Phase::Kind kind)
{
    switch (kind) {
    case Phase::Kind::Study:
        return Qt::BDiagPattern;
    case Phase::Kind::Procure:
        return Qt::CrossPattern;
    case Phase::Kind::Build:
        return Qt::FDiagPattern;
    case Phase::Kind::Operate:
        return Qt::NoBrush;
    case Phase::Kind::Other:
        return Qt::Dense6Pattern;
    }
    return Qt::NoBrush;
}

QColor milestoneColor() { return QColor(0xD5, 0x5E, 0x00); } // vermillion
QColor todayLineColor() { return QColor(0xD5, 0x5E, 0x00); }
QColor themeHeaderColor() { return QColor(0xE8, 0xEE, 0xF4); }
QColor gridColor() { return QColor(0xC8, 0xC8, 0xC8); }

QColor targetColor() { return QColor(0x00, 0x72, 0xB2); } // blue
QColor actualColor() { return QColor(0xD5, 0x5E, 0x00); } // vermillion
QColor baselineColor() { return QColor(0x55, 0x55, 0x55); }

QColor statusColor(int status)
{
    switch (status) {
    case 0:
        return QColor(0x00, 0x9E, 0x73); // achieved: bluish green
    case 1:
        return QColor(0x56, 0xB4, 0xE9); // on track: sky blue
    case 2:
        return QColor(0xE6, 0x9F, 0x00); // behind: orange
    case 4:
        return QColor(0xF0, 0xE4, 0x42); // stale: yellow
    case 5:
        return QColor(0xCC, 0x79, 0xA7); // qualitative: reddish purple
    default:
        return QColor(0x99, 0x99, 0x99); // no data
    }
}

} // namespace Palette
