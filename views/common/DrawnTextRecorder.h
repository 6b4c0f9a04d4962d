#pragma once

#include <QPaintDevice>
#include <QSizeF>
#include <QString>
#include <memory>

class QPaintEngine;

// A paint device that draws nothing and remembers every piece of text
// painted on it. Exporters paint their pages here first to learn which
// characters a PDF will show, so PdfTextLayerFix can correct the PDF's text
// layer for any renderer, without the renderer keeping a list itself.
class DrawnTextRecorder : public QPaintDevice
{
public:
    // Same size and resolution as the real target, so that text is laid
    // out (and elided) the same way.
    DrawnTextRecorder(const QSizeF &sizeInPixels, int dpi);
    ~DrawnTextRecorder() override;

    QString text() const;
    QPaintEngine *paintEngine() const override;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    class Engine;
    QSizeF m_size;
    int m_dpi;
    std::unique_ptr<Engine> m_engine;
};
