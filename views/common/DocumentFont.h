#pragma once

#include <QStringList>

// The fonts printed and exported documents (roadmap, KPI charts) are set
// in, best first. IPAexGothic comes first because its PDF text layer gives
// back Japanese character for character, 「・」 included.
namespace DocumentFont {

QStringList families();
// The first of families() installed here, or the application's font.
QString installedFamily();

} // namespace DocumentFont
