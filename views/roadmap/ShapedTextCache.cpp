#include "views/roadmap/ShapedTextCache.h"

#include <QPaintEngine>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

bool ShapedTextCache::suits(const QPainter *painter)
{
    const QPaintEngine *engine = painter->paintEngine();
    return engine && engine->type() == QPaintEngine::Pdf;
}

namespace {

// One line as drawText lays it out (no wrapping), its glyphs moved so that
// the baseline is at y = 0.
QList<QGlyphRun> shaped(const QString &text, const QFont &font)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    const QTextLine line = layout.createLine();
    layout.endLayout();
    QList<QGlyphRun> runs = layout.glyphRuns();
    const QPointF toBaseline(0, -line.ascent());
    for (QGlyphRun &run : runs) {
        QList<QPointF> positions = run.positions();
        for (QPointF &position : positions)
            position += toBaseline;
        run.setPositions(positions);
    }
    return runs;
}

} // namespace

void ShapedTextCache::draw(QPainter *painter, const QPointF &origin, const QString &text, const QFont &font)
{
    const Key key { &font, text };
    QList<QGlyphRun> *runs = m_runs.object(key);
    if (!runs) {
        m_runs.insert(key, new QList<QGlyphRun>);
        painter->setFont(font);
        painter->drawText(origin, text);
        return;
    }
    if (runs->isEmpty())
        *runs = shaped(text, font);
    if (m_gathering) {
        gather(painter, origin, *runs);
        return;
    }
    for (const QGlyphRun &run : std::as_const(*runs))
        painter->drawGlyphRun(origin, run);
}

void ShapedTextCache::gather(QPainter *painter, const QPointF &origin, const QList<QGlyphRun> &runs)
{
    const QTransform transform = painter->worldTransform();
    // The roadmap only moves and scales the painter; text under any other
    // transform is drawn where it is.
    if (transform.type() > QTransform::TxScale || transform.m11() != transform.m22()) {
        for (const QGlyphRun &run : runs)
            painter->drawGlyphRun(origin, run);
        return;
    }
    const qreal scale = transform.m11();
    const QColor colour = painter->pen().color();
    for (const QGlyphRun &run : runs) {
        const QRawFont font = run.rawFont();
        auto page = std::find_if(m_page.begin(), m_page.end(), [&](const Gathered &g) {
            return g.scale == scale && g.colour == colour && g.font == font;
        });
        if (page == m_page.end())
            page = m_page.insert(m_page.end(), Gathered { font, colour, scale, {}, {} });
        page->glyphs += run.glyphIndexes();
        for (const QPointF &position : run.positions())
            page->positions << transform.map(origin + position) / scale;
    }
}

void ShapedTextCache::finishPage(QPainter *painter)
{
    m_gathering = false;
    if (m_page.isEmpty())
        return;
    painter->save();
    for (const Gathered &gathered : std::as_const(m_page)) {
        painter->setWorldTransform(QTransform::fromScale(gathered.scale, gathered.scale));
        painter->setPen(gathered.colour);
        QGlyphRun run;
        run.setRawFont(gathered.font);
        run.setGlyphIndexes(gathered.glyphs);
        run.setPositions(gathered.positions);
        painter->drawGlyphRun(QPointF(), run);
    }
    painter->restore();
    m_page.clear();
}
