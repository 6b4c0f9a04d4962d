#include "models/Plan.h"
#include "models/sheets/CsvReader.h"
#include "models/sheets/SheetImport.h"
#include "models/sheets/SheetMapping.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QStringEncoder>

namespace {

using Field = SheetColumnRole::Field;

SheetGrid gridOf(const QList<QStringList> &rows, const QString &name = QStringLiteral("S"))
{
    SheetGrid grid;
    grid.name = name;
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c)
            grid.setCell(r, c, { rows[r][c], false });
    return grid;
}

} // namespace

TEST(SheetLayout, ReadsTheYearHeadersTownsWrite)
{
    EXPECT_EQ(SheetLayout::yearFromHeader(QStringLiteral("令和6年度")), 2024);
    EXPECT_EQ(SheetLayout::yearFromHeader(QStringLiteral("令和元年度")), 2019);
    EXPECT_EQ(SheetLayout::yearFromHeader(QStringLiteral("R6")), 2024);
    EXPECT_EQ(SheetLayout::yearFromHeader(QStringLiteral("Ｒ１０")), 2028);
    EXPECT_EQ(SheetLayout::yearFromHeader(QStringLiteral("2024年度")), 2024);
    EXPECT_EQ(SheetLayout::yearFromHeader(QStringLiteral("FY2024")), 2024);
    EXPECT_EQ(SheetLayout::yearFromHeader(QStringLiteral("ＦＹ２０２５")), 2025);
    EXPECT_EQ(SheetLayout::yearFromHeader(QStringLiteral("令和8(2026)年度")), 2026);
    EXPECT_EQ(SheetLayout::yearFromHeader(QStringLiteral("FY2024\n令和6年度")), 2024);
    EXPECT_EQ(SheetLayout::yearFromHeader(QStringLiteral("平成30年度")), 2018);
    EXPECT_EQ(SheetLayout::yearFromHeader(QStringLiteral("取組施策")), 0);
    EXPECT_EQ(SheetLayout::yearFromHeader(QStringLiteral("9999年度")), 0);
    EXPECT_EQ(SheetLayout::monthFromHeader(QStringLiteral("10月")), 10);
    EXPECT_EQ(SheetLayout::monthFromHeader(QStringLiteral("13月")), 0);
}

TEST(SheetLayout, KnowsThePhaseWordsOfSchedules)
{
    Phase::Kind kind = Phase::Kind::Other;
    EXPECT_TRUE(SheetImport::kindFromLabel(QStringLiteral("検討・準備"), &kind));
    EXPECT_EQ(kind, Phase::Kind::Study);
    EXPECT_TRUE(SheetImport::kindFromLabel(QStringLiteral("調達・移行準備"), &kind));
    EXPECT_EQ(kind, Phase::Kind::Procure);
    EXPECT_TRUE(SheetImport::kindFromLabel(QStringLiteral("構築"), &kind));
    EXPECT_EQ(kind, Phase::Kind::Build);
    EXPECT_TRUE(SheetImport::kindFromLabel(QStringLiteral("運用"), &kind));
    EXPECT_EQ(kind, Phase::Kind::Operate);
    EXPECT_FALSE(SheetImport::kindFromLabel(QStringLiteral("様子見"), &kind));
}

TEST(SheetLayout, CellNamesGoBothWays)
{
    EXPECT_EQ(SheetGrid::cellName(11, 5), QStringLiteral("F12"));
    EXPECT_EQ(SheetGrid::columnName(27), QStringLiteral("AB"));
    EXPECT_EQ(SheetGrid::columnFromName(QStringLiteral("ab")), 27);
    qint64 row = 0, column = 0;
    ASSERT_TRUE(SheetGrid::parseCellName(QStringLiteral("XFD1048576"), &row, &column));
    EXPECT_EQ(row, 1048575);
    EXPECT_EQ(column, 16383);
    EXPECT_FALSE(SheetGrid::parseCellName(QStringLiteral("12"), &row, &column));
    EXPECT_FALSE(SheetGrid::parseCellName(QStringLiteral("A0"), &row, &column));
}

TEST(SheetImport, EditingTheMappingChangesTheResult)
{
    const SheetGrid grid = gridOf({ { QStringLiteral("施策"), QStringLiteral("備考"), QStringLiteral("R6"), QStringLiteral("R7") },
                                    { QStringLiteral("電子申請"), QStringLiteral("総務課"), QStringLiteral("検討"), QStringLiteral("運用") } });
    SheetMapping mapping = SheetLayout::detect(grid);
    EXPECT_EQ(mapping.headerRow, 0);
    EXPECT_EQ(mapping.role(0).field, Field::Title);
    EXPECT_EQ(mapping.role(1).field, Field::Ignore);
    EXPECT_EQ(mapping.role(2), (SheetColumnRole { Field::Year, 2024, 0 }));
    SheetImport before = SheetImport::convert(grid, mapping);
    ASSERT_EQ(before.measureCount(), 1);
    EXPECT_TRUE(before.themes[0].measures[0].departments.isEmpty());
    EXPECT_EQ(before.themes[0].measures[0].phases.size(), 2);

    mapping.setRole(1, { Field::Departments, 0, 0 });
    mapping.setRole(3, { Field::Ignore, 0, 0 });
    const SheetImport after = SheetImport::convert(grid, mapping);
    EXPECT_EQ(after.themes[0].measures[0].departments, QStringList { QStringLiteral("総務課") });
    ASSERT_EQ(after.themes[0].measures[0].phases.size(), 1);
    EXPECT_EQ(after.themes[0].measures[0].phases[0].endYear, 2024);
    EXPECT_EQ(after.lastYear, 2024);
}

TEST(SheetImport, AddsToAPlanMatchingItsDepartmentsAndAudiences)
{
    Plan plan = samplePlan();
    ASSERT_FALSE(plan.departments.isEmpty());
    const QString existing = plan.departments.first().name;
    const int departments = int(plan.departments.size());
    const int themes = int(plan.themes.size());
    const int measures = plan.measureCount();
    const SheetGrid grid = gridOf({ { QStringLiteral("施策"), QStringLiteral("担当課"), QStringLiteral("R6") },
                                    { QStringLiteral("新しい施策"), existing + QStringLiteral("、新設課"), QStringLiteral("運用") } });
    const SheetImport imported = SheetImport::convert(grid, SheetLayout::detect(grid));
    imported.addTo(&plan);
    EXPECT_EQ(plan.themes.size(), themes + 1);
    EXPECT_EQ(plan.measureCount(), measures + 1);
    EXPECT_EQ(plan.departments.size(), departments + 1);
    const Measure &added = plan.themes.last().measures.first();
    ASSERT_EQ(added.departmentIds.size(), 2);
    EXPECT_EQ(added.departmentIds[0], plan.departments.first().id);
    EXPECT_EQ(plan.department(added.departmentIds[1])->name, QStringLiteral("新設課"));
    EXPECT_EQ(plan.measure(added.id), &added);
}

TEST(CsvReader, DetectsOrIsToldTheEncoding)
{
    ASSERT_TRUE(CsvReader::hasCp932());
    const QString text = QStringLiteral("施策,R6\n①電子申請,運用\n");
    QByteArray sjis;
    {
        QStringEncoder encoder("windows-31j");
        ASSERT_TRUE(encoder.isValid());
        sjis = encoder.encode(text);
    }
    for (const auto &[bytes, expected] : { std::pair { sjis, CsvReader::Encoding::Cp932 }, std::pair { text.toUtf8(), CsvReader::Encoding::Utf8 } }) {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader;
        SheetBook book;
        ASSERT_TRUE(reader.read(&buffer, &book)) << reader.errorString().toStdString();
        EXPECT_EQ(reader.usedEncoding(), expected);
        EXPECT_EQ(book.sheets[0].text(1, 0), QStringLiteral("①電子申請"));
    }
    QBuffer buffer;
    buffer.setData(sjis);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader;
    reader.setEncoding(CsvReader::Encoding::Utf8);
    SheetBook book;
    EXPECT_FALSE(reader.read(&buffer, &book));
    EXPECT_EQ(reader.errorString(), QStringLiteral("the CSV file is not valid UTF-8"));
}
