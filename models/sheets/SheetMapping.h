#pragma once

#include "models/sheets/SheetGrid.h"

#include <QList>
#include <QString>

// What one column of a 工程表 holds.
struct SheetColumnRole
{
    enum class Field { Ignore, Theme, Number, Title, Departments, Audience, Overview, Year };
    Field field = Field::Ignore;
    int year = 0;  // Year: the fiscal year
    int month = 0; // Year: the calendar month of a month column; 0 = the whole year

    bool isSchedule() const { return field == Field::Year; }
    bool operator==(const SheetColumnRole &o) const
    {
        return field == o.field && year == o.year && month == o.month;
    }
};

// How a sheet is read: where its header is, where its rows start, and
// what each column holds. Detected (SheetLayout::detect), then editable
// in the import dialog or with dxplan-cli import-sheet --map.
struct SheetMapping
{
    int headerRow = -1;   // 0-based; -1: none found
    int firstDataRow = 0; // after the header (and its month row)
    QList<SheetColumnRole> columns; // by column, 0-based

    SheetColumnRole role(int column) const { return columns.value(column); }
    void setRole(int column, const SheetColumnRole &role);
    int columnOf(SheetColumnRole::Field field) const;
    bool hasSchedule() const;

    // The names --map uses: theme, number, title, departments, audience,
    // overview, ignore, year:2024 and year:2024-10 (a month column).
    static QString roleName(const SheetColumnRole &role);
    static bool roleFromName(const QString &name, SheetColumnRole *role);
    bool operator==(const SheetMapping &o) const
    {
        return headerRow == o.headerRow && firstDataRow == o.firstDataRow && columns == o.columns;
    }
};

// Finding the mapping of an ordinary sheet without help.
namespace SheetLayout {

SheetMapping detect(const SheetGrid &grid);
// The columns under a header row the user chose.
SheetMapping detect(const SheetGrid &grid, int headerRow);
// The fiscal year a header names: 令和6年度, R6, 2024年度, FY2024,
// 令和8(2026)年度, or two lines of these; 0 if none.
int yearFromHeader(const QString &text);
// The calendar month of a month header (4月, 10月), or 0.
int monthFromHeader(const QString &text);
// A header naming a fiscal year and a month in one cell ("令和6年度 4月").
bool yearAndMonthFromHeader(const QString &text, int *year, int *month);
// The column a --map names: a letter (C, AB) or a header text; -1 if none.
int findColumn(const SheetGrid &grid, const SheetMapping &mapping, const QString &name);

} // namespace SheetLayout
