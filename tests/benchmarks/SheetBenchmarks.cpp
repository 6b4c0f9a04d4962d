// Speed of the spreadsheet import: a 工程表 of 1,000 measure rows (10
// themes, five fiscal years) read from .xlsx and .csv, its layout found
// and turned into plan items. The aim is well under a second.
//   build/tests/benchmarks/dxplan_sheet_bench
#include "models/sheets/CsvReader.h"
#include "models/sheets/SheetImport.h"
#include "models/sheets/XlsxReader.h"

#include <KZip>
#include <QBuffer>
#include <QCoreApplication>
#include <QStringEncoder>
#include <benchmark/benchmark.h>

namespace {

constexpr int measureRows = 1000;
const char *const years[] = { "令和6年度", "令和7年度", "令和8年度", "令和9年度", "令和10年度" };
const char *const cells[] = { "検討・準備", "→", "運用", "→", "" };

QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// The rows: a header, then a theme row before every 100 measures.
QList<QStringList> scheduleRows()
{
    QList<QStringList> rows;
    QStringList header { QStringLiteral("No."), QStringLiteral("取組施策"), QStringLiteral("担当課") };
    for (const char *year : years)
        header << QString::fromUtf8(year);
    rows << header;
    for (int i = 0; i < measureRows; ++i) {
        if (i % 100 == 0)
            rows << QStringList { QStringLiteral("テーマ%1").arg(i / 100 + 1) };
        QStringList row { QString::number(i % 100 + 1), QStringLiteral("施策%1の推進").arg(i + 1),
                          QStringLiteral("課%1、総務課").arg(i % 17) };
        for (int y = 0; y < 5; ++y)
            row << QString::fromUtf8(cells[(y + i) % 5]);
        rows << row;
    }
    return rows;
}

QByteArray xlsxBytes()
{
    QString sheet = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet><sheetData>");
    const QList<QStringList> rows = scheduleRows();
    for (int r = 0; r < rows.size(); ++r) {
        sheet += QStringLiteral("<row r=\"%1\">").arg(r + 1);
        for (int c = 0; c < rows[r].size(); ++c)
            if (!rows[r][c].isEmpty())
                sheet += QStringLiteral("<c r=\"%1\" t=\"inlineStr\"><is><t>%2</t></is></c>")
                             .arg(SheetGrid::cellName(r, c), xmlEscaped(rows[r][c]));
        sheet += QStringLiteral("</row>");
    }
    sheet += QStringLiteral("</sheetData></worksheet>");
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    KZip zip(&buffer);
    zip.open(QIODevice::WriteOnly);
    zip.writeFile(QStringLiteral("xl/workbook.xml"),
                  QByteArray("<workbook><sheets><sheet name=\"工程表\" r:id=\"rId1\" xmlns:r=\"r\"/></sheets></workbook>"));
    zip.writeFile(QStringLiteral("xl/_rels/workbook.xml.rels"),
                  QByteArray("<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>"));
    zip.writeFile(QStringLiteral("xl/worksheets/sheet1.xml"), sheet.toUtf8());
    zip.close();
    return buffer.data();
}

QByteArray csvBytes()
{
    QString text;
    for (const QStringList &row : scheduleRows())
        text += QLatin1Char('"') + row.join(QStringLiteral("\",\"")) + QStringLiteral("\"\r\n");
    QStringEncoder encoder("windows-31j");
    return encoder.encode(text);
}

void importBook(benchmark::State &state, const SheetBook &book)
{
    const SheetGrid &grid = book.sheets.first();
    const SheetImport imported = SheetImport::convert(grid, SheetLayout::detect(grid));
    if (imported.measureCount() != measureRows)
        state.SkipWithError("not every measure was read");
}

void BM_ImportXlsx(benchmark::State &state)
{
    const QByteArray bytes = xlsxBytes();
    for (auto _ : state) {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        XlsxReader reader;
        SheetBook book;
        if (!reader.read(&buffer, &book)) {
            state.SkipWithError(reader.errorString().toStdString().c_str());
            break;
        }
        importBook(state, book);
    }
}
BENCHMARK(BM_ImportXlsx)->Unit(benchmark::kMillisecond);

void BM_ImportCsvCp932(benchmark::State &state)
{
    const QByteArray bytes = csvBytes();
    for (auto _ : state) {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader;
        SheetBook book;
        if (!reader.read(&buffer, &book)) {
            state.SkipWithError(reader.errorString().toStdString().c_str());
            break;
        }
        importBook(state, book);
    }
}
BENCHMARK(BM_ImportCsvCp932)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
