#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

// Keeps Japanese text in our PDFs searchable and copyable.
//
// Fonts such as IPAexGothic draw a Kangxi radical (U+2F00..) or a CJK
// radical (U+2E80..) and the ideograph it looks like with one glyph. Qt's
// PDF writer maps each glyph back to the lowest code point that uses it,
// so 西 comes out of the text layer as ⻄ (U+2EC4), 日 as ⽇, 高 as ⾼:
// "西ノ島町" is no longer found by a search. This rewrites the
// destinations of the PDF's ToUnicode maps to the ideographs. Every code is
// four hex digits before and after, so no byte offset of the file moves.
namespace PdfTextRepair {

// Radical -> ideograph, for the radicals `family` draws with an
// ideograph's glyph (Kangxi radicals: their Unicode decomposition).
QHash<char16_t, char16_t> radicalMap(const QString &family);

// `pdf` with the ToUnicode destinations found in `map` replaced.
QByteArray repair(QByteArray pdf, const QHash<char16_t, char16_t> &map);

} // namespace PdfTextRepair
