#include "views/sheets/ScheduleGrid.h"

#include "models/Numbering.h"
#include "views/common/PhaseText.h"
#include "views/common/PrintedText.h"
#include "views/sheets/SheetTables.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

const char context[] = "ScheduleGrid";

const QString arrow = QStringLiteral("→");
const QString milestoneMark = QStringLiteral("◆");

} // namespace

bool ScheduleGrid::Row::hasSchedule() const
{
    for (const Cell &cell : cells)
        if (cell.kind != noKind || !cell.text.isEmpty())
            return true;
    return false;
}

ScheduleGrid::ScheduleGrid(const Plan &plan, const SheetOptions &options)
    : m_months(options.monthColumns)
{
    const PlanInfo &info = plan.info;
    std::tie(m_firstYear, m_lastYear) = plan.periodYears();
    if (m_lastYear < m_firstYear)
        m_lastYear = m_firstYear;
    const bool japanese = info.language == QLatin1String("ja");
    const FiscalYear::EraStyle era = japanese ? options.eraStyle : FiscalYear::EraStyle::Western;
    for (int year = m_firstYear; year <= m_lastYear; ++year) {
        m_yearLabels << FiscalYear::label(year, era);
        if (!m_months)
            continue;
        for (int i = 0; i < 12; ++i) {
            const int month = FiscalYear::calendarMonth(i);
            m_monthLabels << (japanese ? QString::number(month) + QStringLiteral("月")
                                       : QLocale::c().monthName(month, QLocale::ShortFormat));
        }
    }
    m_leadingHeaders = QStringList {
        PrintedText::text(info, context, QT_TRANSLATE_NOOP("ScheduleGrid", "No.")),
        PrintedText::text(info, context, QT_TRANSLATE_NOOP("ScheduleGrid", "Measure")),
        PrintedText::text(info, context, QT_TRANSLATE_NOOP("ScheduleGrid", "Departments")),
    };
    m_title = PrintedText::text(info, context, QT_TRANSLATE_NOOP("ScheduleGrid", "%1: schedule"))
                  .arg(info.title);

    const PlanNumbers numbers(plan);
    int shownSection = -1;
    for (const Theme &theme : plan.themes) {
        QList<Row> measureRows;
        for (const Measure &measure : theme.measures) {
            if (!options.showsMeasure(measure.id))
                continue;
            measureRows << Row { Row::Kind::Measure, measure.id, numbers.measure(measure.id), measure.title,
                                 SheetTables::departmentsText(plan, measure),
                                 cellsOf(info, measure.phases, measure.milestones) };
        }
        // A filtered export keeps only the themes of the measures it shows.
        if (options.onlyListedMeasures && measureRows.isEmpty())
            continue;
        if (theme.sectionId != 0 && theme.sectionId != shownSection) {
            if (const Section *section = plan.section(theme.sectionId))
                m_rows << Row { Row::Kind::Section, section->id, numbers.section(section->id), section->title,
                                QString(), QList<Cell>(timeColumnCount()) };
        }
        shownSection = theme.sectionId;
        m_rows << Row { Row::Kind::Theme, theme.id, numbers.theme(theme.id), theme.title, QString(),
                        cellsOf(info, theme.phases, theme.milestones) };
        m_rows << measureRows;
    }
}

int ScheduleGrid::timeColumnCount() const
{
    return (m_lastYear - m_firstYear + 1) * (m_months ? 12 : 1);
}

int ScheduleGrid::measureRowCount() const
{
    int n = 0;
    for (const Row &row : m_rows)
        n += row.kind == Row::Kind::Measure ? 1 : 0;
    return n;
}

QList<ScheduleGrid::Cell> ScheduleGrid::cellsOf(const PlanInfo &info, const QList<Phase> &phases,
                                                const QList<Milestone> &milestones) const
{
    QList<Cell> cells(timeColumnCount());
    const int monthsPerColumn = m_months ? 1 : 12;
    auto add = [](Cell *cell, const QString &text) {
        if (text.isEmpty() || cell->text == text)
            return;
        // An arrow gives way to a label; labels of overlapping phases join.
        if (cell->text.isEmpty() || cell->text == arrow)
            cell->text = text;
        else if (text != arrow)
            cell->text += QLatin1Char('\n') + text;
    };
    for (const Phase &phase : phases) {
        const int start = phase.startOffset(m_firstYear);
        const int end = phase.endOffset(m_firstYear); // one past the last month
        if (end <= start)
            continue; // reversed: PlanChecker reports it
        const int first = qMax(0, start / monthsPerColumn);
        const int last = qMin(int(cells.size()) - 1, (end - 1) / monthsPerColumn);
        for (int column = first; column <= last; ++column) {
            Cell &cell = cells[column];
            if (cell.kind == noKind)
                cell.kind = int(phase.kind);
            if (column == first)
                add(&cell, PhaseText::label(info, phase));
            else if (!m_months)
                add(&cell, arrow);
        }
    }
    for (const Milestone &milestone : milestones) {
        if (milestone.year < m_firstYear || milestone.year > m_lastYear)
            continue;
        int column = milestone.year - m_firstYear;
        if (m_months)
            column = column * 12 + (milestone.month == 0 ? 0 : FiscalYear::monthIndex(milestone.month));
        add(&cells[column], milestoneMark + milestone.label);
    }
    return cells;
}
