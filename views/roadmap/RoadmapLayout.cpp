#include "views/roadmap/RoadmapLayout.h"

#include "views/common/PhaseText.h"
#include "views/roadmap/RoadmapStyle.h"
#include "views/roadmap/TextFitting.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <algorithm>
#include <cmath>

using namespace RoadmapStyle;

namespace {

QString audienceText(const Plan &plan, const Measure &measure)
{
    return plan.audienceNames(measure).join(QStringLiteral("・"));
}

// Puts overlapping phases on separate lanes: each phase takes the first
// lane that is free from its start.
QList<int> assignLanes(const QList<std::pair<int, int>> &spans, int *laneCount)
{
    QList<int> order(spans.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return spans[a].first < spans[b].first; });
    QList<int> laneEnds;
    QList<int> lanes(spans.size(), 0);
    for (int i : order) {
        int lane = 0;
        while (lane < laneEnds.size() && laneEnds[lane] > spans[i].first)
            ++lane;
        if (lane == laneEnds.size())
            laneEnds.append(0);
        laneEnds[lane] = spans[i].second;
        lanes[i] = lane;
    }
    *laneCount = qMax(1, int(laneEnds.size()));
    return lanes;
}

} // namespace

struct RoadmapLayout::TextMeasure
{
    QFontMetricsF body { font(FontRole::Body) };
    QFontMetricsF bold { font(FontRole::Bold) };
    QFontMetricsF small { font(FontRole::Small) };
    QHash<int, qreal> titleWidths; // by measure id
    QHash<QString, qreal> labelWidths;

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
    measureColumns(plan, options, width, &text);
    m_rows.reserve(plan.themes.size() + plan.measureCount());
    m_bars.reserve(2 * plan.measureCount());
    KindLabels kindLabels;
    for (int t = 0; t < plan.themes.size(); ++t) {
        const Theme &theme = plan.themes[t];
        if (!options.showsTheme(theme))
            continue;
        QList<std::pair<const Measure *, int>> measures; // with their numbers
        for (int m = 0; m < theme.measures.size(); ++m)
            if (options.showsMeasure(theme, theme.measures[m]))
                measures.append({ &theme.measures[m], m + 1 });
        if (options.isFiltered() && measures.isEmpty())
            continue;
        const bool collapsed = options.collapsedThemeIds.contains(theme.id);
        addTheme(theme, t + 1, int(measures.size()), collapsed, &text);
        if (!collapsed)
            for (const auto &[measure, number] : measures)
                addMeasure(plan, *measure, number, &kindLabels, &text);
    }
    addLegend(kindLabels);
}

void RoadmapLayout::measureColumns(const Plan &plan, const RoadmapOptions &options, qreal width,
                                   TextMeasure *text)
{
    const QFontMetricsF &body = text->body;
    qreal numberWidth = body.horizontalAdvance(QStringLiteral("(99)"));
    qreal titleWidth = 0;
    qreal departmentsWidth = 0;
    for (const Theme &theme : plan.themes) {
        if (!options.showsTheme(theme))
            continue;
        for (const Measure &measure : theme.measures) {
            if (!options.showsMeasure(theme, measure))
                continue;
            const qreal advance = body.horizontalAdvance(measure.title);
            text->titleWidths.insert(measure.id, advance);
            titleWidth = qMax(titleWidth, advance);
            if (options.showDepartments)
                departmentsWidth = qMax(departmentsWidth,
                    body.horizontalAdvance(plan.departmentNames(measure).join(QStringLiteral("、"))));
        }
    }
    const qreal pad = 2 * cellPadding;
    m_columnWidth[int(Column::Number)] = numberWidth + pad;
    if (options.showDepartments)
        m_columnWidth[int(Column::Departments)] = qBound<qreal>(60, departmentsWidth + pad, 150);
    if (options.showAudience) {
        qreal audienceWidth = 0;
        for (const Theme &theme : plan.themes)
            for (const Measure &measure : theme.measures)
                audienceWidth = qMax(audienceWidth, body.horizontalAdvance(audienceText(plan, measure)));
        m_columnWidth[int(Column::Audience)] = audienceWidth + pad;
    }
    const qreal others = m_columnWidth[int(Column::Number)] + m_columnWidth[int(Column::Departments)]
        + m_columnWidth[int(Column::Audience)];
    const int years = m_lastYear - m_firstYear + 1;
    m_width = qMax(width, others + minimumTitleWidth + years * minimumYearWidth);
    // Long titles wrap rather than squeeze the years: the label columns take
    // at most 40% of the width (55% with the optional columns), the title
    // at least its least width, and every year keeps its least width.
    const qreal share = others > m_columnWidth[int(Column::Number)] ? 0.55 : 0.4;
    const qreal cap = qMin(share * m_width - others, m_width - others - years * minimumYearWidth);
    m_columnWidth[int(Column::Title)] = qMax(minimumTitleWidth, qMin(titleWidth + pad, cap));
    m_timelineLeft = others + m_columnWidth[int(Column::Title)];
    m_monthWidth = (m_width - m_timelineLeft) / (years * 12);

    const QFontMetricsF header(font(FontRole::Header));
    bool fullFits = true;
    for (int year = m_firstYear; year <= m_lastYear; ++year)
        fullFits = fullFits
            && header.horizontalAdvance(FiscalYear::label(year, options.eraStyle)) + pad <= 12 * m_monthWidth;
    for (int year = m_firstYear; year <= m_lastYear; ++year)
        m_yearLabels << (fullFits ? FiscalYear::label(year, options.eraStyle)
                                  : FiscalYear::shortLabel(year, options.eraStyle));
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

void RoadmapLayout::addTheme(const Theme &theme, int number, int measureCount, bool collapsed,
                             TextMeasure *text)
{
    Row row;
    row.kind = Row::Kind::Theme;
    row.themeId = theme.id;
    row.y = m_bodyHeight;
    row.height = themeRowHeight;
    row.firstBar = int(m_bars.size());
    row.firstMilestone = int(m_milestones.size());
    row.number = QString::number(number);
    row.collapsed = collapsed;
    row.measureCount = measureCount;
    QString title = theme.title;
    if (collapsed)
        title += QStringLiteral("  ") + tr("(%n measure(s))", nullptr, row.measureCount);
    const qreal room = m_width - m_columnWidth[int(Column::Number)] - 2 * cellPadding;
    row.title = text->bold.horizontalAdvance(title) <= room ? title
                                                            : text->bold.elidedText(title, Qt::ElideRight, room);
    m_rows.append(row);
    m_bodyHeight += row.height;
}

void RoadmapLayout::addMeasure(const Plan &plan, const Measure &measure, int number,
                               KindLabels *kindLabels, TextMeasure *text)
{
    const QFontMetricsF &body = text->body;
    Row row;
    row.kind = Row::Kind::Measure;
    row.themeId = measure.themeId;
    row.measureId = measure.id;
    row.y = m_bodyHeight;
    row.number = circledNumber(number);
    const qreal textRoom = m_columnWidth[int(Column::Title)] - 2 * cellPadding;
    const int split = text->titleWidths.value(measure.id) <= textRoom
        ? int(measure.title.size())
        : TextFitting::lineBreak(measure.title, body, textRoom);
    row.title = measure.title.left(split);
    if (split < measure.title.size())
        row.titleMore = body.elidedText(measure.title.mid(split), Qt::ElideRight, textRoom);
    if (hasColumn(Column::Departments))
        row.departments = body.elidedText(plan.departmentNames(measure).join(QStringLiteral("、")),
                                          Qt::ElideRight, columnWidth(Column::Departments) - 2 * cellPadding);
    if (m_showAudience)
        row.audience = audienceText(plan, measure);

    // Phases inside the years shown, on as many lanes as their overlaps need.
    const int months = monthCount();
    QList<std::pair<int, int>> spans;
    QList<int> phaseIndexes;
    for (int i = 0; i < measure.phases.size(); ++i) {
        const Phase &phase = measure.phases[i];
        const int start = phase.startOffset(m_firstYear);
        const int end = phase.endOffset(m_firstYear);
        if (end <= start || end <= 0 || start >= months)
            continue;
        spans.append({ start, end });
        phaseIndexes.append(i);
    }
    int lanes = 1;
    const QList<int> laneOf = assignLanes(spans, &lanes);
    const bool hasMilestones = std::any_of(measure.milestones.begin(), measure.milestones.end(),
        [&](const Milestone &m) { return m.year >= m_firstYear && m.year <= m_lastYear; });
    const qreal scheduleHeight = lanes * laneHeight + (hasMilestones ? milestoneLane : 0);
    const int lines = row.titleMore.isEmpty() ? 1 : 2;
    row.height = qMax(lines * lineHeight, scheduleHeight) + 2 * rowPadding;
    const qreal lanesTop = row.y + (row.height - scheduleHeight) / 2;

    row.firstBar = int(m_bars.size());
    for (int i = 0; i < spans.size(); ++i) {
        Bar bar;
        bar.row = int(m_rows.size());
        bar.phaseIndex = phaseIndexes[i];
        const Phase &phase = measure.phases[bar.phaseIndex];
        bar.kind = phase.kind;
        ++(*kindLabels)[int(phase.kind)][phase.label];
        bar.continuesBefore = spans[i].first < 0;
        bar.continuesAfter = spans[i].second > months;
        // A hair of space between touching bars shows where one phase ends.
        const qreal left = xForMonth(qMax(0, spans[i].first)) + (bar.continuesBefore ? 0 : 0.6);
        const qreal right = xForMonth(qMin(months, spans[i].second)) - (bar.continuesAfter ? 0 : 0.6);
        const qreal top = lanesTop + laneOf[i] * laneHeight + barInset;
        bar.rect = QRectF(left, top, right - left, laneHeight - 2 * barInset);
        bar.label = text->fitLabel(PhaseText::label(phase), barLabelRoom(bar));
        m_bars.append(bar);
    }
    row.barCount = int(m_bars.size()) - row.firstBar;

    row.firstMilestone = int(m_milestones.size());
    const qreal milestoneY = lanesTop + lanes * laneHeight + milestoneLane / 2;
    for (int i = 0; i < measure.milestones.size(); ++i) {
        const Milestone &m = measure.milestones[i];
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
    placeMilestoneLabels(row.firstMilestone, text);
    row.milestoneCount = int(m_milestones.size()) - row.firstMilestone;

    m_rows.append(row);
    m_bodyHeight += row.height;
}

void RoadmapLayout::addLegend(const KindLabels &kindLabels)
{
    // Each kind is named with the label the plan itself uses most for it.
    for (int kind = 0; kind <= int(Phase::Kind::Other); ++kind) {
        if (!kindLabels.contains(kind))
            continue;
        QString best = PhaseText::kindName(Phase::Kind(kind));
        int count = 0;
        const QHash<QString, int> &labels = kindLabels[kind];
        for (auto it = labels.cbegin(); it != labels.cend(); ++it)
            if (!it.key().isEmpty() && (it.value() > count || (it.value() == count && it.key() < best))) {
                best = it.key();
                count = it.value();
            }
        m_legend.append({ Phase::Kind(kind), best });
    }
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

QList<RoadmapLayout::Page> RoadmapLayout::paginate(qreal pageHeight) const
{
    const qreal room = pageHeight - pageChromeHeight();
    const qreal slack = 1e-6; // heights are sums of fractions
    QList<Page> pages;
    int next = 0;
    while (next < m_rows.size()) {
        Page page;
        page.firstRow = next;
        qreal used = 0;
        while (next < m_rows.size() && (next == page.firstRow || used + m_rows[next].height <= room + slack))
            used += m_rows[next++].height;
        // A theme header whose measures go on to the next page moves there too.
        const int last = next - 1;
        if (next < m_rows.size() && last > page.firstRow && m_rows[last].kind == Row::Kind::Theme
            && m_rows[next].kind == Row::Kind::Measure)
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
