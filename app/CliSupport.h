#pragma once

#include "models/PlanFileReader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

class CliOutput;
struct Plan;

// The translation context of dxplan-cli's own words: Cli::tr("...").
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// What every dxplan-cli command shares: argument parsing with --help and
// --version, error reporting, reading a plan file.
namespace CliSupport {

enum ExitCode { Success = 0, PlanProblems = 1, BadInput = 2 };

QTextStream &out();
// Prints "dxplan-cli: message" as one line on stderr and returns `code`.
// Control characters and bidirectional overrides in the message (which may
// quote a file's names and titles) are shown as escapes.
int failWith(const QString &message, int code = BadInput);

// Prints `message` as one line on stderr, as it is (a command's own
// report, such as the cells an import read with doubt), escaped like
// failWith's.
void warnLine(const QString &message);

// The command-line arguments as Qt strings, without the program's name.
QStringList argumentsOf(int argc, char *argv[]);

// Before a GUI application is made: it draws offscreen, with no display,
// and without the runtime folder warning Qt would print.
void prepareToDraw();
// Names the application and installs the system's language (LANG=ja_JP.
// UTF-8 gives Japanese roadmap headings and messages).
void setUp(QCoreApplication *application);

// Drops Qt's and KArchive's log messages (qDebug, qWarning...) and what
// libraries print on stderr themselves, so that a failure prints its one
// line and nothing else, unless DXPLAN_DEBUG is set to 1. Installed before
// the application object exists.
void installMessageHandler();

// Parses a command's arguments (without program and command names).
// Returns -1 to go on, or the exit code when --help, --version or a
// parse error ended the command.
int parse(QCommandLineParser &parser, const QString &command, const QString &summary,
          const QStringList &arguments);

// Reads and verifies a .dxplan file; the error names the file.
bool readPlanFile(const QString &path, PlanFileReader::Result *result, QString *error);

// Writes a plan as a .dxplan to `output` (a file, a FIFO, a device or "-"),
// its database made in a private folder (PlanFileWriter).
bool writePlanFile(Plan &&plan, const CliOutput &output, QString *error);

} // namespace CliSupport
