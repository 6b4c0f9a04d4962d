#pragma once

#include <QCommandLineParser>
#include <QStringList>

// dxplan-cli coverage: see run() and docs/coverage.md.
namespace CoverageCommand {

void configure(QCommandLineParser &parser);
// Writes one coverage table (--by principles or departments) as CSV, PDF
// or HTML, chosen by the output's extension. Returns the exit code
// (CliSupport::ExitCode): 0 written, 2 bad input; nothing is written on
// failure.
int run(QCommandLineParser &parser, const QStringList &arguments);

} // namespace CoverageCommand
