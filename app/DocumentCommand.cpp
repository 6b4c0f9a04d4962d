#include "app/DocumentCommand.h"

#include "app/CliOutput.h"
#include "app/CliSupport.h"
#include "views/document/DocumentExporter.h"

namespace DocumentCommand {

using namespace CliSupport;

namespace {

const QString outputOption = QStringLiteral("output");
const QString paperOption = QStringLiteral("paper");
const QString eraOption = QStringLiteral("era");
const QString asOfOption = QStringLiteral("as-of");

} // namespace

void configure(QCommandLineParser &p)
{
    p.addPositionalArgument(QStringLiteral("PLAN.dxplan"), Cli::tr("The plan file to write out."));
    p.addOptions({
        { { QStringLiteral("o"), outputOption },
          Cli::tr("The file to write; .pdf, .odt, .html or .docx (through LibreOffice) says the format."),
          QStringLiteral("OUT") },
        { paperOption, Cli::tr("Paper of the pages: A4 (default) or A3; the roadmap gets A3 landscape pages."),
          QStringLiteral("PAPER"), QStringLiteral("A4") },
        { eraOption, Cli::tr("Years and dates: reiwa, western or both (default)."), QStringLiteral("ERA"),
          QStringLiteral("both") },
        { asOfOption, Cli::tr("The day KPI statuses are judged on (default: today)."), QStringLiteral("YYYY-MM-DD") },
    });
}

int run(QCommandLineParser &p, const QStringList &)
{
    if (p.positionalArguments().size() != 1 || !p.isSet(outputOption))
        return failWith(Cli::tr("document: usage: dxplan-cli document PLAN.dxplan -o OUT.pdf|odt|html|docx"));
    const QString output = p.value(outputOption);
    DocumentExporter::Format format;
    if (!DocumentExporter::formatFromFileName(output, &format))
        return failWith(Cli::tr("document: %1: the output must end in .pdf, .odt, .html or .docx").arg(output));
    if (format == DocumentExporter::Format::Docx && !DocumentExporter::docxAvailable())
        return failWith(Cli::tr("document: DOCX needs LibreOffice (soffice), which is not installed; write .odt instead"));
    DocumentOptions options;
    const QString paper = p.value(paperOption).toUpper();
    if (paper == QLatin1String("A4"))
        options.paper = QPageSize::A4;
    else if (paper == QLatin1String("A3"))
        options.paper = QPageSize::A3;
    else
        return failWith(Cli::tr("document: unknown paper \"%1\"; use A4 or A3").arg(p.value(paperOption)));
    if (!FiscalYear::eraStyleFromName(p.value(eraOption), &options.era))
        return failWith(Cli::tr("document: unknown era \"%1\"; use reiwa, western or both").arg(p.value(eraOption)));
    if (p.isSet(asOfOption)) {
        options.asOf = QDate::fromString(p.value(asOfOption), Qt::ISODate);
        if (!options.asOf.isValid())
            return failWith(Cli::tr("document: bad --as-of \"%1\"; give YYYY-MM-DD").arg(p.value(asOfOption)));
    }
    const CliOutput target(output);
    QString error;
    if (!target.check(&error))
        return failWith(QStringLiteral("document: ") + error);

    PlanFileReader::Result result;
    if (!readPlanFile(p.positionalArguments().first(), &result, &error))
        return failWith(error);
    DocumentExporter exporter(result.plan, options);
    const bool written = target.write(
        [&exporter, format](QIODevice *device, QString *why) {
            const bool done = exporter.write(device, format);
            if (!done)
                *why = exporter.errorString();
            return done;
        },
        &error);
    if (!written)
        return failWith(QStringLiteral("document: ") + error);
    return Success;
}

} // namespace DocumentCommand
