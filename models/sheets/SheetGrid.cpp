#include "models/sheets/SheetGrid.h"

int SheetGrid::columnCount() const
{
    int count = 0;
    for (const QList<SheetCell> &row : rows)
        count = qMax(count, int(row.size()));
    for (const SheetRange &merge : merges)
        count = qMax(count, merge.right + 1);
    return count;
}

SheetCell SheetGrid::cell(int row, int column) const
{
    if (row < 0 || row >= rows.size() || column < 0 || column >= rows[row].size())
        return SheetCell();
    return rows[row][column];
}

const SheetRange *SheetGrid::mergeAt(int row, int column) const
{
    const auto it = m_mergeIndex.constFind(qint64(row) * maxColumns + column);
    return it == m_mergeIndex.cend() ? nullptr : &merges[*it];
}

void SheetGrid::addMerge(const SheetRange &range)
{
    m_mergeIndex.insert(qint64(range.top) * maxColumns + range.left, int(merges.size()));
    merges.append(range);
}

void SheetGrid::setCell(int row, int column, const SheetCell &value)
{
    if (value.isEmpty() && (row >= rows.size() || column >= rows[row].size()))
        return; // nothing to keep beyond a row's last non-empty cell
    if (row >= rows.size())
        rows.resize(row + 1);
    QList<SheetCell> &cells = rows[row];
    if (column >= cells.size())
        cells.resize(column + 1);
    cells[column] = value;
}

QString SheetGrid::columnName(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

QString SheetGrid::cellName(int row, int column)
{
    return columnName(column) + QString::number(row + 1);
}

QString SheetGrid::reference(int row, int column) const
{
    return name.isEmpty() ? cellName(row, column) : name + QLatin1Char('!') + cellName(row, column);
}

int SheetGrid::columnFromName(const QString &letters)
{
    if (letters.isEmpty() || letters.size() > 3)
        return -1;
    int column = 0;
    for (QChar c : letters) {
        const QChar upper = c.toUpper();
        if (upper < QLatin1Char('A') || upper > QLatin1Char('Z'))
            return -1;
        column = column * 26 + (upper.unicode() - u'A' + 1);
    }
    return column - 1;
}

bool SheetGrid::parseCellName(const QString &name, qint64 *row, qint64 *column)
{
    int i = 0;
    qint64 c = 0;
    while (i < name.size() && name[i].isLetter() && name[i].unicode() < 0x80) {
        c = c * 26 + (name[i].toUpper().unicode() - u'A' + 1);
        if (c > (qint64(1) << 40))
            return false;
        ++i;
    }
    if (i == 0 || i == name.size())
        return false;
    qint64 r = 0;
    for (; i < name.size(); ++i) {
        if (!name[i].isDigit() || name[i].unicode() >= 0x80)
            return false;
        r = r * 10 + (name[i].unicode() - u'0');
        if (r > (qint64(1) << 40))
            return false;
    }
    if (r == 0)
        return false;
    *row = r - 1;
    *column = c - 1;
    return true;
}
