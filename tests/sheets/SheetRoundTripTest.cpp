// A plan exported as a spreadsheet and read back through the import gives
// the same schedule: every theme, measure and phase, in every era style,
// with and without month columns, as .xlsx and as the schedule CSV.
#include "models/SamplePlan.h"
#include "models/sheets/SheetFile.h"
#include "models/sheets/SheetImport.h"
#include "models/sheets/SheetMapping.h"
#include "tests/support/TestSupport.h"
#include "views/sheets/SheetExporter.h"

#include <QSet>
#include <QTemporaryDir>
#include <algorithm>
#include <gtest/gtest.h>

namespace {

// What a sheet carries back. The town's sample uses the standard phase
// words, one phase per year: every phase comes back. The prefecture's
// guideline names its phases in its own words (read back as phases of
// the kind "other", label kept) and has phases sharing a year, which a
// year column holds one of: there the years each measure is scheduled in
// come back.
enum class Compare { Phases, YearsScheduled };

struct RoundTrip
{
    const char *name;
    const char *sample;
    Compare compare;
    FiscalYear::EraStyle era;
    bool months;
    SheetExporter::Format format;
    SheetOptions::Encoding encoding;
};

using Era = FiscalYear::EraStyle;
using Format = SheetExporter::Format;
using Encoding = SheetOptions::Encoding;

const RoundTrip cases[] = {
    { "TownReiwaXlsx", "nishinoshima", Compare::Phases, Era::Reiwa, false, Format::Xlsx, Encoding::Utf8 },
    { "TownWesternXlsx", "nishinoshima", Compare::Phases, Era::Western, false, Format::Xlsx, Encoding::Utf8 },
    { "TownBothXlsx", "nishinoshima", Compare::Phases, Era::Both, false, Format::Xlsx, Encoding::Utf8 },
    { "TownMonthsXlsx", "nishinoshima", Compare::Phases, Era::Reiwa, true, Format::Xlsx, Encoding::Utf8 },
    { "TownScheduleCsv", "nishinoshima", Compare::Phases, Era::Both, false, Format::Csv, Encoding::Utf8 },
    { "TownScheduleCsvCp932", "nishinoshima", Compare::Phases, Era::Reiwa, false, Format::Csv, Encoding::Cp932 },
    { "TownMonthsCsv", "nishinoshima", Compare::Phases, Era::Western, true, Format::Csv, Encoding::Utf8 },
    { "PrefectureXlsx", "okayama", Compare::YearsScheduled, Era::Both, false, Format::Xlsx, Encoding::Utf8 },
    { "PrefectureMonthsXlsx", "okayama", Compare::YearsScheduled, Era::Reiwa, true, Format::Xlsx, Encoding::Utf8 },
    { "PrefectureScheduleCsv", "okayama", Compare::YearsScheduled, Era::Both, false, Format::Csv, Encoding::Utf8 },
};

using Themes = QList<std::pair<QString, QList<std::pair<QString, QList<Phase>>>>>;

// One line per theme with measures (a theme without any has no row in a
// sheet of measures), measure and phase; phases as kind and the months
// they cover (a whole-year phase starts in April and ends in March), or
// only the fiscal years a measure is scheduled in.
QString scheduleOf(const Themes &themes, Compare compare)
{
    QStringList lines;
    for (const auto &[theme, measures] : themes) {
        if (measures.isEmpty())
            continue;
        lines << QStringLiteral("theme %1").arg(theme);
        for (const auto &[title, phases] : measures) {
            lines << QStringLiteral("  measure %1").arg(title);
            if (compare == Compare::YearsScheduled) {
                QSet<int> years;
                for (const Phase &p : phases)
                    for (int y = p.startYear; y <= p.endYear; ++y)
                        years.insert(y);
                QList<int> sorted(years.begin(), years.end());
                std::sort(sorted.begin(), sorted.end());
                QStringList shown;
                for (int y : sorted)
                    shown << QString::number(y);
                lines << QStringLiteral("    years %1").arg(shown.join(QLatin1Char(' ')));
                continue;
            }
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

QString scheduleOf(const Plan &plan, Compare compare)
{
    Themes themes;
    for (const Theme &t : plan.themes) {
        QList<std::pair<QString, QList<Phase>>> measures;
        for (const Measure &m : t.measures)
            measures.append({ m.title, m.phases });
        themes.append({ t.title, measures });
    }
    return scheduleOf(themes, compare);
}

QString scheduleOf(const SheetImport &import, Compare compare)
{
    Themes themes;
    for (const ImportedTheme &t : import.themes) {
        QList<std::pair<QString, QList<Phase>>> measures;
        for (const ImportedMeasure &m : t.measures)
            measures.append({ m.title, m.phases });
        themes.append({ t.title, measures });
    }
    return scheduleOf(themes, compare);
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
    EXPECT_EQ(scheduleOf(imported, c.compare), scheduleOf(plan, c.compare));
    // The town's sheet is read without a doubt; the prefecture's own
    // phase words are each reported once per cell as unknown.
    QStringList doubts;
    for (const SheetDoubt &d : imported.doubts)
        doubts << d.cell + QStringLiteral(": ") + d.text;
    if (c.compare == Compare::Phases) {
        EXPECT_TRUE(doubts.isEmpty()) << doubts.join(QLatin1Char('\n')).toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Samples, SheetRoundTrip, ::testing::ValuesIn(cases),
                         [](const auto &info) { return std::string(info.param.name); });

} // namespace
