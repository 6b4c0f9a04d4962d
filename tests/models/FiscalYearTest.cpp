#include "models/FiscalYear.h"
#include "models/Measure.h"
#include "tests/support/TestSupport.h"

using namespace FiscalYear;

TEST(FiscalYear, DateBelongsToTheYearStartingInApril)
{
    EXPECT_EQ(ofDate(QDate(2024, 4, 1)), 2024);
    EXPECT_EQ(ofDate(QDate(2025, 3, 31)), 2024);
    EXPECT_EQ(ofDate(QDate(2024, 3, 31)), 2023);
    EXPECT_EQ(firstDay(2024), QDate(2024, 4, 1));
    EXPECT_EQ(lastDay(2024), QDate(2025, 3, 31));
}

TEST(FiscalYear, LabelsInEveryEraStyle)
{
    EXPECT_EQ(label(2024, EraStyle::Reiwa), QStringLiteral("令和6年度"));
    EXPECT_EQ(label(2028, EraStyle::Reiwa), QStringLiteral("令和10年度"));
    EXPECT_EQ(label(2024, EraStyle::Western), QStringLiteral("FY2024"));
    EXPECT_EQ(label(2026, EraStyle::Both), QStringLiteral("令和8(2026)年度"));
    EXPECT_EQ(label(2019, EraStyle::Reiwa), QStringLiteral("令和元年度"));
    EXPECT_EQ(label(2017, EraStyle::Reiwa), QStringLiteral("平成29年度"));
    EXPECT_EQ(shortLabel(2024, EraStyle::Reiwa), QStringLiteral("R6"));
    EXPECT_EQ(monthLabel(2024, 11, EraStyle::Reiwa), QStringLiteral("令和6年11月"));
    EXPECT_EQ(monthLabel(2019, 4, EraStyle::Reiwa), QStringLiteral("平成31年4月"));
}

TEST(FiscalYear, EraStyleNamesRoundTrip)
{
    for (EraStyle s : { EraStyle::Reiwa, EraStyle::Western, EraStyle::Both }) {
        EraStyle back = EraStyle::Reiwa;
        EXPECT_TRUE(eraStyleFromName(eraStyleName(s), &back));
        EXPECT_EQ(back, s);
    }
    EraStyle unused;
    EXPECT_FALSE(eraStyleFromName(QStringLiteral("showa"), &unused));
}

TEST(FiscalYear, MonthIndexStartsInApril)
{
    EXPECT_EQ(monthIndex(4), 0);
    EXPECT_EQ(monthIndex(12), 8);
    EXPECT_EQ(monthIndex(3), 11);
    for (int i = 0; i < 12; ++i)
        EXPECT_EQ(monthIndex(calendarMonth(i)), i);
}

TEST(FiscalYear, PhaseOffsetsCountMonthsFromThePlanStart)
{
    const Phase wholeYears { Phase::Kind::Study, QString(), 2024, 0, 2025, 0 };
    EXPECT_EQ(wholeYears.startOffset(2024), 0);
    EXPECT_EQ(wholeYears.endOffset(2024), 24);
    // 令和8年9月から (September 2026) to the end of January 2027.
    const Phase months { Phase::Kind::Operate, QString(), 2026, 9, 2026, 1 };
    EXPECT_EQ(months.startOffset(2024), 24 + 5);
    EXPECT_EQ(months.endOffset(2024), 24 + 10);
}
