// PlanJson::write() writes the JSON text directly; these tests hold it to
// the bytes QJsonDocument writes for PlanJson::toObject(), which is what
// write() produced before, and check the quicker reading and scanning.
#include "models/JsonDuplicateKeys.h"
#include "models/PlanGenerator.h"
#include "models/PlanJson.h"
#include "models/PlanStore.h"
#include "models/SamplePlan.h"
#include "models/WorkingCopy.h"
#include "tests/support/TestSupport.h"

#include <QJsonDocument>
#include <QTemporaryDir>

namespace {

QByteArray viaJsonDocument(const Plan &plan)
{
    return QJsonDocument(PlanJson::toObject(plan)).toJson(QJsonDocument::Indented);
}

// Every text of the sample made awkward for a JSON writer, and every
// figure a number a plan may hold.
Plan awkwardPlan()
{
    Plan plan = samplePlan();
    // The first theme gets a measure, the plan a KPI, whatever the sample holds.
    if (plan.themes[0].measures.isEmpty())
        plan.themes[0].measures = { plan.themes[1].measures.value(0) };
    plan.themes[0].measures[0].themeId = plan.themes[0].id;
    if (plan.kpis.isEmpty()) {
        plan.kpis = { Kpi { } };
        plan.kpis[0].id = 1;
        plan.kpis[0].name = QStringLiteral("指標");
    }
    const QString awkward = QStringLiteral("\"quoted\" back\\slash /slash \b\f\n\r\t")
        + QChar(0x01) + QChar(0x1F) + QChar(0x7F) + QChar(0) + QStringLiteral(" é 日本 ")
        + QChar(0x2028) + QChar(0x202E) + QChar(0xFFFE) + QChar(0xFEFF)
        + QString::fromUtf8("\xF0\x9F\x98\x80") // a surrogate pair
        + QChar(0xD83D) + QStringLiteral("x")   // a lone high surrogate
        + QChar(0xDE00) + QStringLiteral("y");  // a lone low surrogate
    plan.info.title = awkward;
    plan.info.goal = awkward + QChar(0xD83D); // a high surrogate at the very end
    plan.info.endYear = 0;                    // open-ended: null
    plan.info.phaseKindNames = { QStringLiteral("調査") };
    plan.info.documentParts.clear();
    Theme &theme = plan.themes[0];
    theme.sectionId = 0;
    theme.futureCandidates = { awkward, QString(), QStringLiteral("候補") };
    theme.phases = { { Phase::Kind::Build, awkward, 2024, 4, 2025, 3 } };
    theme.milestones = { { awkward, 2025, 10 } };
    Measure &measure = theme.measures[0];
    measure.title = awkward;
    measure.audienceIds.clear();
    measure.phases.clear();
    measure.milestones = { { QString(), 2024, 0 } };
    Kpi &kpi = plan.kpis[0];
    kpi.baselineValue = -0.0;
    kpi.themeId = 0;
    kpi.targets = { { 2024, 0.1, QString() }, { 2025, 1e15, awkward }, { 2026, -1e15, QString() },
                    { 2027, 1e-7, QString() }, { 2028, 123456.789, QString() }, { 2029, std::nullopt, awkward } };
    kpi.actuals = { { { QDate(2025, 3, 31), false }, -2.5, awkward }, { { QDate(2025, 6, 1), true }, std::nullopt, QStringLiteral("n") } };
    kpi.targetRevisions = { { 2026, { QDate(2025, 4, 1), true }, 3.0, awkward, std::nullopt, QString(), awkward } };
    plan.revisions = { { 1, { QDate(2024, 4, 1), false }, Revision::Kind::Adopted, awkward, QString(), awkward, false } };
    plan.figures = { { 1, awkward, QString(), QStringLiteral("image/png"), QByteArray("\x89PNG\r\n\x1a\n\0\xff", 10) },
                     { 2, QStringLiteral("空"), awkward, QStringLiteral("image/svg+xml"), QByteArray() } };
    return plan;
}

} // namespace

TEST(PlanJsonWriter, WritesTheBytesQJsonDocumentWrites)
{
    QList<Plan> plans { PlanGenerator::generate(1000, 7), Plan(), awkwardPlan() };
    for (const QString &name : SamplePlan::names()) {
        Plan sample;
        QString error;
        ASSERT_TRUE(SamplePlan::load(name, &sample, &error)) << error.toStdString();
        plans << sample;
    }
    for (const Plan &plan : plans)
        EXPECT_EQ(PlanJson::write(plan), viaJsonDocument(plan)) << plan.info.title.toStdString();
}

TEST(PlanJsonWriter, AnAwkwardPlanReadsBackAsItWas)
{
    Plan plan = awkwardPlan();
    // Lone surrogates do not survive UTF-8 (they read back as U+FFFD), and
    // -0 is written as 0: keep what can round-trip.
    plan.info.title = QStringLiteral("\"q\" \\ \b\f\n\r\t") + QChar(0x01) + QChar(0x7F) + QChar(0x2028)
        + QString::fromUtf8("\xF0\x9F\x98\x80");
    plan.info.goal = plan.info.title;
    plan.themes[0].futureCandidates = { plan.info.title };
    plan.themes[0].phases[0].label = plan.info.title;
    plan.themes[0].milestones[0].label = plan.info.title;
    plan.themes[0].measures[0].title = plan.info.title;
    plan.kpis[0].baselineValue = 0.0;
    for (KpiTarget &t : plan.kpis[0].targets)
        t.statement = t.value ? QString() : plan.info.title;
    plan.kpis[0].actuals[0].note = plan.info.title;
    plan.kpis[0].targetRevisions[0].oldStatement = plan.info.title;
    plan.kpis[0].targetRevisions[0].reason = plan.info.title;
    plan.revisions[0].summary = plan.info.title;
    plan.figures[0].caption = plan.info.title;
    plan.figures[1].altText = plan.info.title;
    Plan back;
    QString error;
    ASSERT_TRUE(PlanJson::read(PlanJson::write(plan), &back, &error)) << error.toStdString();
    // The revision's author keeps its lone surrogates: written as \u
    // escapes, each reads back as U+FFFD, as a plan file would store it.
    Plan expected = plan;
    QString &author = expected.revisions[0].author;
    for (qsizetype i = 0; i < author.size(); ++i) {
        if (author[i].isHighSurrogate() && i + 1 < author.size() && author[i + 1].isLowSurrogate())
            ++i;
        else if (author[i].isSurrogate())
            author[i] = QChar(0xFFFD);
    }
    ASSERT_EQ(author.count(QChar(0xFFFD)), 2);
    EXPECT_EQ(back.revisions[0].author, author);
    EXPECT_TRUE(back == expected);
    EXPECT_EQ(PlanJson::write(back), PlanJson::write(expected));
}

// A generated plan through everything import and export do: JSON, the
// working database, and back.
TEST(PlanJsonWriter, AGeneratedPlanSurvivesJsonAndTheDatabase)
{
    QTemporaryDir dir;
    WorkingCopy::setRootDirectory(dir.path());
    const Plan plan = PlanGenerator::generate(3000, 11);
    const QByteArray json = PlanJson::write(plan);
    Plan read;
    QString error;
    ASSERT_TRUE(PlanJson::read(json, &read, &error)) << error.toStdString();
    ASSERT_TRUE(read == plan);
    std::unique_ptr<WorkingCopy> copy = WorkingCopy::create(read, QString(), &error);
    ASSERT_TRUE(copy) << error.toStdString();
    Plan loaded;
    {
        PlanStore store(copy->database());
        ASSERT_TRUE(store.load(&loaded)) << store.errorString().toStdString();
    }
    EXPECT_TRUE(loaded == plan);
    EXPECT_EQ(PlanJson::write(loaded), json);
    copy->remove();
}

TEST(JsonDuplicateKeys, FindsARepeatedKeyInALargeObject)
{
    using Kind = JsonDuplicateKeys::Finding::Kind;
    // Past the keys kept in a list, and in objects met after a large one
    // at the same depth.
    QByteArray many = "{";
    for (int i = 0; i < 40; ++i)
        many += "\"k" + QByteArray::number(i) + "\": " + QByteArray::number(i) + ", ";
    QByteArray ok = many + "\"last\": 0}";
    EXPECT_FALSE(JsonDuplicateKeys::scan(ok).found());
    for (int repeated : { 0, 15, 16, 17, 39 }) {
        const QByteArray json = "[" + ok + ", " + many + "\"k" + QByteArray::number(repeated) + "\": 1}]";
        const JsonDuplicateKeys::Finding f = JsonDuplicateKeys::scan(json);
        EXPECT_EQ(f.kind, Kind::DuplicateKey) << repeated;
        EXPECT_EQ(f.key, QStringLiteral("k%1").arg(repeated));
        EXPECT_EQ(f.path, QStringLiteral("$[1]"));
    }
    const QByteArray afterLarge = "[" + ok + ", {\"a\": 1, \"k3\": 2}, {\"b\": 1, \"b\": 2}]";
    const JsonDuplicateKeys::Finding f = JsonDuplicateKeys::scan(afterLarge);
    EXPECT_EQ(f.kind, Kind::DuplicateKey);
    EXPECT_EQ(f.path, QStringLiteral("$[2]"));
    EXPECT_EQ(f.key, QStringLiteral("b"));
    // Keys of a closed object are forgotten when the next one opens.
    EXPECT_FALSE(JsonDuplicateKeys::scan("[{\"a\": {\"x\": 1}}, {\"a\": {\"x\": 2}}]").found());
}
