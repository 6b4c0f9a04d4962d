#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

// dxplan-cli is two programs: dxplan-cli itself, built without Qt's
// widgets, and dxplan-cli-widgets, to which it hands the commands that draw
// Qt Charts (app/CMakeLists.txt).
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

// What the dynamic loader would load for dxplan-cli (the list ldd prints,
// asked of the loader itself): Qt's GUI module, but not its widgets.
TEST(CliPrograms, DxplanCliLoadsNoQtWidgetsChartsOrOpenGl)
{
    const ProgramRun r = runProgram(cli, {}, { { QStringLiteral("LD_TRACE_LOADED_OBJECTS"), QStringLiteral("1") } });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    ASSERT_TRUE(r.out.contains("libQt6Gui.so")) << r.out.toStdString();
    for (const char *library : { "libQt6Widgets.so", "libQt6Charts.so", "libQt6OpenGL.so", "libQt6PrintSupport.so" })
        EXPECT_FALSE(r.out.contains(library)) << library;
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

// dxplan-cli copied alone, without dxplan-cli-widgets beside it: its own
// commands work; a chart command fails with one line that names the
// missing program, and writes nothing.
TEST(CliPrograms, AChartCommandWithoutTheWidgetsProgramFailsInOneLine)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("bin")));
    const QString alone = dir.filePath(QStringLiteral("bin/dxplan-cli"));
    ASSERT_TRUE(QFile::copy(cli, alone));
    const QString plan = dir.filePath(QStringLiteral("sample.dxplan"));
    ProgramRun r = runProgram(alone, { QStringLiteral("new"), plan, QStringLiteral("--sample") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = runProgram(alone, { QStringLiteral("info"), plan });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();

    const QString chart = dir.filePath(QStringLiteral("kpi.pdf"));
    r = runProgram(alone, { QStringLiteral("kpi"), plan, QStringLiteral("-o"), chart });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.startsWith("dxplan-cli: kpi: cannot start ")) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("dxplan-cli-widgets")) << r.err.toStdString();
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
