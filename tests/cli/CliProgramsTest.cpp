#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

// dxplan-cli is a launcher without Qt that starts dxplan-cli-plain, built
// without Qt's widgets, or dxplan-cli-widgets for the commands that draw Qt
// Charts (app/CliPrograms.h).
namespace {

struct ProgramRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

ProgramRun runProgram(const QString &program, const QStringList &arguments,
               const QList<QPair<QString, QString>> &extraEnvironment = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("DXPLAN_DEBUG"));
    for (const auto &[name, value] : extraEnvironment)
        env.insert(name, value);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    EXPECT_TRUE(process.waitForFinished(120000)) << arguments.join(QLatin1Char(' ')).toStdString();
    ProgramRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

const QString cli = QStringLiteral(DXPLAN_CLI);

} // namespace

// What the dynamic loader would load (the list ldd prints, asked of the
// loader itself): the launcher no Qt at all, dxplan-cli-plain Qt's GUI
// module but not its widgets.
QByteArray loadedLibraries(const QString &program)
{
    const ProgramRun r = runProgram(program, {}, { { QStringLiteral("LD_TRACE_LOADED_OBJECTS"), QStringLiteral("1") } });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("libc.so")) << r.out.toStdString();
    return r.out;
}

TEST(CliPrograms, TheLauncherLoadsNoQtAndThePlainProgramNoQtWidgets)
{
    EXPECT_FALSE(loadedLibraries(cli).contains("libQt6")) << loadedLibraries(cli).toStdString();
    const QByteArray plain = loadedLibraries(QStringLiteral(DXPLAN_CLI_PLAIN));
    EXPECT_TRUE(plain.contains("libQt6Gui.so")) << plain.toStdString();
    for (const char *library : { "libQt6Widgets.so", "libQt6Charts.so", "libQt6OpenGL.so", "libQt6PrintSupport.so" })
        EXPECT_FALSE(plain.contains(library)) << library;
    EXPECT_TRUE(loadedLibraries(QStringLiteral(DXPLAN_CLI_WIDGETS)).contains("libQt6Charts.so"));
}

// Every command, those of either program, answers --help through dxplan-cli.
TEST(CliPrograms, EveryCommandAnswersHelpThroughDxplanCli)
{
    const ProgramRun all = runProgram(cli, { QStringLiteral("--help") });
    ASSERT_EQ(all.exitCode, 0);
    QStringList commands;
    const QList<QByteArray> lines = all.out.split('\n');
    for (qsizetype i = lines.indexOf("Commands:") + 1; i > 0 && i < lines.size() && lines[i].startsWith("  "); ++i)
        commands << QString::fromUtf8(lines[i].trimmed().split(' ').first());
    ASSERT_GE(commands.size(), 15) << all.out.toStdString();
    for (const QString &command : commands) {
        const ProgramRun r = runProgram(cli, { command, QStringLiteral("--help") });
        EXPECT_EQ(r.exitCode, 0) << command.toStdString() << r.err.toStdString();
        EXPECT_TRUE(r.out.startsWith(QStringLiteral("Usage: dxplan-cli %1 ").arg(command).toUtf8()))
            << r.out.toStdString();
    }
}

// dxplan-cli and dxplan-cli-plain installed without dxplan-cli-widgets:
// the plain commands work; a chart command fails with one line that names
// the missing program, and writes nothing.
TEST(CliPrograms, AChartCommandWithoutTheWidgetsProgramFailsInOneLine)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("bin")));
    ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("libexec/dxplan")));
    const QString launcher = dir.filePath(QStringLiteral("bin/dxplan-cli"));
    ASSERT_TRUE(QFile::copy(cli, launcher));
    ASSERT_TRUE(QFile::copy(QStringLiteral(DXPLAN_CLI_PLAIN), dir.filePath(QStringLiteral("libexec/dxplan/dxplan-cli-plain"))));
    const QString plan = dir.filePath(QStringLiteral("sample.dxplan"));
    ProgramRun r = runProgram(launcher, { QStringLiteral("new"), plan, QStringLiteral("--sample") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = runProgram(launcher, { QStringLiteral("info"), plan });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("西ノ島町")) << r.out.toStdString();

    const QString chart = dir.filePath(QStringLiteral("kpi.pdf"));
    r = runProgram(launcher, { QStringLiteral("kpi"), plan, QStringLiteral("-o"), chart });
    EXPECT_EQ(r.exitCode, 2);
    const QByteArray expected = "dxplan-cli: cannot start " + QFile::encodeName(QFileInfo(dir.path()).canonicalFilePath())
        + "/bin/../libexec/dxplan/dxplan-cli-widgets: ";
    EXPECT_TRUE(r.err.startsWith(expected)) << r.err.toStdString();
    EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_FALSE(QFile::exists(chart));
}

// Handed over, a chart command keeps its arguments, its output and its
// exit code: diff says 1 for plans that differ, and its report is written.
TEST(CliPrograms, AHandedOverCommandKeepsItsArgumentsOutputAndExitCode)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString town = dir.filePath(QStringLiteral("town.dxplan"));
    const QString prefecture = dir.filePath(QStringLiteral("prefecture.dxplan"));
    ASSERT_EQ(runProgram(cli, { QStringLiteral("new"), town, QStringLiteral("--sample") }).exitCode, 0);
    ASSERT_EQ(runProgram(cli, { QStringLiteral("new"), prefecture, QStringLiteral("--sample-plan"),
                                QStringLiteral("okayama") }).exitCode, 0);
    ProgramRun r = runProgram(cli, { QStringLiteral("diff"), town, town });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    r = runProgram(cli, { QStringLiteral("diff"), town, prefecture, QStringLiteral("--json") });
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith("{")) << r.out.toStdString();
    const QString report = dir.filePath(QStringLiteral("report.html"));
    r = runProgram(cli, { QStringLiteral("diff"), town, prefecture, QStringLiteral("-o"), report });
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    QFile written(report);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_TRUE(written.readAll().contains("岡山県"));
}
