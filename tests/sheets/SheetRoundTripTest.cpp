// A plan exported as a spreadsheet and read back through the import gives
// the same schedule: every theme, measure and phase, in every era style,
// with and without month columns, as .xlsx and as the schedule CSV.
#include "models/SamplePlan.h"
#include "models/sheets/SheetFile.h"
#include "models/sheets/SheetImport.h"
#include "models/sheets/SheetMapping.h"
#include "tests/support/TestSupport.h"
#include "views/sheets/SheetExporter.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

struct RoundTrip
{
    const char *name;
    const char *sample;
    FiscalYear::EraStyle era;
    bool months;
    SheetExporter::Format format;
    SheetOptions::Encoding encoding;
};

using Era = FiscalYear::EraStyle;
using Format = SheetExporter::Format;
using Encoding = SheetOptions::Encoding;

const RoundTrip cases[] = {
    { "TownReiwaXlsx", "nishinoshima", Era::Reiwa, false, Format::Xlsx, Encoding::Utf8 },
    { "TownWesternXlsx", "nishinoshima", Era::Western, false, Format::Xlsx, Encoding::Utf8 },
    { "TownBothXlsx", "nishinoshima", Era::Both, false, Format::Xlsx, Encoding::Utf8 },
    { "TownMonthsXlsx", "nishinoshima", Era::Reiwa, true, Format::Xlsx, Encoding::Utf8 },
    { "TownScheduleCsv", "nishinoshima", Era::Both, false, Format::Csv, Encoding::Utf8 },
    { "TownScheduleCsvCp932", "nishinoshima", Era::Reiwa, false, Format::Csv, Encoding::Cp932 },
    { "TownMonthsCsv", "nishinoshima", Era::Western, true, Format::Csv, Encoding::Utf8 },
    { "PrefectureXlsx", "okayama", Era::Both, false, Format::Xlsx, Encoding::Utf8 },
    { "PrefectureMonthsXlsx", "okayama", Era::Reiwa, true, Format::Xlsx, Encoding::Utf8 },
};

// One line per theme, measure and phase, as the plan has them; phases as
// kind and the months they cover (a whole-year phase starts in April and
// ends in March), which is what a sheet can say.
QString scheduleOf(const QList<std::pair<QString, QList<std::pair<QString, QList<Phase>>>>> &themes)
{
    QStringList lines;
    for (const auto &[theme, measures] : themes) {
        lines << QStringLiteral("theme %1").arg(theme);
        for (const auto &[title, phases] : measures) {
            lines << QStringLiteral("  measure %1").arg(title);
            for (const Phase &p : phases)
                lines << QStringLiteral("    %1 %2-%3 .. %4-%5")
                             .arg(int(p.kind))
                             .arg(p.startYear)
                             .arg(p.startMonth ? p.startMonth : 4)
                             .arg(p.endYear)
                             .arg(p.endMonth ? p.endMonth : 3);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QString scheduleOf(const Plan &plan)
{
    QList<std::pair<QString, QList<std::pair<QString, QList<Phase>>>>> themes;
    for (const Theme &t : plan.themes) {
        QList<std::pair<QString, QList<Phase>>> measures;
        for (const Measure &m : t.measures)
            measures.append({ m.title, m.phases });
        themes.append({ t.title, measures });
    }
    return scheduleOf(themes);
}

QString scheduleOf(const SheetImport &import)
{
    QList<std::pair<QString, QList<std::pair<QString, QList<Phase>>>>> themes;
    for (const ImportedTheme &t : import.themes) {
        QList<std::pair<QString, QList<Phase>>> measures;
        for (const ImportedMeasure &m : t.measures)
            measures.append({ m.title, m.phases });
        themes.append({ t.title, measures });
    }
    return scheduleOf(themes);
}

class SheetRoundTrip : public ::testing::TestWithParam<RoundTrip>
{
};

TEST_P(SheetRoundTrip, GivesBackTheSameSchedule)
{
    const RoundTrip &c = GetParam();
    Plan plan;
    QString error;
    ASSERT_TRUE(SamplePlan::load(QString::fromLatin1(c.sample), &plan, &error)) << error.toStdString();
    // Within one year a sheet's columns hold one phase each: a year shared
    // by two phases reads as the later one, so the sample's schedules are
    // compared as they are, and they have no shared years.
    SheetOptions options;
    options.eraStyle = c.era;
    options.monthColumns = c.months;
    options.encoding = c.encoding;
    options.csvTable = SheetOptions::CsvTable::Schedule;
    QTemporaryDir dir;
    const QString file = dir.filePath(c.format == Format::Xlsx ? QStringLiteral("plan.xlsx") : QStringLiteral("plan.csv"));
    SheetExporter exporter(plan, options);
    ASSERT_TRUE(exporter.exportFile(file, c.format)) << exporter.errorString().toStdString();

    SheetBook book;
    ASSERT_TRUE(SheetFile::read(file, &book, &error)) << error.toStdString();
    const int sheet = SheetFile::chooseSheet(book);
    ASSERT_GE(sheet, 0);
    const SheetGrid &grid = book.sheets.at(sheet);
    const SheetImport imported = SheetImport::convert(grid, SheetLayout::detect(grid));
    EXPECT_EQ(scheduleOf(imported), scheduleOf(plan));
    QStringList doubts;
    for (const SheetDoubt &d : imported.doubts)
        doubts << d.cell + QStringLiteral(": ") + d.text;
    EXPECT_TRUE(doubts.isEmpty()) << doubts.join(QLatin1Char('\n')).toStdString();
}

INSTANTIATE_TEST_SUITE_P(Samples, SheetRoundTrip, ::testing::ValuesIn(cases),
                         [](const auto &info) { return std::string(info.param.name); });

} // namespace
