#include "models/PlanDocument.h"
#include "models/PlanFileReader.h"
#include "tests/support/ExternalTools.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

// Every crafted file in tests/data/hostile/ (see its README.md) is refused
// with the message its <name>.expect gives, by the reader in both modes
// and by dxplan-cli, and reading it writes nothing but into a private
// temporary folder that is empty again afterwards. The folder is listed
// when the tests start, so a file dropped there is tested without any
// other change.
namespace {

QString hostileFolder()
{
    return QStringLiteral(DXPLAN_TEST_DATA "/hostile");
}

std::vector<std::string> hostileFiles()
{
    std::vector<std::string> names;
    const QStringList files = QDir(hostileFolder()).entryList({ QStringLiteral("*.dxplan") }, QDir::Files, QDir::Name);
    for (const QString &file : files)
        names.push_back(file.toStdString());
    return names;
}

// A test name from a file name: letters and digits, the rest as '_'.
std::string testName(const ::testing::TestParamInfo<std::string> &info)
{
    std::string name = info.param.substr(0, info.param.size() - std::string(".dxplan").size());
    for (char &c : name)
        if (!std::isalnum(static_cast<unsigned char>(c)))
            c = '_';
    return name;
}

QStringList folderContents(const QString &path)
{
    return QDir(path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

class ReadingInPrivate
{
public:
    ReadingInPrivate()
    {
        // A private TMPDIR: after each read it must be empty again.
        m_savedTmp = qgetenv("TMPDIR");
        qputenv("TMPDIR", m_tmp.path().toLocal8Bit());
    }
    ~ReadingInPrivate() { qputenv("TMPDIR", m_savedTmp); }

    // Copies `bytes` into a private folder of its own, as a user's
    // download would be.
    QString place(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_home.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        EXPECT_EQ(file.write(bytes), bytes.size());
        return path;
    }

    // Nothing was left in TMPDIR, nothing written next to the file.
    void expectNothingWritten(const QString &fileName, const char *after)
    {
        EXPECT_EQ(folderContents(m_tmp.path()), QStringList()) << "left in TMPDIR after " << after;
        EXPECT_EQ(folderContents(m_home.path()), QStringList { fileName }) << "written next to the file by " << after;
    }

private:
    QTemporaryDir m_home;
    QTemporaryDir m_tmp;
    QByteArray m_savedTmp;
};

class HostileGoldenTest : public ::testing::TestWithParam<std::string>
{
};

} // namespace

TEST(HostileGolden, TheFolderHoldsCraftedFilesEachWithAnExpectedMessage)
{
    const std::vector<std::string> files = hostileFiles();
    EXPECT_GE(files.size(), 40u) << hostileFolder().toStdString();
    const QStringList expects = QDir(hostileFolder()).entryList({ QStringLiteral("*.expect") }, QDir::Files);
    for (const QString &expect : expects)
        EXPECT_TRUE(QFile::exists(hostileFolder() + QLatin1Char('/') + QFileInfo(expect).completeBaseName() + QStringLiteral(".dxplan")))
            << expect.toStdString() << " has no .dxplan";
}

TEST_P(HostileGoldenTest, IsRefusedWithItsMessageAndWritesNothing)
{
    const QString name = QString::fromStdString(GetParam());
    const QString source = hostileFolder() + QLatin1Char('/') + name;
    QFile expectFile(source.chopped(int(qstrlen(".dxplan"))) + QStringLiteral(".expect"));
    ASSERT_TRUE(expectFile.open(QIODevice::ReadOnly)) << "no .expect for " << name.toStdString();
    const QString expected = QString::fromUtf8(expectFile.readAll()).trimmed();
    ASSERT_FALSE(expected.isEmpty()) << "empty .expect for " << name.toStdString();
    QFile sourceFile(source);
    ASSERT_TRUE(sourceFile.open(QIODevice::ReadOnly));

    ReadingInPrivate reading;
    const QString path = reading.place(name, sourceFile.readAll());
    for (const PlanFileReader::Mode mode : { PlanFileReader::Mode::LoadPlan, PlanFileReader::Mode::KeepDatabase }) {
        const char *modeName = mode == PlanFileReader::Mode::LoadPlan ? "LoadPlan" : "KeepDatabase";
        {
            PlanFileReader reader;
            PlanFileReader::Result result;
            EXPECT_FALSE(reader.read(path, &result, mode)) << modeName << " accepted it";
            EXPECT_TRUE(reader.errorString().contains(expected))
                << modeName << ": \"" << reader.errorString().toStdString() << "\" lacks \"" << expected.toStdString() << '"';
            EXPECT_FALSE(reader.errorString().contains(QLatin1Char('\n')));
            EXPECT_TRUE(result.databasePath.isEmpty());
        }
        reading.expectNothingWritten(name, modeName);
    }

    const CliRun run = runCli({ QStringLiteral("info"), path });
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.out, QString());
    EXPECT_EQ(run.err.count(QLatin1Char('\n')), 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.endsWith(QLatin1Char('\n')) && run.err.trimmed().size() > 0) << run.err.toStdString();
    reading.expectNothingWritten(name, "dxplan-cli info");
}

INSTANTIATE_TEST_SUITE_P(Hostile, HostileGoldenTest, ::testing::ValuesIn(hostileFiles()), testName);

// The same checks pass a plan file that is fine, so they can fail.
TEST(HostileGolden, AValidPlanFileWrittenHereIsRead)
{
    QTemporaryDir saving;
    ReadingInPrivate reading;
    QString error;
    {
        auto doc = PlanDocument::create(samplePlan(), &error);
        ASSERT_TRUE(doc) << error.toStdString();
        ASSERT_EQ(doc->save(saving.filePath(QStringLiteral("sample.dxplan")), false, &error), PlanDocument::SaveResult::Saved)
            << error.toStdString();
        doc->closeCleanly();
    }
    QFile saved(saving.filePath(QStringLiteral("sample.dxplan")));
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    const QString path = reading.place(QStringLiteral("sample.dxplan"), saved.readAll());
    reading.expectNothingWritten(QStringLiteral("sample.dxplan"), "writing");

    {
        PlanFileReader reader;
        PlanFileReader::Result result;
        EXPECT_TRUE(reader.read(path, &result, PlanFileReader::Mode::LoadPlan)) << reader.errorString().toStdString();
        EXPECT_TRUE(result.plan == samplePlan());
    }
    reading.expectNothingWritten(QStringLiteral("sample.dxplan"), "LoadPlan");
    {
        PlanFileReader reader;
        PlanFileReader::Result result;
        EXPECT_TRUE(reader.read(path, &result, PlanFileReader::Mode::KeepDatabase)) << reader.errorString().toStdString();
        EXPECT_TRUE(QFile::exists(result.databasePath));
    }
    reading.expectNothingWritten(QStringLiteral("sample.dxplan"), "KeepDatabase");

    const CliRun run = runCli({ QStringLiteral("info"), path });
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(samplePlan().info.title)) << run.out.toStdString();
    EXPECT_EQ(run.err, QString());
    reading.expectNothingWritten(QStringLiteral("sample.dxplan"), "dxplan-cli info");
}
