#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One coverage table laid out for people: its title, column headings,
// rows of cells and notes under it. The coverage view shows it, and the
// same sheet is printed and written as CSV, HTML and PDF, so every output
// says the same thing in the same words.
struct CoverageSheet
{
    QString title;
    QStringList header;
    QList<QStringList> rows;
    QList<bool> emphasised; // by row: a theme or a total, printed bold
    QStringList notes;      // what the marks mean, how 全課 is counted
};
