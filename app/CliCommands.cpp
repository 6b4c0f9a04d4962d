#include "app/CliCommands.h"

#include "app/CliOutput.h"
#include "app/CliPrograms.h"
#include "app/CliSupport.h"
#include "app/DiffCommand.h"
#include "app/RevisionCommand.h"
#include "app/RoadmapCommand.h"
#include "app/SheetExportCommand.h"
#include "app/SheetImportCommand.h"
#include "app/SignCommand.h"

#include "models/PlanChecker.h"
#include "models/PlanFileReader.h"
#include "models/PlanFileWriter.h"
#include "models/PlanJson.h"
#include "models/PlanSignature.h"
#include "models/SamplePlan.h"
#include "models/UserMessage.h"
#include "models/WorkingCopy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

namespace CliCommands {

using namespace CliSupport;

namespace {

struct Command
{
    const char *name;
    const char *summary;
    // None for the commands that draw Qt Charts: dxplan-cli-widgets brings
    // those (CliPrograms.h).
    int (*run)(QCommandLineParser &parser, const QStringList &arguments);
    void (*configure)(QCommandLineParser &parser);
};

void configureNew(QCommandLineParser &p)
{
    p.addPositionalArgument(QStringLiteral("OUT.dxplan"), Cli::tr("The plan file to create (- for standard output)."));
    p.addOption({ QStringLiteral("sample"), Cli::tr("Fill it with the Nishinoshima sample plan.") });
    p.addOption({ QStringLiteral("sample-plan"),
                  Cli::tr("Fill it with a bundled sample: %1.").arg(SamplePlan::names().join(QStringLiteral(", "))),
                  QStringLiteral("NAME") });
}

int runNew(QCommandLineParser &p, const QStringList &)
{
    if (p.positionalArguments().size() != 1)
        return failWith(Cli::tr("new: give exactly one output file"));
    const CliOutput output(p.positionalArguments().first());
    QString error;
    if (!output.check(&error))
        return failWith(error);
    Plan plan;
    if (p.isSet(QStringLiteral("sample-plan"))) {
        if (!SamplePlan::load(p.value(QStringLiteral("sample-plan")), &plan, &error))
            return failWith(error);
    } else if (p.isSet(QStringLiteral("sample"))) {
        if (!SamplePlan::load(&plan, &error))
            return failWith(error);
    } else {
        plan.info.title = QStringLiteral("DX推進計画");
        const int year = QDate::currentDate().month() >= 4 ? QDate::currentDate().year() : QDate::currentDate().year() - 1;
        plan.info.startYear = year;
        plan.info.endYear = year + 4;
    }
    if (!writePlanFile(std::move(plan), output, &error))
        return failWith(error);
    return Success;
}

void configureImport(QCommandLineParser &p)
{
    p.addPositionalArgument(QStringLiteral("PLAN.json"), Cli::tr("The JSON plan to import."));
    p.addOption({ { QStringLiteral("o"), QStringLiteral("output") },
                  Cli::tr("The plan file to write (- for standard output)."), QStringLiteral("OUT.dxplan") });
}

int runImport(QCommandLineParser &p, const QStringList &)
{
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("output")))
        return failWith(Cli::tr("import: usage: dxplan-cli import PLAN.json -o OUT.dxplan"));
    const CliOutput output(p.value(QStringLiteral("output")));
    QString error;
    if (!output.check(&error))
        return failWith(error);
    const QString input = p.positionalArguments().first();
    QFile file(input);
    if (!file.open(QIODevice::ReadOnly))
        return failWith(QStringLiteral("%1: %2").arg(input, file.errorString()));
    // PlanJson refuses a file over the format's size limit before parsing.
    Plan plan;
    if (!PlanJson::read(&file, &plan, &error))
        return failWith(QStringLiteral("%1: %2").arg(input, error));
    if (!writePlanFile(std::move(plan), output, &error))
        return failWith(error);
    return Success;
}

void configureExportJson(QCommandLineParser &p)
{
    p.addPositionalArgument(QStringLiteral("PLAN.dxplan"), Cli::tr("The plan file to read."));
    p.addOption({ { QStringLiteral("o"), QStringLiteral("output") },
                  Cli::tr("Write to this file instead of standard output."), QStringLiteral("OUT.json") });
}

int runExportJson(QCommandLineParser &p, const QStringList &)
{
    if (p.positionalArguments().size() != 1)
        return failWith(Cli::tr("export-json: give exactly one plan file"));
    const CliOutput output(p.isSet(QStringLiteral("output")) ? p.value(QStringLiteral("output")) : QStringLiteral("-"));
    QString error;
    if (!output.check(&error))
        return failWith(error);
    PlanFileReader::Result result;
    if (!readPlanFile(p.positionalArguments().first(), &result, &error))
        return failWith(error);
    if (!output.writeBytes(PlanJson::write(result.plan), &error))
        return failWith(error);
    return Success;
}

void configureInfo(QCommandLineParser &p)
{
    p.addPositionalArgument(QStringLiteral("PLAN.dxplan"), Cli::tr("The plan file to describe."));
    p.addOption({ QStringLiteral("json"), Cli::tr("Print the facts as JSON.") });
}

int runInfo(QCommandLineParser &p, const QStringList &)
{
    if (p.positionalArguments().size() != 1)
        return failWith(Cli::tr("info: give exactly one plan file"));
    PlanFileReader::Result result;
    QString error;
    if (!readPlanFile(p.positionalArguments().first(), &result, &error))
        return failWith(error);
    const Plan &plan = result.plan;
    const SignatureInfo signature = PlanSignature::verify(result.manifest, result.signature, PlanSignature::trustedCertificates());
    const QJsonObject facts {
        { QStringLiteral("title"), plan.info.title },
        { QStringLiteral("organisation"), plan.info.organisation },
        { QStringLiteral("startYear"), plan.info.startYear },
        { QStringLiteral("endYear"), plan.info.isOpenEnded() ? QJsonValue() : QJsonValue(plan.info.endYear) },
        { QStringLiteral("organisationKind"), plan.info.organisationKind },
        { QStringLiteral("sections"), int(plan.sections.size()) },
        { QStringLiteral("themes"), int(plan.themes.size()) },
        { QStringLiteral("measures"), plan.measureCount() },
        { QStringLiteral("kpis"), int(plan.kpis.size()) },
        { QStringLiteral("revisions"), int(plan.revisions.size()) },
        { QStringLiteral("formatVersion"), QStringLiteral("%1.%2").arg(result.formatMajor).arg(result.formatMinor) },
        { QStringLiteral("savedAt"), result.savedAt },
        { QStringLiteral("savedBy"), result.savedBy },
        { QStringLiteral("readOnly"), result.readOnly },
        { QStringLiteral("signature"), SignCommand::stateName(signature.state) },
        { QStringLiteral("signer"), signature.signerSubject },
    };
    if (p.isSet(QStringLiteral("json"))) {
        out() << QString::fromUtf8(QJsonDocument(facts).toJson(QJsonDocument::Indented));
        return Success;
    }
    // Titles and names come from the file: shown with their control
    // characters escaped, so they stay on their own line.
    using UserMessage::printableText;
    out() << Cli::tr("Title:        %1").arg(printableText(plan.info.title)) << '\n'
          << Cli::tr("Organisation: %1").arg(printableText(plan.info.organisation)) << '\n'
          << (plan.info.isOpenEnded() ? Cli::tr("Period:       from FY%1, open-ended").arg(plan.info.startYear)
                                      : Cli::tr("Period:       FY%1-FY%2").arg(plan.info.startYear).arg(plan.info.endYear)) << '\n'
          << Cli::tr("Sections:     %1").arg(plan.sections.size()) << '\n'
          << Cli::tr("Themes:       %1").arg(plan.themes.size()) << '\n'
          << Cli::tr("Measures:     %1").arg(plan.measureCount()) << '\n'
          << Cli::tr("KPIs:         %1").arg(plan.kpis.size()) << '\n'
          << Cli::tr("Revisions:    %1").arg(plan.revisions.size()) << '\n'
          << (result.readOnly ? Cli::tr("Format:       %1.%2 (newer than this version: read-only)")
                              : Cli::tr("Format:       %1.%2"))
                 .arg(result.formatMajor).arg(result.formatMinor) << '\n'
          << Cli::tr("Saved at:     %1").arg(printableText(result.savedAt)) << '\n'
          << Cli::tr("Saved by:     %1").arg(printableText(result.savedBy)) << '\n'
          << Cli::tr("Signature:    %1").arg(printableText(signature.summary())) << Qt::endl;
    return Success;
}

void configureCheck(QCommandLineParser &p)
{
    p.addPositionalArgument(QStringLiteral("PLAN.dxplan"), Cli::tr("The plan file to check."));
    p.addOption({ QStringLiteral("as-of"),
                  Cli::tr("Judge statuses on this day (YYYY-MM-DD) instead of today."), QStringLiteral("DATE") });
}

int runCheck(QCommandLineParser &p, const QStringList &)
{
    if (p.positionalArguments().size() != 1)
        return failWith(Cli::tr("check: give exactly one plan file"));
    QDate asOf = QDate::currentDate();
    if (p.isSet(QStringLiteral("as-of"))) {
        asOf = QDate::fromString(p.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!asOf.isValid())
            return failWith(Cli::tr("check: --as-of must be a date such as 2026-03-31"));
    }
    PlanFileReader::Result result;
    QString error;
    if (!readPlanFile(p.positionalArguments().first(), &result, &error))
        return failWith(error);
    const QList<PlanChecker::Problem> problems = PlanChecker::check(result.plan, asOf);
    for (const PlanChecker::Problem &problem : problems)
        out() << UserMessage::printableText(problem.toString()) << '\n';
    // A clean plan says so, and what was checked: silence could be a wrong file.
    const Plan &plan = result.plan;
    if (problems.isEmpty())
        out() << UserMessage::printableText(
                     Cli::tr("No problems in %1 (%2, %3, %4).")
                         .arg(plan.info.title,
                              plan.themes.size() == 1 ? Cli::tr("1 theme") : Cli::tr("%1 themes").arg(plan.themes.size()),
                              plan.measureCount() == 1 ? Cli::tr("1 measure") : Cli::tr("%1 measures").arg(plan.measureCount()),
                              plan.kpis.size() == 1 ? Cli::tr("1 KPI") : Cli::tr("%1 KPIs").arg(plan.kpis.size())))
              << '\n';
    out().flush();
    return problems.isEmpty() ? Success : PlanProblems;
}

const Command commands[] = {
    { "new", QT_TRANSLATE_NOOP("Cli", "Create a plan file, empty or from the Nishinoshima sample."), runNew, configureNew },
    { "import", QT_TRANSLATE_NOOP("Cli", "Convert a JSON plan into a plan file."), runImport, configureImport },
    { "import-sheet", QT_TRANSLATE_NOOP("Cli", "Make a plan file from a schedule spreadsheet (工程表) in .xlsx, .ods or .csv."), SheetImportCommand::run, SheetImportCommand::configure },
    { "export-json", QT_TRANSLATE_NOOP("Cli", "Write a plan file as JSON."), runExportJson, configureExportJson },
    { "info", QT_TRANSLATE_NOOP("Cli", "Show a plan's title, organisation, period and counts."), runInfo, configureInfo },
    { "check", QT_TRANSLATE_NOOP("Cli", "List integrity and content problems of a plan, one per line."), runCheck, configureCheck },
    { "roadmap", QT_TRANSLATE_NOOP("Cli", "Export the Gantt roadmap as PDF, SVG or PNG."), RoadmapCommand::run, RoadmapCommand::configure },
    { "kpi", QT_TRANSLATE_NOOP("Cli", "Export a KPI chart, or the KPI dashboard, as PDF, SVG or PNG."), nullptr, nullptr },
    { "document", QT_TRANSLATE_NOOP("Cli", "Write the whole plan document (計画書) as PDF, ODT, HTML or DOCX."), nullptr, nullptr },
    { "diff", QT_TRANSLATE_NOOP("Cli", "Compare two plans or revisions; exit 0 when equal, 1 when they differ."), nullptr, nullptr },
    { "revision", QT_TRANSLATE_NOOP("Cli", "Mark a revision of a plan (add) or list its revisions (list)."), RevisionCommand::run, RevisionCommand::configure },
    { "sign", QT_TRANSLATE_NOOP("Cli", "Sign a plan file with an organisation's certificate and key (PKCS#12)."), SignCommand::runSign, SignCommand::configureSign },
    { "verify", QT_TRANSLATE_NOOP("Cli", "Verify a plan file's signature; exit 0 when signed, intact and trusted."), SignCommand::runVerify, SignCommand::configureVerify },
    { "export-sheet", QT_TRANSLATE_NOOP("Cli", "Export the schedule, measures and KPIs as an .xlsx workbook, or one table as CSV."), SheetExportCommand::run, SheetExportCommand::configure },
    { "coverage", QT_TRANSLATE_NOOP("Cli", "Export which principles each measure serves, or each department's measures by year, as CSV, PDF or HTML."), nullptr, nullptr },
};

QString usage()
{
    QString text = Cli::tr("Usage: dxplan-cli COMMAND [options] ...\n\n"
                           "Create, inspect, check and convert DX Plan Studio plan files.\n\n"
                           "Commands:\n");
    for (const Command &c : commands)
        text += QStringLiteral("  %1 %2\n").arg(QString::fromLatin1(c.name), -12).arg(Cli::tr(c.summary));
    text += Cli::tr("\nRun 'dxplan-cli COMMAND --help' for a command's options.\n"
                    "Exit status: 0 success, 1 the plan has problems, 2 unreadable or refused input.\n");
    return text;
}

} // namespace

Application applicationFor(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return Application::Core;
    const QString &name = arguments.first();
    if (name == QLatin1String("roadmap"))
        return Application::Gui;
    // diff draws only when it writes a report.
    if (name == QLatin1String("diff"))
        return DiffCommand::writesReport(arguments.mid(1)) ? Application::Widgets : Application::Core;
    if (CliPrograms::runsInWidgetsProgram(name.toUtf8().constData()))
        return Application::Widgets;
    return Application::Core;
}

int run(const QStringList &arguments, const QList<CommandFunctions> &widgetsCommands)
{
    if (arguments.isEmpty())
        return failWith(Cli::tr("no command given; run 'dxplan-cli --help' for the commands"));
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
        CommandFunctions functions { command.name, command.run, command.configure };
        for (const CommandFunctions &f : widgetsCommands)
            if (!command.run && name == QLatin1String(f.name))
                functions = f;
        if (!functions.run)
            return failWith(Cli::tr("%1: this command is run by dxplan-cli-widgets, which was not started").arg(name));
        QCommandLineParser parser;
        functions.configure(parser);
        const int early = parse(parser, QString::fromLatin1(command.name), Cli::tr(command.summary), arguments.mid(1));
        if (early >= 0)
            return early;
        return functions.run(parser, arguments.mid(1));
    }
    return failWith(Cli::tr("unknown command \"%1\"; run 'dxplan-cli --help'").arg(name));
}

} // namespace CliCommands
