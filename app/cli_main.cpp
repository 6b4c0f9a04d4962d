#include "app/CliCommands.h"
#include "app/CliSupport.h"
#include "views/common/Language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QApplication>
#include <QGuiApplication>
#include <memory>
#include <unistd.h>

int main(int argc, char *argv[])
{
    // Before anything can log: a failure prints its one line, not Qt's or
    // KArchive's warnings (DXPLAN_DEBUG=1 shows them).
    CliSupport::installMessageHandler();
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Only the commands that draw need a GUI application, and Qt Charts
    // needs the widgets one (its charts take a widget style). They render
    // offscreen, so no display is ever required.
    std::unique_ptr<QCoreApplication> app;
    const CliCommands::Application kind = CliCommands::applicationFor(arguments);
    if (kind != CliCommands::Application::Core) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Without a session (cron, ssh, CI) Qt would warn on stderr about a
        // missing runtime folder; errors must stay one line, so make one.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QByteArray runtime = QDir::tempPath().toLocal8Bit() + "/dxplan-runtime-" + QByteArray::number(getuid());
            if (QDir().mkpath(QString::fromLocal8Bit(runtime))
                && QFile::setPermissions(QString::fromLocal8Bit(runtime),
                                         QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
                qputenv("XDG_RUNTIME_DIR", runtime);
        }
        if (kind == CliCommands::Application::Widgets)
            app = std::make_unique<QApplication>(argc, argv);
        else
            app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("DX Plan Studio"));
    QCoreApplication::setOrganizationName(QStringLiteral("DX Plan Studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DXPLAN_VERSION));
    // Exports and messages speak the language of the system
    // (LANG=ja_JP.UTF-8 gives Japanese roadmap headings and messages).
    Language::install(app.get(), Language::effective(QStringLiteral("system")));
    return CliCommands::run(arguments);
}
