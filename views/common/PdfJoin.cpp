#include "views/common/PdfJoin.h"

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>

// std::shared_ptr only; without this qpdf warns about its old PointerHolder.
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/InputSource.hh>
#include <qpdf/Pipeline.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>
#include <cstdio>
#include <cstring>
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

// A part's file as qpdf reads it, through a window of the file kept in
// memory. qpdf's own file source asks the C library for its position
// before most reads, which is a system call each time: joining the halves
// of a 100,000-measure roadmap made some millions of them, and spent more
// time there than in qpdf.
class WindowedFileInput : public InputSource
{
public:
    explicit WindowedFileInput(const QString &path) : m_file(path), m_name(QFile::encodeName(path).toStdString())
    {
        if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
            throw std::runtime_error(m_name + ": " + m_file.errorString().toStdString());
        m_size = m_file.size();
    }

    std::string const &getName() const override { return m_name; }
    qpdf_offset_t tell() override { return m_position; }
    void rewind() override { m_position = 0; }

    void seek(qpdf_offset_t offset, int whence) override
    {
        const qpdf_offset_t from = whence == SEEK_END ? m_size : whence == SEEK_CUR ? m_position : 0;
        if (from + offset < 0)
            throw std::runtime_error(m_name + ": seek before the start of the file");
        m_position = from + offset;
    }

    size_t read(char *buffer, size_t length) override
    {
        last_offset = m_position;
        size_t done = 0;
        while (done < length && m_position < m_size) {
            if (!inWindow(m_position))
                fill(m_position);
            const qpdf_offset_t available = m_windowStart + qpdf_offset_t(m_window.size()) - m_position;
            const size_t n = std::min(length - done, size_t(available));
            std::memcpy(buffer + done, m_window.data() + (m_position - m_windowStart), n);
            done += n;
            m_position += qpdf_offset_t(n);
        }
        return done;
    }

    void unreadCh(char) override
    {
        if (m_position > 0)
            --m_position;
    }

    // The offset of the next end-of-line character from here (or the end
    // of the file), leaving the position after every \r and \n of that
    // line end.
    qpdf_offset_t findAndSkipNextEOL() override
    {
        qpdf_offset_t found = -1;
        while (m_position < m_size) {
            if (!inWindow(m_position))
                fill(m_position);
            const char ch = m_window[size_t(m_position - m_windowStart)];
            const bool endOfLine = ch == '\r' || ch == '\n';
            if (found < 0 && endOfLine)
                found = m_position;
            else if (found >= 0 && !endOfLine)
                return found;
            ++m_position;
        }
        return found < 0 ? m_size : found;
    }

private:
    bool inWindow(qpdf_offset_t offset) const
    {
        return offset >= m_windowStart && offset < m_windowStart + qpdf_offset_t(m_window.size());
    }

    void fill(qpdf_offset_t offset)
    {
        m_window.resize(size_t(std::min<qpdf_offset_t>(windowBytes, m_size - offset)));
        if (!m_file.seek(offset) || m_file.read(m_window.data(), qint64(m_window.size())) != qint64(m_window.size()))
            throw std::runtime_error(m_name + ": " + m_file.errorString().toStdString());
        m_windowStart = offset;
    }

    static constexpr qpdf_offset_t windowBytes = 64 * 1024;
    QFile m_file;
    std::string m_name;
    qpdf_offset_t m_size = 0;
    qpdf_offset_t m_position = 0;
    std::vector<char> m_window;
    qpdf_offset_t m_windowStart = 0;
};

} // namespace

bool join(const QStringList &partPaths, QIODevice *out, QString *error, bool lastBackwards)
{
    try {
        // qpdf reads from the parts' files, and copies another document's
        // objects only when the joined one is written: every part stays
        // open until then.
        std::vector<std::unique_ptr<QPDF>> documents;
        for (const QString &path : partPaths) {
            auto document = std::make_unique<QPDF>();
            document->setSuppressWarnings(true);
            document->processInputSource(std::make_shared<WindowedFileInput>(path));
            documents.push_back(std::move(document));
        }
        if (documents.empty())
            throw std::runtime_error("no pages");
        QPDFPageDocumentHelper joined(*documents.front());
        for (size_t i = 1; i < documents.size(); ++i) {
            std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(*documents[i]).getAllPages();
            if (lastBackwards && i + 1 == documents.size())
                std::reverse(pages.begin(), pages.end());
            for (QPDFPageObjectHelper &page : pages)
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
