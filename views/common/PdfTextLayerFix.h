#pragma once

#include <QByteArray>
#include <QRawFont>
#include <QString>

// Qt writes a PDF font's ToUnicode map by asking, for each glyph, the
// lowest code point the font maps to it. Japanese fonts share glyphs
// between ideographs and look-alikes that come earlier in Unicode (自 and
// the Kangxi radical ⾃, 西 and ⻄, the ideographic space and U+2003), so
// text copied or extracted from the PDF came out as the look-alikes. This
// rewrites each such entry to the character that was actually drawn: a
// same-length edit of the uncompressed map, so no offset in the file moves.
namespace PdfTextLayerFix {

// `drawnText` holds every character painted with `font` (order and
// repeats do not matter). Returns how many entries were corrected.
int apply(QByteArray *pdf, const QRawFont &font, const QString &drawnText);

} // namespace PdfTextLayerFix
