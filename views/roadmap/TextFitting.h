#pragma once

#include <QFontMetricsF>
#include <QString>

// Fitting text into the roadmap's cells: where a long Japanese title
// breaks, and eliding that gives up cleanly when nothing useful fits.
namespace TextFitting {

// How many characters of `text` go on a first line of `width`: all of it
// when it fits; otherwise the break keeps closing brackets, small kana and
// punctuation off the start of the next line and opening brackets off the
// end of this one (kinsoku). At least one character.
int lineBreak(const QString &text, const QFontMetricsF &metrics, qreal width);

// `text` elided on the right to `width`, or empty when not even one
// character and the ellipsis fit.
QString elided(const QString &text, const QFontMetricsF &metrics, qreal width);

} // namespace TextFitting
