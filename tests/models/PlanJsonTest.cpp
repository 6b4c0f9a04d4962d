#include "models/PlanGenerator.h"
#include "models/PlanJson.h"
#include "tests/support/TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>

namespace {

QString readError(const QByteArray &json)
{
    Plan plan;
    QString error;
    EXPECT_FALSE(PlanJson::read(json, &plan, &error));
    return error;
}

// The sample as a JSON object, for tests that break one thing in it.
QJsonObject sampleObject()
{
    return QJsonDocument::fromJson(PlanJson::write(samplePlan())).object();
}

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson();
}

} // namespace

TEST(PlanJson, SampleHoldsNishinoshimasPlan)
{
    const Plan plan = samplePlan();
    EXPECT_EQ(plan.info.title, QStringLiteral("西ノ島町DX推進基本計画"));
    EXPECT_EQ(plan.info.startYear, 2024);
    EXPECT_EQ(plan.info.endYear, 2028);
    EXPECT_EQ(plan.info.vision, QStringLiteral("西ノ島と未来をつなぐデジタルイノベーション"));
    EXPECT_EQ(plan.principles.size(), 3);
    ASSERT_EQ(plan.themes.size(), 12);
    EXPECT_EQ(plan.measureCount(), 23);
    EXPECT_EQ(plan.systems.size(), 17);
    EXPECT_GE(plan.glossary.size(), 15);
    const Measure &first = plan.themes[0].measures[0];
    EXPECT_EQ(first.title, QStringLiteral("基幹システムの標準化・共通化"));
    ASSERT_EQ(first.phases.size(), 2);
    EXPECT_EQ(first.phases[0].label, QStringLiteral("検討・準備"));
    EXPECT_EQ(first.phases[0].endYear, 2025);
    EXPECT_EQ(first.phases[1].kind, Phase::Kind::Operate);
    EXPECT_EQ(first.phases[1].startYear, 2026);
    ASSERT_EQ(plan.kpis.size(), 1);
    const Kpi &card = plan.kpis[0];
    ASSERT_EQ(card.actuals.size(), 2);
    EXPECT_DOUBLE_EQ(card.actuals[0].value, 89.7);
    EXPECT_DOUBLE_EQ(card.actuals[1].value, 93.2);
    EXPECT_EQ(card.actuals[1].date, QDate(2025, 3, 31));
    ASSERT_FALSE(card.targets.isEmpty());
    EXPECT_DOUBLE_EQ(card.targets.last().value, 100.0);
}

TEST(PlanJson, WriteThenReadGivesTheSamePlan)
{
    for (const Plan &plan : { samplePlan(), PlanGenerator::generate(500, 3) }) {
        Plan back;
        QString error;
        ASSERT_TRUE(PlanJson::read(PlanJson::write(plan), &back, &error)) << error.toStdString();
        EXPECT_TRUE(back == plan);
        EXPECT_EQ(PlanJson::write(back), PlanJson::write(plan));
    }
}

TEST(PlanJson, MalformedJsonNamesLineAndColumn)
{
    const QString error = readError("{\n  \"format\": \"dxplan-json\",\n  oops\n}");
    EXPECT_TRUE(error.contains(QStringLiteral("line 3"))) << error.toStdString();
}

TEST(PlanJson, MissingKeyNamesItsPath)
{
    QJsonObject o = sampleObject();
    QJsonArray themes = o.value(QStringLiteral("themes")).toArray();
    QJsonObject theme = themes[1].toObject();
    QJsonArray measures = theme.value(QStringLiteral("measures")).toArray();
    QJsonObject measure = measures[2].toObject();
    measure.remove(QStringLiteral("effect"));
    measures[2] = measure;
    theme[QStringLiteral("measures")] = measures;
    themes[1] = theme;
    o[QStringLiteral("themes")] = themes;
    EXPECT_EQ(readError(bytes(o)), QStringLiteral("$.themes[1].measures[2].effect: missing"));
}

TEST(PlanJson, UnknownKeyWrongTypeAndBadEnumAreRefused)
{
    QJsonObject o = sampleObject();
    QJsonObject info = o.value(QStringLiteral("plan")).toObject();
    info[QStringLiteral("colour")] = QStringLiteral("red");
    o[QStringLiteral("plan")] = info;
    EXPECT_EQ(readError(bytes(o)), QStringLiteral("$.plan.colour: unknown key"));

    o = sampleObject();
    info = o.value(QStringLiteral("plan")).toObject();
    info[QStringLiteral("startYear")] = QStringLiteral("2024");
    o[QStringLiteral("plan")] = info;
    EXPECT_EQ(readError(bytes(o)), QStringLiteral("$.plan.startYear: expected an integer"));

    o = sampleObject();
    QJsonArray kpis = o.value(QStringLiteral("kpis")).toArray();
    QJsonObject kpi = kpis[0].toObject();
    kpi[QStringLiteral("direction")] = QStringLiteral("sideways");
    kpis[0] = kpi;
    o[QStringLiteral("kpis")] = kpis;
    EXPECT_TRUE(readError(bytes(o)).startsWith(QStringLiteral("$.kpis[0].direction: expected one of")));
}

TEST(PlanJson, DanglingReferencesAndDuplicateIdsAreRefused)
{
    QJsonObject o = sampleObject();
    QJsonArray kpis = o.value(QStringLiteral("kpis")).toArray();
    QJsonObject kpi = kpis[0].toObject();
    kpi[QStringLiteral("measures")] = QJsonArray { 9999 };
    kpis[0] = kpi;
    o[QStringLiteral("kpis")] = kpis;
    EXPECT_EQ(readError(bytes(o)), QStringLiteral("$.kpis[0].measures[0]: no measure has id 9999"));

    o = sampleObject();
    QJsonArray departments = o.value(QStringLiteral("departments")).toArray();
    QJsonObject copy = departments[0].toObject();
    departments.append(copy);
    o[QStringLiteral("departments")] = departments;
    EXPECT_TRUE(readError(bytes(o)).contains(QStringLiteral("duplicate department id")));
}

TEST(PlanJson, NewerFormatVersionIsRefused)
{
    QJsonObject o = sampleObject();
    o[QStringLiteral("formatVersion")] = 2;
    EXPECT_TRUE(readError(bytes(o)).startsWith(QStringLiteral("$.formatVersion: version 2 is not supported")));
    EXPECT_EQ(readError("[1, 2]"), QStringLiteral("$: expected an object"));
}
