#include "views/document/DocumentExporter.h"

#include "views/common/AtomicFile.h"
#include "views/common/DocumentFont.h"
#include "views/common/PdfTextLayerFix.h"
#include "views/document/ChangeMarkup.h"
#include "views/document/DocumentBuilder.h"
#include "views/document/DocumentHtmlWriter.h"
#include "views/document/DocumentOdtWriter.h"
#include "views/document/DocumentPages.h"
#include "views/document/PdfFinisher.h"
#include "views/document/PlanDrawings.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPdfWriter>
#include <QProcess>
#include <QRawFont>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QUrl>

namespace {

// What LibreOffice may take to turn the ODT into DOCX before we give up.
constexpr int docxTimeoutMs = 180000;

} // namespace

bool DocumentExporter::formatFromFileName(const QString &path, Format *format)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        *format = Format::Pdf;
    else if (suffix == QLatin1String("odt"))
        *format = Format::Odt;
    else if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        *format = Format::Html;
    else if (suffix == QLatin1String("docx"))
        *format = Format::Docx;
    else
        return false;
    return true;
}

bool DocumentExporter::docxAvailable()
{
    return !QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty();
}

DocumentExporter::DocumentExporter(const Plan &plan, const DocumentOptions &options)
    : m_plan(plan), m_options(options)
{
}

DocumentExporter::~DocumentExporter() = default;

bool DocumentExporter::fail(const QString &message)
{
    m_error = message;
    return false;
}

void DocumentExporter::setComparison(const DocumentComparison &comparison)
{
    m_comparison = comparison;
}

QString DocumentExporter::title() const
{
    return m_comparison ? ComparisonReport::title(*m_comparison, m_plan) : m_plan.info.title;
}

std::unique_ptr<QTextDocument> DocumentExporter::build(const DocumentObjects &drawings) const
{
    if (!m_comparison)
        return DocumentBuilder(m_plan, m_options, &drawings).build();
    if (m_comparison->style == DocumentComparison::Style::Table)
        return ComparisonReport::buildTable(*m_comparison, m_plan, m_options);
    // The marked-up document: the plan's document with what differs from
    // the document of the version before marked in it.
    std::unique_ptr<QTextDocument> document = DocumentBuilder(m_plan, m_options, &drawings).build();
    const PlanDrawings beforeDrawings(m_comparison->before, m_options);
    const std::unique_ptr<QTextDocument> before = DocumentBuilder(m_comparison->before, m_options, &beforeDrawings).build();
    ChangeMarkup::markChanges(document.get(), *before);
    document->setMetaInformation(QTextDocument::DocumentTitle, title());
    return document;
}

bool DocumentExporter::exportFile(const QString &path)
{
    Format format;
    if (!formatFromFileName(path, &format))
        return fail(tr("The document can be written as PDF, ODT, HTML or DOCX; \"%1\" has none of these extensions.")
                        .arg(QFileInfo(path).fileName()));
    return exportFile(path, format);
}

int DocumentExporter::print(QPagedPaintDevice *device)
{
    const PlanDrawings drawings(m_plan, m_options);
    const std::unique_ptr<QTextDocument> document = build(drawings);
    const DocumentPages pages(document.get(), m_plan, m_options, drawings);
    QString error;
    if (!pages.paint(device, &error)) {
        fail(error);
        return 0;
    }
    return pages.count();
}

bool DocumentExporter::exportFile(const QString &path, Format format)
{
    QString error;
    if (!writeAtomically(path, [&](QIODevice *file) { return write(file, format); }, &error))
        return error.isEmpty() ? false : fail(error);
    return true;
}

bool DocumentExporter::write(QIODevice *device, Format format)
{
    QByteArray bytes;
    const PlanDrawings drawings(m_plan, m_options);
    const std::unique_ptr<QTextDocument> document = build(drawings);
    if (format == Format::Pdf) {
        const DocumentPages pages(document.get(), m_plan, m_options, drawings);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        {
            QPdfWriter writer(&buffer);
            writer.setTitle(title());
            writer.setCreator(QStringLiteral("DX Plan Studio"));
            QString error;
            if (!pages.paint(&writer, &error))
                return fail(error);
        }
        buffer.close();
        PdfTextLayerFix::apply(&bytes, QRawFont::fromFont(QFont(DocumentFont::installedFamily())), pages.drawnText());
        QString error;
        if (!PdfFinisher::finish(&bytes, pages.bookmarks(),
                                 { title(), m_plan.info.organisation, QString(), m_plan.info.language },
                                 &error))
            return fail(error);
    } else if (format == Format::Html) {
        DocumentHtmlWriter writer(*document, &drawings);
        writer.setTitle(title());
        writer.setLanguage(m_plan.info.language);
        bytes = writer.html();
    } else {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        DocumentOdtWriter writer(*document, &drawings);
        writer.setTitle(title());
        writer.setAuthor(m_plan.info.organisation);
        writer.setLanguage(m_plan.info.language);
        if (!writer.write(&buffer))
            return fail(writer.errorString());
        if (format == Format::Docx && !convertToDocx(&bytes))
            return false;
    }
    if (device->write(bytes) != bytes.size())
        return fail(device->errorString());
    return true;
}

// LibreOffice turns the ODT into DOCX in a folder of its own, with a
// profile of its own, so a running LibreOffice of the user's is not disturbed.
bool DocumentExporter::convertToDocx(QByteArray *bytes)
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        return fail(tr("DOCX needs LibreOffice, which is not installed; export ODT instead, which Word opens too."));
    QTemporaryDir work;
    if (!work.isValid())
        return fail(tr("No temporary folder could be made for the DOCX conversion."));
    QFile odt(work.filePath(QStringLiteral("document.odt")));
    if (!odt.open(QIODevice::WriteOnly) || odt.write(*bytes) != bytes->size())
        return fail(odt.errorString());
    odt.close();
    QProcess process;
    process.setProgram(soffice);
    process.setArguments({ QStringLiteral("-env:UserInstallation=")
                               + QUrl::fromLocalFile(work.filePath(QStringLiteral("profile"))).toString(QUrl::FullyEncoded),
                           QStringLiteral("--headless"), QStringLiteral("--norestore"),
                           QStringLiteral("--convert-to"), QStringLiteral("docx:MS Word 2007 XML"),
                           QStringLiteral("--outdir"), work.path(), odt.fileName() });
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start();
    if (!process.waitForFinished(docxTimeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return fail(tr("LibreOffice did not finish the DOCX conversion in time."));
    }
    QFile docx(work.filePath(QStringLiteral("document.docx")));
    if (process.exitCode() != 0 || !docx.open(QIODevice::ReadOnly))
        return fail(tr("LibreOffice could not convert the document to DOCX: %1")
                        .arg(QString::fromLocal8Bit(process.readAll()).simplified()));
    *bytes = docx.readAll();
    return true;
}
