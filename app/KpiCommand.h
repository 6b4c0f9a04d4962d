#pragma once

#include <QCommandLineParser>
#include <QStringList>

// dxplan-cli kpi: see run().
namespace KpiCommand {

void configure(QCommandLineParser &parser);
// Returns the exit code (CliSupport::ExitCode).
int run(QCommandLineParser &parser, const QStringList &arguments);

} // namespace KpiCommand
