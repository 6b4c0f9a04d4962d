#pragma once

#include "models/Plan.h"
#include "views/sheets/SheetOptions.h"

#include <QList>
#include <QString>
#include <QStringList>

// A plan's schedule as a town's 工程表 lays it out in a spreadsheet: a row
// per section, theme and measure, a column per fiscal year (or per month of
// it). A phase fills the cells it covers with its kind; its label stands in
// its first cell and an arrow (→) in the year cells that continue it, or
// nothing in month cells, where the fill alone reads as a bar. Milestones
// add "◆ label" to their cell. The .xlsx and the CSV are both written from
// this one grid.
class ScheduleGrid
{
public:
    static constexpr int noKind = -1;
    struct Cell
    {
        int kind = noKind; // int(Phase::Kind) of the phase filling it
        QString text;
    };
    struct Row
    {
        enum class Kind { Section, Theme, Measure };
        Kind kind = Kind::Measure;
        int id = 0;
        QString number;      // the plan's own: (1), ア, ①
        QString title;
        QString departments; // measures only
        QList<Cell> cells;   // one per time column
        bool hasSchedule() const;
    };

    ScheduleGrid(const Plan &plan, const SheetOptions &options);

    int firstYear() const { return m_firstYear; }
    int lastYear() const { return m_lastYear; }
    bool monthColumns() const { return m_months; }
    int timeColumnCount() const;
    // Header labels: one per year; with month columns also one per month
    // column ("4月" .. "3月", or Apr .. Mar in a plan not in Japanese).
    QStringList yearLabels() const { return m_yearLabels; }
    QStringList monthLabels() const { return m_monthLabels; }
    // The words of the leading columns and the sheet's title, in the
    // plan's language.
    QStringList leadingHeaders() const { return m_leadingHeaders; }
    QString title() const { return m_title; }
    const QList<Row> &rows() const { return m_rows; }
    int measureRowCount() const;

private:
    QList<Cell> cellsOf(const PlanInfo &info, const QList<Phase> &phases, const QList<Milestone> &milestones) const;

    int m_firstYear = 0;
    int m_lastYear = 0;
    bool m_months = false;
    QStringList m_yearLabels;
    QStringList m_monthLabels;
    QStringList m_leadingHeaders;
    QString m_title;
    QList<Row> m_rows;
};
