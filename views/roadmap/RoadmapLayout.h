#pragma once

#include "models/Numbering.h"
#include "models/Plan.h"
#include "views/roadmap/RoadmapOptions.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QString>
#include <QStringList>

// The geometry of a roadmap, without painting: rows (section headers,
// theme rows with the theme's own bars, and their measures, numbered by
// PlanNumbers) with their y and height, the label columns, the x of
// every fiscal year and month, the phase bars and milestone diamonds, the
// split into pages, and hit-testing for editing. Coordinates are points;
// rows are in "body" coordinates, whose y = 0 is the top of the first row.
// The renderer draws exactly what this computes, on screen and on paper.
class RoadmapLayout
{
public:
    struct Row
    {
        enum class Kind { Section, Theme, Measure };
        Kind kind = Kind::Measure;
        int sectionId = 0; // section rows
        int themeId = 0;   // theme and measure rows
        int measureId = 0; // measure rows
        qreal y = 0;
        qreal height = 0;
        QString number;     // the level's own label from PlanNumbers: (2), ア, ①, or empty
        QString fullNumber; // the whole path from PlanNumbers: (2)ア①, for a row read on its own
        QString title;      // the first line, or all of it
        QString titleMore;  // the second line of a long title
        QString fullTitle;  // the title as the plan has it, for continued headers
        QString departments;
        QString audience;
        bool collapsed = false;
        int measureCount = 0; // theme rows: measures passing the filters
        // The section and theme header rows this row is under, or -1.
        int sectionRow = -1;
        int themeRow = -1;
        int firstBar = 0;
        int barCount = 0;
        int firstMilestone = 0;
        int milestoneCount = 0;
    };
    struct Bar
    {
        int row = 0;
        int phaseIndex = 0; // in the phases of the row's measure, or of its theme on a theme row
        Phase::Kind kind = Phase::Kind::Study;
        QRectF rect;        // clipped to the years shown
        QString label;      // whole; elided only when it fits neither in nor beside the bar
        qreal labelX = 0;   // where the label starts
        bool labelBeside = false; // too long for the bar: printed after it (or before it)
        bool continuesBefore = false;
        bool continuesAfter = false;
    };
    struct MilestoneMark
    {
        int row = 0;
        int milestoneIndex = 0; // in the milestones of the row's measure or theme
        QPointF centre;
        QString label;   // elided to the room beside the diamond
        QRectF labelRect; // right of the diamond, or left when there is more room
    };
    // One phase kind drawn on the roadmap, named as the plan names it.
    struct LegendEntry
    {
        Phase::Kind kind;
        QString label;
    };
    // Rows [firstRow, endRow) of one printed page. A page that starts
    // inside a section or theme repeats their header rows above its rows,
    // marked as continued.
    struct Page
    {
        int firstRow = 0;
        int endRow = 0;
        int continuedSectionRow = -1;
        int continuedThemeRow = -1;
        // Height of the repeated header rows.
        qreal continuedHeight() const;
    };
    enum class Column { Number, Title, Departments, Audience };
    struct Hit
    {
        enum class Part { None, Label, Theme, Timeline, PhaseBody, PhaseStart, PhaseEnd, Milestone };
        Part part = Part::None;
        int row = -1;
        int themeId = 0;
        int measureId = 0;
        int phaseIndex = -1;
        int milestoneIndex = -1;
        int monthOffset = 0; // month under the point, counted from April of firstYear()
    };

    RoadmapLayout() = default;
    // Lays `plan` out for `width` points (widened to the least usable width).
    RoadmapLayout(const Plan &plan, const RoadmapOptions &options, qreal width);

    qreal width() const { return m_width; }
    qreal bodyHeight() const { return m_bodyHeight; }
    // From this many measures on, their titles are measured on two cores.
    static constexpr qsizetype titlesWorthSplitting = 20000;

    static qreal headerHeight();
    // Room a bar's label leaves at its left end and its whole width.
    static qreal barLabelInset(const Bar &bar);
    static qreal barLabelRoom(const Bar &bar);
    // Where a label `width` wide goes in or beside `bar` on a timeline
    // from `left` to `right`: sets labelX and labelBeside; false when it
    // fits nowhere whole.
    static bool placeBarLabel(Bar *bar, qreal width, qreal left, qreal right);
    // Title, header, legend and footer of a page: what is left holds rows.
    static qreal pageChromeHeight();

    int firstYear() const { return m_firstYear; }
    int lastYear() const { return m_lastYear; }
    int monthCount() const { return (m_lastYear - m_firstYear + 1) * 12; }
    qreal timelineLeft() const { return m_timelineLeft; }
    qreal monthWidth() const { return m_monthWidth; }
    qreal xForMonth(qreal monthOffset) const { return m_timelineLeft + monthOffset * m_monthWidth; }
    qreal monthAt(qreal x) const { return (x - m_timelineLeft) / m_monthWidth; }
    // x of a date's position on the timeline, or -1 outside the years shown.
    qreal xForDate(const QDate &date) const;

    bool hasColumn(Column column) const { return columnWidth(column) > 0; }
    qreal columnX(Column column) const;
    qreal columnWidth(Column column) const { return m_columnWidth[int(column)]; }

    // Header texts, chosen to fit: full or short year labels; month
    // numbers every month, every quarter or not at all.
    const QStringList &yearLabels() const { return m_yearLabels; }
    int monthLabelStep() const { return m_monthLabelStep; }

    const QList<Row> &rows() const { return m_rows; }
    const QList<Bar> &bars() const { return m_bars; }
    const QList<MilestoneMark> &milestones() const { return m_milestones; }
    const QList<LegendEntry> &legend() const { return m_legend; }
    int rowOfMeasure(int measureId) const;
    int rowOfTheme(int themeId) const;

    // The row at body y, or -1. Rows overlapping [top, bottom): first and end.
    int rowAt(qreal y) const;
    std::pair<int, int> rowsBetween(qreal top, qreal bottom) const;

    // Splits the rows into pages of `pageHeight` points (title, header,
    // repeated headers, legend and footer included): a row is never cut, a
    // section or theme header never ends a page while its rows go on, and a
    // row too tall for any page gets a page of its own.
    QList<Page> paginate(qreal pageHeight) const;

    Hit hitTest(const QPointF &bodyPoint) const;

private:
    struct TextMeasure; // fonts and the widths measured so far
    void measureColumns(const Plan &plan, const PlanNumbers &numbers, const RoadmapOptions &options,
                        qreal width, TextMeasure *text);
    void addSection(const Section &section, const PlanNumbers &numbers, TextMeasure *text);
    void addTheme(const Plan &plan, const Theme &theme, const PlanNumbers &numbers, int measureCount,
                  bool collapsed, TextMeasure *text);
    void addMeasure(const Plan &plan, const Measure &measure, const PlanNumbers &numbers, TextMeasure *text);
    // Lays a row's bars and diamonds out and sets its height, at least
    // `textHeight` for its title.
    void addSchedule(const PlanInfo &info, Row *row, const QList<Phase> &phases,
                     const QList<Milestone> &milestones, qreal textHeight, TextMeasure *text);
    void placeMilestoneLabels(int first, TextMeasure *text);
    void addLegend(const PlanInfo &info);
    // The header rows a page starting at `row` repeats.
    Page pageStartingAt(int row) const;

    qreal m_width = 0;
    qreal m_bodyHeight = 0;
    int m_firstYear = 0;
    int m_lastYear = 0;
    qreal m_timelineLeft = 0;
    qreal m_monthWidth = 1;
    qreal m_columnWidth[4] = {};
    bool m_showAudience = false;
    QStringList m_yearLabels;
    int m_monthLabelStep = 1;
    QList<Row> m_rows;
    QList<Bar> m_bars;
    QList<MilestoneMark> m_milestones;
    QList<LegendEntry> m_legend;
    QSet<int> m_kindsShown; // Phase::Kind of the bars laid out
};
