#pragma once

#include <QString>

// One side of a changed text as HTML, the characters that differ marked
// the way a 新旧対照表 marks them: on the old side the removed ones red and
// struck through, on the new side the added ones red and underlined.
namespace DifferenceMarkup {

enum class Side { Before, After };

QString html(const QString &before, const QString &after, Side side);

} // namespace DifferenceMarkup
