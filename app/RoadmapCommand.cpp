#include "app/RoadmapCommand.h"

#include "app/CliOutput.h"
#include "app/CliSupport.h"
#include "views/roadmap/RoadmapExporter.h"
#include "views/roadmap/RoadmapOptions.h"

#include <QRegularExpression>

namespace RoadmapCommand {

using namespace CliSupport;

namespace {

const QString outputOption = QStringLiteral("output");
const QString paperOption = QStringLiteral("paper");
const QString portraitOption = QStringLiteral("portrait");
const QString yearsOption = QStringLiteral("years");
const QString themeOption = QStringLiteral("theme");
const QString eraOption = QStringLiteral("era");
const QString dpiOption = QStringLiteral("dpi");
const QString departmentsOption = QStringLiteral("departments");
const QString audienceOption = QStringLiteral("audience");
const QString todayOption = QStringLiteral("today");
const QString dateOption = QStringLiteral("date");
const QString formatOption = QStringLiteral("format");
const QString pagesOption = QStringLiteral("pages");

// "2024-2028" or a single "2026"; fiscal years, first <= last.
bool parseYears(const QString &text, int *first, int *last)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-(\\d{4}))?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return false;
    *first = match.captured(1).toInt();
    *last = match.captured(2).isEmpty() ? *first : match.captured(2).toInt();
    return *first >= 1989 && *last <= 2200 && *first <= *last && *last - *first < 50;
}

} // namespace

void configure(QCommandLineParser &p)
{
    p.addPositionalArgument(QStringLiteral("PLAN.dxplan"), Cli::tr("The plan file to draw."));
    p.addOptions({
        { { QStringLiteral("o"), outputOption },
          Cli::tr("The file to write; .pdf, .svg or .png says the format (- for standard output)."), QStringLiteral("OUT") },
        { formatOption, Cli::tr("The format when the output's name does not say it: pdf, svg or png."),
          QStringLiteral("FORMAT") },
        { paperOption, Cli::tr("Paper: A3 (default), A4 or Letter."), QStringLiteral("PAPER"), QStringLiteral("A3") },
        { portraitOption, Cli::tr("Portrait pages instead of landscape.") },
        { yearsOption, Cli::tr("Fiscal years shown, e.g. 2024-2028 (default: the plan period)."),
          QStringLiteral("FIRST-LAST") },
        { themeOption, Cli::tr("Show only theme number N; repeat for more themes."), QStringLiteral("N") },
        { eraOption, Cli::tr("Year labels: reiwa, western or both (default)."), QStringLiteral("ERA"),
          QStringLiteral("both") },
        { dpiOption, Cli::tr("Resolution of a PNG, in dots per inch (default 150)."), QStringLiteral("DPI"),
          QStringLiteral("150") },
        { departmentsOption, Cli::tr("Add the departments column.") },
        { audienceOption, Cli::tr("Add the audience column.") },
        { todayOption, Cli::tr("Draw the today line.") },
        { dateOption, Cli::tr("Date used as today and as the printed date (default: today)."),
          QStringLiteral("YYYY-MM-DD") },
        { pagesOption, Cli::tr("SVG or PNG: one file per printed page, OUT-001.svg, OUT-002.svg, ...") },
    });
}

int run(QCommandLineParser &p, const QStringList &)
{
    if (p.positionalArguments().size() != 1 || !p.isSet(outputOption))
        return failWith(Cli::tr("roadmap: usage: dxplan-cli roadmap PLAN.dxplan -o OUT.pdf|svg|png"));
    const QString output = p.value(outputOption);
    RoadmapExporter::Format format;
    if (p.isSet(formatOption)) {
        static const QStringList known { QStringLiteral("pdf"), QStringLiteral("svg"), QStringLiteral("png") };
        if (!known.contains(p.value(formatOption).toLower())
            || !RoadmapExporter::formatFromFileName(QStringLiteral("x.") + p.value(formatOption), &format))
            return failWith(Cli::tr("roadmap: unknown format \"%1\"; use pdf, svg or png").arg(p.value(formatOption)));
    } else if (!RoadmapExporter::formatFromFileName(output == QLatin1String("-") ? QString() : output, &format)) {
        return failWith(Cli::tr("roadmap: %1: the output must end in .pdf, .svg or .png, or give --format").arg(output));
    }
    const bool pages = p.isSet(pagesOption);
    if (pages && format == RoadmapExporter::Format::Pdf)
        return failWith(Cli::tr("roadmap: --pages is for SVG and PNG; a PDF holds every page"));
    if (pages && output == QLatin1String("-"))
        return failWith(Cli::tr("roadmap: --pages writes files; give -o OUT.svg or OUT.png"));
    const CliOutput target(output);
    QString error;
    // With --pages, OUT only names the page files: it need not be writable itself.
    if (!pages && !target.check(&error))
        return failWith(QStringLiteral("roadmap: ") + error);

    RoadmapOptions options;
    if (!RoadmapOptions::paperFromName(p.value(paperOption), &options.paper))
        return failWith(Cli::tr("roadmap: unknown paper \"%1\"; use A3, A4 or Letter").arg(p.value(paperOption)));
    if (p.isSet(portraitOption))
        options.orientation = QPageLayout::Portrait;
    if (!FiscalYear::eraStyleFromName(p.value(eraOption), &options.eraStyle))
        return failWith(Cli::tr("roadmap: unknown era \"%1\"; use reiwa, western or both").arg(p.value(eraOption)));
    if (p.isSet(yearsOption) && !parseYears(p.value(yearsOption), &options.firstYear, &options.lastYear))
        return failWith(Cli::tr("roadmap: bad --years \"%1\"; give fiscal years like 2024-2028").arg(p.value(yearsOption)));
    bool ok = false;
    options.dpi = p.value(dpiOption).toInt(&ok);
    if (!ok || options.dpi < 36 || options.dpi > 1200)
        return failWith(Cli::tr("roadmap: bad --dpi \"%1\"; give a number from 36 to 1200").arg(p.value(dpiOption)));
    if (p.isSet(dateOption)) {
        options.today = QDate::fromString(p.value(dateOption), Qt::ISODate);
        if (!options.today.isValid())
            return failWith(Cli::tr("roadmap: bad --date \"%1\"; give YYYY-MM-DD").arg(p.value(dateOption)));
    }
    options.showDepartments = p.isSet(departmentsOption);
    options.showAudience = p.isSet(audienceOption);
    options.showToday = p.isSet(todayOption);

    PlanFileReader::Result result;
    if (!readPlanFile(p.positionalArguments().first(), &result, &error))
        return failWith(error);
    const Plan &plan = result.plan;
    for (const QString &value : p.values(themeOption)) {
        const int number = value.toInt(&ok);
        if (!ok || number < 1 || number > plan.themes.size())
            return failWith(Cli::tr("roadmap: unknown theme number \"%1\"; the plan has themes 1 to %2")
                                .arg(value).arg(plan.themes.size()));
        options.themeIds.insert(plan.themes[number - 1].id);
    }

    RoadmapExporter exporter(plan, options);
    if (pages) {
        if (exporter.exportPages(output, format) == 0)
            return failWith(QStringLiteral("roadmap: ") + exporter.errorString());
        return Success;
    }
    if (format == RoadmapExporter::Format::Png && !exporter.pngFits()) {
        const QSize size = exporter.pngSize();
        return failWith(Cli::tr("roadmap: the roadmap is too large for one PNG image at %1 dpi (%2 x %3 pixels); "
                                "write one file per page with --pages, or choose a lower --dpi, fewer themes, or PDF")
                            .arg(options.dpi).arg(size.width()).arg(size.height()));
    }
    const bool written = target.write(
        [&exporter, format](QIODevice *device, QString *why) {
            const bool done = format == RoadmapExporter::Format::Pdf ? exporter.writePdf(device)
                : format == RoadmapExporter::Format::Svg             ? exporter.writeSvg(device)
                                                                     : exporter.writePng(device);
            if (!done)
                *why = exporter.errorString();
            return done;
        },
        &error);
    if (!written)
        return failWith(QStringLiteral("roadmap: ") + error);
    return Success;
}

} // namespace RoadmapCommand
