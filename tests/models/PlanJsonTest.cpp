#include "models/JsonDuplicateKeys.h"
#include "models/PlanGenerator.h"
#include "models/PlanJson.h"
#include "models/PlanLimits.h"
#include "models/Numbering.h"
#include "models/SamplePlan.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

QString readError(const QByteArray &json)
{
    Plan plan;
    QString error;
    EXPECT_FALSE(PlanJson::read(json, &plan, &error));
    return error;
}

// The sample as a JSON object, for tests that break one thing in it.
// The sample with a numeric target on its KPI (the plan itself states
// none), so that every kind of figure can be tampered with.
QJsonObject sampleObject()
{
    Plan plan = samplePlan();
    plan.kpis[0].targets = { { 2028, 100.0, QString() } };
    return QJsonDocument::fromJson(PlanJson::write(plan)).object();
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
    // The plan states the figures to the month only, names the card's
    // 普及率 and gives the 100% aim no year: no target, no invented day.
    const Kpi &card = plan.kpis[0];
    EXPECT_EQ(card.name, QStringLiteral("マイナンバーカード普及率"));
    ASSERT_EQ(card.actuals.size(), 2);
    EXPECT_EQ(card.actuals[0].value, 89.7);
    EXPECT_EQ(card.actuals[1].value, 93.2);
    EXPECT_EQ(card.actuals[0].date, (PlanDate { QDate(2024, 11, 1), true }));
    EXPECT_EQ(card.actuals[1].date, (PlanDate { QDate(2025, 3, 1), true }));
    EXPECT_TRUE(card.targets.isEmpty());
    // No adoption date the document does not state; principles without
    // descriptions it does not give.
    EXPECT_TRUE(plan.revisions.isEmpty());
    for (const Principle &p : plan.principles)
        EXPECT_EQ(p.description, QString());
    // 重点的に取り組む事項1–5, then 6 その他事項 holding (1)–(7).
    const PlanNumbers numbers(plan);
    EXPECT_EQ(numbers.theme(plan.themes[0].id), QStringLiteral("重点的に取り組む事項1"));
    EXPECT_EQ(numbers.theme(plan.themes[4].id), QStringLiteral("重点的に取り組む事項5"));
    ASSERT_EQ(plan.sections.size(), 1);
    EXPECT_EQ(numbers.section(plan.sections[0].id), QStringLiteral("重点的に取り組む事項6"));
    EXPECT_EQ(numbers.theme(plan.themes[5].id), QStringLiteral("(1)"));
    EXPECT_EQ(numbers.fullMeasure(plan.themes[11].measures[1].id), QStringLiteral("6(7)②"));
}

TEST(PlanJson, OkayamaSampleHoldsTheGuidelineAsItIsNumbered)
{
    Plan plan;
    QString error;
    ASSERT_TRUE(SamplePlan::load(QStringLiteral("okayama"), &plan, &error)) << error.toStdString();
    EXPECT_EQ(plan.info.organisationKind, QStringLiteral("prefecture"));
    EXPECT_TRUE(plan.info.isOpenEnded());
    ASSERT_EQ(plan.sections.size(), 3);
    const PlanNumbers numbers(plan);
    EXPECT_EQ(numbers.section(plan.sections[1].id), QStringLiteral("(2)"));
    EXPECT_EQ(plan.sections[1].title, QStringLiteral("行政DXの重点取組事項"));
    int directions = 0;
    int themeBars = 0;
    for (const Theme &t : plan.themes) {
        directions += t.directions.size();
        themeBars += t.phases.size();
        if (t.title == QStringLiteral("AI等の利用推進")) {
            EXPECT_EQ(numbers.fullTheme(t.id), QStringLiteral("(2)ア"));
        }
        if (t.title == QStringLiteral("公金収納におけるeL-QRの活用")) {
            // Bars on the theme itself, no invented empty-titled measure.
            EXPECT_TRUE(t.measures.isEmpty());
            EXPECT_FALSE(t.phases.isEmpty());
        }
        for (const Measure &m : t.measures) {
            EXPECT_FALSE(m.title.trimmed().isEmpty());
            EXPECT_EQ(numbers.measure(m.id), QString());
        }
    }
    EXPECT_GT(directions, 30);
    EXPECT_GT(themeBars, 0);
    // 策定 2021-10 … 改定 2026-03, to the month as the document states.
    ASSERT_EQ(plan.revisions.size(), 4);
    EXPECT_EQ(plan.revisions.first().kind, Revision::Kind::Adopted);
    EXPECT_EQ(plan.revisions.first().date, (PlanDate { QDate(2021, 10, 1), true }));
    EXPECT_EQ(plan.latestRevision()->date, (PlanDate { QDate(2026, 3, 1), true }));
}

TEST(PlanJson, WriteThenReadGivesTheSamePlan)
{
    QList<Plan> plans { PlanGenerator::generate(500, 3) };
    for (const QString &name : SamplePlan::names()) {
        Plan sample;
        QString error;
        ASSERT_TRUE(SamplePlan::load(name, &sample, &error)) << error.toStdString();
        plans << sample;
    }
    for (const Plan &plan : plans) {
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
    o[QStringLiteral("formatVersion")] = PlanJson::formatVersion + 1;
    EXPECT_TRUE(readError(bytes(o)).startsWith(QStringLiteral("$.formatVersion: version %1 is not supported").arg(PlanJson::formatVersion + 1)));
    EXPECT_EQ(readError("[1, 2]"), QStringLiteral("$: expected an object"));
}

// ---- duplicate keys, nesting and numbers in the raw bytes ----

namespace {

JsonDuplicateKeys::Finding scan(const char *json, int maxDepth = JsonDuplicateKeys::defaultMaxDepth)
{
    return JsonDuplicateKeys::scan(QByteArray(json), maxDepth);
}

QByteArray nested(int levels)
{
    return "{\"a\": " + QByteArray(levels - 1, '[') + QByteArray(levels - 1, ']') + "}";
}

} // namespace

TEST(JsonDuplicateKeys, FindsARepeatedKeyAtAnyDepthAndNamesItsObject)
{
    using Kind = JsonDuplicateKeys::Finding::Kind;
    EXPECT_EQ(scan("{\"a\": 1, \"b\": [1, {\"c\": 2}], \"d\": {\"e\": true}}").kind, Kind::None);

    JsonDuplicateKeys::Finding f = scan("{\"a\": 1, \"a\": 1}");
    EXPECT_EQ(f.kind, Kind::DuplicateKey);
    EXPECT_EQ(f.message(), QStringLiteral("$: the key \"a\" appears twice"));

    f = scan("{\"themes\": [{}, {}, {\"measures\": [{\"title\": \"x\", \"id\": 1,\n \"title\": \"y\"}]}]}");
    EXPECT_EQ(f.message(), QStringLiteral("$.themes[2].measures[0]: the key \"title\" appears twice"));
    EXPECT_EQ(f.line, 2);

    // The same key in different objects is no duplicate.
    EXPECT_FALSE(scan("[{\"a\": 1}, {\"a\": 2}, {\"b\": {\"a\": 3}, \"a\": 4}]").found());
}

TEST(JsonDuplicateKeys, ComparesKeysAsTheTextTheyStandFor)
{
    using Kind = JsonDuplicateKeys::Finding::Kind;
    // \u0061 is a, and a surrogate pair is the character it encodes.
    EXPECT_EQ(scan("{\"a\": 1, \"\\u0061\": 2}").kind, Kind::DuplicateKey);
    EXPECT_EQ(scan("{\"\xF0\x9F\x98\x80\": 1, \"\\ud83d\\ude00\": 2}").kind, Kind::DuplicateKey);
    EXPECT_EQ(scan("{\"\xE3\x81\x82\": 1, \"\\u3042\": 2}").kind, Kind::DuplicateKey);
    EXPECT_EQ(scan("{\"a\\\"b\": 1, \"a\\u0022b\": 2}").kind, Kind::DuplicateKey);
    // Keys that only look alike are different.
    EXPECT_FALSE(scan("{\"a\": 1, \"A\": 2, \"a \": 3, \"\\ud83d\": 4, \"\\ude00\": 5}").found());
    // Braces, brackets, colons and escaped quotes inside strings are text.
    EXPECT_FALSE(scan("{\"a\": \"}{\\\"a\\\": 1, [\", \"b\": \"\\\\\", \"c\": \"x\\\"y:\"}").found());
}

TEST(JsonDuplicateKeys, KeysInMessagesStayOnOneShortLine)
{
    JsonDuplicateKeys::Finding f = scan("{\"x\": {\"a\\nb\": 1, \"a\\u000ab\": 2}}");
    EXPECT_EQ(f.message(), QStringLiteral("$.x: the key \"a\\nb\" appears twice"));
    EXPECT_EQ(JsonDuplicateKeys::pathSegment(QStringLiteral("title")), QStringLiteral(".title"));
    EXPECT_EQ(JsonDuplicateKeys::pathSegment(QStringLiteral("two words")), QStringLiteral("[\"two words\"]"));
    EXPECT_EQ(JsonDuplicateKeys::pathSegment(QStringLiteral("\x1b[31m")), QStringLiteral("[\"\\u001b[31m\"]"));
    // Right-to-left overrides cannot reorder the message.
    EXPECT_EQ(JsonDuplicateKeys::quoted(QStringLiteral("ab\u202Ecd")), QStringLiteral("\"ab\\u202ecd\""));
    const QString longKey(5000, QLatin1Char('k'));
    EXPECT_LT(JsonDuplicateKeys::pathSegment(longKey).size(), 80);
}

TEST(JsonDuplicateKeys, NestingIsCappedWithoutRecursion)
{
    using Kind = JsonDuplicateKeys::Finding::Kind;
    EXPECT_FALSE(JsonDuplicateKeys::scan(nested(64)).found());
    JsonDuplicateKeys::Finding f = JsonDuplicateKeys::scan(nested(65));
    EXPECT_EQ(f.kind, Kind::TooDeep);
    EXPECT_EQ(f.path, QStringLiteral("$.a") + QStringLiteral("[0]").repeated(63));
    EXPECT_TRUE(f.message().endsWith(QStringLiteral(": nested more than 64 levels deep"))) << f.message().toStdString();
    // A million levels, closed or not, end at the cap as quickly.
    EXPECT_EQ(JsonDuplicateKeys::scan(QByteArray(1000000, '[')).kind, Kind::TooDeep);
    EXPECT_EQ(JsonDuplicateKeys::scan(QByteArray(1000000, '{')).kind, Kind::Malformed);
    EXPECT_EQ(JsonDuplicateKeys::scan(nested(10), 8).kind, Kind::TooDeep);
    EXPECT_FALSE(JsonDuplicateKeys::scan(nested(10), 10).found());
}

TEST(JsonDuplicateKeys, NumbersNoDoubleHoldsAreNamed)
{
    using Kind = JsonDuplicateKeys::Finding::Kind;
    JsonDuplicateKeys::Finding f = scan("{\"kpis\": [{\"targets\": [{\"value\": 1e309}]}]}");
    EXPECT_EQ(f.kind, Kind::NumberOutOfRange);
    EXPECT_EQ(f.message(), QStringLiteral("$.kpis[0].targets[0].value: the number 1e309 is too large"));
    EXPECT_EQ(scan("[-1e309]").kind, Kind::NumberOutOfRange);
    EXPECT_EQ(scan("[1" + QByteArray(400, '0') + "]").kind, Kind::NumberOutOfRange);
    // Large and tiny numbers a double holds (or nearly: 1e-400 is 0) pass.
    EXPECT_FALSE(scan("[1e308, -1.7976931348623157e308, 1e-400, 0, -0.0, 12.5E+3]").found());
}

TEST(JsonDuplicateKeys, WhatIsNotJsonIsLeftToTheParser)
{
    using Kind = JsonDuplicateKeys::Finding::Kind;
    for (const char *bad : { "", "{", "{\"a\" 1}", "{\"a\": 1,}", "[1 2]", "{\"a\": tru}", "[01]", "[1.]", "[.5]",
                             "[\"\\x\"]", "[\"\\u12g4\"]", "{\"a\": 1} x", "{a: 1}", "[\"open" }) {
        const JsonDuplicateKeys::Finding f = scan(bad);
        EXPECT_EQ(f.kind, Kind::Malformed) << bad;
        EXPECT_TRUE(f.message().startsWith(QStringLiteral("not valid JSON at line 1"))) << bad;
    }
    // A byte order mark and all four kinds of white space are fine.
    EXPECT_FALSE(scan("\xEF\xBB\xBF {\r\n\t\"a\" : [ true , false , null ] }\n").found());
}

// ---- the value rules of the format ----

namespace {

// The sample as JSON with one value replaced; `path` holds keys and indexes.
QByteArray sampleWith(const QVariantList &path, const QJsonValue &value)
{
    return bytes(jsonWith(sampleObject(), path, value).toObject());
}

bool reads(const QByteArray &json, QString *error = nullptr)
{
    Plan plan;
    QString ignored;
    return PlanJson::read(json, &plan, error ? error : &ignored);
}

} // namespace

TEST(PlanJson, RepeatedKeysAreRefused)
{
    QByteArray json = PlanJson::write(samplePlan());
    const int at = json.indexOf("\"title\"", json.indexOf("\"plan\""));
    ASSERT_GT(at, 0);
    // The plan's first key again, right after the original.
    json.insert(at, "\"title\": \"別の計画\",\n        ");
    EXPECT_EQ(readError(json), QStringLiteral("$.plan: the key \"title\" appears twice"));
}

TEST(PlanJson, RequiredTextsMustNotBeEmptyOrBlank)
{
    const QVariantList measureTitle = { QStringLiteral("themes"), 1, QStringLiteral("measures"), 0, QStringLiteral("title") };
    for (const QString &blank : { QString(), QStringLiteral(" "), QStringLiteral("\t\n"), QStringLiteral("\u3000") })
        EXPECT_EQ(readError(sampleWith(measureTitle, blank)), QStringLiteral("$.themes[1].measures[0].title: must not be empty"))
            << blank.toStdString();
    EXPECT_TRUE(reads(sampleWith(measureTitle, QStringLiteral(" x "))));

    const std::pair<QVariantList, QString> required[] = {
        { { QStringLiteral("themes"), 3, QStringLiteral("title") }, QStringLiteral("$.themes[3].title") },
        { { QStringLiteral("departments"), 2, QStringLiteral("name") }, QStringLiteral("$.departments[2].name") },
        { { QStringLiteral("kpis"), 0, QStringLiteral("name") }, QStringLiteral("$.kpis[0].name") },
        { { QStringLiteral("glossary"), 4, QStringLiteral("term") }, QStringLiteral("$.glossary[4].term") },
    };
    for (const auto &[path, name] : required)
        EXPECT_EQ(readError(sampleWith(path, QStringLiteral("  "))), name + QStringLiteral(": must not be empty"));
    // Texts the format lets be empty stay so.
    EXPECT_TRUE(reads(sampleWith({ QStringLiteral("glossary"), 0, QStringLiteral("reading") }, QString())));
    EXPECT_TRUE(reads(sampleWith({ QStringLiteral("plan"), QStringLiteral("goal") }, QString())));
}

TEST(PlanJson, KpiFiguresAreFiniteAndWithinTheLimit)
{
    const QVariantList target = { QStringLiteral("kpis"), 0, QStringLiteral("targets"), 0, QStringLiteral("value") };
    const QVariantList actual = { QStringLiteral("kpis"), 0, QStringLiteral("actuals"), 1, QStringLiteral("value") };
    const QVariantList baseline = { QStringLiteral("kpis"), 0, QStringLiteral("baselineValue") };
    for (double ok : { 1e15, -1e15, 0.0, 1e-300, 123456789.125 }) {
        for (const QVariantList &path : { target, actual, baseline }) {
            QString error;
            EXPECT_TRUE(reads(sampleWith(path, ok), &error)) << ok << error.toStdString();
        }
    }
    for (double bad : { 1e15 * (1 + 1e-15), -1.0000001e15, 1e16, 1e300, -1.7e308 }) {
        EXPECT_EQ(readError(sampleWith(target, bad)), QStringLiteral("$.kpis[0].targets[0].value: must be a number between -1e15 and 1e15")) << bad;
        EXPECT_EQ(readError(sampleWith(actual, bad)), QStringLiteral("$.kpis[0].actuals[1].value: must be a number between -1e15 and 1e15")) << bad;
        EXPECT_EQ(readError(sampleWith(baseline, bad)), QStringLiteral("$.kpis[0].baselineValue: must be a number between -1e15 and 1e15")) << bad;
    }
}

TEST(PlanJson, YearsMonthsAndIdsAreWholeNumbersInRange)
{
    const QVariantList phase = { QStringLiteral("themes"), 0, QStringLiteral("measures"), 0, QStringLiteral("phases"), 0 };
    const QVariantList startYear = phase + QVariantList { QStringLiteral("startYear") };
    const QVariantList startMonth = phase + QVariantList { QStringLiteral("startMonth") };
    const QVariantList id = { QStringLiteral("principles"), 1, QStringLiteral("id") };
    const QString yearPath = QStringLiteral("$.themes[0].measures[0].phases[0].startYear");
    EXPECT_EQ(readError(sampleWith(startYear, 2024.5)), yearPath + QStringLiteral(": expected an integer"));
    EXPECT_EQ(readError(sampleWith(startYear, 99999)), yearPath + QStringLiteral(": must be between 1900 and 2200"));
    EXPECT_EQ(readError(sampleWith(startYear, 1e300)), yearPath + QStringLiteral(": must be between 1900 and 2200"));
    EXPECT_TRUE(reads(sampleWith(startYear, 1900)));
    EXPECT_EQ(readError(sampleWith(startMonth, 13)), QStringLiteral("$.themes[0].measures[0].phases[0].startMonth: must be between 0 and 12"));
    EXPECT_EQ(readError(sampleWith(startMonth, 0.5)), QStringLiteral("$.themes[0].measures[0].phases[0].startMonth: expected an integer"));
    const QString idPath = QStringLiteral("$.principles[1].id");
    EXPECT_EQ(readError(sampleWith(id, 0)), idPath + QStringLiteral(": must be between 1 and 2147483647"));
    EXPECT_EQ(readError(sampleWith(id, 2147483648.0)), idPath + QStringLiteral(": must be between 1 and 2147483647"));
    EXPECT_EQ(readError(sampleWith(id, -1e300)), idPath + QStringLiteral(": must be between 1 and 2147483647"));
    EXPECT_EQ(readError(sampleWith(id, 2.5)), idPath + QStringLiteral(": expected an integer"));
    // The largest id is fine; the principle's references follow it.
    QJsonObject o = jsonWith(sampleObject(), id, 2147483647).toObject();
    QString error;
    EXPECT_FALSE(reads(bytes(o), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("no principle has id 2"))) << error.toStdString();
}

TEST(PlanJson, TextsAreLimitedOneByOneAndTogether)
{
    const QVariantList overview = { QStringLiteral("themes"), 0, QStringLiteral("overview") };
    EXPECT_TRUE(reads(sampleWith(overview, QString(PlanLimits::maxTextBytes, QLatin1Char('a')))));
    EXPECT_EQ(readError(sampleWith(overview, QString(PlanLimits::maxTextBytes + 1, QLatin1Char('a')))),
              QStringLiteral("$.themes[0].overview: the text is longer than %1 bytes (UTF-8)").arg(PlanLimits::maxTextBytes));
    // Counted in UTF-8: あ takes three bytes.
    EXPECT_TRUE(reads(sampleWith(overview, QString(PlanLimits::maxTextBytes / 3, QChar(0x3042)))));
    EXPECT_FALSE(reads(sampleWith(overview, QString(PlanLimits::maxTextBytes / 3 + 1, QChar(0x3042)))));
    // Every kind of text counts, future candidates too.
    EXPECT_FALSE(reads(sampleWith({ QStringLiteral("themes"), 0, QStringLiteral("futureCandidates") },
                                  QJsonArray { QString(PlanLimits::maxTextBytes + 1, QLatin1Char('a')) })));

    // All texts together, with a smaller limit than the format's to keep
    // the test quick: the sample has some 20 KB of text.
    const QByteArray sample = PlanJson::write(samplePlan());
    PlanJson::ReadLimits limits;
    Plan plan;
    QString error;
    limits.maxTotalTextBytes = 100000;
    EXPECT_TRUE(PlanJson::read(sample, &plan, &error, limits)) << error.toStdString();
    limits.maxTotalTextBytes = 5000;
    EXPECT_FALSE(PlanJson::read(sample, &plan, &error, limits));
    EXPECT_TRUE(error.contains(QStringLiteral(": the plan's texts together are longer than 5000 bytes (UTF-8)"))) << error.toStdString();
    EXPECT_TRUE(error.startsWith(QStringLiteral("$."))) << error.toStdString();
}

TEST(PlanJson, AFileOverTheLimitIsRefusedBeforeItIsRead)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("huge.json")));
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    // Sparse: the size is there, the bytes are not; reading them all
    // would take seconds and half a gigabyte.
    ASSERT_TRUE(file.resize(PlanLimits::maxJsonBytes + 1));
    file.seek(0);
    Plan plan;
    QString error;
    EXPECT_FALSE(PlanJson::read(&file, &plan, &error));
    EXPECT_EQ(error, QStringLiteral("the JSON file is larger than %1 bytes").arg(PlanLimits::maxJsonBytes));
    EXPECT_EQ(file.pos(), 0); // nothing was read

    // The bytes in memory and from a device that does not know its size.
    PlanJson::ReadLimits limits;
    limits.maxJsonBytes = 1000;
    const QByteArray sample = PlanJson::write(samplePlan());
    EXPECT_FALSE(PlanJson::read(sample, &plan, &error, limits));
    EXPECT_EQ(error, QStringLiteral("the JSON file is larger than 1000 bytes"));
    QProcess cat;
    cat.start(QStringLiteral("cat"));
    ASSERT_TRUE(cat.waitForStarted());
    cat.write(sample);
    cat.closeWriteChannel();
    ASSERT_TRUE(cat.isSequential());
    EXPECT_FALSE(PlanJson::read(&cat, &plan, &error, limits));
    EXPECT_EQ(error, QStringLiteral("the JSON file is larger than 1000 bytes"));
    cat.waitForFinished();
    QProcess cat2;
    cat2.start(QStringLiteral("cat"));
    ASSERT_TRUE(cat2.waitForStarted());
    cat2.write(sample);
    cat2.closeWriteChannel();
    EXPECT_TRUE(PlanJson::read(&cat2, &plan, &error)) << error.toStdString();
    EXPECT_TRUE(plan == samplePlan());
    cat2.waitForFinished();
}

TEST(PlanJson, UnknownKeysPrintOnOneLine)
{
    QJsonObject o = sampleObject();
    QJsonObject info = o.value(QStringLiteral("plan")).toObject();
    info[QStringLiteral("a\nb\x1b[2J")] = 1;
    o[QStringLiteral("plan")] = info;
    EXPECT_EQ(readError(bytes(o)), QStringLiteral("$.plan[\"a\\nb\\u001b[2J\"]: unknown key"));
}

TEST(PlanJson, DeepNestingIsRefusedClearly)
{
    QJsonObject o = sampleObject();
    QByteArray json = bytes(o);
    json.insert(json.indexOf('{') + 1, "\"x\": " + QByteArray(10000, '[') + QByteArray(10000, ']') + ",");
    const QString error = readError(json);
    EXPECT_TRUE(error.startsWith(QStringLiteral("$.x[0][0]"))) << error.left(200).toStdString();
    EXPECT_TRUE(error.endsWith(QStringLiteral(": nested more than 64 levels deep"))) << error.left(200).toStdString();
}

// A large file is scanned on a second core while Qt parses it: what the
// scan finds still comes first, as it does for a small file.
TEST(PlanJson, ALargeFileGetsTheSameFindingsAsASmallOne)
{
    const QByteArray json = PlanJson::write(PlanGenerator::generate(1000, 4));
    ASSERT_GT(json.size(), 1 << 20);
    Plan plan;
    QString error;
    ASSERT_TRUE(PlanJson::read(json, &plan, &error)) << error.toStdString();
    EXPECT_EQ(plan.measureCount(), 1000);

    QByteArray duplicate = json;
    const qsizetype last = duplicate.lastIndexOf("\"title\":");
    ASSERT_GT(last, 1 << 20);
    duplicate.insert(last, "\"title\": \"x\", ");
    error = readError(duplicate);
    EXPECT_TRUE(error.endsWith(QStringLiteral("the key \"title\" appears twice"))) << error.toStdString();

    QByteArray deep = json;
    deep.insert(deep.lastIndexOf('}'), ", \"x\": " + QByteArray(5000, '[') + QByteArray(5000, ']'));
    error = readError(deep);
    EXPECT_TRUE(error.endsWith(QStringLiteral(": nested more than 64 levels deep"))) << error.left(200).toStdString();

    QByteArray broken = json;
    broken.insert(broken.lastIndexOf('}'), ", oops");
    error = readError(broken);
    EXPECT_TRUE(error.startsWith(QStringLiteral("not valid JSON at line"))) << error.toStdString();
}

TEST(PlanJson, HalfASurrogatePairAloneReadsAsTheReplacementCharacter)
{
    // Escapes as Qt and our writer make them for text that holds half a
    // pair alone: each such half reads as U+FFFD; a whole pair, an escaped
    // backslash before "ud800", and the bytes outside texts are left as
    // they are.
    Plan plan = samplePlan();
    plan.info.title = QStringLiteral("T");
    QByteArray json = PlanJson::write(plan);
    const QByteArray title = R"("title": "T")";
    ASSERT_TRUE(json.contains(title));
    json.replace(title, R"("title": "a\ud800b\uDE00\ud83d\ude00c\\ud800d\ud83d")");
    Plan back;
    QString error;
    ASSERT_TRUE(PlanJson::read(json, &back, &error)) << error.toStdString();
    const QString expected = QStringLiteral("a") + QChar(0xFFFD) + QStringLiteral("b") + QChar(0xFFFD)
        + QString::fromUtf8("\xF0\x9F\x98\x80") + QStringLiteral("c\\ud800d") + QChar(0xFFFD);
    EXPECT_EQ(back.info.title, expected);
    back.info.title = plan.info.title;
    EXPECT_TRUE(back == plan);

    // Bytes that are not UTF-8 are still refused.
    json = PlanJson::write(plan);
    json.replace(title, "\"title\": \"\xff\"");
    EXPECT_FALSE(PlanJson::read(json, &back, &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("not valid JSON"))) << error.toStdString();
}
