#include "views/roadmap/RoadmapLayout.h"

#include "views/common/PhaseText.h"
#include "views/common/PrintedText.h"
#include "views/roadmap/RoadmapStyle.h"
#include "views/roadmap/TextFitting.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QThread>
#include <algorithm>
#include <cmath>
#include <future>

using namespace RoadmapStyle;

namespace {

QString audienceText(const Plan &plan, const Measure &measure)
{
    return plan.audienceNames(measure).join(QStringLiteral("・"));
}

// The departments column: "all departments" in the plan's language (the
// word Plan::departmentNames gives is in the PC's).
QString departmentsText(const Plan &plan, const Measure &measure)
{
    if (measure.allDepartments)
        return PrintedText::text(plan.info, "Plan", "All departments");
    return plan.departmentNames(measure).join(QStringLiteral("、"));
}

// "(2) 行政DXの重点取組事項", or the title alone when the level is unnumbered.
QString headingText(const QString &number, const QString &title)
{
    return number.isEmpty() ? title : number + QLatin1Char(' ') + title;
}

// Puts overlapping bars (with any label beside them) on separate lanes:
// each takes the first lane that is free from its start.
QList<int> assignLanes(const QList<std::pair<qreal, qreal>> &spans, int *laneCount)
{
    QList<int> order(spans.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return spans[a].first < spans[b].first; });
    QList<qreal> laneEnds;
    QList<int> lanes(spans.size(), 0);
    for (int i : order) {
        int lane = 0;
        while (lane < laneEnds.size() && laneEnds[lane] > spans[i].first + 1e-6)
            ++lane;
        if (lane == laneEnds.size())
            laneEnds.append(0);
        laneEnds[lane] = spans[i].second;
        lanes[i] = lane;
    }
    *laneCount = qMax(1, int(laneEnds.size()));
    return lanes;
}

// Every title is different, so each is shaped once; a long plan's titles
// in two halves on two cores, the second half with a font of its own (a
// font's engine keeps caches that threads must not share).
QList<qreal> titleAdvances(const QList<const Measure *> &measures, const QFontMetricsF &body)
{
    QList<qreal> advances(measures.size());
    qreal *out = advances.data();
    auto measure = [&measures, out](const QFontMetricsF &metrics, qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i)
            out[i] = metrics.horizontalAdvance(measures[i]->title);
    };
    if (measures.size() < RoadmapLayout::titlesWorthSplitting || QThread::idealThreadCount() < 2) {
        measure(body, 0, measures.size());
        return advances;
    }
    const qsizetype half = measures.size() / 2;
    auto secondHalf = std::async(std::launch::async, [&] {
        measure(QFontMetricsF(separateFont(FontRole::Body)), half, measures.size());
    });
    measure(body, 0, half);
    secondHalf.get();
    return advances;
}

} // namespace

struct RoadmapLayout::TextMeasure
{
    QFontMetricsF body { font(FontRole::Body) };
    QFontMetricsF bold { font(FontRole::Bold) };
    QFontMetricsF small { font(FontRole::Small) };
    QHash<int, qreal> titleWidths; // by measure id
    QHash<QString, qreal> labelWidths;
    QHash<QString, qreal> bodyWidths;
    QHash<QString, QString> elidedDepartments;

    // Numbers and department lists repeat from measure to measure too.
    qreal bodyWidth(const QString &text)
    {
        auto it = bodyWidths.constFind(text);
        if (it == bodyWidths.constEnd())
            it = bodyWidths.insert(text, body.horizontalAdvance(text));
        return *it;
    }
    QString departments(const QString &text, qreal room)
    {
        auto it = elidedDepartments.constFind(text);
        if (it == elidedDepartments.constEnd())
            it = elidedDepartments.insert(text, body.elidedText(text, Qt::ElideRight, room));
        return *it;
    }

    // Phase and milestone labels repeat ("運用" on thousands of bars): each
    // is measured once.
    QString fitLabel(const QString &label, qreal room)
    {
        auto it = labelWidths.constFind(label);
        if (it == labelWidths.constEnd())
            it = labelWidths.insert(label, small.horizontalAdvance(label));
        return *it <= room ? label : TextFitting::elided(label, small, room);
    }
    qreal labelWidth(const QString &label)
    {
        auto it = labelWidths.constFind(label);
        if (it == labelWidths.constEnd())
            it = labelWidths.insert(label, small.horizontalAdvance(label));
        return *it;
    }
};

qreal RoadmapLayout::headerHeight()
{
    return yearBandHeight + monthBandHeight;
}

qreal RoadmapLayout::barLabelInset(const Bar &bar)
{
    const qreal notch = bar.continuesBefore ? bar.rect.height() / 2 : 0;
    return 2.5 + notch;
}

qreal RoadmapLayout::barLabelRoom(const Bar &bar)
{
    const qreal tip = bar.continuesAfter ? bar.rect.height() / 2 : 0;
    return bar.rect.width() - barLabelInset(bar) - 2.5 - tip;
}

qreal RoadmapLayout::pageChromeHeight()
{
    return titleBandHeight + headerHeight() + legendBandHeight + footerBandHeight;
}

RoadmapLayout::RoadmapLayout(const Plan &plan, const RoadmapOptions &options, qreal width)
    : m_firstYear(options.effectiveFirstYear(plan)), m_lastYear(options.effectiveLastYear(plan)),
      m_showAudience(options.showAudience)
{
    TextMeasure text;
    const PlanNumbers numbers(plan);
    measureColumns(plan, numbers, options, width, &text);
    m_rows.reserve(plan.sections.size() + plan.themes.size() + plan.measureCount());
    m_bars.reserve(2 * plan.measureCount());
    int sectionRow = -1;
    int lastSectionId = 0;
    for (const Theme &theme : plan.themes) {
        if (!options.showsTheme(theme))
            continue;
        QList<const Measure *> measures;
        for (const Measure &measure : theme.measures)
            if (options.showsMeasure(theme, measure))
                measures.append(&measure);
        // A theme with only directions has nothing to draw; filters keep
        // only themes with measures that pass them.
        const bool ownSchedule = !theme.phases.isEmpty() || !theme.milestones.isEmpty();
        if (measures.isEmpty() && (options.isFiltered() || !ownSchedule))
            continue;
        const Section *section = plan.section(theme.sectionId);
        const int sectionId = section ? section->id : 0;
        if (sectionId != lastSectionId) {
            sectionRow = -1;
            if (section) {
                sectionRow = int(m_rows.size());
                addSection(*section, numbers, &text);
            }
            lastSectionId = sectionId;
        }
        const bool collapsed = options.collapsedThemeIds.contains(theme.id);
        const int themeRow = int(m_rows.size());
        addTheme(plan, theme, numbers, int(measures.size()), collapsed, &text);
        m_rows.last().sectionRow = sectionRow;
        if (collapsed)
            continue;
        for (const Measure *measure : measures) {
            addMeasure(plan, *measure, numbers, &text);
            m_rows.last().sectionRow = sectionRow;
            m_rows.last().themeRow = themeRow;
        }
    }
    addLegend(plan.info);
}

void RoadmapLayout::measureColumns(const Plan &plan, const PlanNumbers &numbers, const RoadmapOptions &options,
                                   qreal width, TextMeasure *text)
{
    const QFontMetricsF &body = text->body;
    // The number column holds measure numbers, and on a continuation page
    // a measure's whole path; with unnumbered measures there is none.
    qreal numberWidth = 0;
    qreal titleWidth = 0;
    qreal departmentsWidth = 0;
    QList<const Measure *> shown;
    for (const Theme &theme : plan.themes) {
        if (!options.showsTheme(theme))
            continue;
        for (const Measure &measure : theme.measures) {
            if (!options.showsMeasure(theme, measure))
                continue;
            shown.append(&measure);
            if (!numbers.measure(measure.id).isEmpty())
                numberWidth = std::max({ numberWidth, text->bodyWidth(numbers.measure(measure.id)),
                                         text->bodyWidth(numbers.fullMeasure(measure.id)) });
            if (options.showDepartments)
                departmentsWidth = qMax(departmentsWidth, text->bodyWidth(departmentsText(plan, measure)));
        }
    }
    const QList<qreal> advances = titleAdvances(shown, body);
    text->titleWidths.reserve(shown.size());
    for (qsizetype i = 0; i < shown.size(); ++i) {
        text->titleWidths.insert(shown[i]->id, advances[i]);
        titleWidth = qMax(titleWidth, advances[i]);
    }
    const qreal pad = 2 * cellPadding;
    m_columnWidth[int(Column::Number)] = numberWidth > 0 ? qMax(numberWidth, minimumNumberWidth) + pad : 0;
    if (options.showDepartments)
        m_columnWidth[int(Column::Departments)] = qBound<qreal>(60, departmentsWidth + pad, 150);
    if (options.showAudience) {
        qreal audienceWidth = 0;
        for (const Theme &theme : plan.themes)
            for (const Measure &measure : theme.measures)
                audienceWidth = qMax(audienceWidth, text->bodyWidth(audienceText(plan, measure)));
        m_columnWidth[int(Column::Audience)] = audienceWidth + pad;
    }
    const qreal others = m_columnWidth[int(Column::Number)] + m_columnWidth[int(Column::Departments)]
        + m_columnWidth[int(Column::Audience)];
    const int years = m_lastYear - m_firstYear + 1;
    m_width = qMax(width, others + minimumTitleWidth + years * minimumYearWidth);
    // Long titles wrap rather than squeeze the years: the label columns take
    // at most 40% of the width (55% with the optional columns), the title
    // at least its least width, and every year keeps its least width.
    const bool optionalColumns = options.showDepartments || options.showAudience;
    const qreal share = optionalColumns ? 0.55 : 0.4;
    const qreal cap = qMin(share * m_width - others, m_width - others - years * minimumYearWidth);
    m_columnWidth[int(Column::Title)] = qMax(minimumTitleWidth, qMin(titleWidth + pad, cap));
    m_timelineLeft = others + m_columnWidth[int(Column::Title)];
    m_monthWidth = (m_width - m_timelineLeft) / (years * 12);

    const FiscalYear::EraStyle era = options.eraStyleFor(plan);
    const QFontMetricsF header(font(FontRole::Header));
    bool fullFits = true;
    for (int year = m_firstYear; year <= m_lastYear; ++year)
        fullFits = fullFits && header.horizontalAdvance(FiscalYear::label(year, era)) + pad <= 12 * m_monthWidth;
    for (int year = m_firstYear; year <= m_lastYear; ++year)
        m_yearLabels << (fullFits ? FiscalYear::label(year, era) : FiscalYear::shortLabel(year, era));
    const qreal monthText = text->small.horizontalAdvance(QStringLiteral("12")) + 2;
    m_monthLabelStep = monthText <= m_monthWidth ? 1 : monthText <= 3 * m_monthWidth ? 3 : 0;
}

qreal RoadmapLayout::columnX(Column column) const
{
    qreal x = 0;
    for (int c = 0; c < int(column); ++c)
        x += m_columnWidth[c];
    return x;
}

void RoadmapLayout::addSection(const Section &section, const PlanNumbers &numbers, TextMeasure *text)
{
    Row row;
    row.kind = Row::Kind::Section;
    row.sectionId = section.id;
    row.y = m_bodyHeight;
    row.height = sectionRowHeight;
    row.firstBar = int(m_bars.size());
    row.firstMilestone = int(m_milestones.size());
    row.number = numbers.section(section.id);
    row.fullNumber = row.number;
    row.fullTitle = section.title;
    const QString heading = headingText(row.number, section.title);
    row.title = TextFitting::elided(heading, text->bold, m_width - 2 * cellPadding);
    m_rows.append(row);
    m_bodyHeight += row.height;
}

void RoadmapLayout::addTheme(const Plan &plan, const Theme &theme, const PlanNumbers &numbers, int measureCount,
                             bool collapsed, TextMeasure *text)
{
    Row row;
    row.kind = Row::Kind::Theme;
    row.themeId = theme.id;
    row.sectionId = theme.sectionId;
    row.y = m_bodyHeight;
    row.number = numbers.theme(theme.id);
    row.fullNumber = numbers.fullTheme(theme.id);
    row.fullTitle = theme.title;
    row.collapsed = collapsed;
    row.measureCount = measureCount;
    QString heading = headingText(row.number, theme.title);
    if (collapsed)
        heading += QStringLiteral("  ")
            + PrintedText::text(plan.info, "RoadmapLayout",
                                QT_TRANSLATE_N_NOOP("RoadmapLayout", "(%n measure(s))"), measureCount);
    // A theme with bars of its own keeps its title left of the years, on
    // up to two lines; otherwise the title runs across the row.
    const bool scheduled = std::any_of(theme.phases.begin(), theme.phases.end(), [&](const Phase &p) {
        return p.endOffset(m_firstYear) > 0 && p.startOffset(m_firstYear) < monthCount();
    }) || std::any_of(theme.milestones.begin(), theme.milestones.end(), [&](const Milestone &m) {
        return m.year >= m_firstYear && m.year <= m_lastYear;
    });
    const qreal room = (scheduled ? m_timelineLeft : m_width) - themeIndent - 2 * cellPadding;
    if (scheduled) {
        const int split = TextFitting::lineBreak(heading, text->bold, room);
        row.title = heading.left(split);
        if (split < heading.size())
            row.titleMore = TextFitting::elided(heading.mid(split), text->bold, room);
    } else {
        row.title = TextFitting::elided(heading, text->bold, room);
    }
    const qreal textHeight = row.titleMore.isEmpty() ? themeRowHeight - 2 * rowPadding : 2 * lineHeight;
    addSchedule(plan.info, &row, theme.phases, theme.milestones, textHeight, text);
    row.height = qMax(themeRowHeight, row.height);
    m_rows.append(row);
    m_bodyHeight += row.height;
}

void RoadmapLayout::addMeasure(const Plan &plan, const Measure &measure, const PlanNumbers &numbers,
                               TextMeasure *text)
{
    const QFontMetricsF &body = text->body;
    Row row;
    row.kind = Row::Kind::Measure;
    row.themeId = measure.themeId;
    row.measureId = measure.id;
    row.y = m_bodyHeight;
    row.number = numbers.measure(measure.id);
    row.fullNumber = row.number.isEmpty() ? QString() : numbers.fullMeasure(measure.id);
    row.fullTitle = measure.title;
    const qreal textRoom = m_columnWidth[int(Column::Title)] - 2 * cellPadding;
    const int split = text->titleWidths.value(measure.id) <= textRoom
        ? int(measure.title.size())
        : TextFitting::lineBreak(measure.title, body, textRoom);
    row.title = measure.title.left(split);
    if (split < measure.title.size())
        row.titleMore = body.elidedText(measure.title.mid(split), Qt::ElideRight, textRoom);
    if (hasColumn(Column::Departments))
        row.departments = text->departments(departmentsText(plan, measure),
                                            columnWidth(Column::Departments) - 2 * cellPadding);
    if (m_showAudience)
        row.audience = audienceText(plan, measure);
    const int lines = row.titleMore.isEmpty() ? 1 : 2;
    addSchedule(plan.info, &row, measure.phases, measure.milestones, lines * lineHeight, text);
    m_rows.append(row);
    m_bodyHeight += row.height;
}

bool RoadmapLayout::placeBarLabel(Bar *bar, qreal width, qreal left, qreal right)
{
    const QRectF &r = bar->rect;
    bar->labelBeside = false;
    bar->labelX = r.left() + barLabelInset(*bar);
    if (width <= barLabelRoom(*bar))
        return true;
    // Too long for its bar: after its end, or before its start.
    bar->labelBeside = true;
    bar->labelX = r.right() + besideGap;
    if (!bar->continuesAfter && bar->labelX + width <= right)
        return true;
    bar->labelX = r.left() - besideGap - width;
    if (!bar->continuesBefore && bar->labelX >= left)
        return true;
    bar->labelBeside = false;
    bar->labelX = r.left() + barLabelInset(*bar);
    return false;
}

void RoadmapLayout::addSchedule(const PlanInfo &info, Row *row, const QList<Phase> &phases,
                                const QList<Milestone> &milestones, qreal textHeight, TextMeasure *text)
{
    // Phases inside the years shown, each with its label in or beside it,
    // on as many lanes as bars and labels need to keep clear of each other.
    const int months = monthCount();
    const qreal barHeight = laneHeight - 2 * barInset;
    QList<Bar> bars;
    QList<std::pair<qreal, qreal>> extents;
    for (int i = 0; i < phases.size(); ++i) {
        const Phase &phase = phases[i];
        const int start = phase.startOffset(m_firstYear);
        const int end = phase.endOffset(m_firstYear);
        if (end <= start || end <= 0 || start >= months)
            continue;
        Bar bar;
        bar.row = int(m_rows.size());
        bar.phaseIndex = i;
        bar.kind = phase.kind;
        bar.continuesBefore = start < 0;
        bar.continuesAfter = end > months;
        // A hair of space between touching bars shows where one phase ends.
        const qreal left = xForMonth(qMax(0, start)) + (bar.continuesBefore ? 0 : 0.6);
        const qreal right = xForMonth(qMin(months, end)) - (bar.continuesAfter ? 0 : 0.6);
        bar.rect = QRectF(left, 0, right - left, barHeight);
        bar.label = PhaseText::label(info, phase);
        const qreal width = text->labelWidth(bar.label);
        if (!placeBarLabel(&bar, width, m_timelineLeft, m_width))
            bar.label = text->fitLabel(bar.label, barLabelRoom(bar)); // fits nowhere whole
        qreal from = bar.rect.left();
        qreal to = bar.rect.right();
        if (bar.labelBeside) {
            from = qMin(from, bar.labelX - besideGap);
            to = qMax(to, bar.labelX + width + besideGap);
        }
        extents.append({ from, to });
        m_kindsShown.insert(int(phase.kind));
        bars.append(bar);
    }
    int lanes = 1;
    const QList<int> laneOf = assignLanes(extents, &lanes);
    const bool hasMilestones = std::any_of(milestones.begin(), milestones.end(),
        [&](const Milestone &m) { return m.year >= m_firstYear && m.year <= m_lastYear; });
    // A row with nothing scheduled is as tall as its title.
    const bool empty = bars.isEmpty() && !hasMilestones;
    const qreal scheduleHeight = empty ? 0 : lanes * laneHeight + (hasMilestones ? milestoneLane : 0);
    row->height = qMax(textHeight, scheduleHeight) + 2 * rowPadding;
    const qreal lanesTop = row->y + (row->height - scheduleHeight) / 2;

    row->firstBar = int(m_bars.size());
    for (int i = 0; i < bars.size(); ++i) {
        bars[i].rect.moveTop(lanesTop + laneOf[i] * laneHeight + barInset);
        m_bars.append(bars[i]);
    }
    row->barCount = int(m_bars.size()) - row->firstBar;

    row->firstMilestone = int(m_milestones.size());
    const qreal milestoneY = lanesTop + lanes * laneHeight + milestoneLane / 2;
    for (int i = 0; i < milestones.size(); ++i) {
        const Milestone &m = milestones[i];
        if (m.year < m_firstYear || m.year > m_lastYear)
            continue;
        // "Some time in the year" sits mid-year; a month sits mid-month.
        const qreal offset = (m.year - m_firstYear) * 12
            + (m.month == 0 ? 6.0 : FiscalYear::monthIndex(m.month) + 0.5);
        MilestoneMark mark;
        mark.row = int(m_rows.size());
        mark.milestoneIndex = i;
        mark.centre = QPointF(xForMonth(offset), milestoneY);
        mark.label = m.label;
        m_milestones.append(mark);
    }
    placeMilestoneLabels(row->firstMilestone, text);
    row->milestoneCount = int(m_milestones.size()) - row->firstMilestone;
}

void RoadmapLayout::addLegend(const PlanInfo &info)
{
    // Each kind drawn is named as the plan names the kind, never after one
    // bar's own label.
    for (int kind = 0; kind <= int(Phase::Kind::Other); ++kind)
        if (m_kindsShown.contains(kind))
            m_legend.append({ Phase::Kind(kind), PhaseText::kindName(info, Phase::Kind(kind)) });
}

void RoadmapLayout::placeMilestoneLabels(int first, TextMeasure *text)
{
    // Labels go right of their diamond, or left when there is more room
    // there, and never run into the neighbouring diamonds.
    std::stable_sort(m_milestones.begin() + first, m_milestones.end(),
                     [](const MilestoneMark &a, const MilestoneMark &b) { return a.centre.x() < b.centre.x(); });
    const qreal gap = milestoneSize / 2 + 2;
    for (int i = first; i < m_milestones.size(); ++i) {
        MilestoneMark &mark = m_milestones[i];
        const qreal x = mark.centre.x();
        const qreal leftEnd = i > first ? m_milestones[i - 1].centre.x() + gap : m_timelineLeft;
        const qreal rightEnd = i + 1 < m_milestones.size() ? m_milestones[i + 1].centre.x() - gap : m_width;
        const qreal rightRoom = rightEnd - (x + gap);
        const qreal leftRoom = (x - gap) - leftEnd;
        const qreal wanted = text->labelWidth(mark.label);
        const bool onRight = wanted <= rightRoom || rightRoom >= leftRoom;
        const qreal room = qMax<qreal>(0, onRight ? rightRoom : leftRoom);
        mark.label = text->fitLabel(mark.label, room);
        const qreal width = qMin(room, text->labelWidth(mark.label));
        const qreal left = onRight ? x + gap : x - gap - width;
        mark.labelRect = QRectF(left, mark.centre.y() - milestoneLane / 2, width, milestoneLane);
    }
}

qreal RoadmapLayout::xForDate(const QDate &date) const
{
    if (!date.isValid())
        return -1;
    const qreal offset = (FiscalYear::ofDate(date) - m_firstYear) * 12
        + FiscalYear::monthIndex(date.month()) + (date.day() - 1) / qreal(date.daysInMonth());
    if (offset < 0 || offset >= monthCount())
        return -1;
    return xForMonth(offset);
}

int RoadmapLayout::rowOfMeasure(int measureId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].kind == Row::Kind::Measure && m_rows[i].measureId == measureId)
            return i;
    return -1;
}

int RoadmapLayout::rowOfTheme(int themeId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].kind == Row::Kind::Theme && m_rows[i].themeId == themeId)
            return i;
    return -1;
}

int RoadmapLayout::rowAt(qreal y) const
{
    if (y < 0 || y >= m_bodyHeight)
        return -1;
    const auto after = std::upper_bound(m_rows.begin(), m_rows.end(), y,
                                        [](qreal value, const Row &row) { return value < row.y; });
    return int(after - m_rows.begin()) - 1;
}

std::pair<int, int> RoadmapLayout::rowsBetween(qreal top, qreal bottom) const
{
    const auto first = std::upper_bound(m_rows.begin(), m_rows.end(), top,
        [](qreal value, const Row &row) { return value < row.y + row.height; });
    const auto end = std::lower_bound(first, m_rows.end(), bottom,
        [](const Row &row, qreal value) { return row.y < value; });
    return { int(first - m_rows.begin()), int(end - m_rows.begin()) };
}

qreal RoadmapLayout::Page::continuedHeight() const
{
    return (continuedSectionRow >= 0 ? sectionRowHeight : 0) + (continuedThemeRow >= 0 ? themeRowHeight : 0);
}

RoadmapLayout::Page RoadmapLayout::pageStartingAt(int row) const
{
    Page page;
    page.firstRow = row;
    if (row > 0 && row < m_rows.size()) {
        page.continuedSectionRow = m_rows[row].sectionRow;
        page.continuedThemeRow = m_rows[row].themeRow;
    }
    return page;
}

QList<RoadmapLayout::Page> RoadmapLayout::paginate(qreal pageHeight) const
{
    const qreal slack = 1e-6; // heights are sums of fractions
    // A header row whose first row below it is `next`.
    auto headsNext = [&](int header, int next) {
        return next < m_rows.size() && (m_rows[next].sectionRow == header || m_rows[next].themeRow == header);
    };
    QList<Page> pages;
    int next = 0;
    while (next < m_rows.size()) {
        Page page = pageStartingAt(next);
        const qreal room = pageHeight - pageChromeHeight() - page.continuedHeight();
        qreal used = 0;
        while (next < m_rows.size() && (next == page.firstRow || used + m_rows[next].height <= room + slack))
            used += m_rows[next++].height;
        // Section and theme headers whose rows go on to the next page move there too.
        while (next - 1 > page.firstRow && m_rows[next - 1].kind != Row::Kind::Measure
               && headsNext(next - 1, next))
            --next;
        page.endRow = next;
        pages.append(page);
    }
    if (pages.isEmpty())
        pages.append(Page()); // an empty roadmap still prints its header
    return pages;
}

RoadmapLayout::Hit RoadmapLayout::hitTest(const QPointF &point) const
{
    Hit hit;
    hit.row = rowAt(point.y());
    if (hit.row < 0 || point.x() < 0 || point.x() > m_width)
        return Hit();
    const Row &row = m_rows[hit.row];
    hit.themeId = row.themeId;
    hit.measureId = row.measureId;
    hit.monthOffset = int(std::floor(monthAt(point.x())));
    if (row.kind == Row::Kind::Section)
        return hit; // a heading: nothing to edit or fold
    if (row.kind == Row::Kind::Theme) {
        hit.part = Hit::Part::Theme;
        return hit;
    }
    if (point.x() < m_timelineLeft) {
        hit.part = Hit::Part::Label;
        return hit;
    }
    hit.part = Hit::Part::Timeline;
    const qreal reach = milestoneSize / 2 + 1.5;
    for (int i = row.firstMilestone; i < row.firstMilestone + row.milestoneCount; ++i) {
        const QPointF d = point - m_milestones[i].centre;
        if (std::abs(d.x()) + std::abs(d.y()) <= reach * 1.4) {
            hit.part = Hit::Part::Milestone;
            hit.milestoneIndex = m_milestones[i].milestoneIndex;
            return hit;
        }
    }
    for (int i = row.firstBar; i < row.firstBar + row.barCount; ++i) {
        const Bar &bar = m_bars[i];
        const QRectF area = bar.rect.adjusted(-1, -barInset, 1, barInset);
        if (!area.contains(point))
            continue;
        // Narrow bars keep a middle third to grab the whole bar by.
        const qreal grip = qMin(edgeGrip, bar.rect.width() / 3);
        hit.phaseIndex = bar.phaseIndex;
        if (!bar.continuesBefore && point.x() <= bar.rect.left() + grip)
            hit.part = Hit::Part::PhaseStart;
        else if (!bar.continuesAfter && point.x() >= bar.rect.right() - grip)
            hit.part = Hit::Part::PhaseEnd;
        else
            hit.part = Hit::Part::PhaseBody;
        return hit;
    }
    return hit;
}
