#include "models/DateText.h"

#include <gtest/gtest.h>

namespace {

struct DateForm
{
    const char *text;
    DateText::Precision precision;
    int year, month, day; // 0: refused
    bool monthOnly;
};

using P = DateText::Precision;

// Every form the issue names, as planners type them, and the ones that
// must be refused rather than guessed.
const DateForm forms[] = {
    { "2025/3/31", P::Day, 2025, 3, 31, false },
    { "2025-03-31", P::Day, 2025, 3, 31, false },
    { "2025.3.31", P::Day, 2025, 3, 31, false },
    { "2025年3月31日", P::Day, 2025, 3, 31, false },
    { "20250331", P::Day, 2025, 3, 31, false },
    { "R7.3.31", P::Day, 2025, 3, 31, false },
    { "r7/3/31", P::Day, 2025, 3, 31, false },
    { "令和7年3月31日", P::Day, 2025, 3, 31, false },
    { "令和 7 年 3 月 31 日", P::Day, 2025, 3, 31, false },
    { "令和元年5月1日", P::Day, 2019, 5, 1, false },
    { "令和7(2025)年3月31日", P::Day, 2025, 3, 31, false },
    { "令和7（2025）年3月31日", P::Day, 2025, 3, 31, false },
    { "平成31年4月30日", P::Day, 2019, 4, 30, false },
    { "H30.4.1", P::Day, 2018, 4, 1, false },
    { "２０２５／３／３１", P::Day, 2025, 3, 31, false },
    { "Ｒ７．３．３１", P::Day, 2025, 3, 31, false },
    { " 2025/3/31 ", P::Day, 2025, 3, 31, false },
    // Months, where the field allows them: day 1 stands for the month.
    { "2025/3", P::DayOrMonth, 2025, 3, 1, true },
    { "2025-03", P::DayOrMonth, 2025, 3, 1, true },
    { "2025年3月", P::DayOrMonth, 2025, 3, 1, true },
    { "R7.3", P::DayOrMonth, 2025, 3, 1, true },
    { "令和7年3月", P::DayOrMonth, 2025, 3, 1, true },
    { "令和7年3月末", P::DayOrMonth, 2025, 3, 1, true },
    { "令和7年3月31日", P::DayOrMonth, 2025, 3, 31, false },
    // Refused.
    { "2025/3", P::Day, 0, 0, 0, false },
    { "令和7年3月", P::Day, 0, 0, 0, false },
    { "2025/2/30", P::Day, 0, 0, 0, false },
    { "2025/13/1", P::DayOrMonth, 0, 0, 0, false },
    { "31/3/2025", P::Day, 0, 0, 0, false },
    { "25/3/31", P::Day, 0, 0, 0, false },
    { "2025/3-31", P::Day, 0, 0, 0, false },
    { "昭和60年1月1日", P::Day, 0, 0, 0, false },
    { "令和7(2024)年3月31日", P::Day, 0, 0, 0, false },
    { "", P::DayOrMonth, 0, 0, 0, false },
    { "tomorrow", P::DayOrMonth, 0, 0, 0, false },
};

class DateTextForms : public ::testing::TestWithParam<DateForm>
{
};

TEST_P(DateTextForms, ReadsAsPeopleWriteDates)
{
    const DateForm &form = GetParam();
    const std::optional<PlanDate> date = DateText::parse(QString::fromUtf8(form.text), form.precision);
    if (form.year == 0) {
        EXPECT_FALSE(date.has_value()) << date->toString().toStdString();
        return;
    }
    ASSERT_TRUE(date.has_value());
    EXPECT_EQ(date->date, QDate(form.year, form.month, form.day));
    EXPECT_EQ(date->monthOnly, form.monthOnly);
}

INSTANTIATE_TEST_SUITE_P(Forms, DateTextForms, ::testing::ValuesIn(forms));

TEST(DateText, ShowsOneFormatPerEraSetting)
{
    using S = FiscalYear::EraStyle;
    const PlanDate day { QDate(2025, 3, 31), false };
    const PlanDate month { QDate(2024, 11, 1), true };
    EXPECT_EQ(DateText::format(day, S::Reiwa), QStringLiteral("令和7年3月31日"));
    EXPECT_EQ(DateText::format(day, S::Western), QStringLiteral("2025-03-31"));
    EXPECT_EQ(DateText::format(day, S::Both), QStringLiteral("令和7(2025)年3月31日"));
    EXPECT_EQ(DateText::format(month, S::Reiwa), QStringLiteral("令和6年11月"));
    EXPECT_EQ(DateText::format(month, S::Western), QStringLiteral("2024-11"));
    EXPECT_EQ(DateText::format(PlanDate(), S::Reiwa), QString());
}

TEST(DateText, WhatItShowsReadsBackInEveryStyle)
{
    using S = FiscalYear::EraStyle;
    for (S style : { S::Reiwa, S::Western, S::Both })
        for (const PlanDate &date : { PlanDate { QDate(2019, 5, 1), false }, PlanDate { QDate(2030, 12, 1), true },
                                      PlanDate { QDate(2024, 2, 29), false } }) {
            const QString shown = DateText::format(date, style);
            EXPECT_EQ(DateText::parse(shown, P::DayOrMonth), date) << shown.toStdString();
        }
}

} // namespace
