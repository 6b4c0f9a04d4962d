#include "views/sheets/SheetTables.h"

#include "models/Numbering.h"
#include "views/common/PhaseText.h"
#include "views/common/PrintedText.h"
#include "views/itemmodels/PlanText.h"
#include "views/sheets/ScheduleGrid.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>

namespace SheetTables {

namespace {

const char context[] = "SheetTables";

QString word(const PlanInfo &info, const char *source)
{
    return PrintedText::text(info, context, source);
}

FiscalYear::EraStyle eraFor(const PlanInfo &info, const SheetOptions &options)
{
    return info.language == QLatin1String("ja") ? options.eraStyle : FiscalYear::EraStyle::Western;
}

QString statusWord(const PlanInfo &info, MeasureStatus status)
{
    // The measures table's own words (PlanText), in the plan's language.
    switch (status) {
    case MeasureStatus::Planned:
        return PrintedText::text(info, "PlanText", QT_TRANSLATE_NOOP("PlanText", "Planned"));
    case MeasureStatus::InProgress:
        return PrintedText::text(info, "PlanText", QT_TRANSLATE_NOOP("PlanText", "In progress"));
    case MeasureStatus::Done:
        return PrintedText::text(info, "PlanText", QT_TRANSLATE_NOOP("PlanText", "Done"));
    case MeasureStatus::OnHold:
        break;
    }
    return PrintedText::text(info, "PlanText", QT_TRANSLATE_NOOP("PlanText", "On hold"));
}

QString monthText(const PlanInfo &info, int month)
{
    return info.language == QLatin1String("ja") ? QString::number(month) + QStringLiteral("月")
                                                : QLocale::c().monthName(month, QLocale::ShortFormat);
}

QString when(const PlanInfo &info, int year, int month, FiscalYear::EraStyle era)
{
    const QString label = FiscalYear::shortLabel(year, era);
    return month == 0 ? label : label + QLatin1Char(' ') + monthText(info, month);
}

// Figures as plain numbers (no grouping), so a spreadsheet reads them as
// numbers.
QString figure(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 15) : QString();
}

QString targetText(const KpiTarget &target)
{
    if (target.value && !target.statement.isEmpty())
        return figure(target.value) + QStringLiteral(" (") + target.statement + QLatin1Char(')');
    return target.value ? figure(target.value) : target.statement;
}

} // namespace

QString departmentsText(const Plan &plan, const Measure &measure)
{
    if (measure.allDepartments)
        return PrintedText::text(plan.info, "Plan", QT_TRANSLATE_NOOP("Plan", "All departments"));
    return plan.departmentNames(measure).join(QStringLiteral("、"));
}

QString scheduleText(const PlanInfo &info, const Measure &measure, FiscalYear::EraStyle era)
{
    QStringList lines;
    for (const Phase &phase : measure.phases) {
        QString span = when(info, phase.startYear, phase.startMonth, era);
        const QString end = when(info, phase.endYear, phase.endMonth, era);
        // A Japanese plan writes a range with ～ (which CP932 holds too).
        if (end != span)
            span += (info.language == QLatin1String("ja") ? QChar(0xFF5E) : QChar(0x2013)) + end;
        lines << span + QLatin1Char(' ') + PhaseText::label(info, phase);
    }
    for (const Milestone &milestone : measure.milestones)
        lines << when(info, milestone.year, milestone.month, era) + QStringLiteral(" ◆") + milestone.label;
    return lines.join(QLatin1Char('\n'));
}

SheetTable measures(const Plan &plan, const SheetOptions &options)
{
    const PlanInfo &info = plan.info;
    const FiscalYear::EraStyle era = eraFor(info, options);
    SheetTable table;
    table.name = word(info, QT_TRANSLATE_NOOP("SheetTables", "Measures"));
    table.header = QStringList {
        word(info, QT_TRANSLATE_NOOP("SheetTables", "No.")),
        word(info, QT_TRANSLATE_NOOP("SheetTables", "Theme")),
        word(info, QT_TRANSLATE_NOOP("SheetTables", "Measure")),
        word(info, QT_TRANSLATE_NOOP("SheetTables", "Departments")),
        word(info, QT_TRANSLATE_NOOP("SheetTables", "Audience")),
        word(info, QT_TRANSLATE_NOOP("SheetTables", "Overview")),
        word(info, QT_TRANSLATE_NOOP("SheetTables", "Effect")),
        word(info, QT_TRANSLATE_NOOP("SheetTables", "Status")),
        word(info, QT_TRANSLATE_NOOP("SheetTables", "Principles")),
        word(info, QT_TRANSLATE_NOOP("SheetTables", "Schedule")),
    };
    table.wideColumns = { 5, 6, 9 };
    const PlanNumbers numbers(plan);
    for (const Theme &theme : plan.themes) {
        const QString themeText = (numbers.fullTheme(theme.id) + QLatin1Char(' ') + theme.title).trimmed();
        for (const Measure &m : theme.measures) {
            if (!options.showsMeasure(m.id))
                continue;
            table.rows << QStringList {
                numbers.fullMeasure(m.id),
                themeText,
                m.title,
                departmentsText(plan, m),
                plan.audienceNames(m).join(QStringLiteral("・")),
                m.overview,
                m.effect,
                statusWord(info, m.status),
                PlanText::principleNumbers(plan, m.principleIds),
                scheduleText(info, m, era),
            };
        }
    }
    return table;
}

SheetTable kpis(const Plan &plan, const SheetOptions &options)
{
    const PlanInfo &info = plan.info;
    const FiscalYear::EraStyle era = eraFor(info, options);
    // Every year of the plan, widened to every target and actual.
    auto [first, last] = plan.periodYears();
    for (const Kpi &kpi : plan.kpis) {
        for (const KpiTarget &t : kpi.targets) {
            first = qMin(first, t.year);
            last = qMax(last, t.year);
        }
        for (const KpiActual &a : kpi.actuals) {
            if (!a.date.isValid())
                continue;
            first = qMin(first, FiscalYear::ofDate(a.date.date));
            last = qMax(last, FiscalYear::ofDate(a.date.date));
        }
    }
    SheetTable table;
    table.name = word(info, QT_TRANSLATE_NOOP("SheetTables", "KPIs"));
    table.header = QStringList {
        word(info, QT_TRANSLATE_NOOP("SheetTables", "KPI")),
        word(info, QT_TRANSLATE_NOOP("SheetTables", "Unit")),
        word(info, QT_TRANSLATE_NOOP("SheetTables", "Baseline")),
        word(info, QT_TRANSLATE_NOOP("SheetTables", "Baseline date")),
    };
    table.numberColumns << 2;
    const int leading = table.header.size();
    const int years = last - first + 1;
    for (int year = first; year <= last; ++year)
        table.header << PrintedText::text(info, context, QT_TRANSLATE_NOOP("SheetTables", "Target %1"))
                            .arg(FiscalYear::label(year, era));
    for (int year = first; year <= last; ++year)
        table.header << PrintedText::text(info, context, QT_TRANSLATE_NOOP("SheetTables", "Actual %1"))
                            .arg(FiscalYear::label(year, era));
    for (int i = 0; i < 2 * years; ++i)
        table.numberColumns << leading + i;
    table.header << word(info, QT_TRANSLATE_NOOP("SheetTables", "Description"));
    table.wideColumns << table.header.size() - 1;

    for (const Kpi &kpi : plan.kpis) {
        QStringList row { kpi.name, kpi.unit, figure(kpi.baselineValue), kpi.baselineDate.toString() };
        QStringList cells(2 * years);
        for (const KpiTarget &t : kpi.targets)
            if (t.year >= first && t.year <= last)
                cells[t.year - first] = targetText(t);
        // Actuals are sorted by date: the year's latest one wins.
        for (const KpiActual &a : kpi.actuals) {
            if (!a.date.isValid())
                continue;
            const int year = FiscalYear::ofDate(a.date.date);
            if (year >= first && year <= last)
                cells[years + year - first] = a.value ? figure(a.value) : a.note;
        }
        row << cells << kpi.description;
        table.rows << row;
    }
    return table;
}

SheetTable schedule(const Plan &plan, const SheetOptions &options)
{
    const ScheduleGrid grid(plan, options);
    SheetTable table;
    table.name = word(plan.info, QT_TRANSLATE_NOOP("SheetTables", "Schedule"));
    table.header = grid.leadingHeaders();
    if (grid.monthColumns()) {
        const QStringList months = grid.monthLabels();
        for (int i = 0; i < months.size(); ++i)
            table.header << grid.yearLabels().value(i / 12) + QLatin1Char(' ') + months[i];
    } else {
        table.header << grid.yearLabels();
    }
    for (const ScheduleGrid::Row &row : grid.rows()) {
        // A section or theme row has its number and title in the first cell
        // and nothing else, as a merged row reads once unmerged: the way
        // the import (and a reader of the CSV) tells it from a measure.
        QStringList cells = row.kind == ScheduleGrid::Row::Kind::Measure
            ? QStringList { row.number, row.title, row.departments }
            : QStringList { (row.number + QLatin1Char(' ') + row.title).trimmed(), QString(), QString() };
        for (const ScheduleGrid::Cell &cell : row.cells)
            cells << (cell.text.isEmpty() && cell.kind != ScheduleGrid::noKind ? QStringLiteral("→") : cell.text);
        table.rows << cells;
    }
    return table;
}

} // namespace SheetTables
