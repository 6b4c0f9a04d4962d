#include "views/roadmap/RoadmapEditing.h"

#include <gtest/gtest.h>

using namespace RoadmapEditing;

namespace {

const Phase study { Phase::Kind::Study, QStringLiteral("検討・準備"), 2024, 0, 2025, 0 };

} // namespace

TEST(RoadmapEditing, MovingAWholeYearPhaseByYearsKeepsWholeYears)
{
    const Phase moved = dragged(study, 2024, Grip::Body, 12);
    EXPECT_EQ(moved.startYear, 2025);
    EXPECT_EQ(moved.startMonth, 0);
    EXPECT_EQ(moved.endYear, 2026);
    EXPECT_EQ(moved.endMonth, 0);
    EXPECT_EQ(moved.label, study.label);
    EXPECT_EQ(moved.kind, study.kind);
}

TEST(RoadmapEditing, MovingByMonthsSetsCalendarMonths)
{
    // Three months later: July FY2024 to June FY2026.
    const Phase moved = dragged(study, 2024, Grip::Body, 3);
    EXPECT_EQ(moved.startYear, 2024);
    EXPECT_EQ(moved.startMonth, 7);
    EXPECT_EQ(moved.endYear, 2026);
    EXPECT_EQ(moved.endMonth, 6);
    EXPECT_EQ(moved.endOffset(2024) - moved.startOffset(2024), 24);
}

TEST(RoadmapEditing, MovingAcrossTheNewYearStaysInTheFiscalYear)
{
    // October to December FY2025 moved four months: February to April.
    const Phase p { Phase::Kind::Procure, QStringLiteral("調達"), 2025, 10, 2025, 12 };
    const Phase moved = dragged(p, 2024, Grip::Body, 4);
    EXPECT_EQ(moved.startYear, 2025); // February 2026 is still FY2025
    EXPECT_EQ(moved.startMonth, 2);
    EXPECT_EQ(moved.endYear, 2026);
    EXPECT_EQ(moved.endMonth, 4);
}

TEST(RoadmapEditing, DraggingEndsChangesOneSide)
{
    Phase p = dragged(study, 2024, Grip::End, 2); // through May FY2026
    EXPECT_EQ(p.startYear, 2024);
    EXPECT_EQ(p.startMonth, 0);
    EXPECT_EQ(p.endYear, 2026);
    EXPECT_EQ(p.endMonth, 5);
    p = dragged(study, 2024, Grip::Start, -1); // from March FY2023
    EXPECT_EQ(p.startYear, 2023);
    EXPECT_EQ(p.startMonth, 3);
    EXPECT_EQ(p.endYear, 2025);
    EXPECT_EQ(p.endMonth, 0);
}

TEST(RoadmapEditing, APhaseKeepsAtLeastOneMonth)
{
    const Phase shrunk = dragged(study, 2024, Grip::End, -100);
    EXPECT_EQ(shrunk.startOffset(2024), 0);
    EXPECT_EQ(shrunk.endOffset(2024), 1);
    EXPECT_EQ(shrunk.endYear, 2024);
    EXPECT_EQ(shrunk.endMonth, 4);
    const Phase pushed = dragged(study, 2024, Grip::Start, 100);
    EXPECT_EQ(pushed.startOffset(2024), 23);
    EXPECT_EQ(pushed.endOffset(2024), 24);
}

TEST(RoadmapEditing, OffsetsRoundTrip)
{
    for (int start = -30; start < 80; start += 7)
        for (int length = 1; length < 40; length += 5) {
            const Phase p = withOffsets(study, 2024, start, start + length);
            EXPECT_EQ(p.startOffset(2024), start);
            EXPECT_EQ(p.endOffset(2024), start + length);
        }
}

TEST(RoadmapEditing, MilestonesMoveByMonths)
{
    const Milestone september { QStringLiteral("移行"), 2025, 9 };
    Milestone m = moved(september, 7); // April FY2026
    EXPECT_EQ(m.year, 2026);
    EXPECT_EQ(m.month, 4);
    m = moved(september, -6); // March FY2024
    EXPECT_EQ(m.year, 2024);
    EXPECT_EQ(m.month, 3);
    EXPECT_EQ(m.label, september.label);
}

TEST(RoadmapEditing, SometimeInTheYearMilestonesMoveByWholeYearsOrFromMidYear)
{
    const Milestone sometime { QStringLiteral("運用開始"), 2026, 0 };
    Milestone m = moved(sometime, -24);
    EXPECT_EQ(m.year, 2024);
    EXPECT_EQ(m.month, 0);
    m = moved(sometime, 1); // drawn mid-year (October): one month later is November
    EXPECT_EQ(m.year, 2026);
    EXPECT_EQ(m.month, 11);
}

TEST(RoadmapEditing, NewItemsLandWhereClicked)
{
    const Milestone m = milestoneAt(QStringLiteral("契約"), 2024, 22); // FY2025, eleventh month
    EXPECT_EQ(m.year, 2025);
    EXPECT_EQ(m.month, 2);
    const Phase p = phaseForYear(Phase::Kind::Build, QStringLiteral("構築"), 2027);
    EXPECT_EQ(p.startOffset(2024), 36);
    EXPECT_EQ(p.endOffset(2024), 48);
}

TEST(RoadmapEditing, DragsSnapToTheNearestMonth)
{
    EXPECT_EQ(snappedMonths(0.4 * 14, 14), 0);
    EXPECT_EQ(snappedMonths(0.6 * 14, 14), 1);
    EXPECT_EQ(snappedMonths(-2.6 * 14, 14), -3);
    EXPECT_EQ(snappedMonths(12 * 14.2, 14.2), 12);
}
