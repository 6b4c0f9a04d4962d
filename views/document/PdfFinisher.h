#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// What Qt's PDF writer cannot say itself, added to a finished PDF with
// qpdf: the bookmarks (outline) and the document's language (/Lang), and
// title, author and subject in the document information.
namespace PdfFinisher {

struct Bookmark
{
    QString title;
    int level = 1;   // 1 = top level; a deeper level nests under the last shallower one
    int page = 0;    // 0-based page index
    qreal top = 0;   // points from the top of the page
    bool operator==(const Bookmark &o) const
    {
        return title == o.title && level == o.level && page == o.page && qFuzzyCompare(top + 1, o.top + 1);
    }
};

struct Metadata
{
    QString title;
    QString author;
    QString subject;
    QString language; // BCP 47: "ja", "en"
};

// Rewrites `pdf` in place; false with `error` set when it is not a PDF
// qpdf can read (the bytes are then left as they were).
bool finish(QByteArray *pdf, const QList<Bookmark> &bookmarks, const Metadata &metadata, QString *error);

// Read back, for tests and checks: the outline flattened in order (page
// and level filled in, top as written), and the catalog's /Lang.
QList<Bookmark> bookmarks(const QByteArray &pdf, QString *error = nullptr);
QString language(const QByteArray &pdf);
Metadata metadata(const QByteArray &pdf);

} // namespace PdfFinisher
