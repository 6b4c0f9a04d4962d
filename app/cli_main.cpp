#include "app/CliCommands.h"

#include <QCoreApplication>
#include <QApplication>
#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Only the commands that draw need a GUI application, and Qt Charts
    // needs the widgets one (its charts take a widget style). They render
    // offscreen, so no display is ever required.
    std::unique_ptr<QCoreApplication> app;
    if (CliCommands::needsGui(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("DX Plan Studio"));
    QCoreApplication::setOrganizationName(QStringLiteral("DX Plan Studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DXPLAN_VERSION));
    return CliCommands::run(arguments);
}
