// How DX Plan Studio ends: signals, the end of the desktop session, the X
// server going away, a kill -9; what it leaves behind and what the next
// start makes of it. Some tests run the real dxplan program in a private
// home (its own data, settings and working copies), the others the same
// code in this process.
#include "GuiTestSupport.h"

#include "models/PlanDocument.h"
#include "models/SamplePlan.h"
#include "models/ExitCleanup.h"
#include "models/PlanFileLock.h"
#include "models/WorkingCopy.h"
#include "models/commands/ItemCommands.h"
#include "views/window/MainWindow.h"
#include "views/window/SessionEnd.h"

#include <QAction>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include <csignal>
#include <functional>
#include <sys/types.h>

namespace {

QByteArray bytesOf(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject sidecarOf(const QString &workingCopyPath)
{
    QFile f(QFileInfo(workingCopyPath).dir().filePath(QFileInfo(workingCopyPath).completeBaseName()
                                                     + QStringLiteral(".json")));
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

QString idOf(const QString &workingCopyPath)
{
    return QFileInfo(workingCopyPath).completeBaseName();
}

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QThread::msleep(50);
    }
    return true;
}

// The dxplan program as a user starts it, in a private home under `root`:
// its own data folder (so its own working copies), settings, cache and
// runtime folder. Never the user's own.
class AppProcess
{
public:
    explicit AppProcess(const QString &root) : m_root(root)
    {
        for (const char *folder : { "home", "data", "config", "cache", "runtime" })
            QDir().mkpath(m_root + QLatin1Char('/') + QLatin1String(folder));
        QFile::setPermissions(m_root + QStringLiteral("/runtime"),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    ~AppProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    void start(const QStringList &arguments, const QString &display = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_root + QStringLiteral("/home"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_root + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_root + QStringLiteral("/cache"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_root + QStringLiteral("/runtime"));
        for (const char *name : { "DBUS_SESSION_BUS_ADDRESS", "WAYLAND_DISPLAY", "DISPLAY", "SESSION_MANAGER" })
            env.remove(QLatin1String(name));
        if (display.isEmpty()) {
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        } else {
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
            env.insert(QStringLiteral("DISPLAY"), display);
        }
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral(DXPLAN_APP), QStringList { QStringLiteral("--lang"), QStringLiteral("en") } + arguments);
        ASSERT_TRUE(m_process.waitForStarted(10000));
    }

    QProcess &process() { return m_process; }
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    QString dataHome() const { return m_root + QStringLiteral("/data"); }

    // The files of working copies in this home, by suffix (".sqlite",
    // ".json", ".lock").
    QStringList workingFiles(const QString &suffix) const
    {
        QStringList found;
        QDirIterator it(dataHome(), { QLatin1Char('*') + suffix }, QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (QFileInfo(file).dir().dirName() == QLatin1String("working"))
                found << file;
        }
        return found;
    }
    QStringList allWorkingFiles() const
    {
        return workingFiles(QStringLiteral(".sqlite")) + workingFiles(QStringLiteral(".json"))
            + workingFiles(QStringLiteral(".lock")) + workingFiles(QStringLiteral(".sqlite-wal"));
    }
    QString workingFolder() const
    {
        QDirIterator it(dataHome(), QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString folder = it.next();
            if (QFileInfo(folder).fileName() == QLatin1String("working"))
                return folder;
        }
        return {};
    }

    // The program catches `signalNumber` (its handler is installed), as
    // Linux reports it.
    bool catches(int signalNumber) const
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(m_process.processId()));
        if (!status.open(QIODevice::ReadOnly))
            return false;
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("SigCgt:"))
                return (line.mid(7).trimmed().toULongLong(nullptr, 16) >> (signalNumber - 1)) & 1;
        return false;
    }

    // Up: the plan `plan` is open, its working copy and sidecar are there
    // and (unless it is open read-only) its lock beside it.
    bool waitUntilOpen(const QString &plan, bool readOnly, int timeoutMs = 60000)
    {
        return waitUntil(
            [&] {
                if (!isRunning())
                    return true;
                for (const QString &sidecar : workingFiles(QStringLiteral(".json"))) {
                    QFile f(sidecar);
                    if (!f.open(QIODevice::ReadOnly))
                        continue;
                    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
                    if (o.value(QStringLiteral("sourcePath")).toString() == plan
                        && o.value(QStringLiteral("readOnly")).toBool() == readOnly
                        && !o.value(QStringLiteral("title")).toString().isEmpty()
                        && (readOnly || QFile::exists(PlanFileLock::lockFilePathFor(plan))))
                        return true;
                }
                return false;
            },
            timeoutMs)
            && isRunning();
    }

private:
    QString m_root;
    QProcess m_process;
};

// Points this process's working copies at another folder for a while.
class WorkingRoot
{
public:
    explicit WorkingRoot(const QString &folder) : m_previous(WorkingCopy::rootDirectory())
    {
        WorkingCopy::setRootDirectory(folder);
    }
    ~WorkingRoot() { WorkingCopy::setRootDirectory(m_previous); }

private:
    QString m_previous;
};

std::string signalName(int number)
{
    switch (number) {
    case SIGTERM: return "SIGTERM";
    case SIGINT: return "SIGINT";
    case SIGHUP: return "SIGHUP";
    default: return std::to_string(number);
    }
}

class SignalTest : public GuiTest, public ::testing::WithParamInterface<int>
{
};

// The real program on a plan with nothing unsaved: the signal ends it
// promptly with status 0, and it leaves nothing behind, neither working
// copy nor lock; the plan file is untouched.
TEST_P(SignalTest, TheRealProgramEndsCleanly)
{
    const QString plan = writeSamplePlan(path(QStringLiteral("town.dxplan")));
    const QByteArray original = bytesOf(plan);
    AppProcess app(path(QStringLiteral("session")));
    app.start({ plan });
    ASSERT_TRUE(app.waitUntilOpen(plan, false)) << "the program did not come up";
    ASSERT_FALSE(app.workingFiles(QStringLiteral(".sqlite")).isEmpty());
    ASSERT_FALSE(app.workingFiles(QStringLiteral(".lock")).isEmpty());

    QElapsedTimer timer;
    timer.start();
    ASSERT_EQ(::kill(pid_t(app.process().processId()), GetParam()), 0);
    ASSERT_TRUE(app.process().waitForFinished(20000)) << signalName(GetParam());
    EXPECT_LT(timer.elapsed(), 20000);
    EXPECT_EQ(app.process().exitStatus(), QProcess::NormalExit) << signalName(GetParam());
    EXPECT_EQ(app.process().exitCode(), 0) << signalName(GetParam());
    EXPECT_EQ(app.allWorkingFiles(), QStringList()) << signalName(GetParam());
    EXPECT_FALSE(QFile::exists(PlanFileLock::lockFilePathFor(plan)));
    EXPECT_EQ(bytesOf(plan), original);
}

// The same signal in this process, through the same SessionEnd, with one
// plan edited and one not: the edited plan's working copy stays, marked
// unsaved and unlocked, to be offered at the next start; the other leaves
// nothing; no question is asked; both plan locks are released.
TEST_P(SignalTest, UnsavedWorkStaysForRecoveryTheRestGoes)
{
    const QString editedPlan = writeSamplePlan(path(QStringLiteral("edited.dxplan")));
    const QString cleanPlan = writeSamplePlan(path(QStringLiteral("clean.dxplan")));
    const QByteArray editedBytes = bytesOf(editedPlan);
    SessionEnd end;
    QSignalSpy requested(&end, &SessionEnd::endRequested);
    FakePrompter prompter;
    auto edited = std::make_unique<MainWindow>();
    edited->setPrompter(&prompter);
    ASSERT_TRUE(edited->openFile(editedPlan));
    PlanDocument *doc = edited->document();
    PlanInfo info = doc->plan().info;
    info.title = QStringLiteral("保存していない変更");
    doc->undoStack()->push(new ChangeInfo(doc, info, QStringLiteral("Rename")));
    ASSERT_TRUE(doc->isModified());
    auto clean = std::make_unique<MainWindow>();
    clean->setPrompter(&prompter);
    ASSERT_TRUE(clean->openFile(cleanPlan));
    const QString editedCopy = edited->document()->workingCopyPath();
    const QString cleanCopy = clean->document()->workingCopyPath();

    ASSERT_EQ(::raise(GetParam()), 0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return requested.count() == 1; }, 10000)) << signalName(GetParam());
    // The handler only asked; the plans are still open until the program
    // has left its event loop.
    EXPECT_EQ(edited->document(), doc);
    EXPECT_TRUE(end.isEndRequested());

    SessionEnd::endAll();
    EXPECT_EQ(edited->document(), nullptr);
    EXPECT_EQ(clean->document(), nullptr);
    EXPECT_TRUE(prompter.saveQuestions.isEmpty());
    EXPECT_TRUE(prompter.questions.isEmpty());
    EXPECT_TRUE(prompter.errors.isEmpty());

    EXPECT_TRUE(QFile::exists(editedCopy));
    const QList<WorkingCopy::Info> left = WorkingCopy::recoverable();
    ASSERT_EQ(left.size(), 1);
    EXPECT_EQ(left[0].id, idOf(editedCopy));
    EXPECT_EQ(left[0].title, QStringLiteral("保存していない変更"));
    EXPECT_TRUE(left[0].changedAt.isValid());
    EXPECT_FALSE(QFile::exists(QFileInfo(editedCopy).dir().filePath(idOf(editedCopy) + QStringLiteral(".lock"))));
    EXPECT_EQ(WorkingCopy::leftBehind().size(), 1);
    for (const char *suffix : { ".sqlite", ".json", ".lock" })
        EXPECT_FALSE(QFile::exists(QFileInfo(cleanCopy).dir().filePath(idOf(cleanCopy) + QLatin1String(suffix))))
            << suffix;
    EXPECT_FALSE(QFile::exists(PlanFileLock::lockFilePathFor(editedPlan)));
    EXPECT_FALSE(QFile::exists(PlanFileLock::lockFilePathFor(cleanPlan)));
    EXPECT_EQ(bytesOf(editedPlan), editedBytes);
}

INSTANTIATE_TEST_SUITE_P(Signals, SignalTest, ::testing::Values(SIGTERM, SIGINT, SIGHUP),
                         [](const ::testing::TestParamInfo<int> &info) { return signalName(info.param); });

// Logout: the desktop asks to commit data, then to quit. No question (a
// dialog nobody answers would block the logout); the quit request ends
// the event loop instead of closing window by window; a window the desktop
// closes keeps its unsaved work for recovery.
TEST_F(GuiTest, TheEndOfTheDesktopSessionAsksNothing)
{
    SessionEnd end;
    QSignalSpy requested(&end, &SessionEnd::endRequested);
    QEvent quit(QEvent::Quit);
    // Before the desktop says the session ends, a quit request is Qt's.
    EXPECT_FALSE(end.eventFilter(qApp, &quit));
    EXPECT_EQ(requested.count(), 0);
    EXPECT_FALSE(SessionEnd::isSessionEnding());

    FakePrompter prompter;
    auto edited = std::make_unique<MainWindow>();
    edited->setPrompter(&prompter);
    ASSERT_TRUE(edited->newPlan(SamplePlan::names().first()));
    PlanInfo info = edited->document()->plan().info;
    info.title = QStringLiteral("ログアウト前の変更");
    edited->document()->undoStack()->push(
        new ChangeInfo(edited->document(), info, QStringLiteral("Rename")));
    const QString editedCopy = edited->document()->workingCopyPath();
    auto clean = std::make_unique<MainWindow>();
    clean->setPrompter(&prompter);
    ASSERT_TRUE(clean->openFile(writeSamplePlan(path(QStringLiteral("clean.dxplan")))));
    const QString cleanCopy = clean->document()->workingCopyPath();
    edited->show();
    clean->show();

    end.prepareForSessionEnd();
    EXPECT_TRUE(SessionEnd::isSessionEnding());
    EXPECT_TRUE(edited->close());
    EXPECT_TRUE(clean->close());
    EXPECT_TRUE(prompter.saveQuestions.isEmpty());
    EXPECT_TRUE(QFile::exists(editedCopy));
    EXPECT_FALSE(QFile::exists(cleanCopy));
    ASSERT_EQ(WorkingCopy::recoverable().size(), 1);
    EXPECT_EQ(WorkingCopy::recoverable()[0].title, QStringLiteral("ログアウト前の変更"));

    EXPECT_TRUE(end.eventFilter(qApp, &quit));
    EXPECT_EQ(requested.count(), 1);
}

// kill -9 of the real program with a plan open read-only, then recovery:
// the plan comes back read-only (banner, no Save), and the received file
// is never overwritten; Save As gives an editable copy.
TEST_F(GuiTest, AReadOnlyPlanComesBackReadOnlyAfterKill9)
{
    const QString plan = writeSamplePlan(path(QStringLiteral("received.dxplan")));
    const QByteArray original = bytesOf(plan);
    AppProcess app(path(QStringLiteral("session")));
    app.start({ QStringLiteral("--read-only"), plan });
    ASSERT_TRUE(app.waitUntilOpen(plan, true)) << "the program did not come up";
    app.process().kill();
    ASSERT_TRUE(app.process().waitForFinished(10000));
    ASSERT_EQ(app.process().exitStatus(), QProcess::CrashExit);

    WorkingRoot root(app.workingFolder());
    const QList<WorkingCopy::Info> left = WorkingCopy::leftBehind();
    ASSERT_EQ(left.size(), 1);
    EXPECT_TRUE(left[0].readOnly);
    EXPECT_EQ(left[0].sourcePath, plan);
    EXPECT_FALSE(left[0].changedAt.isValid());

    FakePrompter prompter;
    MainWindow window;
    window.setPrompter(&prompter);
    window.show();
    ASSERT_TRUE(window.recoverWorkingCopy(left[0].id));
    PlanDocument *doc = window.document();
    ASSERT_NE(doc, nullptr);
    EXPECT_TRUE(doc->isReadOnly());
    EXPECT_TRUE(window.findChild<QLabel *>(QStringLiteral("readOnlyBanner"))->isVisible());
    EXPECT_TRUE(window.windowTitle().contains(QLatin1String("read-only")));
    EXPECT_FALSE(window.findChild<QAction *>(QStringLiteral("actionSave"))->isEnabled());
    // Ctrl+S has nothing to do; Save itself asks for another name, and the
    // received file itself is refused.
    window.findChild<QAction *>(QStringLiteral("actionSave"))->trigger();
    EXPECT_FALSE(window.save());
    QString error;
    EXPECT_EQ(doc->save(plan, true, &error), PlanDocument::SaveResult::Failed);
    prompter.fileToSave = plan;
    EXPECT_FALSE(window.saveAs());
    EXPECT_EQ(bytesOf(plan), original);
    // No lock was taken on the received file.
    EXPECT_TRUE(PlanFileLock(plan).tryLock());

    prompter.fileToSave = path(QStringLiteral("mine.dxplan"));
    ASSERT_TRUE(window.saveAs());
    EXPECT_FALSE(doc->isReadOnly());
    EXPECT_TRUE(window.findChild<QAction *>(QStringLiteral("actionSave"))->isEnabled());
    EXPECT_FALSE(sidecarOf(doc->workingCopyPath()).value(QStringLiteral("readOnly")).toBool(true));
    EXPECT_EQ(bytesOf(plan), original);
    window.closeDocument();
}

// kill -9 with nothing unsaved, then a new start: the working copy left
// behind has nothing to recover, so it goes without a word (a recovery
// dialog would keep the program from opening the next plan).
TEST_F(GuiTest, ALeftoverWithNothingUnsavedGoesSilentlyAtTheNextStart)
{
    const QString first = writeSamplePlan(path(QStringLiteral("first.dxplan")));
    const QString second = writeSamplePlan(path(QStringLiteral("second.dxplan")));
    AppProcess app(path(QStringLiteral("session")));
    app.start({ first });
    ASSERT_TRUE(app.waitUntilOpen(first, false));
    app.process().kill();
    ASSERT_TRUE(app.process().waitForFinished(10000));
    const QStringList left = app.workingFiles(QStringLiteral(".sqlite"));
    ASSERT_EQ(left.size(), 1);

    app.start({ second });
    ASSERT_TRUE(app.waitUntilOpen(second, false)) << "the program did not come up (a recovery dialog?)";
    EXPECT_FALSE(QFile::exists(left[0]));
    EXPECT_EQ(app.workingFiles(QStringLiteral(".sqlite")).size(), 1);
    // The stale lock of the killed program did not stop the plan either.
    ASSERT_EQ(::kill(pid_t(app.process().processId()), SIGTERM), 0);
    ASSERT_TRUE(app.process().waitForFinished(20000));
    EXPECT_EQ(app.process().exitCode(), 0);
    EXPECT_EQ(app.allWorkingFiles(), QStringList());
}

// A signal while the start-up recovery dialog waits for an answer: the
// program ends at once with status 0, the unsaved work stays for the next
// start.
TEST_F(GuiTest, ASignalDuringTheRecoveryDialogKeepsTheWork)
{
    if (!QFile::exists(QStringLiteral("/proc/self/status")))
        GTEST_SKIP() << "needs Linux's /proc to see when the program catches signals";
    const QString plan = writeSamplePlan(path(QStringLiteral("town.dxplan")));
    AppProcess app(path(QStringLiteral("session")));
    // A first run only to learn where this home keeps working copies.
    app.start({ plan });
    ASSERT_TRUE(app.waitUntilOpen(plan, false));
    ASSERT_EQ(::kill(pid_t(app.process().processId()), SIGTERM), 0);
    ASSERT_TRUE(app.process().waitForFinished(20000));
    const QString folder = app.workingFolder();
    ASSERT_FALSE(folder.isEmpty());

    // Unsaved work left there by a crash.
    QString id;
    {
        WorkingRoot root(folder);
        QString error;
        auto doc = PlanDocument::open(plan, false, &error);
        ASSERT_TRUE(doc) << error.toStdString();
        PlanInfo info = doc->plan().info;
        info.title = QStringLiteral("待っている変更");
        doc->undoStack()->push(new ChangeInfo(doc.get(), info, QStringLiteral("Rename")));
        id = idOf(doc->workingCopyPath());
    }

    app.start({});
    ASSERT_TRUE(waitUntil([&] { return !app.isRunning() || app.catches(SIGTERM); }, 60000));
    ASSERT_TRUE(app.isRunning());
    QThread::msleep(300);
    ASSERT_EQ(::kill(pid_t(app.process().processId()), SIGTERM), 0);
    ASSERT_TRUE(app.process().waitForFinished(20000)) << "the recovery dialog held the program";
    EXPECT_EQ(app.process().exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(app.process().exitCode(), 0);
    WorkingRoot root(folder);
    const QList<WorkingCopy::Info> left = WorkingCopy::recoverable();
    ASSERT_EQ(left.size(), 1);
    EXPECT_EQ(left[0].id, id);
    EXPECT_EQ(left[0].title, QStringLiteral("待っている変更"));
}

// The X server goes away under the running program (Qt's X11 support then
// calls exit()): no destructor of ours runs, yet the working copy of a plan
// with nothing unsaved and the plan's lock are gone.
TEST_F(GuiTest, TheXServerGoingAwayLeavesNothingBehind)
{
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
    const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
    if (xvfb.isEmpty() || unshare.isEmpty())
        GTEST_SKIP() << "needs Xvfb and unshare";
    const QString plan = writeSamplePlan(path(QStringLiteral("town.dxplan")));
    // Its own display, chosen by the server, on an abstract socket only (no
    // files in /tmp); in a private mount namespace whose /var/lib/xkb is a
    // tmpfs, so that the keymap the server compiles at start touches no
    // folder of the system.
    QProcess server;
    server.start(unshare, { QStringLiteral("--mount"), QStringLiteral("--propagation"), QStringLiteral("private"),
                            QStringLiteral("sh"), QStringLiteral("-c"),
                            QStringLiteral("mount -t tmpfs -o size=4m tmpfs /var/lib/xkb && exec \"$0\" \"$@\""),
                            xvfb, QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-nolisten"),
                            QStringLiteral("tcp"), QStringLiteral("-nolisten"), QStringLiteral("unix"),
                            QStringLiteral("-nolock"), QStringLiteral("-screen"), QStringLiteral("0"),
                            QStringLiteral("1280x900x24") });
    ASSERT_TRUE(server.waitForStarted(10000));
    QByteArray display;
    while (!display.contains('\n') && server.waitForReadyRead(15000))
        display += server.readAllStandardOutput();
    if (!display.contains('\n'))
        GTEST_SKIP() << "cannot run Xvfb in a private mount namespace here (needs root)";

    AppProcess app(path(QStringLiteral("session")));
    app.start({ plan }, QLatin1Char(':') + QString::fromLatin1(display.trimmed()));
    const bool up = app.waitUntilOpen(plan, false);
    if (!up) {
        server.kill();
        server.waitForFinished(5000);
    }
    ASSERT_TRUE(up) << "the program did not come up on Xvfb";

    server.terminate();
    ASSERT_TRUE(server.waitForFinished(10000));
    ASSERT_TRUE(app.process().waitForFinished(20000)) << "the program kept running without its X server";
    EXPECT_EQ(app.process().exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(app.allWorkingFiles(), QStringList());
    EXPECT_FALSE(QFile::exists(PlanFileLock::lockFilePathFor(plan)));
}

// The atexit cleanup itself: locks go, clean working copies go, working
// copies with unsaved work stay.
TEST_F(GuiTest, AnAbruptExitRemovesLocksAndCleanWorkingCopiesOnly)
{
    const QString lockedPlan = path(QStringLiteral("locked.dxplan"));
    QFile(lockedPlan).open(QIODevice::WriteOnly);
    PlanFileLock lock(lockedPlan);
    ASSERT_TRUE(lock.tryLock());
    QString error;
    auto edited = PlanDocument::create(samplePlan(), &error);
    ASSERT_TRUE(edited);
    PlanInfo info = edited->plan().info;
    info.title = QStringLiteral("未保存");
    edited->undoStack()->push(new ChangeInfo(edited.get(), info, QStringLiteral("Rename")));
    auto clean = PlanDocument::create(samplePlan(), &error);
    ASSERT_TRUE(clean);
    const QString editedCopy = edited->workingCopyPath();
    const QString cleanCopy = clean->workingCopyPath();
    auto sibling = [](const QString &copy, const char *suffix) {
        return QFileInfo(copy).dir().filePath(idOf(copy) + QLatin1String(suffix));
    };
    ASSERT_TRUE(QFile::exists(sibling(editedCopy, ".lock")));
    EXPECT_GE(ExitCleanup::count(), 3);

    ExitCleanup::run();
    EXPECT_EQ(ExitCleanup::count(), 0);
    EXPECT_FALSE(QFile::exists(lock.lockFilePath()));
    EXPECT_TRUE(QFile::exists(editedCopy));
    EXPECT_TRUE(QFile::exists(sibling(editedCopy, ".json")));
    EXPECT_FALSE(QFile::exists(sibling(editedCopy, ".lock")));
    for (const char *suffix : { ".sqlite", ".json", ".lock" })
        EXPECT_FALSE(QFile::exists(sibling(cleanCopy, suffix))) << suffix;
    edited.reset();
    clean.reset();
    ASSERT_EQ(WorkingCopy::recoverable().size(), 1);
    EXPECT_EQ(WorkingCopy::recoverable()[0].title, QStringLiteral("未保存"));
}

// "Unsaved" in the sidecar errs on the safe side: any commit marks it
// first; only saving (or undoing back) clears it; a save's snapshot does
// not count as a change.
TEST_F(GuiTest, UnsavedIsMarkedByEveryCommitAndClearedOnlyByItsOwner)
{
    QString error;
    std::unique_ptr<WorkingCopy> copy = WorkingCopy::create(samplePlan(), QString(), &error);
    ASSERT_TRUE(copy) << error.toStdString();
    const QString db = copy->databasePath();
    EXPECT_TRUE(sidecarOf(db).value(QStringLiteral("changedAt")).toString().isEmpty());
    QSqlQuery q(copy->database());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE plan_info SET title = 'changed behind the document'")));
    EXPECT_FALSE(sidecarOf(db).value(QStringLiteral("changedAt")).toString().isEmpty());
    EXPECT_TRUE(copy->info().changedAt.isValid());
    copy->setUnsaved(false);
    EXPECT_TRUE(sidecarOf(db).value(QStringLiteral("changedAt")).toString().isEmpty());
    ASSERT_TRUE(copy->snapshot(path(QStringLiteral("snapshot.sqlite")), &error)) << error.toStdString();
    EXPECT_TRUE(sidecarOf(db).value(QStringLiteral("changedAt")).toString().isEmpty());
    copy->remove();

    // Through a document: an edit marks it, undoing back to the opened
    // state clears it, saving clears it.
    auto doc = PlanDocument::create(samplePlan(), &error);
    ASSERT_TRUE(doc);
    const QString working = doc->workingCopyPath();
    PlanInfo info = doc->plan().info;
    info.vision = QStringLiteral("だれもが便利に");
    doc->undoStack()->push(new ChangeInfo(doc.get(), info, QStringLiteral("Vision")));
    EXPECT_FALSE(sidecarOf(working).value(QStringLiteral("changedAt")).toString().isEmpty());
    doc->undoStack()->undo();
    EXPECT_TRUE(sidecarOf(working).value(QStringLiteral("changedAt")).toString().isEmpty());
    doc->undoStack()->redo();
    EXPECT_FALSE(sidecarOf(working).value(QStringLiteral("changedAt")).toString().isEmpty());
    ASSERT_EQ(doc->save(path(QStringLiteral("saved.dxplan")), false, &error), PlanDocument::SaveResult::Saved);
    EXPECT_TRUE(sidecarOf(working).value(QStringLiteral("changedAt")).toString().isEmpty());
    doc->closeCleanly();
}

// Left behind: only copies with unsaved work are offered; the others go
// without a word at start; a copy in use by a running window is neither.
TEST_F(GuiTest, OnlyUnsavedWorkIsOfferedTheRestGoesSilently)
{
    QString error;
    const QString plan = writeSamplePlan(path(QStringLiteral("plan.dxplan")));
    QString editedId;
    QString cleanId;
    {
        auto edited = PlanDocument::open(plan, false, &error);
        ASSERT_TRUE(edited);
        PlanInfo info = edited->plan().info;
        info.title = QStringLiteral("未保存の題名");
        edited->undoStack()->push(new ChangeInfo(edited.get(), info, QStringLiteral("Rename")));
        auto clean = PlanDocument::create(samplePlan(), &error);
        ASSERT_TRUE(clean);
        editedId = idOf(edited->workingCopyPath());
        cleanId = idOf(clean->workingCopyPath());
        // Both dropped without closing, as in a crash.
    }
    auto running = PlanDocument::create(samplePlan(), &error);
    ASSERT_TRUE(running);
    EXPECT_EQ(WorkingCopy::leftBehind().size(), 2);
    const QList<WorkingCopy::Info> offered = WorkingCopy::recoverable();
    ASSERT_EQ(offered.size(), 1);
    EXPECT_EQ(offered[0].id, editedId);
    EXPECT_EQ(WorkingCopy::removeUnchangedLeftovers(), 1);
    const QList<WorkingCopy::Info> left = WorkingCopy::leftBehind();
    ASSERT_EQ(left.size(), 1);
    EXPECT_EQ(left[0].id, editedId);
    EXPECT_TRUE(QFile::exists(running->workingCopyPath()));
    running->closeCleanly();
}

// Sidecars written before the read-only flag existed read as editable.
TEST_F(GuiTest, OlderSidecarsReadAsNotReadOnly)
{
    QString error;
    const QString plan = writeSamplePlan(path(QStringLiteral("plan.dxplan")));
    QString working;
    {
        auto doc = PlanDocument::open(plan, true, &error);
        ASSERT_TRUE(doc) << error.toStdString();
        working = doc->workingCopyPath();
    }
    QJsonObject o = sidecarOf(working);
    ASSERT_TRUE(o.value(QStringLiteral("readOnly")).toBool());
    o.remove(QStringLiteral("readOnly"));
    o.insert(QStringLiteral("changedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    {
        QFile f(QFileInfo(working).dir().filePath(idOf(working) + QStringLiteral(".json")));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(o).toJson());
    }
    const QList<WorkingCopy::Info> left = WorkingCopy::recoverable();
    ASSERT_EQ(left.size(), 1);
    EXPECT_FALSE(left[0].readOnly);
    auto recovered = PlanDocument::recover(left[0].id, &error);
    ASSERT_TRUE(recovered) << error.toStdString();
    EXPECT_FALSE(recovered->isReadOnly());
    recovered->closeCleanly();
}

} // namespace

// The start-up benchmark's way in (scripts/bench-startup.sh): the program
// opens the plan, paints its window once and ends by itself, cleanly,
// leaving no working copy behind.
TEST_F(GuiTest, ExitAfterFirstPaintOpensThePlanAndEndsByItself)
{
    const QString plan = writeSamplePlan(path(QStringLiteral("town.dxplan")));
    AppProcess app(path(QStringLiteral("session")));
    app.start({ plan, QStringLiteral("--exit-after-first-paint") });
    ASSERT_TRUE(app.process().waitForFinished(60000)) << "the program did not end by itself";
    EXPECT_EQ(app.process().exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(app.process().exitCode(), 0);
    EXPECT_EQ(app.allWorkingFiles(), QStringList());
}
