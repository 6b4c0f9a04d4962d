#include "app/CliCommands.h"
#include "app/CliSupport.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>

// dxplan-cli-plain: every command of dxplan-cli but those that draw Qt
// Charts (CliPrograms.h), built without Qt's widgets.
int main(int argc, char *argv[])
{
    // Before anything can log: a failure prints its one line, not Qt's or
    // KArchive's warnings (DXPLAN_DEBUG=1 shows them).
    CliSupport::installMessageHandler();
    const QStringList arguments = CliSupport::argumentsOf(argc, argv);
    std::unique_ptr<QCoreApplication> app;
    if (CliCommands::applicationFor(arguments) == CliCommands::Application::Gui) {
        CliSupport::prepareToDraw();
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    CliSupport::setUp(app.get());
    return CliCommands::run(arguments);
}
