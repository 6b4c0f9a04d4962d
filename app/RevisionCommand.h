#pragma once

#include <QCommandLineParser>
#include <QStringList>

// dxplan-cli revision: marking a revision of a plan file and listing its
// revisions (docs/diff.md).
namespace RevisionCommand {

void configure(QCommandLineParser &parser);
int run(QCommandLineParser &parser, const QStringList &arguments);

} // namespace RevisionCommand
