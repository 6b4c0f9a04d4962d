#pragma once

#include <QHash>
#include <QList>
#include <QString>

// One cell of a spreadsheet as the import sees it: its text and whether it
// is shaded (a schedule bar drawn with a fill and no text).
struct SheetCell
{
    QString text;
    bool filled = false;
    bool isEmpty() const { return text.trimmed().isEmpty() && !filled; }
};

// A merged block of cells, 0-based and inclusive.
struct SheetRange
{
    int top = 0;
    int left = 0;
    int bottom = 0;
    int right = 0;
    bool contains(int row, int column) const
    {
        return row >= top && row <= bottom && column >= left && column <= right;
    }
};

// One sheet of a workbook (or a whole CSV file) as a plain grid of cells,
// rows and columns counted from 0. Rows keep only the cells up to their
// last non-empty one.
struct SheetGrid
{
    // What a sheet may hold: more than any 工程表, far less than a hostile
    // file claims (Excel's XFD1048576).
    static constexpr int maxRows = 100000;
    static constexpr int maxColumns = 1000;
    static constexpr qint64 maxCells = 4000000;
    static constexpr int maxMerges = 20000;

    QString name;
    QList<QList<SheetCell>> rows;
    QList<SheetRange> merges; // add them with addMerge()

    int rowCount() const { return int(rows.size()); }
    int columnCount() const;
    // The cell, or an empty one outside the grid.
    SheetCell cell(int row, int column) const;
    QString text(int row, int column) const { return cell(row, column).text.trimmed(); }
    // The merge whose top-left cell this is, or nullptr.
    const SheetRange *mergeAt(int row, int column) const;
    void addMerge(const SheetRange &range);
    // Sets a cell, growing the grid; the caller keeps within the limits.
    void setCell(int row, int column, const SheetCell &cell);

    // "F12" for row 11, column 5; "Sheet1!F12" with the sheet's name.
    static QString columnName(int column);
    static QString cellName(int row, int column);
    QString reference(int row, int column) const;
    // The column of "F" / "AB", or -1.
    static int columnFromName(const QString &letters);
    // Parses "F12" into 0-based row and column; false if it is no cell
    // reference at all. Row and column may be far beyond the limits.
    static bool parseCellName(const QString &name, qint64 *row, qint64 *column);

private:
    // Merges by their top-left cell (row * maxColumns + column), so that
    // finding one costs the same however many a sheet has.
    QHash<qint64, int> m_mergeIndex;
};

// A workbook: its sheets in order.
struct SheetBook
{
    QList<SheetGrid> sheets;
};
