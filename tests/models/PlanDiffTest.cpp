#include "models/PlanDiff.h"
#include "models/PlanJson.h"
#include "models/SamplePlan.h"
#include "models/TextDiff.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// The comparison of two versions of a plan: matched by id, in plan order,
// character by character in Japanese text. Golden cases in tests/data/diff
// each edit a bundled sample (JSON pointer paths into its JSON form) and
// hold the expected changes; DXPLAN_UPDATE_GOLDEN=1 writes them again
// (look at the diff before committing it).
namespace {

using Change = PlanDifference::Change;
using Kind = TextDiff::Segment::Kind;

Plan sample(const QString &name)
{
    Plan plan;
    QString error;
    EXPECT_TRUE(SamplePlan::load(name, &plan, &error)) << error.toStdString();
    return plan;
}

// ---- edits on the JSON form, by JSON pointer ----

QStringList steps(const QString &pointer)
{
    QStringList parts = pointer.split(QLatin1Char('/'));
    parts.removeFirst(); // the empty part before the first '/'
    return parts;
}

// Calls `edit` on the value at `path` and puts the result back.
QJsonValue edited(const QJsonValue &at, const QStringList &path, int depth,
                  const std::function<QJsonValue(const QJsonValue &)> &edit)
{
    if (depth == path.size())
        return edit(at);
    if (at.isArray()) {
        QJsonArray a = at.toArray();
        const int i = path[depth].toInt();
        a[i] = edited(a[i], path, depth + 1, edit);
        return a;
    }
    QJsonObject o = at.toObject();
    o[path[depth]] = edited(o[path[depth]], path, depth + 1, edit);
    return o;
}

QJsonValue valueAt(const QJsonValue &root, const QStringList &path)
{
    QJsonValue at = root;
    for (const QString &step : path)
        at = at.isArray() ? at.toArray().at(step.toInt()) : at.toObject().value(step);
    return at;
}

QJsonObject applyEdits(QJsonObject plan, const QJsonArray &edits)
{
    for (const QJsonValue &e : edits) {
        const QJsonArray op = e.toArray();
        const QString kind = op.at(0).toString();
        const QStringList path = steps(op.at(1).toString());
        QJsonValue root = plan;
        if (kind == QLatin1String("set")) {
            root = edited(root, path, 0, [&](const QJsonValue &) { return op.at(2); });
        } else if (kind == QLatin1String("append")) {
            root = edited(root, path, 0, [&](const QJsonValue &v) { QJsonArray a = v.toArray(); a.append(op.at(2)); return a; });
        } else if (kind == QLatin1String("remove") || kind == QLatin1String("move")) {
            const QJsonValue moving = valueAt(root, path);
            QStringList parent = path;
            const int index = parent.takeLast().toInt();
            root = edited(root, parent, 0, [&](const QJsonValue &v) { QJsonArray a = v.toArray(); a.removeAt(index); return a; });
            if (kind == QLatin1String("move"))
                root = edited(root, steps(op.at(2).toString()), 0, [&](const QJsonValue &v) {
                    QJsonArray a = v.toArray();
                    a.insert(op.at(3).toInt(), moving);
                    return a;
                });
        } else if (kind == QLatin1String("replace-text")) {
            root = edited(root, path, 0, [&](const QJsonValue &v) {
                QString text = v.toString();
                const int at = int(text.indexOf(op.at(2).toString()));
                return QJsonValue(text.replace(at, op.at(2).toString().size(), op.at(3).toString()));
            });
        } else {
            ADD_FAILURE() << "unknown edit " << kind.toStdString();
        }
        plan = root.toObject();
    }
    return plan;
}

Plan planOf(const QJsonObject &object)
{
    Plan plan;
    QString error;
    EXPECT_TRUE(PlanJson::read(QJsonDocument(object).toJson(), &plan, &error)) << error.toStdString();
    return plan;
}

QString caseFolder()
{
    return QStringLiteral(DXPLAN_TEST_DATA "/diff");
}

std::vector<std::string> caseNames()
{
    std::vector<std::string> names;
    for (const QString &file : QDir(caseFolder()).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name))
        names.push_back(file.chopped(5).toStdString());
    return names;
}

class DiffGolden : public ::testing::TestWithParam<std::string>
{
};

TEST_P(DiffGolden, GivesTheExpectedChanges)
{
    const QString path = caseFolder() + QLatin1Char('/') + QString::fromStdString(GetParam()) + QStringLiteral(".json");
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QJsonObject testCase = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    const QJsonObject base = applyEdits(PlanJson::toObject(sample(testCase.value(QStringLiteral("sample")).toString())),
                                        testCase.value(QStringLiteral("base")).toArray());
    const Plan before = planOf(base);
    const Plan after = planOf(applyEdits(base, testCase.value(QStringLiteral("edits")).toArray()));
    const QList<PlanDifference> differences = PlanDiff::compare(before, after);
    const QJsonArray changes = QJsonDocument::fromJson(PlanDiff::toJson(differences)).object().value(QStringLiteral("changes")).toArray();

    if (qEnvironmentVariableIsSet("DXPLAN_UPDATE_GOLDEN")) {
        testCase.insert(QStringLiteral("expected"), changes);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(testCase).toJson(QJsonDocument::Indented));
        return;
    }
    EXPECT_EQ(QJsonDocument(changes).toJson().toStdString(),
              QJsonDocument(testCase.value(QStringLiteral("expected")).toArray()).toJson().toStdString());
    // Every case but the identical one changes something, and the reverse
    // comparison finds as many changed fields.
    EXPECT_EQ(testCase.value(QStringLiteral("edits")).toArray().isEmpty(), differences.isEmpty());
    int changed = 0;
    int changedBack = 0;
    for (const PlanDifference &d : differences)
        changed += d.change == Change::Changed;
    for (const PlanDifference &d : PlanDiff::compare(after, before))
        changedBack += d.change == Change::Changed;
    EXPECT_EQ(changed, changedBack);
}

INSTANTIATE_TEST_SUITE_P(Cases, DiffGolden, ::testing::ValuesIn(caseNames()),
                         [](const ::testing::TestParamInfo<std::string> &info) {
                             std::string name = info.param;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });

class SampleDiff : public ::testing::TestWithParam<std::string>
{
};

TEST_P(SampleDiff, APlanEqualsItself)
{
    const Plan plan = sample(QString::fromStdString(GetParam()));
    EXPECT_TRUE(PlanDiff::compare(plan, plan).isEmpty());
    EXPECT_EQ(PlanDiff::toJson({}).simplified(), QByteArray("{ \"changes\": [ ] }"));
}

TEST_P(SampleDiff, ARenameIsOneChangeOfTheTitle)
{
    const Plan before = sample(QString::fromStdString(GetParam()));
    Plan after = before;
    Measure *renamed = nullptr;
    for (Theme &t : after.themes)
        if (!renamed && !t.measures.isEmpty())
            renamed = &t.measures.first();
    ASSERT_NE(renamed, nullptr);
    renamed->title += QStringLiteral("（改）");
    const QList<PlanDifference> differences = PlanDiff::compare(before, after);
    ASSERT_EQ(differences.size(), 1);
    EXPECT_EQ(differences[0].change, Change::Changed);
    EXPECT_EQ(differences[0].part, PlanChange::Part::Measure);
    EXPECT_EQ(differences[0].id, renamed->id);
    EXPECT_EQ(differences[0].field, QStringLiteral("title"));
    EXPECT_EQ(differences[0].after, renamed->title);
}

TEST_P(SampleDiff, AMeasureUnderAnotherThemeIsOneMove)
{
    const Plan before = sample(QString::fromStdString(GetParam()));
    Plan after = before;
    int from = -1;
    for (int i = 0; i < after.themes.size() && from < 0; ++i)
        if (!after.themes[i].measures.isEmpty())
            from = i;
    ASSERT_GE(from, 0);
    const int to = from == 0 ? 1 : 0;
    Measure moved = after.themes[from].measures.takeFirst();
    moved.themeId = after.themes[to].id;
    after.themes[to].measures.append(moved);
    const QList<PlanDifference> differences = PlanDiff::compare(before, after);
    ASSERT_EQ(differences.size(), 1);
    EXPECT_EQ(differences[0].change, Change::Moved);
    EXPECT_EQ(differences[0].id, moved.id);
    EXPECT_EQ(differences[0].field, QStringLiteral("theme"));
    EXPECT_EQ(differences[0].before, before.themes[from].title);
    EXPECT_EQ(differences[0].after, after.themes[to].title);
}

INSTANTIATE_TEST_SUITE_P(Samples, SampleDiff, ::testing::Values("nishinoshima", "okayama"));

TEST(PlanDiff, RevisionListsAreComparedOnlyWhenAsked)
{
    const Plan before = sample(QStringLiteral("okayama"));
    Plan after = before;
    after.revisions.removeLast();
    EXPECT_EQ(PlanDiff::compare(before, after).size(), 1);
    EXPECT_TRUE(PlanDiff::compare(before, after, false).isEmpty());
}

TEST(PlanDiff, KeepsPlanOrderWithRemovedItemsWhereTheyStood)
{
    const Plan before = sample(QStringLiteral("nishinoshima"));
    Plan after = before;
    after.glossary.removeAt(2);
    after.info.title += QStringLiteral("（改定版）");
    after.themes.last().title += QStringLiteral("等");
    after.themes.first().measures.first().title += QStringLiteral("等");
    const QList<PlanDifference> d = PlanDiff::compare(before, after);
    ASSERT_EQ(d.size(), 4);
    EXPECT_EQ(d[0].part, PlanChange::Part::Info);
    // The first theme's measure before the last theme.
    EXPECT_EQ(d[1].part, PlanChange::Part::Measure);
    EXPECT_EQ(d[2].part, PlanChange::Part::Theme);
    EXPECT_EQ(d[3].part, PlanChange::Part::Glossary);
    EXPECT_EQ(d[3].change, Change::Removed);
    EXPECT_EQ(d[3].title, before.glossary[2].term);
}

TEST(PlanDiff, FindsEveryChangeOfTenThousandMeasures)
{
    // Every measure renamed: one change each, none lost or doubled (the
    // benchmark times this comparison).
    Plan before;
    Theme theme;
    theme.id = 1;
    theme.title = QStringLiteral("t");
    for (int i = 1; i <= 10000; ++i) {
        Measure m;
        m.id = i;
        m.themeId = 1;
        m.title = QStringLiteral("m%1").arg(i);
        theme.measures.append(m);
    }
    before.themes.append(theme);
    Plan after = before;
    for (Measure &m : after.themes[0].measures)
        m.title += QLatin1Char('!');
    EXPECT_EQ(PlanDiff::compare(before, after).size(), 10000);
}

TEST(TextDiff, MarksJapaneseCharacterByCharacter)
{
    const QList<TextDiff::Segment> s = TextDiff::compare(QStringLiteral("令和7年度に導入する"), QStringLiteral("令和8年度に全庁導入する"));
    const QList<TextDiff::Segment> expected {
        { Kind::Same, QStringLiteral("令和") }, { Kind::Removed, QStringLiteral("7") }, { Kind::Added, QStringLiteral("8") },
        { Kind::Same, QStringLiteral("年度に") }, { Kind::Added, QStringLiteral("全庁") }, { Kind::Same, QStringLiteral("導入する") },
    };
    EXPECT_EQ(s, expected);
    // 令和, 7 (removed), 年度に導入する: the additions gone, their neighbours join.
    EXPECT_EQ(TextDiff::beforeSide(s).size(), 3);
    QString after;
    for (const TextDiff::Segment &x : TextDiff::afterSide(s))
        after += x.text;
    EXPECT_EQ(after, QStringLiteral("令和8年度に全庁導入する"));
}

TEST(TextDiff, NeverSplitsACharacterOutsideTheBasicPlane)
{
    // 𠮷 is two UTF-16 units; a change next to it keeps it whole.
    const QList<TextDiff::Segment> s = TextDiff::compare(QStringLiteral("𠮷野家"), QStringLiteral("𠮷田家"));
    ASSERT_EQ(s.size(), 4);
    EXPECT_EQ(s[0].text, QStringLiteral("𠮷"));
    EXPECT_EQ(s[1], (TextDiff::Segment { Kind::Removed, QStringLiteral("野") }));
    EXPECT_EQ(s[2], (TextDiff::Segment { Kind::Added, QStringLiteral("田") }));
}

TEST(TextDiff, ReadsUnrelatedTextsAsReplacedAndHugeOnesWhole)
{
    const QList<TextDiff::Segment> s = TextDiff::compareReadable(QStringLiteral("行政手続のオンライン化"), QStringLiteral("自治体情報システムの標準化"));
    ASSERT_EQ(s.size(), 2);
    EXPECT_EQ(s[0].kind, Kind::Removed);
    EXPECT_EQ(s[1].kind, Kind::Added);
    const QString a(TextDiff::maxCompareLength, QLatin1Char('a'));
    const QList<TextDiff::Segment> huge = TextDiff::compare(a, a + QLatin1Char('b'));
    ASSERT_EQ(huge.size(), 2);
    EXPECT_EQ(huge[0].kind, Kind::Removed);
    EXPECT_TRUE(TextDiff::isUnchanged(TextDiff::compare(a, a)));
}

} // namespace
