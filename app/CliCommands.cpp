#include "app/CliCommands.h"

#include "app/CliSupport.h"
#include "app/KpiCommand.h"
#include "app/RoadmapCommand.h"

#include "models/PlanChecker.h"
#include "models/PlanFileReader.h"
#include "models/PlanFileWriter.h"
#include "models/PlanJson.h"
#include "models/SamplePlan.h"
#include "models/WorkingCopy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdio>

namespace CliCommands {

using namespace CliSupport;

namespace {

struct Command
{
    const char *name;
    const char *summary;
    int (*run)(QCommandLineParser &parser, const QStringList &arguments);
    void (*configure)(QCommandLineParser &parser);
};

// Writes a plan to a .dxplan through a working copy in a private folder.
bool writePlanFile(const Plan &plan, const QString &path, QString *error)
{
    QTemporaryDir temp;
    if (!temp.isValid()) {
        *error = QStringLiteral("no temporary folder is available");
        return false;
    }
    WorkingCopy::setRootDirectory(temp.path());
    std::unique_ptr<WorkingCopy> copy = WorkingCopy::create(plan, QString(), error);
    if (!copy)
        return false;
    PlanFileWriter writer;
    const bool ok = writer.write(*copy, path);
    copy->remove();
    if (!ok)
        *error = QStringLiteral("%1: %2").arg(path, writer.errorString());
    return ok;
}

void configureNew(QCommandLineParser &p)
{
    p.addPositionalArgument(QStringLiteral("OUT.dxplan"), QStringLiteral("The plan file to create."));
    p.addOption({ QStringLiteral("sample"), QStringLiteral("Fill it with the Nishinoshima sample plan.") });
}

int runNew(QCommandLineParser &p, const QStringList &)
{
    if (p.positionalArguments().size() != 1)
        return failWith(QStringLiteral("new: give exactly one output file"));
    Plan plan;
    QString error;
    if (p.isSet(QStringLiteral("sample"))) {
        if (!SamplePlan::load(&plan, &error))
            return failWith(error);
    } else {
        plan.info.title = QStringLiteral("DX推進計画");
        const int year = QDate::currentDate().month() >= 4 ? QDate::currentDate().year() : QDate::currentDate().year() - 1;
        plan.info.startYear = year;
        plan.info.endYear = year + 4;
    }
    if (!writePlanFile(plan, p.positionalArguments().first(), &error))
        return failWith(error);
    return Success;
}

void configureImport(QCommandLineParser &p)
{
    p.addPositionalArgument(QStringLiteral("PLAN.json"), QStringLiteral("The JSON plan to import."));
    p.addOption({ { QStringLiteral("o"), QStringLiteral("output") }, QStringLiteral("The plan file to write."), QStringLiteral("OUT.dxplan") });
}

int runImport(QCommandLineParser &p, const QStringList &)
{
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("output")))
        return failWith(QStringLiteral("import: usage: dxplan-cli import PLAN.json -o OUT.dxplan"));
    const QString input = p.positionalArguments().first();
    QFile file(input);
    if (!file.open(QIODevice::ReadOnly))
        return failWith(QStringLiteral("%1: %2").arg(input, file.errorString()));
    if (file.size() > (qint64(256) << 20))
        return failWith(QStringLiteral("%1: the file is larger than 256 MiB").arg(input));
    Plan plan;
    QString error;
    if (!PlanJson::read(&file, &plan, &error))
        return failWith(QStringLiteral("%1: %2").arg(input, error));
    if (!writePlanFile(plan, p.value(QStringLiteral("output")), &error))
        return failWith(error);
    return Success;
}

void configureExportJson(QCommandLineParser &p)
{
    p.addPositionalArgument(QStringLiteral("PLAN.dxplan"), QStringLiteral("The plan file to read."));
    p.addOption({ { QStringLiteral("o"), QStringLiteral("output") }, QStringLiteral("Write to this file instead of standard output."), QStringLiteral("OUT.json") });
}

int runExportJson(QCommandLineParser &p, const QStringList &)
{
    if (p.positionalArguments().size() != 1)
        return failWith(QStringLiteral("export-json: give exactly one plan file"));
    PlanFileReader::Result result;
    QString error;
    if (!readPlanFile(p.positionalArguments().first(), &result, &error))
        return failWith(error);
    const QByteArray json = PlanJson::write(result.plan);
    if (!p.isSet(QStringLiteral("output"))) {
        fwrite(json.constData(), 1, size_t(json.size()), stdout);
        return Success;
    }
    QSaveFile file(p.value(QStringLiteral("output")));
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return failWith(QStringLiteral("%1: %2").arg(file.fileName(), file.errorString()));
    return Success;
}

void configureInfo(QCommandLineParser &p)
{
    p.addPositionalArgument(QStringLiteral("PLAN.dxplan"), QStringLiteral("The plan file to describe."));
    p.addOption({ QStringLiteral("json"), QStringLiteral("Print the facts as JSON.") });
}

int runInfo(QCommandLineParser &p, const QStringList &)
{
    if (p.positionalArguments().size() != 1)
        return failWith(QStringLiteral("info: give exactly one plan file"));
    PlanFileReader::Result result;
    QString error;
    if (!readPlanFile(p.positionalArguments().first(), &result, &error))
        return failWith(error);
    const Plan &plan = result.plan;
    const QJsonObject facts {
        { QStringLiteral("title"), plan.info.title },
        { QStringLiteral("organisation"), plan.info.organisation },
        { QStringLiteral("startYear"), plan.info.startYear },
        { QStringLiteral("endYear"), plan.info.endYear },
        { QStringLiteral("themes"), int(plan.themes.size()) },
        { QStringLiteral("measures"), plan.measureCount() },
        { QStringLiteral("kpis"), int(plan.kpis.size()) },
        { QStringLiteral("revisions"), int(plan.revisions.size()) },
        { QStringLiteral("formatVersion"), QStringLiteral("%1.%2").arg(result.formatMajor).arg(result.formatMinor) },
        { QStringLiteral("savedAt"), result.savedAt },
        { QStringLiteral("readOnly"), result.readOnly },
    };
    if (p.isSet(QStringLiteral("json"))) {
        out() << QString::fromUtf8(QJsonDocument(facts).toJson(QJsonDocument::Indented));
        return Success;
    }
    out() << "Title:        " << plan.info.title << '\n'
          << "Organisation: " << plan.info.organisation << '\n'
          << "Period:       FY" << plan.info.startYear << "-FY" << plan.info.endYear << '\n'
          << "Themes:       " << plan.themes.size() << '\n'
          << "Measures:     " << plan.measureCount() << '\n'
          << "KPIs:         " << plan.kpis.size() << '\n'
          << "Revisions:    " << plan.revisions.size() << '\n'
          << "Format:       " << result.formatMajor << '.' << result.formatMinor
          << (result.readOnly ? " (newer than this version: read-only)" : "") << '\n'
          << "Saved at:     " << result.savedAt << Qt::endl;
    return Success;
}

void configureCheck(QCommandLineParser &p)
{
    p.addPositionalArgument(QStringLiteral("PLAN.dxplan"), QStringLiteral("The plan file to check."));
}

int runCheck(QCommandLineParser &p, const QStringList &)
{
    if (p.positionalArguments().size() != 1)
        return failWith(QStringLiteral("check: give exactly one plan file"));
    PlanFileReader::Result result;
    QString error;
    if (!readPlanFile(p.positionalArguments().first(), &result, &error))
        return failWith(error);
    const QList<PlanChecker::Problem> problems = PlanChecker::check(result.plan);
    for (const PlanChecker::Problem &problem : problems)
        out() << problem.toString() << '\n';
    out().flush();
    return problems.isEmpty() ? Success : PlanProblems;
}

const Command commands[] = {
    { "new", "Create a plan file, empty or from the Nishinoshima sample.", runNew, configureNew },
    { "import", "Convert a JSON plan into a plan file.", runImport, configureImport },
    { "export-json", "Write a plan file as JSON.", runExportJson, configureExportJson },
    { "info", "Show a plan's title, organisation, period and counts.", runInfo, configureInfo },
    { "check", "List integrity and content problems of a plan, one per line.", runCheck, configureCheck },
    { "roadmap", "Export the Gantt roadmap as PDF, SVG or PNG.", RoadmapCommand::run, RoadmapCommand::configure },
    { "kpi", "Export a KPI chart, or the KPI dashboard, as PDF, SVG or PNG.", KpiCommand::run, KpiCommand::configure },
};

QString usage()
{
    QString text = QStringLiteral("Usage: dxplan-cli COMMAND [options] ...\n\n"
                                  "Create, inspect, check and convert DX Plan Studio plan files.\n\n"
                                  "Commands:\n");
    for (const Command &c : commands)
        text += QStringLiteral("  %1 %2\n").arg(QString::fromLatin1(c.name), -12).arg(QString::fromUtf8(c.summary));
    text += QStringLiteral("\nRun 'dxplan-cli COMMAND --help' for a command's options.\n"
                           "Exit status: 0 success, 1 the plan has problems, 2 unreadable or refused input.\n");
    return text;
}

} // namespace

bool needsGui(const QStringList &arguments)
{
    return !arguments.isEmpty()
        && (arguments.first() == QLatin1String("roadmap") || arguments.first() == QLatin1String("kpi"));
}

int run(const QStringList &arguments)
{
    if (arguments.isEmpty()) {
        QTextStream(stderr) << usage();
        return BadInput;
    }
    const QString name = arguments.first();
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        out() << usage();
        return Success;
    }
    if (name == QLatin1String("--version") || name == QLatin1String("-v")) {
        out() << "dxplan-cli " << DXPLAN_VERSION << Qt::endl;
        return Success;
    }
    for (const Command &command : commands) {
        if (name != QLatin1String(command.name))
            continue;
        QCommandLineParser parser;
        command.configure(parser);
        const int early = parse(parser, QString::fromLatin1(command.name), QString::fromUtf8(command.summary), arguments.mid(1));
        if (early >= 0)
            return early;
        return command.run(parser, arguments.mid(1));
    }
    return failWith(QStringLiteral("unknown command \"%1\"; run 'dxplan-cli --help'").arg(name));
}

} // namespace CliCommands
