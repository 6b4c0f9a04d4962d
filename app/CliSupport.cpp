#include "app/CliSupport.h"

#include <QTextStream>

namespace CliSupport {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

int failWith(const QString &message, int code)
{
    out().flush();
    QTextStream err(stderr);
    err << "dxplan-cli: " << message << Qt::endl;
    return code;
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
        QString help = parser.helpText();
        const int end = help.indexOf(QLatin1String(" [options]"));
        if (help.startsWith(QLatin1String("Usage: ")) && end > 0)
            help.replace(7, end - 7, QStringLiteral("dxplan-cli ") + command);
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

} // namespace CliSupport
