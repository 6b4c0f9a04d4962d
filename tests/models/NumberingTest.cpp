#include "models/Numbering.h"
#include "tests/support/TestSupport.h"

#include <functional>

// Golden cases of PlanNumbers: a plan shape, its numbering settings, and
// the labels the plan must print.
namespace {

using Style = LevelNumbering::Style;

// A plan of themes; each theme is (section id or 0, measure count).
Plan shaped(const QList<QPair<int, int>> &themes, int sectionCount)
{
    Plan plan;
    for (int s = 1; s <= sectionCount; ++s)
        plan.sections << Section { s, QStringLiteral("Section %1").arg(s), QString() };
    int measureId = 100;
    for (int t = 0; t < themes.size(); ++t) {
        Theme theme;
        theme.id = t + 1;
        theme.sectionId = themes[t].first;
        for (int m = 0; m < themes[t].second; ++m) {
            Measure measure;
            measure.id = ++measureId;
            measure.themeId = theme.id;
            theme.measures << measure;
        }
        plan.themes << theme;
    }
    return plan;
}

void numberWith(Plan *plan, LevelNumbering section, LevelNumbering theme, LevelNumbering measure)
{
    plan->info.numbering[PlanInfo::SectionLevel] = section;
    plan->info.numbering[PlanInfo::ThemeLevel] = theme;
    plan->info.numbering[PlanInfo::MeasureLevel] = measure;
}

struct Expected
{
    enum class What { Section, Theme, Measure, FullTheme, FullMeasure } what;
    int id;
    const char16_t *label;
};

struct NumberingCase
{
    const char *name;
    std::function<Plan()> plan;
    QList<Expected> expected;
};

void PrintTo(const NumberingCase &c, std::ostream *os)
{
    *os << c.name;
}

using W = Expected::What;

const QList<NumberingCase> &cases()
{
    static const QList<NumberingCase> all = {
        // Nishinoshima: themes 1–5 outside sections, section 6 holding
        // (1)–(7), measures ①.
        { "nishinoshima",
          [] {
              QList<QPair<int, int>> themes;
              for (int t = 0; t < 5; ++t)
                  themes << qMakePair(0, 2);
              for (int t = 0; t < 7; ++t)
                  themes << qMakePair(1, 2);
              Plan plan = shaped(themes, 1);
              numberWith(&plan, { Style::Arabic, QStringLiteral("重点的に取り組む事項"), true },
                         { Style::Parenthesised, QString(), true }, { Style::Circled, QString(), true });
              return plan;
          },
          { { W::Theme, 1, u"重点的に取り組む事項1" }, { W::Theme, 5, u"重点的に取り組む事項5" },
            { W::Section, 1, u"重点的に取り組む事項6" }, { W::Theme, 6, u"(1)" }, { W::Theme, 12, u"(7)" },
            { W::FullTheme, 12, u"6(7)" }, { W::FullTheme, 3, u"3" }, { W::Measure, 102, u"②" },
            { W::FullMeasure, 124, u"6(7)②" }, { W::FullMeasure, 101, u"1①" } } },
        // Okayama: (1) ア, no measure numbers, themes restart per section.
        { "okayama",
          [] {
              Plan plan = shaped({ { 1, 1 }, { 1, 0 }, { 2, 2 }, { 2, 0 }, { 3, 1 } }, 3);
              numberWith(&plan, { Style::Parenthesised, QString(), true }, { Style::Katakana, QString(), true },
                         { Style::None, QString(), true });
              return plan;
          },
          { { W::Section, 2, u"(2)" }, { W::Theme, 1, u"ア" }, { W::Theme, 2, u"イ" }, { W::Theme, 3, u"ア" },
            { W::FullTheme, 4, u"(2)イ" }, { W::FullTheme, 5, u"(3)ア" }, { W::Measure, 102, u"" },
            { W::FullMeasure, 102, u"(2)ア" } } },
        // Themes running on through sections; measures running on through
        // the plan; 第1 and (ア).
        { "running-on",
          [] {
              Plan plan = shaped({ { 1, 2 }, { 1, 1 }, { 2, 1 } }, 2);
              numberWith(&plan, { Style::Dai, QString(), true }, { Style::ParenthesisedKatakana, QString(), false },
                         { Style::Arabic, QString(), false });
              return plan;
          },
          { { W::Section, 1, u"第1" }, { W::Section, 2, u"第2" }, { W::Theme, 3, u"(ウ)" },
            { W::Measure, 104, u"4" }, { W::FullMeasure, 104, u"第2(ウ)4" } } },
        // Two plain numbers side by side are kept apart: 3-2, not 32.
        { "arabic-under-arabic",
          [] {
              Plan plan = shaped({ { 1, 0 }, { 2, 0 }, { 3, 0 }, { 3, 2 } }, 3);
              numberWith(&plan, { Style::Arabic, QStringLiteral("第"), true }, { Style::Arabic, QString(), true },
                         { Style::Arabic, QString(), true });
              return plan;
          },
          { { W::Section, 3, u"第3" }, { W::FullTheme, 4, u"3-2" }, { W::FullMeasure, 102, u"3-2-2" } } },
        // Version 1 plans: sections unnumbered, themes 1, 2, ... through the
        // plan whether in a section or not, measures ① per theme.
        { "version-1",
          [] {
              Plan plan = shaped({ { 1, 1 }, { 1, 1 }, { 0, 1 }, { 2, 3 } }, 2);
              numberWith(&plan, { Style::None, QString(), true }, { Style::Arabic, QString(), false },
                         { Style::Circled, QString(), true });
              return plan;
          },
          { { W::Section, 1, u"" }, { W::Theme, 1, u"1" }, { W::Theme, 3, u"3" }, { W::Theme, 4, u"4" },
            { W::FullMeasure, 106, u"4③" } } },
        // A section no theme is in yet comes after the others.
        { "empty-section",
          [] {
              Plan plan = shaped({ { 2, 0 } }, 2);
              numberWith(&plan, { Style::Arabic, QString(), true }, { Style::Katakana, QString(), true },
                         { Style::Circled, QString(), true });
              return plan;
          },
          { { W::Section, 2, u"1" }, { W::Section, 1, u"2" } } },
    };
    return all;
}

class NumberingGolden : public ::testing::TestWithParam<NumberingCase>
{
};

} // namespace

TEST_P(NumberingGolden, PrintsTheNumbersThePlanStates)
{
    const Plan plan = GetParam().plan();
    const PlanNumbers numbers(plan);
    for (const Expected &e : GetParam().expected) {
        QString actual;
        switch (e.what) {
        case W::Section: actual = numbers.section(e.id); break;
        case W::Theme: actual = numbers.theme(e.id); break;
        case W::Measure: actual = numbers.measure(e.id); break;
        case W::FullTheme: actual = numbers.fullTheme(e.id); break;
        case W::FullMeasure: actual = numbers.fullMeasure(e.id); break;
        }
        EXPECT_EQ(actual, QString::fromUtf16(e.label)) << "what " << int(e.what) << " id " << e.id;
    }
}

INSTANTIATE_TEST_SUITE_P(Plans, NumberingGolden, ::testing::ValuesIn(cases()),
                         [](const ::testing::TestParamInfo<NumberingCase> &info) {
                             return QString::fromLatin1(info.param.name).replace(QLatin1Char('-'), QLatin1Char('_')).toStdString();
                         });

TEST(Numbering, EveryStyleWritesItsFirstNumbers)
{
    EXPECT_EQ(PlanNumbers::format(Style::Arabic, 12), QStringLiteral("12"));
    EXPECT_EQ(PlanNumbers::format(Style::Parenthesised, 3), QStringLiteral("(3)"));
    EXPECT_EQ(PlanNumbers::format(Style::Katakana, 1), QStringLiteral("ア"));
    EXPECT_EQ(PlanNumbers::format(Style::Katakana, 6), QStringLiteral("カ"));
    EXPECT_EQ(PlanNumbers::format(Style::ParenthesisedKatakana, 2), QStringLiteral("(イ)"));
    EXPECT_EQ(PlanNumbers::format(Style::Circled, 20), QStringLiteral("⑳"));
    EXPECT_EQ(PlanNumbers::format(Style::Circled, 21), QStringLiteral("(21)"));
    EXPECT_EQ(PlanNumbers::format(Style::Dai, 4), QStringLiteral("第4"));
    EXPECT_EQ(PlanNumbers::format(Style::None, 4), QString());
    // Past ン the number is written in digits rather than repeating.
    EXPECT_EQ(PlanNumbers::format(Style::Katakana, 46), QStringLiteral("ン"));
    EXPECT_EQ(PlanNumbers::format(Style::Katakana, 47), QStringLiteral("47"));
}
