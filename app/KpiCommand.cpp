#include "app/KpiCommand.h"

#include "app/CliSupport.h"

// Replaced by the real command in its own issue.
namespace KpiCommand {

void configure(QCommandLineParser &) { }

int run(QCommandLineParser &, const QStringList &)
{
    return CliSupport::failWith(QStringLiteral("this command is not available yet"));
}

} // namespace KpiCommand
