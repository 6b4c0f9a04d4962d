#include "views/roadmap/ShapedTextCache.h"

#include <QPaintEngine>
#include <QPainter>
#include <QTextLayout>

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
    for (const QGlyphRun &run : std::as_const(*runs))
        painter->drawGlyphRun(origin, run);
}
