#include "app/DiffCommand.h"

#include "app/CliOutput.h"
#include "app/CliSupport.h"
#include "models/PlanDiff.h"
#include "models/PlanSource.h"
#include "models/UserMessage.h"
#include "views/document/DocumentExporter.h"

#include <QFileInfo>

namespace DiffCommand {

using namespace CliSupport;

namespace {

const QString jsonOption = QStringLiteral("json");
const QString outputOption = QStringLiteral("output");
const QString styleOption = QStringLiteral("style");

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

} // namespace DiffCommand
