#pragma once

#include <QCache>
#include <QFont>
#include <QGlyphRun>
#include <QList>
#include <QPointF>
#include <QString>

class QPainter;

// Text drawn on a PDF as glyph runs shaped once per repeated string.
//
// A roadmap repeats most of its words on every row and page (phase labels,
// departments, years and months, headings): QPainter::drawText shapes the
// string again each time and looks its font up again for the device, which
// was a quarter of the time of a 10,000-measure PDF. A PDF keeps only
// glyphs and their positions, so drawing the same shaped runs gives the
// same page. A string is drawn with drawText the first time it is seen and
// kept as glyph runs from the second: a row's own title, seen once, is
// not worth the extra layout. Other devices keep drawText: an SVG keeps
// its text as text only when it is drawn as a string.
class ShapedTextCache
{
public:
    // True when `painter` paints on a device that takes glyph runs as text.
    static bool suits(const QPainter *painter);

    // Draws `text` in `font` with the start of its baseline at `origin`,
    // as drawText would. `font` is told apart by its address: it must
    // outlive the cache.
    void draw(QPainter *painter, const QPointF &origin, const QString &text, const QFont &font);

private:
    struct Key
    {
        const QFont *font;
        QString text;
        bool operator==(const Key &other) const { return font == other.font && text == other.text; }
    };
    friend size_t qHash(const Key &key, size_t seed) { return qHashMulti(seed, key.font, key.text); }

    // Empty for a string seen once. Enough for the repeated words of many
    // pages; the titles seen once make way for them (least recently used
    // goes first).
    QCache<Key, QList<QGlyphRun>> m_runs { 1024 };
};
