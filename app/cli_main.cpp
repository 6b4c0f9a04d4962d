#include "app/CliCommands.h"
#include "app/CliSupport.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>

// dxplan-cli. The commands that draw Qt Charts run in dxplan-cli-widgets
// (cli_widgets_main.cpp); this program is built without Qt's widgets, so
// that every other command (the roadmap among them) loads less.
int main(int argc, char *argv[])
{
    const QStringList arguments = CliSupport::argumentsOf(argc, argv);
    const int handOverError = CliCommands::programFor(arguments) == CliCommands::Program::Widgets
        ? CliSupport::handOver(argv)
        : 0;
    // Before anything can log: a failure prints its one line, not Qt's or
    // KArchive's warnings (DXPLAN_DEBUG=1 shows them).
    CliSupport::installMessageHandler();
    std::unique_ptr<QCoreApplication> app;
    if (!handOverError && CliCommands::applicationFor(arguments) == CliCommands::Application::Gui) {
        CliSupport::prepareToDraw();
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    CliSupport::setUp(app.get());
    if (handOverError)
        return CliSupport::failWith(Cli::tr("%1: cannot start %2: %3")
                                        .arg(arguments.first(), CliSupport::widgetsProgram(),
                                             qt_error_string(handOverError)));
    return CliCommands::run(arguments);
}
