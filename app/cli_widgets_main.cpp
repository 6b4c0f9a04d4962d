#include "app/CliCommands.h"
#include "app/CliSupport.h"
#include "app/CoverageCommand.h"
#include "app/DiffCommand.h"
#include "app/DocumentCommand.h"
#include "app/KpiCommand.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>

// dxplan-cli-widgets: the commands of dxplan-cli that draw Qt Charts
// (CliPrograms.h), which needs Qt's widgets; it runs every other command
// as well.
int main(int argc, char *argv[])
{
    // Before anything can log: a failure prints its one line, not Qt's or
    // KArchive's warnings (DXPLAN_DEBUG=1 shows them).
    CliSupport::installMessageHandler();
    const QStringList arguments = CliSupport::argumentsOf(argc, argv);
    std::unique_ptr<QCoreApplication> app;
    const CliCommands::Application kind = CliCommands::applicationFor(arguments);
    if (kind == CliCommands::Application::Core) {
        app = std::make_unique<QCoreApplication>(argc, argv);
    } else {
        // They render offscreen, so no display is ever required; Qt Charts
        // needs the widgets application (its charts take a widget style).
        CliSupport::prepareToDraw();
        if (kind == CliCommands::Application::Widgets)
            app = std::make_unique<QApplication>(argc, argv);
        else
            app = std::make_unique<QGuiApplication>(argc, argv);
    }
    CliSupport::setUp(app.get());
    return CliCommands::run(arguments, {
        { "kpi", KpiCommand::run, KpiCommand::configure },
        { "document", DocumentCommand::run, DocumentCommand::configure },
        { "diff", DiffCommand::runDiff, DiffCommand::configureDiff },
        { "coverage", CoverageCommand::run, CoverageCommand::configure },
    });
}
