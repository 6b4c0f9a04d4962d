#pragma once

#include "models/Plan.h"
#include "views/roadmap/RoadmapOptions.h"

#include <QHash>
#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

// The geometry of a roadmap, without painting: rows (theme headers and
// their measures) with their y and height, the label columns, the x of
// every fiscal year and month, the phase bars and milestone diamonds, the
// split into pages, and hit-testing for editing. Coordinates are points;
// rows are in "body" coordinates, whose y = 0 is the top of the first row.
// The renderer draws exactly what this computes, on screen and on paper.
class RoadmapLayout
{
    Q_DECLARE_TR_FUNCTIONS(RoadmapLayout)

public:
    struct Row
    {
        enum class Kind { Theme, Measure };
        Kind kind = Kind::Measure;
        int themeId = 0;
        int measureId = 0; // 0 for theme rows
        qreal y = 0;
        qreal height = 0;
        QString number;    // 1, 2 .. for themes; ①, ② .. for measures
        QString title;     // the first line, or all of it
        QString titleMore; // the second line of a long measure title
        QString departments;
        QString audience;
        bool collapsed = false;
        int measureCount = 0; // theme rows: measures passing the filters
        int firstBar = 0;
        int barCount = 0;
        int firstMilestone = 0;
        int milestoneCount = 0;
    };
    struct Bar
    {
        int row = 0;
        int phaseIndex = 0; // in Measure::phases
        Phase::Kind kind = Phase::Kind::Study;
        QRectF rect;        // clipped to the years shown
        QString label;      // elided to fit the bar, empty when nothing fits
        bool continuesBefore = false;
        bool continuesAfter = false;
    };
    struct MilestoneMark
    {
        int row = 0;
        int milestoneIndex = 0; // in Measure::milestones
        QPointF centre;
        QString label;   // elided to the room beside the diamond
        QRectF labelRect; // right of the diamond, or left when there is more room
    };
    struct LegendEntry
    {
        Phase::Kind kind;
        QString label;
    };
    // Rows [firstRow, endRow) of one printed page.
    struct Page
    {
        int firstRow = 0;
        int endRow = 0;
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
    static qreal headerHeight();
    // Room a bar's label leaves at its left end and its whole width.
    static qreal barLabelInset(const Bar &bar);
    static qreal barLabelRoom(const Bar &bar);
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
    // legend and footer included): a row is never cut, a theme header never
    // ends a page while its measures go on, and a row too tall for any page
    // gets a page of its own.
    QList<Page> paginate(qreal pageHeight) const;

    Hit hitTest(const QPointF &bodyPoint) const;

private:
    struct TextMeasure; // fonts and the widths measured so far
    using KindLabels = QHash<int, QHash<QString, int>>;
    void measureColumns(const Plan &plan, const RoadmapOptions &options, qreal width, TextMeasure *text);
    void addTheme(const Theme &theme, int number, int measureCount, bool collapsed, TextMeasure *text);
    void addMeasure(const Plan &plan, const Measure &measure, int number, KindLabels *kindLabels,
                    TextMeasure *text);
    void placeMilestoneLabels(int first, TextMeasure *text);
    void addLegend(const KindLabels &kindLabels);

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
};
