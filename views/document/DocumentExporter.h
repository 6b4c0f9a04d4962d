#pragma once

#include "models/Plan.h"
#include "views/document/ComparisonReport.h"
#include "views/document/DocumentOptions.h"

#include <QCoreApplication>
#include <QString>
#include <memory>
#include <optional>

class QIODevice;
class QPagedPaintDevice;
class QTextDocument;
class DocumentObjects;

// The one way out for the plan document: PDF (painted pages, bookmarks,
// language), ODT, HTML, and DOCX through LibreOffice where it is
// installed, chosen by the file's extension; and printing or previewing on
// any paged device. Every format comes from the same built document.
// Files are written through QSaveFile: a failed export leaves nothing.
class DocumentExporter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentExporter)

public:
    enum class Format { Pdf, Odt, Html, Docx };
    // From the path's extension (.pdf, .odt, .html/.htm, .docx; any case).
    static bool formatFromFileName(const QString &path, Format *format);
    // DOCX needs LibreOffice (soffice on the PATH).
    static bool docxAvailable();

    DocumentExporter(const Plan &plan, const DocumentOptions &options);
    ~DocumentExporter();

    // Writes a comparison of `comparison.before` with the plan instead of
    // the plan itself: the 新旧対照表, or the whole document with its
    // changes marked.
    void setComparison(const DocumentComparison &comparison);

    bool exportFile(const QString &path, Format format);
    bool exportFile(const QString &path);
    // The whole document in `format`, made in memory and then written.
    bool write(QIODevice *device, Format format);
    // Paints every page on a printer or the print preview; the number of
    // pages, 0 on failure.
    int print(QPagedPaintDevice *device);
    QString errorString() const { return m_error; }

private:
    bool fail(const QString &message);
    std::unique_ptr<QTextDocument> build(const DocumentObjects &drawings) const;
    QString title() const;
    bool convertToDocx(QByteArray *bytes);

    Plan m_plan;
    DocumentOptions m_options;
    std::optional<DocumentComparison> m_comparison;
    QString m_error;
};
