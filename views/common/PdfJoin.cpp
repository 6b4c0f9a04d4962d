#include "views/common/PdfJoin.h"

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>

// std::shared_ptr only; without this qpdf warns about its old PointerHolder.
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/Pipeline.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>
#include <memory>
#include <stdexcept>
#include <vector>

namespace PdfJoin {

namespace {

// The end of qpdf's output: straight into the device.
class DeviceOutput : public Pipeline
{
public:
    explicit DeviceOutput(QIODevice *device) : Pipeline("device output", nullptr), m_device(device) {}

    void write(unsigned char const *data, size_t length) override
    {
        if (m_device->write(reinterpret_cast<const char *>(data), qint64(length)) != qint64(length))
            throw std::runtime_error(m_device->errorString().toStdString());
    }
    void finish() override {}

private:
    QIODevice *m_device;
};

} // namespace

bool join(const QStringList &partPaths, QIODevice *out, QString *error)
{
    try {
        // qpdf reads from the parts' files, and copies another document's
        // objects only when the joined one is written: every part stays
        // open until then.
        std::vector<std::unique_ptr<QPDF>> documents;
        for (const QString &path : partPaths) {
            auto document = std::make_unique<QPDF>();
            document->setSuppressWarnings(true);
            document->processFile(QFile::encodeName(path).constData());
            documents.push_back(std::move(document));
        }
        if (documents.empty())
            throw std::runtime_error("no pages");
        QPDFPageDocumentHelper joined(*documents.front());
        for (size_t i = 1; i < documents.size(); ++i) {
            for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(*documents[i]).getAllPages())
                joined.addPage(page, false);
        }
        DeviceOutput output(out);
        QPDFWriter writer(*documents.front());
        writer.setOutputPipeline(&output);
        writer.setDecodeLevel(qpdf_dl_none);
        writer.setCompressStreams(false);
        writer.setObjectStreamMode(qpdf_o_disable);
        writer.write();
        return true;
    } catch (const std::exception &e) {
        *error = QCoreApplication::translate("PdfJoin", "The pages could not be joined into one PDF: %1")
                     .arg(QString::fromStdString(e.what()));
        return false;
    }
}

} // namespace PdfJoin
