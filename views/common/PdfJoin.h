#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QIODevice;

// PDFs joined into one: the pages of each part after those of the part
// before. The first part gives the document its title, creator and
// metadata. Page contents are copied as they are, compressed or not, so
// joining costs a fraction of painting them, and a text layer left
// uncompressed (see PdfTextLayerFix) stays uncompressed.
namespace PdfJoin {

// The PDFs `parts` joined, written to `out` as the whole is made: it is
// never held in memory. False, with `error` set, when a part cannot be
// read or `out` not written.
bool join(const QList<QByteArray> &parts, QIODevice *out, QString *error);

} // namespace PdfJoin
