#include "views/common/DrawnTextRecorder.h"

#include <QPaintEngine>
#include <QTextItem>

class DrawnTextRecorder::Engine : public QPaintEngine
{
public:
    Engine() : QPaintEngine(QPaintEngine::AllFeatures) { }

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &) override { }
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override { }
    // Shapes are not needed: only text is kept.
    void drawPath(const QPainterPath &) override { }
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override { }
    void drawTextItem(const QPointF &, const QTextItem &item) override { text += item.text(); }
    Type type() const override { return QPaintEngine::User; }

    QString text;
};

DrawnTextRecorder::DrawnTextRecorder(const QSizeF &sizeInPixels, int dpi)
    : m_size(sizeInPixels), m_dpi(dpi), m_engine(std::make_unique<Engine>())
{
}

DrawnTextRecorder::~DrawnTextRecorder() = default;

QString DrawnTextRecorder::text() const
{
    return m_engine->text;
}

QPaintEngine *DrawnTextRecorder::paintEngine() const
{
    return m_engine.get();
}

int DrawnTextRecorder::metric(PaintDeviceMetric metric) const
{
    switch (metric) {
    case PdmWidth:
        return qRound(m_size.width());
    case PdmHeight:
        return qRound(m_size.height());
    case PdmWidthMM:
        return qRound(m_size.width() * 25.4 / m_dpi);
    case PdmHeightMM:
        return qRound(m_size.height() * 25.4 / m_dpi);
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY:
        return m_dpi;
    case PdmNumColors:
        return 0x7fffffff;
    case PdmDepth:
        return 32;
    case PdmDevicePixelRatio:
        return 1;
    case PdmDevicePixelRatioScaled:
        return int(QPaintDevice::devicePixelRatioFScale());
    }
    return 0;
}
