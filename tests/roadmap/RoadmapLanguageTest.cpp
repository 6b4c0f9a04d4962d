#include "tests/roadmap/RoadmapTestPlans.h"

#include "views/common/PhaseText.h"
#include "views/common/PrintedText.h"
#include "views/roadmap/RoadmapRenderer.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <QTranslator>

using namespace RoadmapTest;

namespace {

// A PC set up in one language: its locale, and for Japanese the
// application's Japanese translation installed, as main() does there.
class PcLanguage
{
public:
    explicit PcLanguage(QLocale::Language language) : m_saved(QLocale())
    {
        QLocale::setDefault(QLocale(language));
        if (language == QLocale::Japanese && m_translator.load(QStringLiteral(":/i18n/dxplan_ja.qm")))
            QCoreApplication::installTranslator(&m_translator);
    }
    ~PcLanguage()
    {
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(m_saved);
    }

private:
    QLocale m_saved;
    QTranslator m_translator;
};

QString printedText(const Plan &plan)
{
    const RoadmapLayout layout(plan, RoadmapOptions(), 1130);
    return RoadmapRenderer(plan, RoadmapOptions(), layout).textContent();
}

QString legendText(const Plan &plan)
{
    QString text;
    const RoadmapLayout layout(plan, RoadmapOptions(), 1130);
    for (const RoadmapLayout::LegendEntry &entry : layout.legend())
        text += entry.label + QLatin1Char('|');
    return text;
}

Plan inLanguage(Plan plan, const QString &language)
{
    plan.info.language = language;
    return plan;
}

} // namespace

TEST(RoadmapLanguage, TheJapaneseTranslationIsEmbedded)
{
    EXPECT_EQ(PrintedText::text(QStringLiteral("ja"), "RoadmapRenderer", "Measure"), QStringLiteral("取組施策"));
    EXPECT_EQ(PrintedText::text(QStringLiteral("en"), "RoadmapRenderer", "Measure"), QStringLiteral("Measure"));
}

TEST(RoadmapLanguage, AnEnglishPlanPrintsEnglishOnAJapanesePc)
{
    const Plan plan = inLanguage(nishinoshimaLikePlan(), QStringLiteral("en"));
    const PcLanguage pc(QLocale::Japanese);
    ASSERT_EQ(QCoreApplication::translate("RoadmapRenderer", "Measure"), QStringLiteral("取組施策"))
        << "the Japanese PC is not set up";
    const QString text = printedText(plan);
    for (const char *word : { "No.", "Measure", "Plan period", "Printed", "Milestone", " (continued)", "FY2024" })
        EXPECT_TRUE(text.contains(QLatin1String(word))) << word;
    // (The plan's own texts may be in Japanese; the roadmap's words are not.)
    for (const char *word : { "取組施策", "計画期間", "出力日", "令和6(2024)年度" })
        EXPECT_FALSE(text.contains(QString::fromUtf8(word))) << word;
    EXPECT_EQ(legendText(plan), QStringLiteral("Study / prepare|Operation|"));
}

TEST(RoadmapLanguage, AJapanesePlanPrintsJapaneseOnAnEnglishPc)
{
    const Plan plan = nishinoshimaLikePlan();
    ASSERT_EQ(plan.info.language, QStringLiteral("ja"));
    const PcLanguage pc(QLocale::English);
    ASSERT_EQ(QCoreApplication::translate("RoadmapRenderer", "Measure"), QStringLiteral("Measure"));
    const QString text = printedText(plan);
    for (const char *word : { "取組施策", "計画期間", "出力日", "令和6(2024)年度" })
        EXPECT_TRUE(text.contains(QString::fromUtf8(word))) << word;
    for (const char *word : { "Measure", "Plan period", "Printed" })
        EXPECT_FALSE(text.contains(QLatin1String(word))) << word;
    EXPECT_EQ(legendText(plan), QStringLiteral("検討・準備|運用|"));
    // The same plan in English reads differently: the words come from the plan's language.
    EXPECT_NE(printedText(inLanguage(plan, QStringLiteral("en"))), text);
}

TEST(RoadmapLanguage, OpenEndedPlanPrintsNoPeriod)
{
    const Plan okayama = okayamaLikePlan();
    for (const QString &language : { QStringLiteral("ja"), QStringLiteral("en") }) {
        const QString text = printedText(inLanguage(okayama, language));
        EXPECT_FALSE(text.contains(QStringLiteral("計画期間"))) << language.toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("Plan period"))) << language.toStdString();
    }
    Plan ended = okayama;
    ended.info.endYear = 2030;
    EXPECT_TRUE(printedText(inLanguage(ended, QStringLiteral("en"))).contains(QStringLiteral("Plan period")));
}

TEST(RoadmapLanguage, TheFooterDatesComeFromThePlansRevisionsOnly)
{
    Plan plan = inLanguage(okayamaLikePlan(), QStringLiteral("en"));
    const QString latest = RoadmapRenderer::dateText(QDate(2024, 5, 1), FiscalYear::EraStyle::Western);
    EXPECT_TRUE(printedText(plan).contains(latest));
    plan.revisions.clear();
    const QString text = printedText(plan);
    EXPECT_FALSE(text.contains(latest));
    EXPECT_FALSE(text.contains(QStringLiteral("Adopted")));
    EXPECT_FALSE(text.contains(QStringLiteral("Revised")));
    // A revision without a summary is named by its kind.
    plan.revisions = { { 1, { QDate(2021, 10, 1), false }, Revision::Kind::Adopted, QString(), QString(), QString(), false } };
    EXPECT_TRUE(printedText(plan).contains(QStringLiteral("Adopted")));
    // A revision the plan dates to the month is printed to the month.
    plan.revisions = { { 1, { QDate(2026, 3, 1), true }, Revision::Kind::Revised, QString(), QString(), QString(), false } };
    EXPECT_TRUE(printedText(plan).contains(QStringLiteral("2026-03")));
    EXPECT_FALSE(printedText(plan).contains(QStringLiteral("2026-03-01")));
}

TEST(RoadmapLanguage, AllDepartmentsIsSaidInThePlansLanguage)
{
    const Plan plan = nishinoshimaLikePlan();
    RoadmapOptions options;
    options.showDepartments = true;
    const PcLanguage pc(QLocale::English);
    auto departments = [&](const Plan &p) {
        QStringList cells;
        const RoadmapLayout layout(p, options, 1130);
        for (const RoadmapLayout::Row &row : layout.rows())
            if (row.kind == RoadmapLayout::Row::Kind::Measure && p.measure(row.measureId)->allDepartments)
                cells << row.departments;
        return cells;
    };
    const QStringList japanese = departments(plan);
    ASSERT_FALSE(japanese.isEmpty());
    for (const QString &cell : japanese)
        EXPECT_EQ(cell, QStringLiteral("全課"));
    for (const QString &cell : departments(inLanguage(plan, QStringLiteral("en"))))
        EXPECT_EQ(cell, QStringLiteral("All departments"));
}

// The characters a PDF's text layer is corrected for (PdfTextLayerFix):
// each one the roadmap prints, once, whether it takes one UTF-16 unit or
// two.
TEST(RoadmapLanguage, DrawnCharactersAreThePrintedTextsEachOnce)
{
    Plan plan = nishinoshimaLikePlan();
    // 𠮷 lies outside the Basic Multilingual Plane: a surrogate pair.
    plan.themes.first().measures.first().title = QStringLiteral("𠮷野家の窓口・自治体DX");
    const RoadmapLayout layout(plan, RoadmapOptions(), 1130);
    const RoadmapRenderer renderer(plan, RoadmapOptions(), layout);
    const QList<uint> printed = renderer.textContent().toUcs4();
    const QList<uint> drawn = renderer.drawnCharacters().toUcs4();
    EXPECT_EQ(QSet<uint>(drawn.begin(), drawn.end()).size(), drawn.size());
    EXPECT_EQ(QSet<uint>(drawn.begin(), drawn.end()), QSet<uint>(printed.begin(), printed.end()));
    EXPECT_TRUE(drawn.contains(0x20BB7));
    EXPECT_TRUE(drawn.contains(QChar(u'・').unicode()));
    EXPECT_LT(drawn.size(), printed.size());
}
