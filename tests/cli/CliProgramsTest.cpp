#include "tests/support/ExternalTools.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <gtest/gtest.h>

// dxplan-cli is a launcher without Qt that starts dxplan-cli-plain, built
// without Qt's widgets, or dxplan-cli-widgets for the commands that draw Qt
// Charts (app/CliPrograms.h).
namespace {

const QString cli = QStringLiteral(DXPLAN_CLI);

// What the dynamic loader would load (the list ldd prints, asked of the
// loader itself).
QString loadedLibraries(const QString &program)
{
    const CliRun r = runProgram(program, {}, { { QStringLiteral("LD_TRACE_LOADED_OBJECTS"), QStringLiteral("1") } });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QLatin1String("libc.so"))) << r.out.toStdString();
    return r.out;
}

} // namespace

// The launcher loads no Qt at all, dxplan-cli-plain Qt's GUI module but not
// its widgets.
TEST(CliPrograms, TheLauncherLoadsNoQtAndThePlainProgramNoQtWidgets)
{
    EXPECT_FALSE(loadedLibraries(cli).contains(QLatin1String("libQt6"))) << loadedLibraries(cli).toStdString();
    const QString plain = loadedLibraries(QStringLiteral(DXPLAN_CLI_PLAIN));
    EXPECT_TRUE(plain.contains(QLatin1String("libQt6Gui.so"))) << plain.toStdString();
    for (const char *library : { "libQt6Widgets.so", "libQt6Charts.so", "libQt6OpenGL.so", "libQt6PrintSupport.so" })
        EXPECT_FALSE(plain.contains(QLatin1String(library))) << library;
    EXPECT_TRUE(loadedLibraries(QStringLiteral(DXPLAN_CLI_WIDGETS)).contains(QLatin1String("libQt6Charts.so")));
}

// Every command, those of either program, answers --help through dxplan-cli.
TEST(CliPrograms, EveryCommandAnswersHelpThroughDxplanCli)
{
    const CliRun all = runCli({ QStringLiteral("--help") });
    ASSERT_EQ(all.exitCode, 0);
    QStringList commands;
    const QStringList lines = all.out.split(QLatin1Char('\n'));
    for (qsizetype i = lines.indexOf(QStringLiteral("Commands:")) + 1;
         i > 0 && i < lines.size() && lines[i].startsWith(QLatin1String("  ")); ++i)
        commands << lines[i].trimmed().section(QLatin1Char(' '), 0, 0);
    ASSERT_GE(commands.size(), 15) << all.out.toStdString();
    for (const QString &command : commands) {
        const CliRun r = runCli({ command, QStringLiteral("--help") });
        EXPECT_EQ(r.exitCode, 0) << command.toStdString() << r.err.toStdString();
        EXPECT_TRUE(r.out.startsWith(QStringLiteral("Usage: dxplan-cli %1 ").arg(command)))
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
    CliRun r = runProgram(launcher, { QStringLiteral("new"), plan, QStringLiteral("--sample") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = runProgram(launcher, { QStringLiteral("info"), plan });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("西ノ島町"))) << r.out.toStdString();

    const QString chart = dir.filePath(QStringLiteral("kpi.pdf"));
    r = runProgram(launcher, { QStringLiteral("kpi"), plan, QStringLiteral("-o"), chart });
    EXPECT_EQ(r.exitCode, 2);
    const QString expected = QStringLiteral("dxplan-cli: cannot start %1/bin/../libexec/dxplan/dxplan-cli-widgets: ")
                                 .arg(QFileInfo(dir.path()).canonicalFilePath());
    EXPECT_TRUE(r.err.startsWith(expected)) << r.err.toStdString();
    EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << r.err.toStdString();
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
    ASSERT_EQ(runCli({ QStringLiteral("new"), town, QStringLiteral("--sample") }).exitCode, 0);
    ASSERT_EQ(runCli({ QStringLiteral("new"), prefecture, QStringLiteral("--sample-plan"),
                                QStringLiteral("okayama") }).exitCode, 0);
    CliRun r = runCli({ QStringLiteral("diff"), town, town });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    r = runCli({ QStringLiteral("diff"), town, prefecture, QStringLiteral("--json") });
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(QLatin1Char('{'))) << r.out.toStdString();
    const QString report = dir.filePath(QStringLiteral("report.html"));
    r = runCli({ QStringLiteral("diff"), town, prefecture, QStringLiteral("-o"), report });
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    QFile written(report);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_TRUE(written.readAll().contains("岡山県"));
}
