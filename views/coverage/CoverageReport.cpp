#include "views/coverage/CoverageReport.h"

#include "models/Coverage.h"
#include "views/common/DocumentFont.h"
#include "views/common/PdfTextLayerFix.h"
#include "views/common/PhaseText.h"

#include <QBuffer>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRawFont>
#include <QTextDocument>

namespace {

QString mark(Coverage::Link link)
{
    switch (link) {
    case Coverage::Link::Direct:
        return QStringLiteral("●");
    case Coverage::Link::ThroughTheme:
        return QStringLiteral("○");
    case Coverage::Link::None:
        break;
    }
    return QString();
}

QString csvField(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvLine(const QStringList &cells)
{
    QStringList fields;
    for (const QString &cell : cells)
        fields << csvField(cell);
    return fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

// Every character the pages show, for the PDF text layer's repair.
QString allText(const QList<CoverageSheet> &sheets, const QString &title)
{
    QString text = title;
    for (const CoverageSheet &sheet : sheets) {
        text += sheet.title + sheet.header.join(QString()) + sheet.notes.join(QString());
        for (const QStringList &row : sheet.rows)
            text += row.join(QString());
    }
    return text;
}

QFont documentFont()
{
    QFont font(DocumentFont::installedFamily());
    font.setPointSizeF(9);
    return font;
}

} // namespace

CoverageSheet CoverageReport::sheet(const Plan &plan, Table table, FiscalYear::EraStyle era)
{
    CoverageSheet sheet;
    if (table == Table::Principles) {
        const Coverage::PrincipleTable coverage = Coverage::principles(plan);
        sheet.title = tr("Principles served by themes and measures");
        sheet.header << tr("No.") << tr("Theme / measure");
        for (int i = 0; i < coverage.principles.size(); ++i) {
            sheet.header << tr("Principle %1").arg(i + 1);
            sheet.notes << tr("Principle %1: %2").arg(i + 1).arg(coverage.principles[i].title);
        }
        for (const Coverage::PrincipleRow &row : coverage.rows) {
            QStringList cells { row.number, row.title };
            for (Coverage::Link link : row.links)
                cells << mark(link);
            sheet.rows << cells;
            sheet.emphasised << (row.part == PlanChange::Part::Theme);
        }
        QStringList themes { QString(), tr("Themes serving it") };
        QStringList measures { QString(), tr("Measures serving it") };
        for (int i = 0; i < coverage.principles.size(); ++i) {
            themes << QString::number(coverage.themeTotals[i]);
            measures << QString::number(coverage.measureTotals[i]);
        }
        sheet.rows << themes << measures;
        sheet.emphasised << true << true;
        if (coverage.principles.isEmpty())
            sheet.notes << tr("The plan has no basic principles.");
        else
            sheet.notes << tr("● the item names the principle; ○ the measure serves it through its theme.");
        return sheet;
    }
    const Coverage::DepartmentTable coverage = Coverage::departments(plan);
    sheet.title = tr("Measures of each department by fiscal year and phase");
    sheet.header << tr("Department") << tr("Phase");
    for (int year : coverage.years)
        sheet.header << FiscalYear::shortLabel(year, era);
    for (const Coverage::DepartmentRow &row : coverage.rows) {
        const QString name = row.holder == Coverage::Holder::Department ? row.name
            : row.holder == Coverage::Holder::AllDepartments          ? tr("All departments (全課)")
                                                                      : tr("No department");
        QStringList cells { name, PhaseText::kindName(plan.info, row.kind) };
        for (int count : row.counts)
            cells << QString::number(count);
        sheet.rows << cells;
        sheet.emphasised << false;
    }
    sheet.notes << tr("Each cell counts the measures with a phase of that kind in the fiscal year; "
                      "a measure that names two departments counts for each.");
    if (coverage.allDepartmentMeasures > 0)
        sheet.notes << tr("The %1 measures marked 全課 (all departments) are counted once, in their own row, "
                          "not in every department's row.")
                           .arg(coverage.allDepartmentMeasures);
    return sheet;
}

QString CoverageReport::title(const Plan &plan)
{
    return tr("%1 – coverage").arg(plan.info.title);
}

bool CoverageReport::formatFromFileName(const QString &path, Format *format)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        *format = Format::Csv;
    else if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        *format = Format::Html;
    else if (suffix == QLatin1String("pdf"))
        *format = Format::Pdf;
    else
        return false;
    return true;
}

QByteArray CoverageReport::csv(const QList<CoverageSheet> &sheets)
{
    QString text;
    for (const CoverageSheet &sheet : sheets) {
        if (!text.isEmpty())
            text += QStringLiteral("\r\n");
        text += csvLine(sheet.header);
        for (const QStringList &row : sheet.rows)
            text += csvLine(row);
    }
    // The byte order mark makes Excel read UTF-8 instead of Shift_JIS.
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

QByteArray CoverageReport::html(const QList<CoverageSheet> &sheets, const QString &title)
{
    QStringList families;
    for (const QString &family : DocumentFont::families())
        families << QLatin1Char('\'') + family + QLatin1Char('\'');
    QString out = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                                 "<title>%2</title>\n<style>\nbody { font-family: %3, sans-serif; }\n"
                                 "table { border-collapse: collapse; margin-bottom: 6pt; }\n"
                                 "th, td { border: 1px solid #888888; padding: 2pt 5pt; }\n"
                                 "th { background: #e8eef5; }\ntd.n { text-align: center; }\n"
                                 "p.note { font-size: small; margin: 2pt 0; }\n</style>\n</head>\n<body>\n"
                                 "<h1>%2</h1>\n")
                      .arg(QLocale().name().section(QLatin1Char('_'), 0, 0), title.toHtmlEscaped(),
                           families.join(QStringLiteral(", ")));
    for (const CoverageSheet &sheet : sheets) {
        out += QStringLiteral("<h2>%1</h2>\n<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n<thead><tr>")
                   .arg(sheet.title.toHtmlEscaped());
        for (const QString &heading : sheet.header)
            out += QStringLiteral("<th scope=\"col\">%1</th>").arg(heading.toHtmlEscaped());
        out += QStringLiteral("</tr></thead>\n<tbody>\n");
        for (int r = 0; r < sheet.rows.size(); ++r) {
            const bool bold = sheet.emphasised.value(r);
            out += QStringLiteral("<tr>");
            for (int c = 0; c < sheet.rows[r].size(); ++c) {
                const QString text = sheet.rows[r][c].toHtmlEscaped();
                // The first two columns name the row; the others are marks and counts.
                out += c < 2 ? QStringLiteral("<td>%1</td>").arg(bold ? QStringLiteral("<b>%1</b>").arg(text) : text)
                             : QStringLiteral("<td class=\"n\" align=\"center\">%1</td>").arg(text);
            }
            out += QStringLiteral("</tr>\n");
        }
        out += QStringLiteral("</tbody>\n</table>\n");
        for (const QString &note : sheet.notes)
            out += QStringLiteral("<p class=\"note\">%1</p>\n").arg(note.toHtmlEscaped());
    }
    out += QStringLiteral("</body>\n</html>\n");
    return out.toUtf8();
}

void CoverageReport::print(QPagedPaintDevice *device, const QList<CoverageSheet> &sheets, const QString &title)
{
    QTextDocument document;
    document.setDefaultFont(documentFont());
    document.setHtml(QString::fromUtf8(html(sheets, title)));
    document.print(device);
}

bool CoverageReport::writePdf(QIODevice *device, const QList<CoverageSheet> &sheets, const QString &title,
                              QString *error)
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
        print(&writer, sheets, title);
    }
    QByteArray pdf = buffer.data();
    PdfTextLayerFix::apply(&pdf, QRawFont::fromFont(documentFont()), allText(sheets, title));
    if (device->write(pdf) != pdf.size()) {
        *error = device->errorString();
        return false;
    }
    return true;
}

bool CoverageReport::write(QIODevice *device, Format format, const QList<CoverageSheet> &sheets,
                           const QString &title, QString *error)
{
    if (format == Format::Pdf)
        return writePdf(device, sheets, title, error);
    const QByteArray bytes = format == Format::Csv ? csv(sheets) : html(sheets, title);
    if (device->write(bytes) != bytes.size()) {
        *error = device->errorString();
        return false;
    }
    return true;
}
