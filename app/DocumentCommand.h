#pragma once

#include <QCommandLineParser>
#include <QStringList>

// dxplan-cli document: see run().
namespace DocumentCommand {

void configure(QCommandLineParser &parser);
// Returns the exit code (CliSupport::ExitCode).
int run(QCommandLineParser &parser, const QStringList &arguments);

} // namespace DocumentCommand
