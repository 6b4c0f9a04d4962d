#include "tests/roadmap/RoadmapTestSupport.h"

#include "views/roadmap/RoadmapStyle.h"

#include <cmath>

using namespace RoadmapTest;
using Row = RoadmapLayout::Row;
using Page = RoadmapLayout::Page;

namespace {

struct PaperCase
{
    RoadmapOptions::Paper paper;
    QPageLayout::Orientation orientation;
};

const PaperCase paperCases[] = {
    { RoadmapOptions::Paper::A3, QPageLayout::Landscape },
    { RoadmapOptions::Paper::A4, QPageLayout::Landscape },
    { RoadmapOptions::Paper::Letter, QPageLayout::Landscape },
    { RoadmapOptions::Paper::A4, QPageLayout::Portrait },
};

// A section or theme header whose rows follow it.
bool headerWithRowsNext(const QList<Row> &rows, int index)
{
    return index + 1 < rows.size()
        && (rows[index + 1].sectionRow == index || rows[index + 1].themeRow == index);
}

// What every pagination must satisfy; `where` names the case on failure.
void expectValidPages(const RoadmapLayout &layout, qreal pageHeight, const std::string &where)
{
    const QList<Row> &rows = layout.rows();
    const QList<Page> pages = layout.paginate(pageHeight);
    ASSERT_FALSE(pages.isEmpty()) << where;
    EXPECT_EQ(pages.first().firstRow, 0) << where;
    EXPECT_EQ(pages.last().endRow, rows.size()) << where;
    for (int p = 0; p < pages.size(); ++p) {
        const Page &page = pages[p];
        ASSERT_LT(page.firstRow, page.endRow) << where << " page " << p;
        // A page repeats the headers of the section and theme it starts in.
        const Row &first = rows[page.firstRow];
        EXPECT_EQ(page.continuedSectionRow, p == 0 ? -1 : first.sectionRow) << where << " page " << p;
        EXPECT_EQ(page.continuedThemeRow, p == 0 ? -1 : first.themeRow) << where << " page " << p;
        const qreal room = pageHeight - RoadmapLayout::pageChromeHeight() - page.continuedHeight();
        if (p > 0) {
            ASSERT_EQ(page.firstRow, pages[p - 1].endRow) << where << " page " << p;
        }
        qreal used = 0;
        for (int r = page.firstRow; r < page.endRow; ++r)
            used += rows[r].height;
        // Whole rows only, within the room (a lone over-tall row excepted).
        if (page.endRow - page.firstRow > 1) {
            EXPECT_LE(used, room + 1e-6) << where << " page " << p;
        }
        const int last = page.endRow - 1;
        if (page.endRow < rows.size()) {
            // A header never ends a page while its rows go on.
            EXPECT_FALSE(headerWithRowsNext(rows, last)) << where << " page " << p;
            // And the page is full: the next row (with the rows under it
            // down to the first measure when it is a header) would not
            // have fitted.
            qreal next = rows[page.endRow].height;
            for (int r = page.endRow; headerWithRowsNext(rows, r); ++r)
                next += rows[r + 1].height;
            EXPECT_GT(used + next, room) << where << " page " << p;
        }
    }
}

} // namespace

TEST(RoadmapPagination, ValidForManyRowCountsOnEveryPaper)
{
    QList<int> counts;
    for (int n = 1; n <= 60; ++n)
        counts << n;
    for (int n = 61; n < 2000; n += 37)
        counts << n;
    counts << 2000;
    for (int n : counts) {
        Plan plan = PlanGenerator::generate(n, n);
        // Collapsed themes and two-line titles vary the row heights.
        RoadmapOptions extra;
        for (int t = 0; t < plan.themes.size(); t += 3)
            extra.collapsedThemeIds.insert(plan.themes[t].id);
        plan.themes.last().measures.first().title += QStringLiteral("（住民・事業者・職員の手続を一元化し、窓口を再設計する）");
        for (const PaperCase &c : paperCases) {
            RoadmapOptions options = paperOptions(c.paper, c.orientation);
            const QRectF area = printableArea(options);
            const std::string where = QStringLiteral("%1 measures on %2 %3")
                .arg(n).arg(RoadmapOptions::paperName(c.paper))
                .arg(c.orientation == QPageLayout::Landscape ? QStringLiteral("landscape") : QStringLiteral("portrait"))
                .toStdString();
            expectValidPages(RoadmapLayout(plan, options, area.width()), area.height(), where);
            extra.paper = c.paper;
            extra.orientation = c.orientation;
            expectValidPages(RoadmapLayout(plan, extra, area.width()), area.height(), where + " collapsed");
        }
    }
}

TEST(RoadmapPagination, PageCountIsAsComputedFromRowHeights)
{
    // One theme of uniform measures: the first page holds the header and
    // as many measures as fit after it, every other page the header again
    // (continued) and as many as fit after it.
    for (const PaperCase &c : paperCases) {
        const RoadmapOptions options = paperOptions(c.paper, c.orientation);
        const QRectF area = printableArea(options);
        const qreal room = area.height() - RoadmapLayout::pageChromeHeight();
        for (int n : { 1, 2, 10, 31, 32, 33, 64, 65, 100, 299, 300, 1000 }) {
            const RoadmapLayout layout(uniformPlan(n), options, area.width());
            const qreal header = layout.rows()[0].height;
            const qreal measure = layout.rows()[1].height;
            const int firstPage = int(std::floor((room - header) / measure + 1e-9));
            const int perPage = int(std::floor((room - RoadmapStyle::themeRowHeight) / measure + 1e-9));
            const int expected = n <= firstPage ? 1 : 1 + (n - firstPage + perPage - 1) / perPage;
            EXPECT_EQ(layout.paginate(area.height()).size(), expected)
                << n << " measures on " << RoadmapOptions::paperName(c.paper).toStdString();
        }
    }
}

TEST(RoadmapPagination, ThemeHeaderThatWouldEndAPageMovesToTheNext)
{
    const RoadmapOptions options = paperOptions(RoadmapOptions::Paper::A4);
    const QRectF area = printableArea(options);
    // Fill page 1 so exactly one row is left: the second theme's header.
    const RoadmapLayout probe(uniformPlan(1), options, area.width());
    const qreal room = area.height() - RoadmapLayout::pageChromeHeight();
    const qreal header = probe.rows()[0].height;
    const qreal measure = probe.rows()[1].height;
    int first = int(std::floor((room - header) / measure));
    while (header + first * measure + header > room)
        --first;
    Plan plan = uniformPlan(first + 3);
    Theme second;
    second.id = 2;
    second.title = QStringLiteral("第二テーマ");
    for (int i = 0; i < 3; ++i) {
        Measure m = plan.themes[0].measures.takeLast();
        m.themeId = 2;
        second.measures.prepend(m);
    }
    plan.themes.append(second);
    const RoadmapLayout layout(plan, options, area.width());
    ASSERT_EQ(layout.rows().size(), 1 + first + 1 + 3);
    ASSERT_LE(header + first * measure + header, room); // the header alone would fit
    const QList<Page> pages = layout.paginate(area.height());
    ASSERT_EQ(pages.size(), 2);
    EXPECT_EQ(pages[0].endRow, 1 + first);
    EXPECT_EQ(layout.rows()[pages[1].firstRow].kind, Row::Kind::Theme);
    EXPECT_EQ(layout.rows()[pages[1].firstRow].themeId, 2);
}

TEST(RoadmapPagination, ThemeWithoutMeasuresMayEndAPage)
{
    // A theme with only bars of its own has no rows to keep with: it is a
    // row like any other.
    Plan plan = uniformPlan(1);
    for (int t = 2; t <= 80; ++t) {
        Theme theme;
        theme.id = t;
        theme.title = QStringLiteral("テーマ%1").arg(t);
        theme.phases = { { Phase::Kind::Operate, QString(), 2024, 0, 2028, 0 } };
        plan.themes.append(theme);
    }
    RoadmapOptions options = paperOptions(RoadmapOptions::Paper::A4);
    const QRectF area = printableArea(options);
    const RoadmapLayout layout(plan, options, area.width());
    const QList<Page> pages = layout.paginate(area.height());
    ASSERT_GT(pages.size(), 1);
    EXPECT_EQ(layout.rows()[pages[0].endRow - 1].kind, Row::Kind::Theme);
    expectValidPages(layout, area.height(), "empty themes");
}

TEST(RoadmapPagination, RowTallerThanAPageGetsAPageOfItsOwn)
{
    const RoadmapLayout layout(uniformPlan(5), RoadmapOptions(), 1000);
    const QList<Page> pages = layout.paginate(RoadmapLayout::pageChromeHeight() + 5);
    ASSERT_EQ(pages.size(), layout.rows().size());
    for (int i = 0; i < pages.size(); ++i) {
        EXPECT_EQ(pages[i].firstRow, i);
        EXPECT_EQ(pages[i].endRow, i + 1);
    }
}

TEST(RoadmapPagination, SamplePlanFitsOneA3Page)
{
    const RoadmapOptions options = paperOptions(RoadmapOptions::Paper::A3);
    const QRectF area = printableArea(options);
    const RoadmapLayout layout(samplePlan(), options, area.width());
    EXPECT_EQ(layout.paginate(area.height()).size(), 1);
}
