#pragma once

#include <QCommandLineParser>
#include <QStringList>

// dxplan-cli roadmap: see run().
namespace RoadmapCommand {

void configure(QCommandLineParser &parser);
// Returns the exit code (CliSupport::ExitCode).
int run(QCommandLineParser &parser, const QStringList &arguments);

} // namespace RoadmapCommand
