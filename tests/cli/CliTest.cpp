#include "models/PlanJson.h"
#include "tests/support/ExternalTools.h"
#include "tests/support/StoredZip.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <cerrno>
#include <cstring>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <sys/un.h>
#include <unistd.h>

// dxplan-cli as a user runs it: real processes, real files.
namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}

class CliTest : public ::testing::Test
{
protected:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString sampleFile()
    {
        const QString file = path(QStringLiteral("sample.dxplan"));
        const CliRun r = runCli({ QStringLiteral("new"), file, QStringLiteral("--sample") });
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return file;
    }
    QString okayamaFile()
    {
        const QString file = path(QStringLiteral("okayama.dxplan"));
        const CliRun r = runCli({ QStringLiteral("new"), file, QStringLiteral("--sample-plan"), QStringLiteral("okayama") });
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return file;
    }
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(CliTest, HelpAndVersionForEveryCommand)
{
    CliRun r = runCli({ QStringLiteral("--help") });
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("export-json")));
    r = runCli({ QStringLiteral("--version") });
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral(DXPLAN_VERSION)));
    for (const char *command : { "new", "import", "export-json", "info", "check", "roadmap", "kpi" }) {
        r = runCli({ QString::fromLatin1(command), QStringLiteral("--help") });
        EXPECT_EQ(r.exitCode, 0) << command;
        EXPECT_TRUE(r.out.contains(QStringLiteral("Usage: dxplan-cli "))) << command << r.out.toStdString();
        r = runCli({ QString::fromLatin1(command), QStringLiteral("--version") });
        EXPECT_EQ(r.exitCode, 0) << command;
        EXPECT_TRUE(r.out.contains(QStringLiteral(DXPLAN_VERSION))) << command;
    }
    r = runCli({ QStringLiteral("frobnicate") });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("unknown command")));
}

TEST_F(CliTest, NewSampleThenInfo)
{
    const QString file = sampleFile();
    CliRun r = runCli({ QStringLiteral("info"), file, QStringLiteral("--json") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject facts = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(facts.value(QStringLiteral("title")).toString(), QStringLiteral("西ノ島町DX推進基本計画"));
    EXPECT_EQ(facts.value(QStringLiteral("organisation")).toString(), QStringLiteral("西ノ島町"));
    EXPECT_EQ(facts.value(QStringLiteral("startYear")).toInt(), 2024);
    EXPECT_EQ(facts.value(QStringLiteral("endYear")).toInt(), 2028);
    EXPECT_EQ(facts.value(QStringLiteral("themes")).toInt(), 12);
    EXPECT_EQ(facts.value(QStringLiteral("measures")).toInt(), 23);
    EXPECT_EQ(facts.value(QStringLiteral("kpis")).toInt(), 1);
    // The plan states no adoption date.
    EXPECT_EQ(facts.value(QStringLiteral("revisions")).toInt(), 0);
    r = runCli({ QStringLiteral("info"), file });
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("Period:       FY2024-FY2028")));
}

TEST_F(CliTest, OpenEndedPrefectureGuidelineThenInfo)
{
    const QString file = okayamaFile();
    CliRun r = runCli({ QStringLiteral("info"), file, QStringLiteral("--json") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject facts = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(facts.value(QStringLiteral("organisationKind")).toString(), QStringLiteral("prefecture"));
    EXPECT_TRUE(facts.value(QStringLiteral("endYear")).isNull());
    EXPECT_EQ(facts.value(QStringLiteral("sections")).toInt(), 3);
    r = runCli({ QStringLiteral("info"), file });
    EXPECT_TRUE(r.out.contains(QStringLiteral("Period:       from FY2021, open-ended"))) << r.out.toStdString();
    r = runCli({ QStringLiteral("new"), path(QStringLiteral("x.dxplan")), QStringLiteral("--sample-plan"), QStringLiteral("atlantis") });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("no sample called \"atlantis\""))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("x.dxplan"))));
}

TEST_F(CliTest, NewWithoutSampleMakesAnEmptyPlan)
{
    const QString file = path(QStringLiteral("empty.dxplan"));
    ASSERT_EQ(runCli({ QStringLiteral("new"), file }).exitCode, 0);
    const CliRun r = runCli({ QStringLiteral("info"), file, QStringLiteral("--json") });
    EXPECT_EQ(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("measures")).toInt(), 0);
}

TEST_F(CliTest, ExportJsonThenImportGivesAnIdenticalPlan)
{
    const QString file = sampleFile();
    const QString json = path(QStringLiteral("plan.json"));
    ASSERT_EQ(runCli({ QStringLiteral("export-json"), file, QStringLiteral("-o"), json }).exitCode, 0);
    const QString again = path(QStringLiteral("again.dxplan"));
    CliRun r = runCli({ QStringLiteral("import"), json, QStringLiteral("-o"), again });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = runCli({ QStringLiteral("export-json"), again });
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.out.toUtf8(), readFile(json));

    // And the bundled sample JSON itself imports to the same plan.
    Plan fromSample, fromExport;
    QString error;
    ASSERT_TRUE(PlanJson::read(readFile(QStringLiteral(DXPLAN_SOURCE_DIR "/resources/sample/nishinoshima.json")), &fromSample, &error));
    ASSERT_TRUE(PlanJson::read(r.out.toUtf8(), &fromExport, &error));
    EXPECT_TRUE(fromSample == fromExport);
}

TEST_F(CliTest, CheckReportsProblemsOnePerLine)
{
    // Okayama's guideline, as the document states it, has nothing to report.
    // It says so in one line, naming what it checked.
    CliRun r = runCli({ QStringLiteral("check"), okayamaFile() });
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("No problems in 岡山県DX推進指針 (14 themes, 13 measures, 0 KPIs).\n"));

    // Nishinoshima's KPI has no target: the plan gives its 100% aim no
    // year. Its March 2025 figure is current in FY2025, stale a year on.
    const QString file = sampleFile();
    r = runCli({ QStringLiteral("check"), file, QStringLiteral("--as-of"), QStringLiteral("2026-03-31") });
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.out, QStringLiteral("warning: KPI \"マイナンバーカード普及率\": has no target\n"));
    r = runCli({ QStringLiteral("check"), file, QStringLiteral("--as-of"), QStringLiteral("2026-04-01") });
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.out, QStringLiteral("warning: KPI \"マイナンバーカード普及率\": has no target\n"
                                    "warning: KPI \"マイナンバーカード普及率\": the latest actual, of 2025-03, is more than a year old; enter a newer one\n"));
    r = runCli({ QStringLiteral("check"), file, QStringLiteral("--as-of"), QStringLiteral("next week") });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--as-of must be a date"))) << r.err.toStdString();

    const QString json = path(QStringLiteral("plan.json"));
    ASSERT_EQ(runCli({ QStringLiteral("export-json"), file, QStringLiteral("-o"), json }).exitCode, 0);
    QJsonObject o = QJsonDocument::fromJson(readFile(json)).object();
    QJsonObject info = o.value(QStringLiteral("plan")).toObject();
    info[QStringLiteral("title")] = QString();
    info[QStringLiteral("endYear")] = 2025; // phases now run past the period
    o[QStringLiteral("plan")] = info;
    writeFile(json, QJsonDocument(o).toJson());
    const QString broken = path(QStringLiteral("broken.dxplan"));
    ASSERT_EQ(runCli({ QStringLiteral("import"), json, QStringLiteral("-o"), broken }).exitCode, 0);
    r = runCli({ QStringLiteral("check"), broken });
    EXPECT_EQ(r.exitCode, 1);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    EXPECT_GT(lines.size(), 10);
    EXPECT_TRUE(lines.first().startsWith(QStringLiteral("error: plan: the plan has no title")));
}

TEST_F(CliTest, BadJsonGetsItsPathAndNoFile)
{
    const QString json = path(QStringLiteral("bad.json"));
    const QString out = path(QStringLiteral("out.dxplan"));
    writeFile(json, "{ \"format\": \"dxplan-json\", ");
    CliRun r = runCli({ QStringLiteral("import"), json, QStringLiteral("-o"), out });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("not valid JSON at line 1"))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));

    QJsonObject o = QJsonDocument::fromJson(readFile(QStringLiteral(DXPLAN_SOURCE_DIR "/resources/sample/nishinoshima.json"))).object();
    QJsonObject info = o.value(QStringLiteral("plan")).toObject();
    info[QStringLiteral("startYear")] = QStringLiteral("令和6年");
    o[QStringLiteral("plan")] = info;
    writeFile(json, QJsonDocument(o).toJson());
    r = runCli({ QStringLiteral("import"), json, QStringLiteral("-o"), out });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("$.plan.startYear: expected an integer"))) << r.err.toStdString();
    EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1);
    EXPECT_FALSE(QFile::exists(out));
}

TEST_F(CliTest, HostileFileGetsOneLineOnStderrAndExitTwo)
{
    const QString file = path(QStringLiteral("mail-attachment.dxplan"));
    writeFile(file, QByteArray("PK\x03\x04 definitely not a plan").repeated(10));
    for (const char *command : { "info", "check", "export-json" }) {
        const CliRun r = runCli({ QString::fromLatin1(command), file });
        EXPECT_EQ(r.exitCode, 2) << command;
        EXPECT_TRUE(r.out.isEmpty()) << command;
        EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << command << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("mail-attachment.dxplan"))) << command;
    }
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("mail-attachment.dxplan") });
}

TEST_F(CliTest, UnwritableOutputFailsCleanly)
{
    const QString file = sampleFile();
    const CliRun r = runCli({ QStringLiteral("export-json"), file, QStringLiteral("-o"), path(QStringLiteral("no/such/dir/out.json")) });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1);
}

// ---------------------------------------------------------------------------
// Where output goes: files, FIFOs, character devices, standard output, and
// what is refused. Every target lives in the test's own temporary folder.

namespace {

struct RawRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// dxplan-cli with its output kept as bytes (a .dxplan or PNG on stdout),
// with `extra` added to its environment.
RawRun runRaw(const QStringList &arguments, const QList<QPair<QString, QString>> &extra = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("DXPLAN_DEBUG"));
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    for (const auto &[name, value] : extra)
        env.insert(name, value);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(DXPLAN_CLI), arguments);
    EXPECT_TRUE(process.waitForFinished(120000)) << arguments.join(QLatin1Char(' ')).toStdString();
    RawRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// One line, "dxplan-cli: ...", and no control bytes before its newline.
::testing::AssertionResult isOneCleanLine(const QByteArray &err)
{
    if (!err.startsWith("dxplan-cli: "))
        return ::testing::AssertionFailure() << "does not start with \"dxplan-cli: \": " << err.toStdString();
    if (!err.endsWith('\n') || err.count('\n') != 1)
        return ::testing::AssertionFailure() << "not exactly one line: " << err.toStdString();
    for (qsizetype i = 0; i + 1 < err.size(); ++i) {
        const uchar c = uchar(err[i]);
        if (c < 0x20 || c == 0x7f)
            return ::testing::AssertionFailure() << "control byte " << int(c) << " at " << i << ": " << err.toStdString();
    }
    return ::testing::AssertionSuccess();
}

mode_t fileType(const QString &path)
{
    struct stat info;
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & S_IFMT;
}

// Reads a FIFO with `cat` into a file while dxplan-cli writes to it.
class FifoDrain
{
public:
    FifoDrain(const QString &fifo, const QString &sink)
        : m_sink(sink)
    {
        m_cat.setStandardOutputFile(sink);
        m_cat.start(QStringLiteral("cat"), { fifo });
        EXPECT_TRUE(m_cat.waitForStarted());
    }
    ~FifoDrain()
    {
        if (m_cat.state() != QProcess::NotRunning) {
            m_cat.kill();
            m_cat.waitForFinished();
        }
    }
    // What arrived, once the writer closed the FIFO.
    QByteArray bytes()
    {
        EXPECT_TRUE(m_cat.waitForFinished(30000)) << "nothing closed the FIFO";
        return readFile(m_sink);
    }

private:
    QString m_sink;
    QProcess m_cat;
};


} // namespace

TEST_F(CliTest, AFifoGetsTheBytesAndStaysAFifo)
{
    const QString file = sampleFile();
    const QString fifo = path(QStringLiteral("pipe"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0) << std::strerror(errno);
    const QByteArray json = runRaw({ QStringLiteral("export-json"), file }).out;
    ASSERT_FALSE(json.isEmpty());

    {
        FifoDrain drain(fifo, path(QStringLiteral("from-pipe.json")));
        const RawRun r = runRaw({ QStringLiteral("export-json"), file, QStringLiteral("-o"), fifo });
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_EQ(drain.bytes(), json);
    }
    EXPECT_EQ(fileType(fifo), mode_t(S_IFIFO));

    // A plan file too: what comes out of the FIFO opens as the plan.
    writeFile(path(QStringLiteral("plan.json")), json);
    {
        FifoDrain drain(fifo, path(QStringLiteral("from-pipe.dxplan")));
        const RawRun r = runRaw({ QStringLiteral("import"), path(QStringLiteral("plan.json")), QStringLiteral("-o"), fifo });
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_TRUE(drain.bytes().startsWith("PK\x03\x04"));
    }
    EXPECT_EQ(fileType(fifo), mode_t(S_IFIFO));
    const RawRun again = runRaw({ QStringLiteral("export-json"), path(QStringLiteral("from-pipe.dxplan")) });
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ(again.out, json);

    // And a roadmap.
    {
        FifoDrain drain(fifo, path(QStringLiteral("from-pipe.svg")));
        const RawRun r = runRaw({ QStringLiteral("roadmap"), file, QStringLiteral("-o"), fifo, QStringLiteral("--format"), QStringLiteral("svg") });
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_TRUE(drain.bytes().contains("<svg"));
    }
    EXPECT_EQ(fileType(fifo), mode_t(S_IFIFO));
    EXPECT_TRUE(svgText(path(QStringLiteral("from-pipe.svg"))).contains(QStringLiteral("西ノ島町")));
}

TEST_F(CliTest, ACharacterDeviceIsWrittenToNeverReplaced)
{
    const QString file = sampleFile();
    const QString json = path(QStringLiteral("plan.json"));
    ASSERT_EQ(runCli({ QStringLiteral("export-json"), file, QStringLiteral("-o"), json }).exitCode, 0);
    // A null device of our own, in the test's folder (major 1, minor 3).
    const QString device = path(QStringLiteral("null"));
    if (::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0666, makedev(1, 3)) != 0)
        GTEST_SKIP() << "cannot make a device node here: " << std::strerror(errno);

    const QList<QStringList> commands = {
        { QStringLiteral("new"), device },
        { QStringLiteral("new"), device, QStringLiteral("--sample") },
        { QStringLiteral("import"), json, QStringLiteral("-o"), device },
        { QStringLiteral("export-json"), file, QStringLiteral("-o"), device },
        { QStringLiteral("roadmap"), file, QStringLiteral("-o"), device, QStringLiteral("--format"), QStringLiteral("pdf") },
        { QStringLiteral("roadmap"), file, QStringLiteral("-o"), device, QStringLiteral("--format"), QStringLiteral("png") },
        { QStringLiteral("kpi"), file, QStringLiteral("-o"), device, QStringLiteral("--format"), QStringLiteral("svg") },
    };
    for (const QStringList &arguments : commands) {
        const RawRun r = runRaw(arguments);
        EXPECT_EQ(r.exitCode, 0) << arguments.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty()) << arguments.join(QLatin1Char(' ')).toStdString();
        struct stat info;
        ASSERT_EQ(::lstat(QFile::encodeName(device).constData(), &info), 0);
        EXPECT_TRUE(S_ISCHR(info.st_mode)) << arguments.join(QLatin1Char(' ')).toStdString() << " replaced the device";
        EXPECT_EQ(info.st_rdev, makedev(1, 3));
    }
    // Nothing else appeared next to it.
    QStringList left = QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot);
    left.sort();
    EXPECT_EQ(left, (QStringList { QStringLiteral("null"), QStringLiteral("plan.json"), QStringLiteral("sample.dxplan") }));
}

TEST_F(CliTest, AFullDiskSaysSo)
{
    const QString file = sampleFile();
    // A device that is always full (major 1, minor 7), in the test's folder.
    const QString full = path(QStringLiteral("full"));
    if (::mknod(QFile::encodeName(full).constData(), S_IFCHR | 0666, makedev(1, 7)) != 0)
        GTEST_SKIP() << "cannot make a device node here: " << std::strerror(errno);
    for (const QStringList &arguments : QList<QStringList> {
             { QStringLiteral("export-json"), file, QStringLiteral("-o"), full },
             { QStringLiteral("new"), full },
             { QStringLiteral("roadmap"), file, QStringLiteral("-o"), full, QStringLiteral("--format"), QStringLiteral("svg") } }) {
        const RawRun r = runRaw(arguments);
        EXPECT_EQ(r.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(isOneCleanLine(r.err));
        EXPECT_TRUE(r.err.contains("the disk is full")) << r.err.toStdString();
        EXPECT_EQ(fileType(full), mode_t(S_IFCHR));
    }

    // Standard output on a full disk.
    QProcess process;
    process.setStandardOutputFile(full);
    process.start(QStringLiteral(DXPLAN_CLI), { QStringLiteral("export-json"), file });
    ASSERT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 2);
    const QByteArray err = process.readAllStandardError();
    EXPECT_TRUE(isOneCleanLine(err));
    EXPECT_TRUE(err.contains("standard output: the disk is full")) << err.toStdString();
}

TEST_F(CliTest, AFullDiskLeavesNoFileBehind)
{
    const QString file = sampleFile();
    const QString disk = path(QStringLiteral("disk"));
    const SmallDisk smallDisk(disk, QStringLiteral("64k"));
    if (!smallDisk.error().isEmpty())
        GTEST_SKIP() << smallDisk.error().toStdString();

    const QString png = disk + QStringLiteral("/roadmap.png");
    const RawRun r = runRaw({ QStringLiteral("roadmap"), file, QStringLiteral("-o"), png, QStringLiteral("--dpi"), QStringLiteral("300") });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(isOneCleanLine(r.err));
    EXPECT_TRUE(r.err.contains("roadmap.png: the disk is full")) << r.err.toStdString();
    EXPECT_TRUE(QDir(disk).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
        << QDir(disk).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot).join(QLatin1Char(' ')).toStdString();
}

TEST_F(CliTest, FoldersAndSocketsAreRefused)
{
    const QString file = sampleFile();
    const QString json = path(QStringLiteral("plan.json"));
    ASSERT_EQ(runCli({ QStringLiteral("export-json"), file, QStringLiteral("-o"), json }).exitCode, 0);
    const QString folder = path(QStringLiteral("folder.pdf"));
    ASSERT_TRUE(QDir().mkdir(folder));
    const QString socket = path(QStringLiteral("socket.svg"));
    const int listener = ::socket(AF_UNIX, SOCK_STREAM, 0);
    ASSERT_GE(listener, 0);
    struct Closer
    {
        int fd;
        ~Closer() { ::close(fd); }
    } closer { listener };
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    const QByteArray socketName = QFile::encodeName(socket);
    ASSERT_LT(size_t(socketName.size()), sizeof address.sun_path);
    std::memcpy(address.sun_path, socketName.constData(), size_t(socketName.size()));
    ASSERT_EQ(::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address), 0) << std::strerror(errno);
    ASSERT_EQ(fileType(socket), mode_t(S_IFSOCK));

    for (const QString &target : { folder, socket }) {
        const QList<QStringList> commands = {
            { QStringLiteral("new"), target },
            { QStringLiteral("import"), json, QStringLiteral("-o"), target },
            { QStringLiteral("export-json"), file, QStringLiteral("-o"), target },
            { QStringLiteral("roadmap"), file, QStringLiteral("-o"), target, QStringLiteral("--format"), QStringLiteral("pdf") },
            { QStringLiteral("kpi"), file, QStringLiteral("-o"), target, QStringLiteral("--format"), QStringLiteral("png") },
        };
        for (const QStringList &arguments : commands) {
            const RawRun r = runRaw(arguments);
            EXPECT_EQ(r.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString();
            EXPECT_TRUE(r.out.isEmpty());
            EXPECT_TRUE(isOneCleanLine(r.err)) << arguments.join(QLatin1Char(' ')).toStdString();
            EXPECT_TRUE(r.err.contains(QFile::encodeName(target))) << r.err.toStdString();
        }
    }
    EXPECT_EQ(fileType(folder), mode_t(S_IFDIR));
    EXPECT_TRUE(QDir(folder).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot));
    EXPECT_EQ(fileType(socket), mode_t(S_IFSOCK));
}

TEST_F(CliTest, DashWritesToStandardOutput)
{
    const QString file = sampleFile();
    const RawRun json = runRaw({ QStringLiteral("export-json"), file });
    ASSERT_EQ(json.exitCode, 0);
    RawRun r = runRaw({ QStringLiteral("export-json"), file, QStringLiteral("-o"), QStringLiteral("-") });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, json.out);
    EXPECT_TRUE(r.err.isEmpty());

    // A plan file on standard output, read back.
    writeFile(path(QStringLiteral("plan.json")), json.out);
    r = runRaw({ QStringLiteral("import"), path(QStringLiteral("plan.json")), QStringLiteral("-o"), QStringLiteral("-") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith("PK\x03\x04"));
    writeFile(path(QStringLiteral("from-stdout.dxplan")), r.out);
    r = runRaw({ QStringLiteral("export-json"), path(QStringLiteral("from-stdout.dxplan")) });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, json.out);
    r = runRaw({ QStringLiteral("new"), QStringLiteral("-") });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith("PK\x03\x04"));

    // Drawings: the format is said with --format.
    r = runRaw({ QStringLiteral("roadmap"), file, QStringLiteral("-o"), QStringLiteral("-"), QStringLiteral("--format"), QStringLiteral("svg") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    writeFile(path(QStringLiteral("stdout.svg")), r.out);
    EXPECT_TRUE(svgText(path(QStringLiteral("stdout.svg"))).contains(QStringLiteral("西ノ島町")));
    r = runRaw({ QStringLiteral("roadmap"), file, QStringLiteral("-o"), QStringLiteral("-"), QStringLiteral("--format"), QStringLiteral("PDF") });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith("%PDF-"));
    r = runRaw({ QStringLiteral("kpi"), file, QStringLiteral("-o"), QStringLiteral("-"), QStringLiteral("--format"), QStringLiteral("png") });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith("\x89PNG\r\n\x1a\n"));

    for (const char *command : { "roadmap", "kpi" }) {
        r = runRaw({ QString::fromLatin1(command), file, QStringLiteral("-o"), QStringLiteral("-") });
        EXPECT_EQ(r.exitCode, 2) << command;
        EXPECT_TRUE(r.out.isEmpty()) << command;
        EXPECT_TRUE(isOneCleanLine(r.err)) << command;
        EXPECT_TRUE(r.err.contains("--format")) << r.err.toStdString();
        r = runRaw({ QString::fromLatin1(command), file, QStringLiteral("-o"), QStringLiteral("-"), QStringLiteral("--format"), QStringLiteral("../x.pdf") });
        EXPECT_EQ(r.exitCode, 2) << command;
        EXPECT_TRUE(isOneCleanLine(r.err)) << command;
    }
}

// ---------------------------------------------------------------------------
// One clean line: what a file holds cannot paint the terminal or forge lines.

TEST_F(CliTest, ControlCharactersInNamesAreEscaped)
{
    // A file whose name paints the terminal and forges a second line.
    const QString json = path(QStringLiteral("\x1b[2J\x1b]0;owned\x07\ndxplan-cli: all is well\r\u202e\u0085.json"));
    writeFile(json, "{ \"format\": ");
    RawRun r = runRaw({ QStringLiteral("import"), json, QStringLiteral("-o"), path(QStringLiteral("out.dxplan")) });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(isOneCleanLine(r.err));
    QString err = QString::fromUtf8(r.err);
    EXPECT_TRUE(err.contains(QStringLiteral("\\x1b[2J\\x1b]0;owned\\x07\\x0adxplan-cli: all is well\\x0d\\u202e\\x85.json"))) << r.err.toStdString();
    EXPECT_FALSE(err.contains(QChar(0x202e)));
    EXPECT_FALSE(err.contains(QChar(0x85)));
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("out.dxplan"))));

    // A JSON key the same way: the message quotes it.
    QJsonObject o = QJsonDocument::fromJson(readFile(QStringLiteral(DXPLAN_SOURCE_DIR "/resources/sample/nishinoshima.json"))).object();
    QJsonObject info = o.value(QStringLiteral("plan")).toObject();
    info.insert(QStringLiteral("\x1b[2J\ndxplan-cli: all is well\u202e"), 1);
    o[QStringLiteral("plan")] = info;
    writeFile(path(QStringLiteral("forged.json")), QJsonDocument(o).toJson());
    r = runRaw({ QStringLiteral("import"), path(QStringLiteral("forged.json")), QStringLiteral("-o"), path(QStringLiteral("out.dxplan")) });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(isOneCleanLine(r.err));
    err = QString::fromUtf8(r.err);
    EXPECT_TRUE(err.contains(QStringLiteral("unknown key"))) << r.err.toStdString();
    EXPECT_FALSE(err.contains(QChar(0x202e)));
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("out.dxplan"))));
}

TEST_F(CliTest, ControlCharactersFromAPlanFileAreEscaped)
{
    // The mimetype entry's text is quoted when it is not ours.
    const QString file = path(QStringLiteral("forged.dxplan"));
    writeFile(file, storedZip({ { "mimetype", "\x1b[31mapplication/evil\ndxplan-cli: fine\xe2\x80\xae" } }));
    for (const char *command : { "info", "check", "export-json" }) {
        const RawRun r = runRaw({ QString::fromLatin1(command), file });
        EXPECT_EQ(r.exitCode, 2) << command;
        EXPECT_TRUE(r.out.isEmpty());
        EXPECT_TRUE(isOneCleanLine(r.err)) << command;
        EXPECT_TRUE(r.err.contains("forged.dxplan")) << r.err.toStdString();
        EXPECT_FALSE(r.err.contains("\xe2\x80\xae")) << command;
    }
}

TEST_F(CliTest, ABrokenPlanFileGetsOneLineAndNoLibraryChatter)
{
    const QString file = sampleFile();
    QByteArray bytes = readFile(file);
    // Damage the compressed plan database in the middle of the archive.
    for (qsizetype i = bytes.size() / 2; i < bytes.size() / 2 + 64; ++i)
        bytes[i] = char(~bytes[i]);
    const QString broken = path(QStringLiteral("broken.dxplan"));
    writeFile(broken, bytes);
    writeFile(path(QStringLiteral("truncated.dxplan")), bytes.left(bytes.size() * 3 / 4));
    // Every Qt and KArchive log category switched on, debug included.
    const QList<QPair<QString, QString>> chatty { { QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true") } };
    for (const QString &target : { broken, path(QStringLiteral("truncated.dxplan")) }) {
        for (const char *command : { "info", "export-json", "roadmap" }) {
            QStringList arguments { QString::fromLatin1(command), target };
            if (qstrcmp(command, "roadmap") == 0)
                arguments << QStringLiteral("-o") << path(QStringLiteral("r.pdf"));
            const RawRun r = runRaw(arguments, chatty);
            EXPECT_EQ(r.exitCode, 2) << command;
            EXPECT_TRUE(isOneCleanLine(r.err)) << command;
            EXPECT_FALSE(r.err.contains("kf.archive")) << r.err.toStdString();
            EXPECT_FALSE(r.err.contains("QIODevice")) << r.err.toStdString();
            EXPECT_FALSE(r.err.contains("qt.")) << r.err.toStdString();
        }
    }
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("r.pdf"))));

    // DXPLAN_DEBUG=1 lets the libraries speak (so the quiet above is ours).
    const RawRun debug = runRaw({ QStringLiteral("roadmap"), broken, QStringLiteral("-o"), path(QStringLiteral("r.pdf")) },
                                chatty + QList<QPair<QString, QString>> { { QStringLiteral("DXPLAN_DEBUG"), QStringLiteral("1") } });
    EXPECT_EQ(debug.exitCode, 2);
    EXPECT_GT(debug.err.count('\n'), 1);
    EXPECT_TRUE(debug.err.contains("qt.")) << debug.err.left(500).toStdString();
}

TEST_F(CliTest, EveryRefusalIsOneLine)
{
    const QString file = sampleFile();
    const QList<QStringList> refused = {
        {},
        { QStringLiteral("frobnicate") },
        { QStringLiteral("info") },
        { QStringLiteral("info"), QStringLiteral("--no-such-option") },
        { QStringLiteral("info"), path(QStringLiteral("absent.dxplan")) },
        { QStringLiteral("import"), path(QStringLiteral("absent.json")), QStringLiteral("-o"), path(QStringLiteral("x.dxplan")) },
        { QStringLiteral("export-json"), file, QStringLiteral("-o"), path(QStringLiteral("absent/x.json")) },
        { QStringLiteral("new"), path(QStringLiteral("absent/x.dxplan")) },
    };
    for (const QStringList &arguments : refused) {
        const RawRun r = runRaw(arguments);
        EXPECT_EQ(r.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(isOneCleanLine(r.err)) << arguments.join(QLatin1Char(' ')).toStdString();
    }
}
