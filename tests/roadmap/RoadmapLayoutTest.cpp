#include "tests/roadmap/RoadmapTestSupport.h"

#include "models/PlanGenerator.h"
#include "views/common/PhaseText.h"
#include "views/roadmap/RoadmapStyle.h"
#include "views/roadmap/TextFitting.h"

#include <QFontMetricsF>
#include <QSet>

using namespace RoadmapTest;
using Row = RoadmapLayout::Row;
using Part = RoadmapLayout::Hit::Part;

namespace {

const RoadmapLayout::Bar &onlyBar(const RoadmapLayout &layout)
{
    EXPECT_EQ(layout.bars().size(), 1);
    return layout.bars().first();
}

} // namespace

TEST(RoadmapLayout, MonthColumnsShareTheTimelineEvenly)
{
    const RoadmapLayout layout(singleMeasurePlan({}), RoadmapOptions(), 1000);
    EXPECT_EQ(layout.width(), 1000);
    EXPECT_EQ(layout.monthCount(), 60);
    EXPECT_GT(layout.timelineLeft(), 100);
    EXPECT_DOUBLE_EQ(layout.xForMonth(0), layout.timelineLeft());
    EXPECT_NEAR(layout.xForMonth(60), 1000, 1e-9);
    EXPECT_NEAR(layout.monthWidth(), (1000 - layout.timelineLeft()) / 60, 1e-9);
    EXPECT_NEAR(layout.monthAt(layout.xForMonth(17.5)), 17.5, 1e-9);
}

TEST(RoadmapLayout, BarCoversItsMonths)
{
    // October of FY2025 through March of FY2025 (calendar March 2026):
    // months 18 to 24 counted from April 2024.
    const Plan plan = singleMeasurePlan({ { Phase::Kind::Procure, QStringLiteral("調達"), 2025, 10, 2025, 3 } });
    const RoadmapLayout layout(plan, RoadmapOptions(), 1200);
    const RoadmapLayout::Bar &bar = onlyBar(layout);
    const qreal month = layout.monthWidth();
    EXPECT_NEAR(bar.rect.left(), layout.timelineLeft() + 18 * month, 1.0);
    EXPECT_NEAR(bar.rect.right(), layout.timelineLeft() + 24 * month, 1.0);
    EXPECT_FALSE(bar.continuesBefore);
    EXPECT_FALSE(bar.continuesAfter);
    EXPECT_EQ(bar.kind, Phase::Kind::Procure);
    EXPECT_EQ(bar.label, QStringLiteral("調達"));
    const Row &row = layout.rows()[bar.row];
    EXPECT_EQ(row.measureId, 1);
    EXPECT_GE(bar.rect.top(), row.y);
    EXPECT_LE(bar.rect.bottom(), row.y + row.height);
}

TEST(RoadmapLayout, AnUnlabelledPhaseShowsItsKind)
{
    // The one-click year row makes phases without a label.
    const Plan plan = singleMeasurePlan({ { Phase::Kind::Operate, QString(), 2024, 0, 2028, 0 } });
    const RoadmapLayout layout(plan, RoadmapOptions(), 1600);
    EXPECT_EQ(onlyBar(layout).label, PhaseText::kindName(plan.info, Phase::Kind::Operate));
    ASSERT_EQ(layout.legend().size(), 1);
    EXPECT_EQ(layout.legend().first().label, PhaseText::kindName(plan.info, Phase::Kind::Operate));
}

TEST(RoadmapLayout, WholeYearPhasesStartInAprilAndEndInMarch)
{
    const Plan plan = singleMeasurePlan({ { Phase::Kind::Operate, QStringLiteral("運用"), 2026, 0, 2027, 0 } });
    const RoadmapLayout layout(plan, RoadmapOptions(), 1200);
    const RoadmapLayout::Bar &bar = onlyBar(layout);
    EXPECT_NEAR(bar.rect.left(), layout.xForMonth(24), 1.0);
    EXPECT_NEAR(bar.rect.right(), layout.xForMonth(48), 1.0);
}

TEST(RoadmapLayout, PhasesBeyondTheYearsShownAreClippedAndMarked)
{
    const Plan plan = singleMeasurePlan({
        { Phase::Kind::Study, QStringLiteral("検討"), 2022, 0, 2024, 0 },
        { Phase::Kind::Operate, QStringLiteral("運用"), 2027, 0, 2031, 0 },
        { Phase::Kind::Other, QStringLiteral("前計画"), 2019, 0, 2022, 0 },
    });
    const RoadmapLayout layout(plan, RoadmapOptions(), 1200);
    ASSERT_EQ(layout.bars().size(), 2); // the one wholly before FY2024 is not drawn
    const RoadmapLayout::Bar &before = layout.bars()[0];
    const RoadmapLayout::Bar &after = layout.bars()[1];
    EXPECT_TRUE(before.continuesBefore);
    EXPECT_DOUBLE_EQ(before.rect.left(), layout.timelineLeft());
    EXPECT_NEAR(before.rect.right(), layout.xForMonth(12), 1.0);
    EXPECT_TRUE(after.continuesAfter);
    EXPECT_DOUBLE_EQ(after.rect.right(), layout.width());
}

TEST(RoadmapLayout, OverlappingPhasesGetLanesOfTheirOwn)
{
    const Plan single = singleMeasurePlan({ { Phase::Kind::Operate, QStringLiteral("運用"), 2024, 0, 2028, 0 } });
    const Plan overlapping = singleMeasurePlan({
        { Phase::Kind::Operate, QStringLiteral("現行システム運用"), 2024, 0, 2026, 0 },
        { Phase::Kind::Procure, QStringLiteral("調達・移行準備"), 2025, 0, 2025, 0 },
        { Phase::Kind::Operate, QStringLiteral("新システム運用"), 2027, 0, 2028, 0 },
    });
    const RoadmapLayout one(single, RoadmapOptions(), 1200);
    const RoadmapLayout two(overlapping, RoadmapOptions(), 1200);
    ASSERT_EQ(two.bars().size(), 3);
    EXPECT_FALSE(two.bars()[0].rect.intersects(two.bars()[1].rect));
    // The third follows the first on the same lane.
    EXPECT_DOUBLE_EQ(two.bars()[0].rect.top(), two.bars()[2].rect.top());
    EXPECT_NE(two.bars()[0].rect.top(), two.bars()[1].rect.top());
    EXPECT_GT(two.rows()[1].height, one.rows()[1].height);
}

TEST(RoadmapLayout, MilestonesSitInTheirMonth)
{
    const Plan plan = singleMeasurePlan(
        { { Phase::Kind::Procure, QStringLiteral("調達・移行準備"), 2024, 0, 2025, 0 } },
        { { QStringLiteral("標準準拠システムへ移行"), 2025, 9 }, { QStringLiteral("運用開始"), 2027, 0 } });
    const RoadmapLayout layout(plan, RoadmapOptions(), 1200);
    ASSERT_EQ(layout.milestones().size(), 2);
    const RoadmapLayout::MilestoneMark &september = layout.milestones()[0];
    const RoadmapLayout::MilestoneMark &sometime = layout.milestones()[1];
    // September is the sixth month of the fiscal year: offset 12 + 5, mid-month.
    EXPECT_NEAR(september.centre.x(), layout.xForMonth(17.5), 1e-9);
    EXPECT_EQ(september.milestoneIndex, 0);
    // "Some time in FY2027" sits in the middle of that year.
    EXPECT_NEAR(sometime.centre.x(), layout.xForMonth(42), 1e-9);
    EXPECT_EQ(september.label, QStringLiteral("標準準拠システムへ移行"));
    // Below the bar, and the label clear of the next diamond.
    EXPECT_GT(september.centre.y(), layout.bars()[0].rect.bottom());
    EXPECT_LE(september.labelRect.right(), sometime.centre.x() - RoadmapStyle::milestoneSize / 2);
    const Row &row = layout.rows()[september.row];
    EXPECT_LE(september.centre.y() + RoadmapStyle::milestoneSize / 2, row.y + row.height);
}

TEST(RoadmapLayout, MilestoneAtTheRightEdgeLabelsToItsLeft)
{
    const Plan plan = singleMeasurePlan({}, { { QStringLiteral("計画期間終了"), 2028, 3 } });
    const RoadmapLayout layout(plan, RoadmapOptions(), 1200);
    ASSERT_EQ(layout.milestones().size(), 1);
    const RoadmapLayout::MilestoneMark &mark = layout.milestones()[0];
    EXPECT_EQ(mark.label, QStringLiteral("計画期間終了"));
    EXPECT_LT(mark.labelRect.right(), mark.centre.x());
    EXPECT_LE(mark.labelRect.right(), layout.width());
}

TEST(RoadmapLayout, YearLabelsFollowTheEraStyle)
{
    const Plan plan = singleMeasurePlan({});
    const struct
    {
        FiscalYear::EraStyle style;
        QString first;
        QString last;
        QString narrowFirst;
    } cases[] = {
        { FiscalYear::EraStyle::Reiwa, QStringLiteral("令和6年度"), QStringLiteral("令和10年度"), QStringLiteral("R6") },
        // FY2024 is short enough for the narrowest years.
        { FiscalYear::EraStyle::Western, QStringLiteral("FY2024"), QStringLiteral("FY2028"), QStringLiteral("FY2024") },
        { FiscalYear::EraStyle::Both, QStringLiteral("令和6(2024)年度"), QStringLiteral("令和10(2028)年度"),
          QStringLiteral("R6(2024)") },
    };
    for (const auto &c : cases) {
        RoadmapOptions options;
        options.eraStyle = c.style;
        const RoadmapLayout wide(plan, options, 1600);
        ASSERT_EQ(wide.yearLabels().size(), 5);
        EXPECT_EQ(wide.yearLabels().first(), c.first);
        EXPECT_EQ(wide.yearLabels().last(), c.last);
        // Too narrow for the long form (20 years in 900 points): the short one.
        options.firstYear = 2020;
        options.lastYear = 2039;
        const RoadmapLayout narrow(plan, options, 900);
        ASSERT_EQ(narrow.yearLabels().size(), 20);
        EXPECT_EQ(narrow.yearLabels()[4], c.narrowFirst);
    }
}

TEST(RoadmapLayout, MonthLabelsThinOutWhenMonthsAreNarrow)
{
    const Plan plan = singleMeasurePlan({});
    EXPECT_EQ(RoadmapLayout(plan, RoadmapOptions(), 1600).monthLabelStep(), 1);
    RoadmapOptions many;
    many.firstYear = 2020;
    many.lastYear = 2039;
    EXPECT_NE(RoadmapLayout(plan, many, 900).monthLabelStep(), 1);
}

TEST(RoadmapLayout, ChosenYearRangeReplacesThePlanPeriod)
{
    RoadmapOptions options;
    options.firstYear = 2026;
    options.lastYear = 2027;
    options.eraStyle = FiscalYear::EraStyle::Western;
    const Plan plan = singleMeasurePlan({ { Phase::Kind::Study, QStringLiteral("検討"), 2024, 0, 2026, 0 } });
    const RoadmapLayout layout(plan, options, 1200);
    EXPECT_EQ(layout.monthCount(), 24);
    EXPECT_EQ(layout.yearLabels(), QStringList({ QStringLiteral("FY2026"), QStringLiteral("FY2027") }));
    ASSERT_EQ(layout.bars().size(), 1);
    EXPECT_TRUE(layout.bars()[0].continuesBefore);
    EXPECT_NEAR(layout.bars()[0].rect.right(), layout.xForMonth(12), 1.0);
}

TEST(RoadmapLayout, RowsListSectionsThemesAndMeasuresInOrder)
{
    const Plan plan = samplePlan();
    const PlanNumbers numbers(plan);
    const RoadmapLayout layout(plan, RoadmapOptions(), 1130);
    int index = 0;
    int section = 0;
    for (const Theme &theme : plan.themes) {
        if (theme.sectionId != section && theme.sectionId != 0) {
            ASSERT_LT(index, layout.rows().size());
            const Row &header = layout.rows()[index++];
            EXPECT_EQ(header.kind, Row::Kind::Section);
            EXPECT_EQ(header.sectionId, theme.sectionId);
            EXPECT_EQ(header.number, numbers.section(theme.sectionId));
        }
        section = theme.sectionId;
        ASSERT_LT(index, layout.rows().size());
        const Row &header = layout.rows()[index++];
        EXPECT_EQ(header.kind, Row::Kind::Theme);
        EXPECT_EQ(header.themeId, theme.id);
        EXPECT_EQ(header.number, numbers.theme(theme.id));
        for (const Measure &measure : theme.measures) {
            ASSERT_LT(index, layout.rows().size());
            const Row &row = layout.rows()[index++];
            EXPECT_EQ(row.kind, Row::Kind::Measure);
            EXPECT_EQ(row.measureId, measure.id);
            EXPECT_EQ(row.number, numbers.measure(measure.id));
            EXPECT_EQ(row.title + row.titleMore, measure.title);
        }
    }
    EXPECT_EQ(index, layout.rows().size());
    // Rows stack without gaps.
    qreal y = 0;
    for (const Row &row : layout.rows()) {
        EXPECT_DOUBLE_EQ(row.y, y);
        y += row.height;
    }
    EXPECT_DOUBLE_EQ(layout.bodyHeight(), y);
}

TEST(RoadmapLayout, ThemeFilterShowsOnlyChosenThemes)
{
    const Plan plan = samplePlan();
    RoadmapOptions options;
    options.themeIds = { plan.themes[1].id, plan.themes[4].id };
    const RoadmapLayout layout(plan, options, 1130);
    EXPECT_EQ(rowsOfKind(layout, Row::Kind::Theme) + rowsOfKind(layout, Row::Kind::Measure),
              2 + plan.themes[1].measures.size() + plan.themes[4].measures.size());
    for (const Row &row : layout.rows())
        if (row.kind != Row::Kind::Section) {
            EXPECT_TRUE(options.themeIds.contains(row.themeId));
        }
    // Numbers stay those of the whole plan.
    const int row = layout.rowOfTheme(plan.themes[1].id);
    ASSERT_GE(row, 0);
    EXPECT_EQ(layout.rows()[row].number, PlanNumbers(plan).theme(plan.themes[1].id));
    EXPECT_FALSE(layout.rows()[row].number.isEmpty());
}

TEST(RoadmapLayout, DepartmentFilterKeepsTheDepartmentsMeasures)
{
    const Plan plan = PlanGenerator::generate(200, 3);
    RoadmapOptions options;
    options.departmentId = 2;
    const RoadmapLayout layout(plan, options, 1130);
    int expected = 0;
    for (const Theme &t : plan.themes)
        for (const Measure &m : t.measures)
            expected += m.allDepartments || m.departmentIds.contains(2);
    int shown = 0;
    for (const Row &row : layout.rows()) {
        if (row.kind != Row::Kind::Measure)
            continue;
        const Measure *m = plan.measure(row.measureId);
        EXPECT_TRUE(m->allDepartments || m->departmentIds.contains(2));
        ++shown;
    }
    EXPECT_EQ(shown, expected);
    EXPECT_GT(shown, 0);
    EXPECT_LT(shown, 200);
}

TEST(RoadmapLayout, PrincipleFilterUsesTheThemesPrinciplesForMeasuresWithout)
{
    Plan plan = uniformPlan(3);
    plan.principles = { { 1, QStringLiteral("原則1"), QString() }, { 2, QStringLiteral("原則2"), QString() } };
    plan.themes[0].principleIds = { 1 };
    plan.themes[0].measures[1].principleIds = { 2 };
    RoadmapOptions options;
    options.principleId = 2;
    RoadmapLayout layout(plan, options, 1130);
    ASSERT_EQ(layout.rows().size(), 2);
    EXPECT_EQ(layout.rows()[1].measureId, 2);
    options.principleId = 1;
    layout = RoadmapLayout(plan, options, 1130);
    ASSERT_EQ(layout.rows().size(), 3);
    EXPECT_EQ(layout.rows()[1].measureId, 1);
    EXPECT_EQ(layout.rows()[2].measureId, 3);
}

TEST(RoadmapLayout, ThemesWithNothingLeftAfterFilteringDisappear)
{
    const Plan plan = samplePlan();
    RoadmapOptions options;
    options.departmentId = -1; // no measure names it; "all departments" ones stay
    const RoadmapLayout layout(plan, options, 1130);
    for (const Row &row : layout.rows())
        if (row.kind == Row::Kind::Theme) {
            EXPECT_GT(row.measureCount, 0);
        }
}

TEST(RoadmapLayout, CollapsedThemeHidesItsMeasures)
{
    const Plan plan = samplePlan();
    RoadmapOptions options;
    options.collapsedThemeIds = { plan.themes[1].id };
    const RoadmapLayout layout(plan, options, 1130);
    EXPECT_EQ(rowsOfKind(layout, Row::Kind::Measure), plan.measureCount() - plan.themes[1].measures.size());
    EXPECT_EQ(rowsOfKind(layout, Row::Kind::Theme), plan.themes.size());
    const int row = layout.rowOfTheme(plan.themes[1].id);
    ASSERT_GE(row, 0);
    EXPECT_TRUE(layout.rows()[row].collapsed);
    EXPECT_EQ(layout.rows()[row].measureCount, plan.themes[1].measures.size());
    EXPECT_TRUE((layout.rows()[row].title + layout.rows()[row].titleMore).contains(plan.themes[1].title));
    EXPECT_NE(layout.rows()[row + 1].kind, Row::Kind::Measure);
    for (const Measure &m : plan.themes[1].measures)
        EXPECT_EQ(layout.rowOfMeasure(m.id), -1);
}

TEST(RoadmapLayout, LongTitlesWrapOntoASecondLine)
{
    Plan plan = uniformPlan(2);
    const QString longTitle = QStringLiteral("公共料金の電子決済システム（保険料・使用料・ごみ・バス等）と窓口キャッシュレス化の段階的な導入");
    plan.themes[0].measures[0].title = longTitle;
    const RoadmapLayout layout(plan, RoadmapOptions(), 600);
    const Row &wrapped = layout.rows()[1];
    const Row &plain = layout.rows()[2];
    EXPECT_FALSE(wrapped.titleMore.isEmpty());
    EXPECT_EQ(wrapped.title + wrapped.titleMore, longTitle);
    EXPECT_GT(wrapped.height, plain.height);
    const QFontMetricsF metrics(RoadmapStyle::font(RoadmapStyle::FontRole::Body));
    const qreal room = layout.columnWidth(RoadmapLayout::Column::Title) - 2 * RoadmapStyle::cellPadding;
    EXPECT_LE(metrics.horizontalAdvance(wrapped.title), room);
    EXPECT_LE(metrics.horizontalAdvance(wrapped.titleMore), room);
    EXPECT_TRUE(plain.titleMore.isEmpty());
}

TEST(RoadmapLayout, LineBreaksKeepPunctuationOffTheStartOfALine)
{
    const QFontMetricsF metrics(RoadmapStyle::font(RoadmapStyle::FontRole::Body));
    const QString text = QStringLiteral("標準化・共通化（第二期）の推進");
    for (qreal width = 20; width < metrics.horizontalAdvance(text); width += 3) {
        const int split = TextFitting::lineBreak(text, metrics, width);
        ASSERT_GE(split, 1);
        ASSERT_LT(split, text.size());
        EXPECT_NE(text[split], QChar(u'・')) << width;
        EXPECT_NE(text[split], QChar(u'）')) << width;
        EXPECT_NE(text[split - 1], QChar(u'（')) << width;
    }
    EXPECT_EQ(TextFitting::lineBreak(text, metrics, 1000), text.size());
}

TEST(RoadmapLayout, OptionalColumnsTakeTheirPlace)
{
    const Plan plan = samplePlan();
    RoadmapOptions options;
    const RoadmapLayout plain(plan, options, 1130);
    EXPECT_FALSE(plain.hasColumn(RoadmapLayout::Column::Departments));
    EXPECT_FALSE(plain.hasColumn(RoadmapLayout::Column::Audience));
    options.showDepartments = true;
    options.showAudience = true;
    const RoadmapLayout full(plan, options, 1130);
    EXPECT_TRUE(full.hasColumn(RoadmapLayout::Column::Departments));
    EXPECT_TRUE(full.hasColumn(RoadmapLayout::Column::Audience));
    EXPECT_NEAR(full.columnX(RoadmapLayout::Column::Audience) + full.columnWidth(RoadmapLayout::Column::Audience),
                full.timelineLeft(), 1e-9);
    EXPECT_GT(full.timelineLeft(), plain.timelineLeft());
    const Row &first = full.rows()[firstMeasureRow(full)];
    EXPECT_EQ(first.departments, plan.departmentNames(*plan.measure(first.measureId)).join(QStringLiteral("、")));
    EXPECT_FALSE(first.audience.isEmpty());
}

TEST(RoadmapLayout, HitTestFindsBarsTheirEndsAndMilestones)
{
    const Plan plan = singleMeasurePlan(
        { { Phase::Kind::Study, QStringLiteral("検討・準備"), 2024, 0, 2025, 0 },
          { Phase::Kind::Operate, QStringLiteral("運用"), 2026, 0, 2028, 0 } },
        { { QStringLiteral("移行"), 2026, 4 } });
    const RoadmapLayout layout(plan, RoadmapOptions(), 1200);
    const RoadmapLayout::Bar &operate = layout.bars()[1];
    const qreal y = operate.rect.center().y();

    RoadmapLayout::Hit hit = layout.hitTest(operate.rect.center());
    EXPECT_EQ(hit.part, Part::PhaseBody);
    EXPECT_EQ(hit.measureId, 1);
    EXPECT_EQ(hit.phaseIndex, 1);
    EXPECT_EQ(layout.hitTest({ operate.rect.left() + 1, y }).part, Part::PhaseStart);
    EXPECT_EQ(layout.hitTest({ operate.rect.right() - 1, y }).part, Part::PhaseEnd);
    hit = layout.hitTest(layout.milestones()[0].centre);
    EXPECT_EQ(hit.part, Part::Milestone);
    EXPECT_EQ(hit.milestoneIndex, 0);
    EXPECT_EQ(layout.hitTest({ 20, y }).part, Part::Label);
    hit = layout.hitTest({ 20, layout.rows()[0].y + 2 });
    EXPECT_EQ(hit.part, Part::Theme);
    EXPECT_EQ(hit.themeId, 1);
    // Empty timeline: the month under the point.
    hit = layout.hitTest({ layout.xForMonth(30.5), layout.milestones()[0].centre.y() });
    EXPECT_EQ(hit.part, Part::Timeline);
    EXPECT_EQ(hit.monthOffset, 30);
    EXPECT_EQ(layout.hitTest({ 20, layout.bodyHeight() + 5 }).part, Part::None);
}

TEST(RoadmapLayout, RowsBetweenFindsTheRowsOverlappingABand)
{
    const Plan plan = samplePlan();
    const RoadmapLayout layout(plan, RoadmapOptions(), 1130);
    const auto &rows = layout.rows();
    const auto [first, end] = layout.rowsBetween(rows[3].y + 1, rows[7].y + 1);
    EXPECT_EQ(first, 3);
    EXPECT_EQ(end, 8);
    const auto [all, allEnd] = layout.rowsBetween(-100, layout.bodyHeight() + 100);
    EXPECT_EQ(all, 0);
    EXPECT_EQ(allEnd, rows.size());
    EXPECT_EQ(layout.rowAt(rows[5].y + 0.5), 5);
    EXPECT_EQ(layout.rowAt(-1), -1);
}

TEST(RoadmapLayout, TodayFallsOnItsDayOfTheMonth)
{
    const RoadmapLayout layout(singleMeasurePlan({}), RoadmapOptions(), 1200);
    // 16 October 2026: FY2026, the seventh month, 15 of its 31 days gone.
    EXPECT_NEAR(layout.xForDate(QDate(2026, 10, 16)), layout.xForMonth(24 + 6 + 15.0 / 31), 1e-9);
    EXPECT_NEAR(layout.xForDate(QDate(2024, 4, 1)), layout.timelineLeft(), 1e-9);
    EXPECT_EQ(layout.xForDate(QDate(2029, 4, 1)), -1);
    EXPECT_EQ(layout.xForDate(QDate(2024, 3, 31)), -1);
}

TEST(RoadmapLayout, LegendListsTheKindsDrawnInKindOrder)
{
    const Plan plan = samplePlan();
    const RoadmapLayout layout(plan, RoadmapOptions(), 1130);
    ASSERT_EQ(layout.legend().size(), 2);
    EXPECT_EQ(layout.legend()[0].kind, Phase::Kind::Study);
    EXPECT_EQ(layout.legend()[0].label, PhaseText::kindName(plan.info, Phase::Kind::Study));
    EXPECT_EQ(layout.legend()[1].kind, Phase::Kind::Operate);
    EXPECT_EQ(layout.legend()[1].label, PhaseText::kindName(plan.info, Phase::Kind::Operate));
}

TEST(RoadmapLayout, NarrowWidthsWidenToTheLeastUsableLayout)
{
    const RoadmapLayout layout(samplePlan(), RoadmapOptions(), 100);
    EXPECT_GT(layout.width(), 100);
    EXPECT_GE(layout.monthWidth() * 12, RoadmapStyle::minimumYearWidth - 1e-9);
    EXPECT_GE(layout.columnWidth(RoadmapLayout::Column::Title), RoadmapStyle::minimumTitleWidth);
}

// A long plan's titles are measured in two halves on two cores: in either
// half a title wraps exactly when it is long.
TEST(RoadmapLayout, TitlesMeasuredInTwoHalvesWrapExactlyWhenLong)
{
    Plan plan = PlanGenerator::generate(int(RoadmapLayout::titlesWorthSplitting) + 10);
    QSet<int> longTitles;
    int n = 0;
    for (Theme &theme : plan.themes)
        for (Measure &measure : theme.measures) {
            if (++n % 7 == 0) {
                measure.title = QStringLiteral("窓口と電子申請の一体的な見直し").repeated(12);
                longTitles.insert(measure.id);
            } else {
                measure.title = QStringLiteral("施策%1").arg(n);
            }
        }
    const RoadmapLayout layout(plan, RoadmapOptions(), 1600);
    int measureRows = 0;
    int mismatches = 0;
    int wrappedInSecondHalf = 0;
    for (const Row &row : layout.rows()) {
        if (row.kind != Row::Kind::Measure)
            continue;
        const bool wrapped = !row.titleMore.isEmpty();
        mismatches += wrapped != longTitles.contains(row.measureId);
        wrappedInSecondHalf += wrapped && measureRows >= plan.measureCount() / 2;
        ++measureRows;
    }
    EXPECT_EQ(measureRows, plan.measureCount());
    EXPECT_EQ(mismatches, 0);
    EXPECT_GT(wrappedInSecondHalf, int(RoadmapLayout::titlesWorthSplitting) / 16);
}
