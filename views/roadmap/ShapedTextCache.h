#pragma once

#include <QCache>
#include <QColor>
#include <QFont>
#include <QGlyphRun>
#include <QList>
#include <QPointF>
#include <QRawFont>
#include <QString>

class QPainter;

// Text drawn on a PDF as glyph runs shaped once per repeated string, and
// a page's text drawn together, one run per font and colour.
//
// A roadmap repeats most of its words on every row and page (phase labels,
// departments, years and months, headings): QPainter::drawText shapes the
// string again each time and looks its font up again for the device, which
// was a quarter of the time of a 10,000-measure PDF. A PDF keeps only
// glyphs and their positions, so drawing the same shaped runs gives the
// same page. A string is kept as glyph runs from the second time it is
// seen: a row's own title, seen once, is not worth keeping.
//
// Each drawing operation costs a PDF page its own graphics state, colour,
// font and text object (about 90 bytes before the first glyph; a third of
// a roadmap page's content, which Qt compresses page by page). Between
// startPage() and finishPage() the strings seen before are gathered and
// drawn at the end, one run per font and colour: the same glyphs at the
// same places, on top of the page's lines and fills. A string seen for
// the first time is drawn at once: shaping it for the gathering (through
// QTextLayout) cost more than the gathering saved. Other devices keep
// drawText: an SVG keeps its text as text only when it is drawn as a
// string.
class ShapedTextCache
{
public:
    // True when `painter` paints on a device that takes glyph runs as text.
    static bool suits(const QPainter *painter);

    // Draws `text` in `font` with the start of its baseline at `origin`,
    // in the painter's pen colour, as drawText would: at once, or, when a
    // page is started and the string was seen before, at finishPage().
    // `font` is told apart by its address: it must outlive the cache.
    void draw(QPainter *painter, const QPointF &origin, const QString &text, const QFont &font);

    // Text drawn from here is gathered until finishPage() draws it.
    void startPage() { m_gathering = true; }
    // Draws the text gathered since startPage(), on top of the rest.
    void finishPage(QPainter *painter);

private:
    struct Key
    {
        const QFont *font;
        QString text;
        bool operator==(const Key &other) const { return font == other.font && text == other.text; }
    };
    friend size_t qHash(const Key &key, size_t seed) { return qHashMulti(seed, key.font, key.text); }

    // The page's glyphs in one font and colour, at one scale of the
    // painter: positions in the painter's device units over that scale.
    struct Gathered
    {
        QRawFont font;
        QColor colour;
        qreal scale;
        QList<quint32> glyphs;
        QList<QPointF> positions;
    };
    void gather(QPainter *painter, const QPointF &origin, const QList<QGlyphRun> &runs);

    // Empty for a string seen once. Enough for the repeated words of many
    // pages; the titles seen once make way for them (least recently used
    // goes first).
    QCache<Key, QList<QGlyphRun>> m_runs { 1024 };
    bool m_gathering = false;
    QList<Gathered> m_page;
};
