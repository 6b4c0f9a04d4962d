#include "views/sheets/SheetPrinting.h"

#include "views/common/DocumentFont.h"
#include "views/common/PdfTextLayerFix.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRawFont>
#include <QTextDocument>

namespace SheetPrinting {

namespace {

QFont documentFont()
{
    QFont font(DocumentFont::installedFamily());
    font.setPointSizeF(9);
    return font;
}

} // namespace

QString html(const SheetTable &table, const QString &title)
{
    QString out = QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head><body>"
                                 "<h2>%1</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
                                 "<thead><tr>")
                      .arg(title.toHtmlEscaped());
    for (const QString &heading : table.header)
        out += QStringLiteral("<th bgcolor=\"#e8eef4\">%1</th>").arg(heading.toHtmlEscaped());
    out += QStringLiteral("</tr></thead><tbody>");
    for (const QStringList &row : table.rows) {
        out += QStringLiteral("<tr>");
        for (const QString &cell : row)
            out += QStringLiteral("<td>%1</td>").arg(cell.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        out += QStringLiteral("</tr>");
    }
    return out + QStringLiteral("</tbody></table></body></html>");
}

void print(QPagedPaintDevice *device, const SheetTable &table, const QString &title)
{
    QTextDocument document;
    document.setDefaultFont(documentFont());
    document.setHtml(html(table, title));
    document.print(device);
}

bool writePdf(QIODevice *device, const SheetTable &table, const QString &title, QString *error)
{
    // Made in memory first: the text layer is repaired before the device
    // gets a byte.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                         QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("DX Plan Studio"));
        print(&writer, table, title);
    }
    QByteArray pdf = buffer.data();
    QString text = title + table.header.join(QString());
    for (const QStringList &row : table.rows)
        text += row.join(QString());
    PdfTextLayerFix::apply(&pdf, QRawFont::fromFont(documentFont()), text);
    if (device->write(pdf) != pdf.size()) {
        *error = device->errorString();
        return false;
    }
    return true;
}

} // namespace SheetPrinting
