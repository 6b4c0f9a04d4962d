#pragma once

#include <QFont>
#include <QString>

// Fonts and sizes of the roadmap. Every roadmap coordinate is in points
// (1/72 inch): a page is laid out at its printed size, and the screen
// scales points to pixels. Fonts are sized in the same unit, so text
// measured by the layout is the text the renderer draws on any device.
namespace RoadmapStyle {

enum class FontRole { Body, Bold, Small, Header, Title };

// IPAexGothic where installed (its glyphs map back to the right characters
// in a PDF's text layer, 「・」 included), another Japanese font otherwise.
// Made once and shared: for measuring on the window's thread.
QFont font(FontRole role);
// The same font, sharing nothing with any other QFont: a font looks its
// glyphs up anew on each thread that uses it, so a renderer that may paint
// on another thread keeps fonts of its own.
QFont separateFont(FontRole role);

constexpr qreal lineHeight = 11;      // one line of body text
constexpr qreal rowPadding = 3.5;     // above and below a row's content
constexpr qreal laneHeight = 12;      // one lane of phase bars
constexpr qreal barInset = 1.5;       // between a lane's edge and its bar
constexpr qreal milestoneLane = 11;   // the lane of milestone diamonds
constexpr qreal milestoneSize = 7;    // a diamond's width and height
constexpr qreal themeRowHeight = 17;
constexpr qreal sectionRowHeight = 18;
constexpr qreal besideGap = 3;         // between a bar and a label printed beside it
constexpr qreal cellPadding = 4;
constexpr qreal themeIndent = 7;       // theme titles start here, clear of the fold triangle
constexpr qreal minimumNumberWidth = 12;      // left and right of text in a cell
constexpr qreal yearBandHeight = 16;
constexpr qreal monthBandHeight = 13;
constexpr qreal titleBandHeight = 30;
constexpr qreal legendBandHeight = 18;
constexpr qreal footerBandHeight = 14;
constexpr qreal minimumYearWidth = 48;
constexpr qreal minimumTitleWidth = 110;
constexpr qreal edgeGrip = 4;          // how near a bar's end counts as its end

} // namespace RoadmapStyle
