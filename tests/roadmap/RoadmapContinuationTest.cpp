#include "tests/roadmap/RoadmapTestPlans.h"

#include "views/roadmap/RoadmapStyle.h"

using namespace RoadmapTest;
using Row = RoadmapLayout::Row;
using Page = RoadmapLayout::Page;

namespace {

// The Okayama-like plan in English with numbered measures and a theme long
// enough to run over a page: AI等の利用推進 gets twelve more measures.
Plan longThemePlan()
{
    Plan plan = okayamaLikePlan();
    plan.info.language = QStringLiteral("en");
    plan.info.numbering[PlanInfo::MeasureLevel].style = LevelNumbering::Style::Circled;
    Theme &ai = themeTitled(plan, QStringLiteral("AI等の利用推進"));
    for (int i = 1; i <= 12; ++i) {
        Measure extra = ai.measures.last();
        extra.id = 1000 + i;
        extra.title = QStringLiteral("追加の取組%1").arg(i);
        ai.measures.append(extra);
    }
    return plan;
}

const qreal pageHeight = 420; // points: a few rows a page

} // namespace

TEST(RoadmapContinuation, PagesStartingInsideATheme)
{
    const Plan plan = longThemePlan();
    const RoadmapLayout layout(plan, RoadmapOptions(), 1130);
    const QList<Page> pages = layout.paginate(pageHeight);
    ASSERT_GT(pages.size(), 2);
    EXPECT_EQ(pages[0].continuedSectionRow, -1);
    EXPECT_EQ(pages[0].continuedThemeRow, -1);
    int insideTheme = 0;
    for (int p = 1; p < pages.size(); ++p) {
        const Row &first = layout.rows()[pages[p].firstRow];
        EXPECT_EQ(pages[p].continuedSectionRow, first.sectionRow);
        EXPECT_EQ(pages[p].continuedThemeRow, first.themeRow);
        if (first.kind == Row::Kind::Measure) {
            ++insideTheme;
            EXPECT_EQ(layout.rows()[first.themeRow].themeId, first.themeId);
            EXPECT_EQ(layout.rows()[first.sectionRow].kind, Row::Kind::Section);
            EXPECT_DOUBLE_EQ(pages[p].continuedHeight(), RoadmapStyle::sectionRowHeight + RoadmapStyle::themeRowHeight);
        }
    }
    EXPECT_GT(insideTheme, 0);
}

TEST(RoadmapContinuation, ContinuedPagesRepeatTheHeadersAndPrintWholeNumbers)
{
    const Plan plan = longThemePlan();
    const RoadmapLayout layout(plan, RoadmapOptions(), 1130);
    const QList<Page> pages = layout.paginate(pageHeight);
    const QList<QStringList> texts = pageTexts(plan, RoadmapOptions(), 1130, pageHeight);
    ASSERT_EQ(texts.size(), pages.size());
    EXPECT_FALSE(texts[0].join(QString()).contains(QStringLiteral("continued")));
    int checked = 0;
    for (int p = 1; p < pages.size(); ++p) {
        const Row &first = layout.rows()[pages[p].firstRow];
        if (first.kind != Row::Kind::Measure)
            continue;
        ++checked;
        const Row &section = layout.rows()[first.sectionRow];
        const Row &theme = layout.rows()[first.themeRow];
        const QStringList &page = texts[p];
        // SVG splits a line into runs of one script: joined, they read as printed.
        const QString joined = page.join(QString());
        EXPECT_TRUE(joined.contains(section.number + QLatin1Char(' ') + section.fullTitle + QStringLiteral(" (continued)")))
            << "page " << p + 1 << ": " << page.join(QStringLiteral(" | ")).toStdString();
        EXPECT_TRUE(joined.contains(theme.number + QLatin1Char(' ') + theme.fullTitle + QStringLiteral(" (continued)")))
            << "page " << p + 1;
        // "(2)ア⑨", never a bare ⑨ at the top of a page.
        EXPECT_NE(first.fullNumber, first.number);
        EXPECT_TRUE(page.contains(first.fullNumber)) << "page " << p + 1;
        EXPECT_FALSE(page.contains(first.number)) << "page " << p + 1;
        // The rows after it carry their own numbers.
        if (pages[p].firstRow + 1 < pages[p].endRow) {
            const Row &second = layout.rows()[pages[p].firstRow + 1];
            if (second.kind == Row::Kind::Measure) {
                EXPECT_TRUE(page.contains(second.number)) << "page " << p + 1;
            }
        }
    }
    EXPECT_GT(checked, 0);
}

TEST(RoadmapContinuation, RepeatedHeadersLeaveLessRoomForRows)
{
    // Every page holds its repeated headers and its rows within the page.
    const Plan plan = longThemePlan();
    const RoadmapLayout layout(plan, RoadmapOptions(), 1130);
    for (const Page &page : layout.paginate(pageHeight)) {
        qreal used = page.continuedHeight();
        for (int r = page.firstRow; r < page.endRow; ++r)
            used += layout.rows()[r].height;
        EXPECT_LE(used, pageHeight - RoadmapLayout::pageChromeHeight() + 1e-6);
    }
}
