#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

// An .xlsx (or .ods) read back the way a test checks it: its parts by name,
// the cells of a sheet with their text and style, and the fill colour a
// style paints.
class XlsxReading
{
public:
    struct Cell
    {
        QString text;
        int style = 0; // index into the cellXfs of styles.xml
    };

    // Reads every part of the ZIP at `path`; false when it is no ZIP.
    bool open(const QString &path);
    QByteArray part(const QString &name) const { return m_parts.value(name); }
    bool hasPart(const QString &name) const { return m_parts.contains(name); }

    // Sheet names in workbook order.
    QStringList sheetNames() const;
    // The cells of the n-th sheet (from 1) by reference ("B4").
    QHash<QString, Cell> cells(int sheet) const;
    // The number of <row> elements of the n-th sheet.
    int rowCount(int sheet) const;
    // "A4:H4" ranges of the n-th sheet's merged cells.
    QStringList mergedRanges(int sheet) const;
    // ARGB ("FFE69F00") of a style's solid fill; empty for none.
    QString fillColor(int style) const;

private:
    QByteArray sheetXml(int sheet) const;
    QStringList sharedStrings() const;

    QHash<QString, QByteArray> m_parts;
};
