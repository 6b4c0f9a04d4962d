#include "models/ItemKinds.h"
#include "models/Numbering.h"
#include "models/PlanDocument.h"
#include "models/PlanJson.h"
#include "models/commands/ItemCommands.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

// Files of JSON format version 1 (tests/data/json-v1) import into today's
// model unchanged in meaning, and every kind of item survives the working
// database, the .dxplan file and JSON.
namespace {

QString v1Folder()
{
    return QStringLiteral(DXPLAN_TEST_DATA "/json-v1");
}

Plan readJson(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    Plan plan;
    QString error;
    EXPECT_TRUE(PlanJson::read(&file, &plan, &error)) << error.toStdString();
    return plan;
}

class Version1File : public ::testing::TestWithParam<QString>
{
};

} // namespace

TEST_P(Version1File, ImportsAndWritesBackAsTheCurrentVersion)
{
    const Plan plan = readJson(v1Folder() + QLatin1Char('/') + GetParam());
    ASSERT_FALSE(plan.info.title.isEmpty());
    const QByteArray v2 = PlanJson::write(plan);
    EXPECT_TRUE(v2.contains(QStringLiteral("\"formatVersion\": %1").arg(PlanJson::formatVersion).toUtf8()));
    Plan back;
    QString error;
    ASSERT_TRUE(PlanJson::read(v2, &back, &error)) << error.toStdString();
    EXPECT_TRUE(back == plan);
}

INSTANTIATE_TEST_SUITE_P(EveryFile, Version1File,
                         ::testing::ValuesIn(QDir(v1Folder()).entryList({ QStringLiteral("*.json") }, QDir::Files)),
                         [](const ::testing::TestParamInfo<QString> &info) {
                             return QString(info.param).replace(QLatin1Char('-'), QLatin1Char('_')).replace(QLatin1Char('.'), QLatin1Char('_')).toStdString();
                         });

TEST(Version1, NishinoshimasOldSampleKeepsItsNumbersAndFigures)
{
    const Plan plan = readJson(v1Folder() + QStringLiteral("/nishinoshima-v1.json"));
    // Section texts became sections, in order of first use.
    ASSERT_EQ(plan.sections.size(), 2);
    EXPECT_EQ(plan.sections[0].title, QStringLiteral("重点的に取り組む事項"));
    EXPECT_EQ(plan.sections[1].title, QStringLiteral("その他事項"));
    EXPECT_EQ(plan.themes[4].sectionId, plan.sections[0].id);
    EXPECT_EQ(plan.themes[5].sectionId, plan.sections[1].id);
    // residents / staff / both became the plan's 住民 and 職員.
    ASSERT_EQ(plan.audiences.size(), 2);
    EXPECT_EQ(plan.themes[0].measures[0].audienceIds, (QList<int> { 1, 2 }));
    EXPECT_EQ(plan.themes[4].measures[1].audienceIds, QList<int> { 2 });
    EXPECT_EQ(plan.themes[5].measures[0].audienceIds, QList<int> { 1 });
    // The numbers version 1 printed: themes 1–12 through the plan.
    const PlanNumbers numbers(plan);
    EXPECT_EQ(numbers.theme(plan.themes[0].id), QStringLiteral("1"));
    EXPECT_EQ(numbers.theme(plan.themes[11].id), QStringLiteral("12"));
    EXPECT_EQ(numbers.section(plan.sections[1].id), QString());
    EXPECT_EQ(numbers.fullMeasure(plan.themes[1].measures[3].id), QStringLiteral("2④"));
    // KPI figures as they were, as numbers, to the day.
    ASSERT_EQ(plan.kpis.size(), 1);
    ASSERT_EQ(plan.kpis[0].targets.size(), 1);
    EXPECT_EQ(plan.kpis[0].targets[0].value, 100.0);
    EXPECT_EQ(plan.kpis[0].targets[0].statement, QString());
    EXPECT_EQ(plan.kpis[0].actuals[1].date, (PlanDate { QDate(2025, 3, 31), false }));
    EXPECT_EQ(plan.info.endYear, 2028);
    EXPECT_EQ(plan.info.language, QStringLiteral("ja"));
}

TEST(Version1, NewKeysAndFormsAreRefusedInAVersion1File)
{
    QFile file(v1Folder() + QStringLiteral("/minimal-v1.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray v1 = file.readAll();
    Plan plan;
    QString error;
    // A month-only date and an open end are version 2 forms.
    QByteArray open = v1;
    open.replace("\"endYear\": 2028", "\"endYear\": null");
    EXPECT_FALSE(PlanJson::read(open, &plan, &error));
    EXPECT_EQ(error, QStringLiteral("$.plan.endYear: expected an integer"));
    QByteArray withSections = v1;
    withSections.replace("\"principles\": [\n    {", "\"sections\": [],\n  \"principles\": [\n    {");
    ASSERT_NE(withSections, v1);
    EXPECT_FALSE(PlanJson::read(withSections, &plan, &error));
    EXPECT_EQ(error, QStringLiteral("$.sections: unknown key"));
}

TEST(Version2, QualitativeTargetsMonthDatesAndOpenEndsRoundTrip)
{
    Plan plan = samplePlan();
    plan.info.endYear = 0;
    plan.info.language = QStringLiteral("en");
    plan.info.phaseKindNames = { QString(), QStringLiteral("調達"), QString(), QStringLiteral("運用・推進") };
    Kpi &k = plan.kpis[0];
    k.targets = { { 2026, std::nullopt, QStringLiteral("改善") }, { 2027, 98.0, QStringLiteral("維持") } };
    k.actuals << KpiActual { { QDate(2025, 9, 1), true }, std::nullopt, QStringLiteral("全庁導入済み") };
    k.baselineDate = { QDate(2024, 11, 1), true };
    Plan back;
    QString error;
    ASSERT_TRUE(PlanJson::read(PlanJson::write(plan), &back, &error)) << error.toStdString();
    EXPECT_TRUE(back == plan);
    EXPECT_TRUE(PlanJson::write(plan).contains("\"baselineDate\": \"2024-11\""));
    EXPECT_TRUE(PlanJson::write(plan).contains("\"endYear\": null"));

    // A target with neither a value nor a statement says nothing.
    k.targets = { { 2026, std::nullopt, QStringLiteral("  ") } };
    EXPECT_FALSE(PlanJson::read(PlanJson::write(plan), &back, &error));
    EXPECT_EQ(error, QStringLiteral("$.kpis[0].targets[0].statement: a target needs a value or a statement"));
}

TEST(Version2, ReferencesToSectionsAndAudiencesMustExist)
{
    Plan plan = samplePlan();
    plan.themes[6].sectionId = 99;
    Plan back;
    QString error;
    EXPECT_FALSE(PlanJson::read(PlanJson::write(plan), &back, &error));
    EXPECT_EQ(error, QStringLiteral("$.themes[6].section: no section has id 99"));
    plan = samplePlan();
    plan.themes[0].measures[0].audienceIds = { 1, 77 };
    EXPECT_FALSE(PlanJson::read(PlanJson::write(plan), &back, &error));
    EXPECT_EQ(error, QStringLiteral("$.themes[0].measures[0].audiences[1]: no audience has id 77"));
}

// Every simple kind (ItemKinds.h), described once, is added, edited,
// undone and redone through the generic commands, and survives the
// working database, the .dxplan file and JSON, without code of its own
// outside its struct, its kinds entry and its table.
TEST(EveryKind, SimpleKindsLiveThroughCommandsFilesAndJson)
{
    QString error;
    std::unique_ptr<PlanDocument> doc = PlanDocument::create(samplePlan(), &error);
    ASSERT_TRUE(doc) << error.toStdString();
    const Plan before = doc->plan();
    int kinds = 0;
    forEachKind([&](auto tag) {
        using T = typename decltype(tag)::Type;
        using Kind = ItemKind<T>;
        if constexpr (isSimpleKind<T>) {
            ++kinds;
            T item;
            item.id = doc->nextId<T>();
            if constexpr (Kind::isChild)
                Kind::setParent(item, doc->plan().themes[2].id);
            doc->undoStack()->push(new InsertItem<T>(doc.get(), item, 0, QString::fromLatin1(Kind::words.add)));
            T edited = *findItem<T>(doc->plan(), item.id);
            forEachField<T>([&](const auto &field) {
                using Value = std::decay_t<decltype(edited.*field.member)>;
                if constexpr (std::is_same_v<Value, QString>)
                    edited.*field.member = QStringLiteral("%1の%2").arg(QLatin1String(Kind::table), QLatin1String(field.key));
                else if constexpr (std::is_same_v<Value, QByteArray>)
                    edited.*field.member = QByteArray("\x89PNG\r\n\x1a\n\0\xff", 10);
                else
                    edited.*field.member = 42;
            });
            // A figure's file type is one of a few (PlanLimits).
            if constexpr (std::is_same_v<T, Figure>)
                edited.mediaType = QStringLiteral("image/png");
            doc->undoStack()->push(new ReplaceItem<T>(doc.get(), *findItem<T>(doc->plan(), item.id), edited, QStringLiteral("Edit")));
            ASSERT_NE(findItem<T>(doc->plan(), item.id), nullptr) << Kind::table;
            EXPECT_TRUE(*findItem<T>(doc->plan(), item.id) == edited) << Kind::table;
            EXPECT_TRUE(storedPlan(doc->workingCopyPath()) == doc->plan()) << Kind::table;
            doc->undoStack()->undo();
            doc->undoStack()->undo();
            EXPECT_EQ(findItem<T>(doc->plan(), item.id), nullptr) << Kind::table;
            doc->undoStack()->redo();
            doc->undoStack()->redo();
            EXPECT_TRUE(*findItem<T>(doc->plan(), item.id) == edited) << Kind::table;
        }
    });
    EXPECT_GE(kinds, 8);
    EXPECT_FALSE(doc->plan() == before);

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("kinds.dxplan"));
    ASSERT_EQ(doc->save(file, false, &error), PlanDocument::SaveResult::Saved) << error.toStdString();
    std::unique_ptr<PlanDocument> reopened = PlanDocument::open(file, true, &error);
    ASSERT_TRUE(reopened) << error.toStdString();
    EXPECT_TRUE(reopened->plan() == doc->plan());
    Plan back;
    ASSERT_TRUE(PlanJson::read(PlanJson::write(doc->plan()), &back, &error)) << error.toStdString();
    EXPECT_TRUE(back == doc->plan());
    reopened->closeCleanly();
    doc->closeCleanly();
}

// Version 2 files (the samples as they were shipped) open as version 3:
// their background and position texts are the first chapters, word for
// word, and nothing else changes.
class Version2File : public ::testing::TestWithParam<QString>
{
};

TEST_P(Version2File, BackgroundAndPositionBecomeTheFirstChapters)
{
    const QString path = QStringLiteral(DXPLAN_TEST_DATA "/json-v2/") + GetParam();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject old = QJsonDocument::fromJson(file.readAll()).object();
    ASSERT_EQ(old.value(QStringLiteral("formatVersion")).toInt(), 2);
    const QJsonObject oldInfo = old.value(QStringLiteral("plan")).toObject();
    const Plan plan = readJson(path);
    ASSERT_EQ(plan.chapters.size(), 2);
    EXPECT_EQ(plan.chapters[0].title, QStringLiteral("計画策定の背景"));
    EXPECT_EQ(plan.chapters[0].text, oldInfo.value(QStringLiteral("background")).toString().replace(QLatin1Char('\n'), QStringLiteral("\n\n")));
    EXPECT_EQ(plan.chapters[1].title, QStringLiteral("計画の位置付け"));
    EXPECT_EQ(plan.chapters[1].text, oldInfo.value(QStringLiteral("position")).toString().replace(QLatin1Char('\n'), QStringLiteral("\n\n")));
    EXPECT_EQ(plan.info.vision, oldInfo.value(QStringLiteral("vision")).toString());
    EXPECT_EQ(plan.themes.size(), old.value(QStringLiteral("themes")).toArray().size());
    // Written back as the current version, it reads back the same.
    const QByteArray v3 = PlanJson::write(plan);
    EXPECT_TRUE(v3.contains(QStringLiteral("\"formatVersion\": %1").arg(PlanJson::formatVersion).toUtf8()));
    EXPECT_FALSE(v3.contains("\"background\""));
    Plan back;
    QString error;
    ASSERT_TRUE(PlanJson::read(v3, &back, &error)) << error.toStdString();
    EXPECT_TRUE(back == plan);
}

INSTANTIATE_TEST_SUITE_P(Samples, Version2File,
                         ::testing::Values(QStringLiteral("nishinoshima-v2.json"), QStringLiteral("okayama-v2.json")),
                         [](const auto &info) { return info.param.section(QLatin1Char('-'), 0, 0).toStdString(); });
