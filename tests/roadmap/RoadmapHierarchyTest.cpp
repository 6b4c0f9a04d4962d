#include "tests/roadmap/RoadmapTestPlans.h"

#include "views/common/PhaseText.h"
#include "views/roadmap/RoadmapStyle.h"

using namespace RoadmapTest;
using Row = RoadmapLayout::Row;
using Style = LevelNumbering::Style;

namespace {

// A theme directly under the plan, then two sections: 基盤 with two
// measures in one theme, 重点 with two themes of one measure each.
Plan hierarchyPlan(const LevelNumbering &top, const LevelNumbering &themes, const LevelNumbering &measures)
{
    Plan plan;
    plan.info.startYear = 2026;
    plan.info.endYear = 2030;
    plan.info.numbering[PlanInfo::SectionLevel] = top;
    plan.info.numbering[PlanInfo::ThemeLevel] = themes;
    plan.info.numbering[PlanInfo::MeasureLevel] = measures;
    plan.sections = { { 1, QStringLiteral("基盤"), QString() }, { 2, QStringLiteral("重点"), QString() } };
    const struct
    {
        int id;
        int section;
        int measures;
    } themeShapes[] = { { 1, 0, 1 }, { 2, 1, 2 }, { 3, 2, 1 }, { 4, 2, 1 } };
    int measureId = 0;
    for (const auto &shape : themeShapes) {
        Theme theme;
        theme.id = shape.id;
        theme.sectionId = shape.section;
        theme.title = QStringLiteral("テーマ%1").arg(shape.id);
        for (int m = 0; m < shape.measures; ++m) {
            Measure measure;
            measure.id = ++measureId;
            measure.themeId = theme.id;
            measure.title = QStringLiteral("施策%1").arg(measure.id);
            measure.phases = { { Phase::Kind::Operate, QString(), 2026, 0, 2030, 0 } };
            theme.measures.append(measure);
        }
        plan.themes.append(theme);
    }
    return plan;
}

struct NumberingCase
{
    const char *name;
    LevelNumbering top;
    LevelNumbering themes;
    LevelNumbering measures;
    QStringList numbers; // of the rows, top to bottom
};

std::ostream &operator<<(std::ostream &os, const NumberingCase &c)
{
    return os << c.name;
}

class RoadmapNumbering : public ::testing::TestWithParam<NumberingCase>
{
};

} // namespace

TEST_P(RoadmapNumbering, RowsCarryThePlansNumbers)
{
    const NumberingCase &c = GetParam();
    const Plan plan = hierarchyPlan(c.top, c.themes, c.measures);
    const RoadmapLayout layout(plan, RoadmapOptions(), 1130);
    const PlanNumbers numbers(plan);
    QStringList shown;
    for (const Row &row : layout.rows()) {
        shown << row.number;
        switch (row.kind) {
        case Row::Kind::Section:
            EXPECT_EQ(row.number, numbers.section(row.sectionId));
            EXPECT_EQ(row.title, row.number + QLatin1Char(' ') + plan.section(row.sectionId)->title);
            break;
        case Row::Kind::Theme:
            EXPECT_EQ(row.number, numbers.theme(row.themeId));
            EXPECT_EQ(row.title, row.number + QLatin1Char(' ') + plan.theme(row.themeId)->title);
            break;
        case Row::Kind::Measure:
            EXPECT_EQ(row.number, numbers.measure(row.measureId));
            EXPECT_EQ(row.fullNumber, row.number.isEmpty() ? QString() : numbers.fullMeasure(row.measureId));
            break;
        }
    }
    EXPECT_EQ(shown, c.numbers);
    // Unnumbered measures need no number column.
    EXPECT_EQ(layout.hasColumn(RoadmapLayout::Column::Number), c.measures.style != Style::None);
}

INSTANTIATE_TEST_SUITE_P(
    Styles, RoadmapNumbering,
    ::testing::Values(
        NumberingCase { "okayama",
                        { Style::Parenthesised, QString(), true },
                        { Style::Katakana, QString(), true },
                        { Style::None, QString(), true },
                        { QStringLiteral("(1)"), QString(), QStringLiteral("(2)"), QStringLiteral("ア"), QString(),
                          QString(), QStringLiteral("(3)"), QStringLiteral("ア"), QString(), QStringLiteral("イ"),
                          QString() } },
        NumberingCase { "nishinoshima",
                        { Style::Arabic, QStringLiteral("重点的に取り組む事項"), true },
                        { Style::Parenthesised, QString(), true },
                        { Style::Circled, QString(), true },
                        { QStringLiteral("重点的に取り組む事項1"), QStringLiteral("①"),
                          QStringLiteral("重点的に取り組む事項2"), QStringLiteral("(1)"), QStringLiteral("①"),
                          QStringLiteral("②"), QStringLiteral("重点的に取り組む事項3"), QStringLiteral("(1)"),
                          QStringLiteral("①"), QStringLiteral("(2)"), QStringLiteral("①") } },
        NumberingCase { "runningOn",
                        { Style::Dai, QString(), true },
                        { Style::Arabic, QString(), false },
                        { Style::ParenthesisedKatakana, QString(), false },
                        { QStringLiteral("第1"), QStringLiteral("(ア)"), QStringLiteral("第2"), QStringLiteral("1"),
                          QStringLiteral("(イ)"), QStringLiteral("(ウ)"), QStringLiteral("第3"), QStringLiteral("2"),
                          QStringLiteral("(エ)"), QStringLiteral("3"), QStringLiteral("(オ)") } }),
    [](const ::testing::TestParamInfo<NumberingCase> &info) { return std::string(info.param.name); });

TEST(RoadmapHierarchy, ThemesOfDirectionsOnlyAndTheirEmptySectionsAreLeftOut)
{
    const Plan plan = okayamaLikePlan();
    const RoadmapLayout layout(plan, RoadmapOptions(), 1130);
    EXPECT_EQ(layout.rowOfTheme(themeTitled(plan, QStringLiteral("BPRの推進")).id), -1);
    EXPECT_EQ(layout.rowOfTheme(themeTitled(plan, QStringLiteral("地域社会のデジタル化")).id), -1);
    QList<int> sections;
    for (const Row &row : layout.rows())
        if (row.kind == Row::Kind::Section)
            sections << row.sectionId;
    EXPECT_EQ(sections, QList<int>({ 1, 2 })); // (3) holds directions only
}

TEST(RoadmapHierarchy, ThemeBarsAreDrawnOnTheThemesOwnRow)
{
    const Plan plan = okayamaLikePlan();
    const Theme &eLQR = themeTitled(plan, QStringLiteral("公金収納におけるeL-QRの活用"));
    ASSERT_TRUE(eLQR.measures.isEmpty());
    const RoadmapLayout layout(plan, RoadmapOptions(), 1130);
    const int index = layout.rowOfTheme(eLQR.id);
    ASSERT_GE(index, 0);
    const Row &row = layout.rows()[index];
    EXPECT_EQ(row.kind, Row::Kind::Theme);
    ASSERT_EQ(row.barCount, 2);
    const RoadmapLayout::Bar &repair = layout.bars()[row.firstBar];
    const RoadmapLayout::Bar &publicity = layout.bars()[row.firstBar + 1];
    EXPECT_EQ(repair.row, index);
    EXPECT_EQ(repair.label, QStringLiteral("統合財務会計システム改修"));
    EXPECT_EQ(publicity.label, QStringLiteral("広報・啓発の実施"));
    EXPECT_EQ(publicity.phaseIndex, 1); // in Theme::phases
    // April to September 2026, and the whole five years below it: they
    // overlap, so they take two lanes of the theme's row.
    EXPECT_NEAR(repair.rect.left(), layout.xForMonth(0), 1.0);
    EXPECT_NEAR(repair.rect.right(), layout.xForMonth(6), 1.0);
    EXPECT_FALSE(repair.rect.intersects(publicity.rect));
    for (const RoadmapLayout::Bar *bar : { &repair, &publicity }) {
        EXPECT_GE(bar->rect.top(), row.y);
        EXPECT_LE(bar->rect.bottom(), row.y + row.height);
    }
    // The theme's title stays left of the years.
    const QFontMetricsF bold(RoadmapStyle::font(RoadmapStyle::FontRole::Bold));
    EXPECT_LE(RoadmapStyle::themeIndent + RoadmapStyle::cellPadding + bold.horizontalAdvance(row.title),
              layout.timelineLeft());
    // Clicking a theme's bar folds the theme; its bars are not dragged.
    EXPECT_EQ(layout.hitTest(publicity.rect.center()).part, RoadmapLayout::Hit::Part::Theme);
}

TEST(RoadmapHierarchy, OpenEndedPlanSpansTheYearsItsScheduleUses)
{
    const Plan plan = okayamaLikePlan();
    ASSERT_TRUE(plan.info.isOpenEnded());
    ASSERT_EQ(plan.info.startYear, 2021);
    const RoadmapLayout layout(plan, RoadmapOptions(), 1130);
    EXPECT_EQ(layout.firstYear(), 2026);
    EXPECT_EQ(layout.lastYear(), 2030);
    // A theme's own bars and milestones count too.
    Plan later = plan;
    themeTitled(later, QStringLiteral("テレワークの推進")).milestones = { { QStringLiteral("見直し"), 2032, 0 } };
    EXPECT_EQ(RoadmapLayout(later, RoadmapOptions(), 1130).lastYear(), 2032);
    // The window the user picks wins.
    RoadmapOptions window;
    window.firstYear = 2027;
    window.lastYear = 2028;
    const RoadmapLayout picked(plan, window, 1130);
    EXPECT_EQ(picked.firstYear(), 2027);
    EXPECT_EQ(picked.lastYear(), 2028);
    // A plan with an end shows its period, whatever its schedule uses.
    Plan ended = plan;
    ended.info.startYear = 2024;
    ended.info.endYear = 2028;
    const RoadmapLayout period(ended, RoadmapOptions(), 1130);
    EXPECT_EQ(period.firstYear(), 2024);
    EXPECT_EQ(period.lastYear(), 2028);
}

TEST(RoadmapHierarchy, LegendNamesTheKindsNotTheBars)
{
    Plan plan = okayamaLikePlan();
    const RoadmapLayout layout(plan, RoadmapOptions(), 1130);
    QList<Phase::Kind> kinds;
    for (const RoadmapLayout::LegendEntry &entry : layout.legend()) {
        kinds << entry.kind;
        EXPECT_EQ(entry.label, PhaseText::kindName(plan.info, entry.kind));
    }
    EXPECT_EQ(kinds, QList<Phase::Kind>({ Phase::Kind::Study, Phase::Kind::Procure, Phase::Kind::Build,
                                         Phase::Kind::Operate, Phase::Kind::Other }));
    // Not after the first bar of the kind, as the roadmap once did.
    const RoadmapLayout::Bar &firstOperate = layout.bars().first();
    ASSERT_EQ(firstOperate.kind, Phase::Kind::Operate);
    EXPECT_EQ(firstOperate.label, QStringLiteral("人材確保・育成における市町村と連携した取組"));
    EXPECT_EQ(layout.legend()[3].label, PhaseText::kindName(plan.info, Phase::Kind::Operate));
    // The plan's own name for a kind wins.
    plan.info.phaseKindNames = { QString(), QString(), QString(), QStringLiteral("取組の実施"), QString() };
    const RoadmapLayout named(plan, RoadmapOptions(), 1130);
    ASSERT_EQ(named.legend().size(), 5);
    EXPECT_EQ(named.legend()[3].label, QStringLiteral("取組の実施"));
    EXPECT_EQ(named.legend()[0].label, PhaseText::kindName(plan.info, Phase::Kind::Study));
}

TEST(RoadmapHierarchy, LongBarLabelsArePrintedBesideTheBarWhole)
{
    const QString longLabel = QStringLiteral("統合財務会計システム改修と関係システムの調整");
    const QFontMetricsF small(RoadmapStyle::font(RoadmapStyle::FontRole::Small));
    const qreal width = small.horizontalAdvance(longLabel);
    // Two months at the start: after its end. Two months at the end: before its start.
    const Plan plan = singleMeasurePlan({ { Phase::Kind::Build, longLabel, 2024, 4, 2024, 5 },
                                          { Phase::Kind::Build, longLabel, 2028, 2, 2028, 3 },
                                          { Phase::Kind::Operate, QStringLiteral("運用"), 2024, 6, 2028, 1 } });
    const RoadmapLayout layout(plan, RoadmapOptions(), 1130);
    ASSERT_EQ(layout.bars().size(), 3);
    const RoadmapLayout::Bar &first = layout.bars()[0];
    const RoadmapLayout::Bar &last = layout.bars()[1];
    const RoadmapLayout::Bar &operate = layout.bars()[2];
    ASSERT_GT(width, first.rect.width());
    for (const RoadmapLayout::Bar *bar : { &first, &last }) {
        EXPECT_EQ(bar->label, longLabel); // not cut with …
        EXPECT_TRUE(bar->labelBeside);
    }
    EXPECT_GE(first.labelX, first.rect.right());
    EXPECT_LE(last.labelX + width, last.rect.left());
    EXPECT_GE(last.labelX, layout.timelineLeft());
    // Labels beside their bars stay clear of the other bars.
    for (const RoadmapLayout::Bar *bar : { &first, &last }) {
        const QRectF label(bar->labelX, bar->rect.top(), width, bar->rect.height());
        for (const RoadmapLayout::Bar &other : layout.bars())
            if (&other != bar) {
                EXPECT_FALSE(label.intersects(other.rect)) << other.label.toStdString();
            }
    }
    // A label that fits stays inside its bar.
    EXPECT_FALSE(operate.labelBeside);
    EXPECT_GE(operate.labelX, operate.rect.left());
}
