// The .xlsx workbook read back: the schedule laid out as a 工程表 (merged
// section and theme rows, year headers in both era styles, phase cells in
// their kind's colour, A3 landscape with the header repeated), every
// measure and KPI, and LibreOffice opening it.
#include "tests/sheets/XlsxReading.h"

#include "models/FiscalYear.h"
#include "tests/support/ExternalTools.h"
#include "tests/support/TestSupport.h"
#include "views/common/Palette.h"
#include "views/common/PhaseText.h"
#include "views/sheets/ScheduleGrid.h"
#include "views/sheets/SheetExporter.h"
#include "views/sheets/SheetTables.h"

#include <KZip>
#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QXmlStreamReader>
#include <csignal>
#include <unistd.h>

namespace {

QString columnName(int column)
{
    QString name;
    for (++column; column > 0; column = (column - 1) / 26)
        name.prepend(QChar(u'A' + (column - 1) % 26));
    return name;
}

QString cellRef(int row, int column) // both from 0
{
    return columnName(column) + QString::number(row + 1);
}

QString argb(const QColor &color)
{
    return QStringLiteral("FF") + color.name().mid(1).toUpper();
}

class SheetExportTest : public ::testing::Test
{
protected:
    XlsxReading exported(const Plan &plan, const SheetOptions &options)
    {
        const QString path = m_dir.filePath(QStringLiteral("plan-%1.xlsx").arg(++m_count));
        SheetExporter exporter(plan, options);
        EXPECT_TRUE(exporter.exportFile(path, SheetExporter::Format::Xlsx)) << exporter.errorString().toStdString();
        XlsxReading xlsx;
        EXPECT_TRUE(xlsx.open(path));
        return xlsx;
    }

    QTemporaryDir m_dir;
    int m_count = 0;
};

TEST_F(SheetExportTest, WorkbookHasScheduleMeasuresAndKpiSheets)
{
    const XlsxReading xlsx = exported(samplePlan(), SheetOptions());
    EXPECT_EQ(xlsx.sheetNames().size(), 3);
    EXPECT_TRUE(xlsx.hasPart(QStringLiteral("xl/worksheets/sheet3.xml")));
}

TEST_F(SheetExportTest, SectionAndThemeRowsAreMergedAcrossTheTable)
{
    const Plan plan = samplePlan();
    const SheetOptions options;
    const ScheduleGrid grid(plan, options);
    const XlsxReading xlsx = exported(plan, options);
    const QStringList merged = xlsx.mergedRanges(1);
    const QHash<QString, XlsxReading::Cell> cells = xlsx.cells(1);
    const int lastColumn = 3 + grid.timeColumnCount() - 1;
    int headings = 0;
    for (int i = 0; i < grid.rows().size(); ++i) {
        const ScheduleGrid::Row &row = grid.rows()[i];
        const int sheetRow = 2 + i; // title, header, then the rows
        const QString heading = (row.number + QLatin1Char(' ') + row.title).trimmed();
        if (row.kind == ScheduleGrid::Row::Kind::Measure) {
            EXPECT_EQ(cells.value(cellRef(sheetRow, 1)).text, row.title);
            EXPECT_EQ(cells.value(cellRef(sheetRow, 0)).text, row.number);
            continue;
        }
        ++headings;
        EXPECT_EQ(cells.value(cellRef(sheetRow, 0)).text, heading);
        const QString span = cellRef(sheetRow, 0) + QLatin1Char(':')
            + cellRef(sheetRow, row.hasSchedule() ? 2 : lastColumn);
        EXPECT_TRUE(merged.contains(span)) << span.toStdString();
    }
    EXPECT_GT(headings, 5);
    // The plan's own numbering: the sample's first measure is ①.
    EXPECT_EQ(grid.rows()[1].number, QStringLiteral("①"));
}

TEST_F(SheetExportTest, YearHeadersFollowTheEraStyle)
{
    const Plan plan = samplePlan();
    SheetOptions options;
    options.eraStyle = FiscalYear::EraStyle::Reiwa;
    const auto reiwa = exported(plan, options).cells(1);
    EXPECT_EQ(reiwa.value(QStringLiteral("D2")).text, QStringLiteral("令和6年度"));
    EXPECT_EQ(reiwa.value(QStringLiteral("H2")).text, QStringLiteral("令和10年度"));
    options.eraStyle = FiscalYear::EraStyle::Western;
    const auto western = exported(plan, options).cells(1);
    EXPECT_EQ(western.value(QStringLiteral("D2")).text, FiscalYear::label(2024, FiscalYear::EraStyle::Western));
    EXPECT_TRUE(western.value(QStringLiteral("D2")).text.contains(QStringLiteral("2024")));
    EXPECT_FALSE(western.value(QStringLiteral("D2")).text.contains(QStringLiteral("令和")));
    options.eraStyle = FiscalYear::EraStyle::Both;
    const auto both = exported(plan, options).cells(1);
    EXPECT_EQ(both.value(QStringLiteral("D2")).text, QStringLiteral("令和6(2024)年度"));
}

TEST_F(SheetExportTest, MonthColumnsSitUnderTheirYear)
{
    SheetOptions options;
    options.monthColumns = true;
    options.eraStyle = FiscalYear::EraStyle::Reiwa;
    const XlsxReading xlsx = exported(samplePlan(), options);
    const auto cells = xlsx.cells(1);
    EXPECT_EQ(cells.value(QStringLiteral("D2")).text, QStringLiteral("令和6年度"));
    EXPECT_TRUE(xlsx.mergedRanges(1).contains(QStringLiteral("D2:O2")));
    EXPECT_EQ(cells.value(QStringLiteral("D3")).text, QStringLiteral("4月"));
    EXPECT_EQ(cells.value(QStringLiteral("O3")).text, QStringLiteral("3月"));
    EXPECT_EQ(cells.value(QStringLiteral("P2")).text, QStringLiteral("令和7年度"));
    // Both header rows repeat on every printed page.
    EXPECT_TRUE(xlsx.part(QStringLiteral("xl/workbook.xml")).contains("$2:$3"));
}

TEST_F(SheetExportTest, PhaseCellsAreFilledInTheirKindsColour)
{
    for (bool months : { false, true }) {
        const Plan plan = samplePlan();
        SheetOptions options;
        options.monthColumns = months;
        const ScheduleGrid grid(plan, options);
        const XlsxReading xlsx = exported(plan, options);
        const auto cells = xlsx.cells(1);
        const int firstRow = months ? 3 : 2;
        int filled = 0;
        int labelled = 0;
        for (int i = 0; i < grid.rows().size(); ++i) {
            const ScheduleGrid::Row &row = grid.rows()[i];
            if (!row.hasSchedule())
                continue;
            for (int c = 0; c < row.cells.size(); ++c) {
                const ScheduleGrid::Cell &expected = row.cells[c];
                const XlsxReading::Cell cell = cells.value(cellRef(firstRow + i, 3 + c));
                EXPECT_EQ(cell.text, expected.text);
                if (expected.kind == ScheduleGrid::noKind) {
                    EXPECT_TRUE(xlsx.fillColor(cell.style).isEmpty()) << cellRef(firstRow + i, 3 + c).toStdString();
                    continue;
                }
                ++filled;
                labelled += expected.text.isEmpty() || expected.text == QStringLiteral("→") ? 0 : 1;
                EXPECT_EQ(xlsx.fillColor(cell.style), argb(Palette::phaseColor(Phase::Kind(expected.kind))))
                    << cellRef(firstRow + i, 3 + c).toStdString();
            }
        }
        EXPECT_GT(filled, 20);
        EXPECT_GT(labelled, 5);
    }
}

TEST_F(SheetExportTest, PhasesReadAsTownsWriteThem)
{
    // A label in the phase's first year, arrows after it.
    Plan plan = samplePlan();
    Measure &m = plan.themes[0].measures[0];
    m.phases = { Phase { Phase::Kind::Study, QStringLiteral("検討・準備"), 2024, 0, 2025, 0 },
                 Phase { Phase::Kind::Operate, QString(), 2026, 0, 2028, 0 } };
    m.milestones = { Milestone { QStringLiteral("本格運用"), 2026, 0 } };
    const ScheduleGrid grid(plan, SheetOptions());
    const ScheduleGrid::Row *row = nullptr;
    for (const ScheduleGrid::Row &r : grid.rows())
        if (r.kind == ScheduleGrid::Row::Kind::Measure && r.id == m.id)
            row = &r;
    ASSERT_TRUE(row);
    ASSERT_EQ(row->cells.size(), 5);
    EXPECT_EQ(row->cells[0].text, QStringLiteral("検討・準備"));
    EXPECT_EQ(row->cells[1].text, QStringLiteral("→"));
    EXPECT_EQ(row->cells[2].text, PhaseText::kindName(plan.info, Phase::Kind::Operate) + QStringLiteral("\n◆本格運用"));
    EXPECT_EQ(row->cells[3].text, QStringLiteral("→"));
    EXPECT_EQ(row->cells[2].kind, int(Phase::Kind::Operate));
}

TEST_F(SheetExportTest, PrintsOnA3LandscapeWithTheHeaderRepeated)
{
    const XlsxReading xlsx = exported(samplePlan(), SheetOptions());
    for (int sheet = 1; sheet <= 3; ++sheet) {
        const QByteArray xml = xlsx.part(QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet));
        EXPECT_TRUE(xml.contains("paperSize=\"8\"")) << sheet;
        EXPECT_TRUE(xml.contains("orientation=\"landscape\"")) << sheet;
        EXPECT_TRUE(xml.contains("<pageSetUpPr fitToPage=\"1\"/>")) << sheet;
        EXPECT_TRUE(xml.contains("fitToHeight=\"0\"")) << sheet;
    }
    const QByteArray workbook = xlsx.part(QStringLiteral("xl/workbook.xml"));
    EXPECT_TRUE(workbook.contains("_xlnm.Print_Titles"));
    EXPECT_TRUE(workbook.contains("$2:$2")); // the schedule's header row
    EXPECT_TRUE(workbook.contains("$1:$1")); // the measures' and KPIs' header row
}

TEST_F(SheetExportTest, MeasuresSheetHoldsEveryFieldOfEveryMeasure)
{
    const Plan plan = samplePlan();
    const XlsxReading xlsx = exported(plan, SheetOptions());
    EXPECT_EQ(xlsx.rowCount(2), plan.measureCount() + 1);
    const auto cells = xlsx.cells(2);
    const Measure &first = plan.themes[0].measures[0];
    EXPECT_EQ(cells.value(QStringLiteral("C2")).text, first.title);
    EXPECT_EQ(cells.value(QStringLiteral("D2")).text, SheetTables::departmentsText(plan, first));
    EXPECT_EQ(cells.value(QStringLiteral("F2")).text, first.overview);
    EXPECT_EQ(cells.value(QStringLiteral("G2")).text, first.effect);
    EXPECT_FALSE(cells.value(QStringLiteral("H2")).text.isEmpty()); // status
    EXPECT_FALSE(cells.value(QStringLiteral("J2")).text.isEmpty()); // phases as text
    EXPECT_EQ(cells.value(QStringLiteral("K1")).text, QString()); // ten columns
}

TEST_F(SheetExportTest, KpiSheetHasTargetsAndActualsByYear)
{
    const Plan plan = samplePlan();
    ASSERT_FALSE(plan.kpis.isEmpty());
    const XlsxReading xlsx = exported(plan, SheetOptions());
    EXPECT_EQ(xlsx.rowCount(3), plan.kpis.size() + 1);
    const auto cells = xlsx.cells(3);
    EXPECT_EQ(cells.value(QStringLiteral("A2")).text, plan.kpis[0].name);
    EXPECT_EQ(cells.value(QStringLiteral("B2")).text, plan.kpis[0].unit);
    // Row 1 holds a target and an actual column for every year.
    int yearColumns = 0;
    static const QRegularExpression headerCell(QStringLiteral("^[A-Z]+1$"));
    for (auto it = cells.cbegin(); it != cells.cend(); ++it)
        if (headerCell.match(it.key()).hasMatch() && it.value().text.contains(QStringLiteral("令和6")))
            ++yearColumns;
    const bool targetHeader = yearColumns == 2;
    EXPECT_TRUE(targetHeader);
}

TEST_F(SheetExportTest, FilteredExportHoldsOnlyTheListedMeasures)
{
    const Plan plan = samplePlan();
    SheetOptions options;
    options.onlyListedMeasures = true;
    options.measureIds = { plan.themes[1].measures[0].id, plan.themes[2].measures[0].id };
    const XlsxReading xlsx = exported(plan, options);
    EXPECT_EQ(xlsx.rowCount(2), 3);
    const ScheduleGrid grid(plan, options);
    EXPECT_EQ(grid.measureRowCount(), 2);
    int themes = 0;
    for (const ScheduleGrid::Row &row : grid.rows())
        themes += row.kind == ScheduleGrid::Row::Kind::Theme ? 1 : 0;
    EXPECT_EQ(themes, 2);
}

TEST_F(SheetExportTest, HostileTextStaysWellFormed)
{
    Plan plan = samplePlan();
    plan.themes[0].measures[0].title = QStringLiteral("制御\x01文字<&>\"'");
    plan.themes[0].measures[0].overview = QString(40000, QLatin1Char('x'));
    const XlsxReading xlsx = exported(plan, SheetOptions());
    for (int sheet = 1; sheet <= 3; ++sheet) {
        QXmlStreamReader xml(xlsx.part(QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet)));
        while (!xml.atEnd())
            xml.readNext();
        EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    }
    QXmlStreamReader strings(xlsx.part(QStringLiteral("xl/sharedStrings.xml")));
    while (!strings.atEnd())
        strings.readNext();
    EXPECT_FALSE(strings.hasError()) << strings.errorString().toStdString();
    // Cut to the 32,767 characters a cell holds.
    EXPECT_EQ(xlsx.cells(2).value(QStringLiteral("F2")).text.size(), 32767);
}

TEST_F(SheetExportTest, FailedWriteLeavesNoFile)
{
    SheetExporter exporter(samplePlan(), SheetOptions());
    QBuffer readOnly;
    readOnly.open(QIODevice::ReadOnly);
    EXPECT_FALSE(exporter.writeXlsx(&readOnly));
    EXPECT_FALSE(exporter.errorString().isEmpty());
    const QString path = m_dir.filePath(QStringLiteral("missing-folder/plan.xlsx"));
    EXPECT_FALSE(exporter.exportFile(path, SheetExporter::Format::Xlsx));
    EXPECT_FALSE(QFile::exists(path));
}

// LibreOffice, as a user receiving the file would open it.
TEST_F(SheetExportTest, LibreOfficeOpensTheWorkbook)
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        GTEST_SKIP() << "soffice (LibreOffice) is not installed";
    const Plan plan = samplePlan();
    const QString path = m_dir.filePath(QStringLiteral("plan.xlsx"));
    SheetExporter exporter(plan, SheetOptions());
    ASSERT_TRUE(exporter.exportFile(path, SheetExporter::Format::Xlsx)) << exporter.errorString().toStdString();

    QProcess convert;
    convert.setProcessChannelMode(QProcess::MergedChannels);
    convert.setChildProcessModifier([] { ::setpgid(0, 0); });
    convert.start(soffice, { QStringLiteral("--headless"), QStringLiteral("--norestore"),
                             QStringLiteral("-env:UserInstallation=")
                                 + QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("lo-profile"))).toString(QUrl::FullyEncoded),
                             QStringLiteral("--convert-to"), QStringLiteral("ods"), QStringLiteral("--outdir"),
                             m_dir.path(), path });
    if (!convert.waitForFinished(180000)) {
        ::kill(-pid_t(convert.processId()), SIGKILL);
        convert.waitForFinished(5000);
        FAIL() << "soffice did not finish in 180 s";
    }
    const QString log = QString::fromUtf8(convert.readAll());
    ASSERT_EQ(convert.exitStatus(), QProcess::NormalExit) << log.toStdString();
    ASSERT_EQ(convert.exitCode(), 0) << log.toStdString();
    XlsxReading ods;
    ASSERT_TRUE(ods.open(m_dir.filePath(QStringLiteral("plan.ods")))) << log.toStdString();
    const QString content = QString::fromUtf8(ods.part(QStringLiteral("content.xml")));
    EXPECT_EQ(content.count(QStringLiteral("<table:table ")), 3);
    EXPECT_TRUE(content.contains(plan.themes[0].measures[0].title.toHtmlEscaped()));
    EXPECT_TRUE(content.contains(plan.kpis[0].name.toHtmlEscaped()));
    EXPECT_TRUE(content.contains(QStringLiteral("令和6(2024)年度")));
}

} // namespace
