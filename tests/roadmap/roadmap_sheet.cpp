// Writes a plan's roadmap as a flat OpenDocument spreadsheet (.fods), the
// way towns keep schedules in Calc or Excel today: one row per measure,
// one column per month, phase cells coloured and labelled, A3 landscape,
// fitted to the page width, header rows repeated on every page. Used by
// scripts/bench-roadmap-vs-calc.sh to time LibreOffice on the same plan:
//   dxplan-roadmap-sheet plan.json > plan.fods
#include "models/FiscalYear.h"
#include "models/Numbering.h"
#include "models/PlanJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QXmlStreamWriter>
#include <cstdio>

namespace {

const char *const kindStyle[] = { "study", "procure", "build", "operate", "other" };
const char *const kindColour[] = { "#e69f00", "#56b4e9", "#cc79a7", "#009e73", "#999999" };

void cellStyle(QXmlStreamWriter &x, const QString &name, const QString &background, bool bold)
{
    x.writeStartElement(QStringLiteral("style:style"));
    x.writeAttribute(QStringLiteral("style:name"), name);
    x.writeAttribute(QStringLiteral("style:family"), QStringLiteral("table-cell"));
    x.writeEmptyElement(QStringLiteral("style:table-cell-properties"));
    x.writeAttribute(QStringLiteral("fo:border"), QStringLiteral("0.05pt solid #c8c8c8"));
    if (!background.isEmpty())
        x.writeAttribute(QStringLiteral("fo:background-color"), background);
    x.writeEmptyElement(QStringLiteral("style:text-properties"));
    x.writeAttribute(QStringLiteral("style:font-name"), QStringLiteral("IPAexGothic"));
    x.writeAttribute(QStringLiteral("fo:font-size"), QStringLiteral("8pt"));
    if (bold)
        x.writeAttribute(QStringLiteral("fo:font-weight"), QStringLiteral("bold"));
    x.writeEndElement();
}

void columnStyle(QXmlStreamWriter &x, const QString &name, const QString &width)
{
    x.writeStartElement(QStringLiteral("style:style"));
    x.writeAttribute(QStringLiteral("style:name"), name);
    x.writeAttribute(QStringLiteral("style:family"), QStringLiteral("table-column"));
    x.writeEmptyElement(QStringLiteral("style:table-column-properties"));
    x.writeAttribute(QStringLiteral("style:column-width"), width);
    x.writeEndElement();
}

void cell(QXmlStreamWriter &x, const QString &style, const QString &text, int repeated = 1, int spanned = 1)
{
    x.writeStartElement(QStringLiteral("table:table-cell"));
    x.writeAttribute(QStringLiteral("table:style-name"), style);
    if (repeated > 1)
        x.writeAttribute(QStringLiteral("table:number-columns-repeated"), QString::number(repeated));
    if (spanned > 1)
        x.writeAttribute(QStringLiteral("table:number-columns-spanned"), QString::number(spanned));
    if (!text.isEmpty()) {
        x.writeAttribute(QStringLiteral("office:value-type"), QStringLiteral("string"));
        x.writeTextElement(QStringLiteral("text:p"), text);
    }
    x.writeEndElement();
    if (spanned > 1) {
        x.writeStartElement(QStringLiteral("table:covered-table-cell"));
        x.writeAttribute(QStringLiteral("table:number-columns-repeated"), QString::number(spanned - 1));
        x.writeEndElement();
    }
}

void writeStyles(QXmlStreamWriter &x)
{
    x.writeStartElement(QStringLiteral("office:font-face-decls"));
    x.writeEmptyElement(QStringLiteral("style:font-face"));
    x.writeAttribute(QStringLiteral("style:name"), QStringLiteral("IPAexGothic"));
    x.writeAttribute(QStringLiteral("svg:font-family"), QStringLiteral("IPAexGothic"));
    x.writeEndElement();
    x.writeStartElement(QStringLiteral("office:automatic-styles"));
    columnStyle(x, QStringLiteral("coNumber"), QStringLiteral("8mm"));
    columnStyle(x, QStringLiteral("coTitle"), QStringLiteral("80mm"));
    columnStyle(x, QStringLiteral("coDepartments"), QStringLiteral("25mm"));
    columnStyle(x, QStringLiteral("coMonth"), QStringLiteral("5mm"));
    cellStyle(x, QStringLiteral("plain"), QString(), false);
    cellStyle(x, QStringLiteral("header"), QStringLiteral("#f5f6f8"), true);
    cellStyle(x, QStringLiteral("theme"), QStringLiteral("#e8eef4"), true);
    for (int k = 0; k < 5; ++k)
        cellStyle(x, QString::fromLatin1(kindStyle[k]), QString::fromLatin1(kindColour[k]), false);
    x.writeStartElement(QStringLiteral("style:page-layout"));
    x.writeAttribute(QStringLiteral("style:name"), QStringLiteral("a3"));
    x.writeEmptyElement(QStringLiteral("style:page-layout-properties"));
    x.writeAttribute(QStringLiteral("fo:page-width"), QStringLiteral("420mm"));
    x.writeAttribute(QStringLiteral("fo:page-height"), QStringLiteral("297mm"));
    x.writeAttribute(QStringLiteral("style:print-orientation"), QStringLiteral("landscape"));
    x.writeAttribute(QStringLiteral("fo:margin"), QStringLiteral("10mm"));
    x.writeAttribute(QStringLiteral("style:scale-to-X"), QStringLiteral("1"));
    x.writeAttribute(QStringLiteral("style:scale-to-Y"), QStringLiteral("0"));
    x.writeEndElement();
    x.writeEndElement();
}

void writeMasterPage(QXmlStreamWriter &x, const Plan &plan)
{
    x.writeStartElement(QStringLiteral("office:master-styles"));
    x.writeStartElement(QStringLiteral("style:master-page"));
    x.writeAttribute(QStringLiteral("style:name"), QStringLiteral("Default"));
    x.writeAttribute(QStringLiteral("style:page-layout-name"), QStringLiteral("a3"));
    x.writeStartElement(QStringLiteral("style:header"));
    x.writeTextElement(QStringLiteral("text:p"), plan.info.title);
    x.writeEndElement();
    x.writeStartElement(QStringLiteral("style:footer"));
    x.writeStartElement(QStringLiteral("text:p"));
    x.writeEmptyElement(QStringLiteral("text:page-number"));
    x.writeCharacters(QStringLiteral(" / "));
    x.writeEmptyElement(QStringLiteral("text:page-count"));
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndElement();
}

void writeMeasureRow(QXmlStreamWriter &x, const Plan &plan, const PlanNumbers &numbers, const Measure &measure,
                     int months)
{
    x.writeStartElement(QStringLiteral("table:table-row"));
    cell(x, QStringLiteral("plain"), numbers.measure(measure.id));
    cell(x, QStringLiteral("plain"), measure.title);
    cell(x, QStringLiteral("plain"), plan.departmentNames(measure).join(QStringLiteral("、")));
    // Each month's phase, written as runs of equal cells.
    QList<int> kindAt(months, -1);
    QList<QString> labelAt(months);
    for (const Phase &phase : measure.phases) {
        const int start = qMax(0, phase.startOffset(plan.info.startYear));
        const int end = qMin(months, phase.endOffset(plan.info.startYear));
        for (int m = start; m < end; ++m)
            kindAt[m] = int(phase.kind);
        if (start < end)
            labelAt[start] = phase.label;
    }
    int m = 0;
    while (m < months) {
        int run = 1;
        while (m + run < months && kindAt[m + run] == kindAt[m] && labelAt[m + run].isEmpty() && labelAt[m].isEmpty())
            ++run;
        const QString style = kindAt[m] < 0 ? QStringLiteral("plain") : QString::fromLatin1(kindStyle[kindAt[m]]);
        cell(x, style, labelAt[m], run);
        m += run;
    }
    x.writeEndElement();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        fprintf(stderr, "usage: dxplan-roadmap-sheet PLAN.json > roadmap.fods\n");
        return 2;
    }
    QFile input(QString::fromLocal8Bit(argv[1]));
    Plan plan;
    QString error;
    if (!input.open(QIODevice::ReadOnly) || !PlanJson::read(&input, &plan, &error)) {
        fprintf(stderr, "dxplan-roadmap-sheet: %s\n", qPrintable(error.isEmpty() ? input.errorString() : error));
        return 2;
    }
    QFile output;
    if (!output.open(stdout, QIODevice::WriteOnly))
        return 1;
    QXmlStreamWriter x(&output);
    x.setAutoFormatting(false);
    x.writeStartDocument();
    x.writeStartElement(QStringLiteral("office:document"));
    const std::pair<const char *, const char *> namespaces[] = {
        { "office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0" },
        { "style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0" },
        { "text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0" },
        { "table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0" },
        { "fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" },
        { "svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" },
    };
    for (const auto &[prefix, uri] : namespaces)
        x.writeAttribute(QStringLiteral("xmlns:") + QLatin1String(prefix), QLatin1String(uri));
    x.writeAttribute(QStringLiteral("office:version"), QStringLiteral("1.3"));
    x.writeAttribute(QStringLiteral("office:mimetype"), QStringLiteral("application/vnd.oasis.opendocument.spreadsheet"));
    writeStyles(x);
    writeMasterPage(x, plan);

    const int years = plan.info.endYear - plan.info.startYear + 1;
    const int months = years * 12;
    x.writeStartElement(QStringLiteral("office:body"));
    x.writeStartElement(QStringLiteral("office:spreadsheet"));
    x.writeStartElement(QStringLiteral("table:table"));
    x.writeAttribute(QStringLiteral("table:name"), QStringLiteral("Roadmap"));
    for (const char *column : { "coNumber", "coTitle", "coDepartments" }) {
        x.writeEmptyElement(QStringLiteral("table:table-column"));
        x.writeAttribute(QStringLiteral("table:style-name"), QLatin1String(column));
    }
    x.writeEmptyElement(QStringLiteral("table:table-column"));
    x.writeAttribute(QStringLiteral("table:style-name"), QStringLiteral("coMonth"));
    x.writeAttribute(QStringLiteral("table:number-columns-repeated"), QString::number(months));

    x.writeStartElement(QStringLiteral("table:table-header-rows"));
    x.writeStartElement(QStringLiteral("table:table-row"));
    cell(x, QStringLiteral("header"), QStringLiteral("No."));
    cell(x, QStringLiteral("header"), QStringLiteral("取組施策"));
    cell(x, QStringLiteral("header"), QStringLiteral("関係課"));
    for (int year = plan.info.startYear; year <= plan.info.endYear; ++year)
        cell(x, QStringLiteral("header"), FiscalYear::label(year, FiscalYear::EraStyle::Both), 1, 12);
    x.writeEndElement();
    x.writeStartElement(QStringLiteral("table:table-row"));
    cell(x, QStringLiteral("header"), QString(), 3);
    for (int m = 0; m < months; ++m)
        cell(x, QStringLiteral("header"), QString::number(FiscalYear::calendarMonth(m % 12)));
    x.writeEndElement();
    x.writeEndElement();

    const PlanNumbers numbers(plan);
    for (const Theme &theme : plan.themes) {
        x.writeStartElement(QStringLiteral("table:table-row"));
        cell(x, QStringLiteral("theme"), numbers.theme(theme.id));
        cell(x, QStringLiteral("theme"), theme.title, 1, 2);
        cell(x, QStringLiteral("theme"), QString(), months);
        x.writeEndElement();
        for (const Measure &measure : theme.measures)
            writeMeasureRow(x, plan, numbers, measure, months);
    }
    x.writeEndDocument();
    return output.error() == QFile::NoError ? 0 : 1;
}
