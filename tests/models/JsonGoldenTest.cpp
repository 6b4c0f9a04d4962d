#include "models/PlanJson.h"
#include "models/PlanLimits.h"
#include "tests/support/ExternalTools.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <functional>
#include <map>

// Crafted JSON plans in tests/data/json, each refused on import with an
// error the sibling <name>.expect quotes a fragment of. A case whose JSON
// would be too large to keep in the repository has only its .expect file
// and is written here at test time from valid-minimal.json.
namespace {

QString folder()
{
    return QStringLiteral(DXPLAN_TEST_DATA "/json");
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

QJsonObject minimalPlan()
{
    return QJsonDocument::fromJson(readFile(folder() + QStringLiteral("/valid-minimal.json"))).object();
}

// Replaces the value at `path` (keys and array indexes) inside `o`.
QJsonValue replaced(const QJsonValue &at, const QVariantList &path, int depth, const QJsonValue &value)
{
    if (depth == path.size())
        return value;
    if (path[depth].typeId() == QMetaType::Int) {
        QJsonArray a = at.toArray();
        const int i = path[depth].toInt();
        a[i] = replaced(a[i], path, depth + 1, value);
        return a;
    }
    QJsonObject o = at.toObject();
    const QString key = path[depth].toString();
    o[key] = replaced(o[key], path, depth + 1, value);
    return o;
}

QByteArray minimalWith(const QVariantList &path, const QJsonValue &value)
{
    return QJsonDocument(replaced(minimalPlan(), path, 0, value).toObject()).toJson();
}

// valid-minimal.json with the value at `path` replaced by `json`, spliced
// in as text: quicker than building a large document.
QByteArray minimalWithText(const QVariantList &path, const QByteArray &json)
{
    const QByteArray placeholder = "\"@@replaced@@\"";
    QByteArray result = minimalWith(path, QStringLiteral("@@replaced@@"));
    EXPECT_EQ(result.count(placeholder), 1);
    return result.replace(placeholder, json);
}

QByteArray quoted(const QByteArray &text)
{
    return '"' + text + '"';
}

// The cases made at test time, by name.
const std::map<QString, std::function<QByteArray()>> &generatedCases()
{
    static const std::map<QString, std::function<QByteArray()>> cases = {
        { QStringLiteral("huge-string"),
          [] {
              // One byte over the limit, all ASCII.
              return minimalWithText({ QStringLiteral("themes"), 0, QStringLiteral("measures"), 0, QStringLiteral("overview") },
                                     quoted(QByteArray(PlanLimits::maxTextBytes + 1, 'x')));
          } },
        { QStringLiteral("huge-string-multibyte"),
          [] {
              // Fewer characters than the limit, but more UTF-8 bytes:
              // each あ takes three.
              return minimalWithText({ QStringLiteral("kpis"), 0, QStringLiteral("actuals"), 0, QStringLiteral("note") },
                                     quoted(QByteArray("\xE3\x81\x82").repeated(PlanLimits::maxTextBytes / 3 + 1)));
          } },
        { QStringLiteral("total-text-over-limit"),
          [] {
              // Every text within its own limit, together over the plan's.
              const QByteArray text = quoted(QByteArray(PlanLimits::maxTextBytes, 'y'));
              QByteArrayList candidates;
              for (qint64 i = 0; i <= PlanLimits::maxTotalTextBytes / PlanLimits::maxTextBytes; ++i)
                  candidates << text;
              return minimalWithText({ QStringLiteral("themes"), 1, QStringLiteral("futureCandidates") },
                                     '[' + candidates.join(",\n") + ']');
          } },
    };
    return cases;
}

// Every <name>.expect in the folder, listed when the tests start.
std::vector<std::string> caseNames()
{
    std::vector<std::string> names;
    const QStringList files = QDir(folder()).entryList({ QStringLiteral("*.expect") }, QDir::Files, QDir::Name);
    for (const QString &file : files)
        names.push_back(QFileInfo(file).completeBaseName().toStdString());
    return names;
}

std::string testName(const ::testing::TestParamInfo<std::string> &info)
{
    std::string name = info.param;
    for (char &c : name)
        if (!std::isalnum(static_cast<unsigned char>(c)))
            c = '_';
    return name;
}

// dxplan-cli in English whatever the machine's language, so its message
// can be compared with the .expect file.
CliRun runCliInEnglish(const QStringList &arguments)
{
    const QByteArray oldAll = qgetenv("LC_ALL");
    const QByteArray oldLanguage = qgetenv("LANGUAGE");
    const bool hadAll = qEnvironmentVariableIsSet("LC_ALL");
    const bool hadLanguage = qEnvironmentVariableIsSet("LANGUAGE");
    qputenv("LC_ALL", "C.UTF-8");
    qunsetenv("LANGUAGE");
    const CliRun run = runCli(arguments);
    if (hadAll)
        qputenv("LC_ALL", oldAll);
    else
        qunsetenv("LC_ALL");
    if (hadLanguage)
        qputenv("LANGUAGE", oldLanguage);
    return run;
}

class JsonGolden : public ::testing::TestWithParam<std::string>
{
protected:
    QTemporaryDir dir;
};

} // namespace

TEST(JsonGoldenFolder, EveryExpectationHasItsJsonAndTheValidBaseImports)
{
    const std::vector<std::string> names = caseNames();
    EXPECT_GE(names.size(), 30u) << "the crafted cases were not found in " << folder().toStdString();
    for (const std::string &name : names) {
        const QString n = QString::fromStdString(name);
        EXPECT_TRUE(QFile::exists(folder() + QLatin1Char('/') + n + QStringLiteral(".json")) || generatedCases().count(n))
            << name << ": no JSON file and no generator";
    }

    // The base every case breaks one thing in is itself a valid plan, so a
    // case fails for its own reason only.
    Plan plan;
    QString error;
    EXPECT_TRUE(PlanJson::read(readFile(folder() + QStringLiteral("/valid-minimal.json")), &plan, &error))
        << error.toStdString();
    EXPECT_EQ(plan.themes.size(), 3);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.dxplan"));
    const CliRun run = runCliInEnglish({ QStringLiteral("import"), folder() + QStringLiteral("/valid-minimal.json"),
                                         QStringLiteral("-o"), out });
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(QFile::exists(out));
}

TEST_P(JsonGolden, IsRefusedWithTheExpectedError)
{
    const QString name = QString::fromStdString(GetParam());
    const QString expect = QString::fromUtf8(readFile(folder() + QLatin1Char('/') + name + QStringLiteral(".expect"))).trimmed();
    ASSERT_FALSE(expect.isEmpty());

    QString input = folder() + QLatin1Char('/') + name + QStringLiteral(".json");
    if (!QFile::exists(input)) {
        const auto generator = generatedCases().find(name);
        ASSERT_NE(generator, generatedCases().end()) << "no JSON and no generator for " << name.toStdString();
        input = dir.filePath(name + QStringLiteral(".json"));
        QFile file(input);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        const QByteArray json = generator->second();
        ASSERT_EQ(file.write(json), json.size());
    }

    // The importer refuses it, naming the place in one line.
    {
        QFile file(input);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        Plan plan;
        QString error;
        EXPECT_FALSE(PlanJson::read(&file, &plan, &error));
        EXPECT_TRUE(error.contains(expect)) << "error:    " << error.left(300).toStdString()
                                            << "\nexpected: " << expect.toStdString();
        EXPECT_FALSE(error.contains(QLatin1Char('\n'))) << error.left(300).toStdString();
        EXPECT_LT(error.size(), 400);
    }

    // So does dxplan-cli: status 2, one line on stderr, no output file.
    const QString out = dir.filePath(QStringLiteral("out.dxplan"));
    const CliRun run = runCliInEnglish({ QStringLiteral("import"), input, QStringLiteral("-o"), out });
    EXPECT_EQ(run.exitCode, 2) << run.err.left(300).toStdString();
    EXPECT_EQ(run.err.count(QLatin1Char('\n')), 1) << run.err.left(600).toStdString();
    EXPECT_TRUE(run.err.endsWith(QLatin1Char('\n')));
    EXPECT_TRUE(run.err.contains(expect)) << "stderr:   " << run.err.left(300).toStdString()
                                          << "\nexpected: " << expect.toStdString();
    EXPECT_FALSE(QFile::exists(out));
}

INSTANTIATE_TEST_SUITE_P(Crafted, JsonGolden, ::testing::ValuesIn(caseNames()), testName);
