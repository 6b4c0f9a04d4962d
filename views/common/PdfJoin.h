#pragma once

#include <QString>
#include <QStringList>

class QIODevice;

// PDFs joined into one: the pages of each part after those of the part
// before. The first part gives the document its title, creator and
// metadata. Page contents are copied as they are, compressed or not, so
// joining costs a fraction of painting them, and a text layer left
// uncompressed (see PdfTextLayerFix) stays uncompressed.
namespace PdfJoin {

// The PDF files `partPaths` joined, written to `out` as the whole is made:
// neither the parts nor the whole are held in memory, only qpdf's objects.
// False, with `error` set, when a part cannot be read or `out` not written.
// With `lastBackwards`, the last part's pages are taken last to first (a
// part painted from the end of the document towards its middle).
bool join(const QStringList &partPaths, QIODevice *out, QString *error, bool lastBackwards = false);

} // namespace PdfJoin
