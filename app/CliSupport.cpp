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
        out() << parser.helpText();
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
