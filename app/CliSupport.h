#pragma once

#include "models/PlanFileReader.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

// What every dxplan-cli command shares: argument parsing with --help and
// --version, error reporting, reading a plan file.
namespace CliSupport {

enum ExitCode { Success = 0, PlanProblems = 1, BadInput = 2 };

QTextStream &out();
// Prints "dxplan-cli: message" on stderr and returns `code`.
int failWith(const QString &message, int code = BadInput);

// Parses a command's arguments (without program and command names).
// Returns -1 to go on, or the exit code when --help, --version or a
// parse error ended the command.
int parse(QCommandLineParser &parser, const QString &command, const QString &summary,
          const QStringList &arguments);

// Reads and verifies a .dxplan file; the error names the file.
bool readPlanFile(const QString &path, PlanFileReader::Result *result, QString *error);

} // namespace CliSupport
