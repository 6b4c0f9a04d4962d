#include "app/CliSupport.h"

#include "app/CliOutput.h"
#include "models/PlanFileWriter.h"
#include "models/UserMessage.h"
#include "views/common/Language.h"

#include <QDir>
#include <QFile>
#include <QTextStream>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace CliSupport {

namespace {

// Where our one line goes: stderr, or the copy of it kept when libraries
// are silenced.
int messageFd = 2;

void writeLine(const QByteArray &line)
{
    qsizetype done = 0;
    while (done < line.size()) {
        const ssize_t n = ::write(messageFd, line.constData() + done, size_t(line.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
        done += n;
    }
}

void quietMessageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    // Debug, info, warning and critical messages are for developers; Qt
    // ends the program after a fatal one, which gets its one line.
    if (type != QtFatalMsg)
        return;
    writeLine("dxplan-cli: " + UserMessage::printableText(message).toUtf8() + '\n');
}

} // namespace

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

int failWith(const QString &message, int code)
{
    out().flush();
    std::fflush(stdout);
    std::fflush(stderr);
    writeLine("dxplan-cli: " + UserMessage::printableText(message).toUtf8() + '\n');
    return code;
}

void warnLine(const QString &message)
{
    out().flush();
    std::fflush(stdout);
    writeLine(UserMessage::printableText(message).toUtf8() + '\n');
}

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

void prepareToDraw()
{
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
}

void setUp(QCoreApplication *application)
{
    QCoreApplication::setApplicationName(QStringLiteral("DX Plan Studio"));
    QCoreApplication::setOrganizationName(QStringLiteral("DX Plan Studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DXPLAN_VERSION));
    Language::install(application, Language::effective(QStringLiteral("system")));
}

void installMessageHandler()
{
    const QByteArray debug = qgetenv("DXPLAN_DEBUG");
    if (!debug.isEmpty() && debug != "0")
        return; // Qt's own handler prints everything
    qInstallMessageHandler(quietMessageHandler);
    // Some libraries write to stderr themselves (libpng: "libpng error:
    // Write Error", fontconfig): stderr becomes the null device, and our
    // messages go to a copy of the real one.
    const int saved = ::fcntl(2, F_DUPFD_CLOEXEC, 3);
    if (saved < 0)
        return;
    const int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (null < 0 || ::dup2(null, 2) < 0) {
        if (null >= 0)
            ::close(null);
        ::close(saved);
        return;
    }
    ::close(null);
    messageFd = saved;
}

int parse(QCommandLineParser &parser, const QString &command, const QString &summary,
          const QStringList &arguments)
{
    parser.setApplicationDescription(summary);
    parser.addHelpOption();
    parser.addVersionOption();
    QStringList argv = arguments;
    argv.prepend(QStringLiteral("dxplan-cli ") + command);
    if (!parser.parse(argv))
        return failWith(QStringLiteral("%1: %2").arg(command, parser.errorText()));
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt names the program by its full path; users type "dxplan-cli X".
        // (The usage line may be in the user's language.)
        QString help = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        const qsizetype at = program.isEmpty() ? -1 : help.indexOf(program);
        if (at >= 0 && at < help.indexOf(QLatin1Char('\n')))
            help.replace(at, program.size(), QStringLiteral("dxplan-cli ") + command);
        out() << help;
        out().flush();
        return Success;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out() << "dxplan-cli " << DXPLAN_VERSION << Qt::endl;
        return Success;
    }
    return -1;
}

bool readPlanFile(const QString &path, PlanFileReader::Result *result, QString *error)
{
    PlanFileReader reader;
    if (!reader.read(path, result)) {
        *error = QStringLiteral("%1: %2").arg(path, reader.errorString());
        return false;
    }
    return true;
}

bool writePlanFile(Plan &&plan, const CliOutput &output, QString *error)
{
    PlanFileWriter writer;
    return output.write(
        [&writer, &plan](QIODevice *device, QString *why) {
            if (writer.write(std::move(plan), device))
                return true;
            *why = writer.errorString();
            return false;
        },
        error);
}

} // namespace CliSupport
