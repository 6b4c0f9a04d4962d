#include "app/DiffCommand.h"

#include "app/CliOutput.h"
#include "app/CliSupport.h"
#include "models/PlanDiff.h"
#include "models/PlanDocument.h"
#include "models/PlanSource.h"
#include "models/UserMessage.h"
#include "models/WorkingCopy.h"
#include "models/commands/RevisionCommands.h"
#include "views/document/DocumentExporter.h"

#include <QFileInfo>
#include <QTemporaryDir>

namespace DiffCommand {

using namespace CliSupport;

namespace {

const QString jsonOption = QStringLiteral("json");
const QString outputOption = QStringLiteral("output");
const QString styleOption = QStringLiteral("style");
const QString nameOption = QStringLiteral("name");
const QString dateOption = QStringLiteral("date");
const QString noteOption = QStringLiteral("note");

// A side as the report heads it: the revision's name, or the file's name.
QString labelOf(const PlanSource::Spec &spec)
{
    return spec.revision.isEmpty() ? QFileInfo(spec.path).fileName() : spec.revision;
}

// One line per difference, for reading in a terminal.
void printText(const QList<PlanDifference> &differences)
{
    for (const PlanDifference &d : differences) {
        QString line = PlanDiff::changeName(d.change) + QLatin1Char(' ') + PlanDiff::itemName(d.part);
        if (d.part != PlanChange::Part::Info)
            line += QStringLiteral(" %1").arg(d.id);
        line += QStringLiteral(" 「%1」").arg(d.title);
        if (!d.field.isEmpty())
            line += QStringLiteral(" %1: %2 → %3").arg(d.field, d.before, d.after);
        out() << UserMessage::printableText(line) << '\n';
    }
    out().flush();
}

// A plan file is changed through a working copy in a private folder, as
// the app changes it, and saved over itself atomically.
std::unique_ptr<PlanDocument> openForChange(const QString &path, QTemporaryDir *temp, QString *error)
{
    if (!temp->isValid()) {
        *error = Cli::tr("no temporary folder is available");
        return nullptr;
    }
    WorkingCopy::setRootDirectory(temp->path());
    std::unique_ptr<PlanDocument> document = PlanDocument::open(path, false, error);
    if (document && document->isReadOnly()) {
        *error = Cli::tr("%1: the plan is read-only (made by a newer version)").arg(path);
        return nullptr;
    }
    if (!document)
        *error = QStringLiteral("%1: %2").arg(path, *error);
    return document;
}

int runRevisionAdd(QCommandLineParser &p, const QString &path)
{
    const QString name = p.value(nameOption).trimmed();
    if (name.isEmpty())
        return failWith(Cli::tr("revision add: usage: dxplan-cli revision add PLAN --name NAME [--date YYYY-MM-DD] [--note TEXT]"));
    PlanDate date;
    if (p.isSet(dateOption)) {
        const QString text = p.value(dateOption);
        date = { QDate::fromString(text, Qt::ISODate), false };
        if (!date.isValid() && text.size() == 7)
            date = { QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate), true };
        if (!date.isValid())
            return failWith(Cli::tr("revision add: bad --date \"%1\"; give YYYY-MM-DD").arg(text));
    }
    QTemporaryDir temp;
    QString error;
    std::unique_ptr<PlanDocument> document = openForChange(path, &temp, &error);
    if (!document)
        return failWith(error);
    for (const Revision &r : document->plan().revisions)
        if (r.name == name) {
            document->closeCleanly();
            return failWith(Cli::tr("revision add: %1 already has a revision called \"%2\"").arg(path, name));
        }
    const Revision revision = newRevision(document.get(), name, date, p.value(noteOption));
    document->undoStack()->push(new MarkRevision(document.get(), revision, Cli::tr("Mark revision")));
    if (document->lastEditFailed() || document->undoStack()->count() == 0) {
        document->closeCleanly();
        return failWith(Cli::tr("revision add: the revision could not be recorded"));
    }
    const PlanDocument::SaveResult saved = document->save(QString(), true, &error);
    document->closeCleanly();
    if (saved != PlanDocument::SaveResult::Saved)
        return failWith(QStringLiteral("%1: %2").arg(path, error));
    return Success;
}

int runRevisionList(const QString &path)
{
    Plan plan;
    QString error;
    if (!PlanSource::read({ path, QString() }, &plan, &error))
        return failWith(error);
    for (const Revision &r : plan.revisions) {
        QStringList fields { QStringLiteral("#%1").arg(r.id), r.date.toString(),
                                   r.kind == Revision::Kind::Adopted ? QStringLiteral("adopted") : QStringLiteral("revised"),
                                   r.name, r.hasSnapshot ? QStringLiteral("snapshot") : QStringLiteral("-"), r.author,
                                   QString(r.summary).replace(QLatin1Char('\n'), QLatin1Char(' ')) };
        for (QString &field : fields)
            field = UserMessage::printableText(field);
        out() << fields.join(QLatin1Char('\t')) << '\n';
    }
    out().flush();
    return Success;
}

} // namespace

void configureDiff(QCommandLineParser &p)
{
    p.addPositionalArgument(QStringLiteral("OLD"), Cli::tr("The plan before: FILE.dxplan, FILE.json or FILE.dxplan@REVISION-NAME."));
    p.addPositionalArgument(QStringLiteral("NEW"), Cli::tr("The plan after, written the same way."));
    p.addOptions({
        { jsonOption, Cli::tr("Print the changes as JSON: {\"changes\": [...]}.") },
        { { QStringLiteral("o"), outputOption },
          Cli::tr("Write a report; .pdf, .odt or .html says the format."), QStringLiteral("REPORT") },
        { styleOption, Cli::tr("The report: table (新旧対照表, default) or markup (the whole document, changes marked)."),
          QStringLiteral("STYLE"), QStringLiteral("table") },
    });
}

bool writesReport(const QStringList &arguments)
{
    for (const QString &a : arguments)
        if (a == QLatin1String("-o") || a.startsWith(QLatin1String("--output")) || (a.startsWith(QLatin1String("-o")) && a.size() > 2))
            return true;
    return false;
}

int runDiff(QCommandLineParser &p, const QStringList &)
{
    if (p.positionalArguments().size() != 2)
        return failWith(Cli::tr("diff: usage: dxplan-cli diff OLD NEW [--json] [-o REPORT.pdf|odt|html] [--style table|markup]"));
    DocumentComparison comparison;
    const QString style = p.value(styleOption);
    if (style == QLatin1String("table"))
        comparison.style = DocumentComparison::Style::Table;
    else if (style == QLatin1String("markup"))
        comparison.style = DocumentComparison::Style::Markup;
    else
        return failWith(Cli::tr("diff: unknown style \"%1\"; use table or markup").arg(style));
    DocumentExporter::Format format = DocumentExporter::Format::Pdf;
    std::optional<CliOutput> report;
    QString error;
    if (p.isSet(outputOption)) {
        const QString output = p.value(outputOption);
        if (!DocumentExporter::formatFromFileName(output, &format) || format == DocumentExporter::Format::Docx)
            return failWith(Cli::tr("diff: %1: the report must end in .pdf, .odt or .html").arg(output));
        report.emplace(output);
        if (!report->check(&error))
            return failWith(QStringLiteral("diff: ") + error);
    }
    const PlanSource::Spec oldSpec = PlanSource::parse(p.positionalArguments().at(0));
    const PlanSource::Spec newSpec = PlanSource::parse(p.positionalArguments().at(1));
    Plan after;
    if (!PlanSource::read(oldSpec, &comparison.before, &error) || !PlanSource::read(newSpec, &after, &error))
        return failWith(error);
    // A revision's snapshot has no revision list: compare the lists only
    // between two whole files.
    comparison.revisions = oldSpec.revision.isEmpty() && newSpec.revision.isEmpty();
    comparison.beforeLabel = labelOf(oldSpec);
    comparison.afterLabel = labelOf(newSpec);

    const QList<PlanDifference> differences = PlanDiff::compare(comparison.before, after, comparison.revisions);
    if (report) {
        DocumentExporter exporter(after, DocumentOptions());
        exporter.setComparison(comparison);
        const bool written = report->write(
            [&exporter, format](QIODevice *device, QString *why) {
                const bool done = exporter.write(device, format);
                if (!done)
                    *why = exporter.errorString();
                return done;
            },
            &error);
        if (!written)
            return failWith(QStringLiteral("diff: ") + error);
    }
    if (p.isSet(jsonOption)) {
        out() << QString::fromUtf8(PlanDiff::toJson(differences));
        out().flush();
    } else if (!report) {
        printText(differences);
    }
    return differences.isEmpty() ? Success : PlanProblems;
}

void configureRevision(QCommandLineParser &p)
{
    p.addPositionalArgument(QStringLiteral("add|list"), Cli::tr("add: mark a revision (a snapshot of the plan as it stands); list: show the revisions."));
    p.addPositionalArgument(QStringLiteral("PLAN.dxplan"), Cli::tr("The plan file."));
    p.addOptions({
        { nameOption, Cli::tr("The revision's name, e.g. 令和7年3月改定."), QStringLiteral("NAME") },
        { dateOption, Cli::tr("The revision's date (default: today)."), QStringLiteral("YYYY-MM-DD") },
        { noteOption, Cli::tr("What the revision changed."), QStringLiteral("TEXT") },
    });
}

int runRevision(QCommandLineParser &p, const QStringList &)
{
    const QStringList args = p.positionalArguments();
    if (args.size() == 2 && args[0] == QLatin1String("add"))
        return runRevisionAdd(p, args[1]);
    if (args.size() == 2 && args[0] == QLatin1String("list"))
        return runRevisionList(args[1]);
    return failWith(Cli::tr("revision: usage: dxplan-cli revision add PLAN --name NAME [--date YYYY-MM-DD] [--note TEXT]"
                            " | dxplan-cli revision list PLAN"));
}

} // namespace DiffCommand
