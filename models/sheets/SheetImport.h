#pragma once

#include "models/Measure.h"
#include "models/sheets/SheetMapping.h"

#include <QList>
#include <QString>
#include <QStringList>

struct Plan;

// A cell the import read with doubt, and how it read it.
struct SheetDoubt
{
    QString cell; // 工程表!F12
    QString text; // one sentence
};

// What a sheet holds as plan items, named rather than numbered: the
// departments and audiences are matched to a plan's own by name only when
// they are added to it (SheetImport::addTo).
struct ImportedMeasure
{
    QString title;
    QString overview;
    QStringList departments;
    bool allDepartments = false;
    QStringList audiences;
    QList<Phase> phases;
    int row = 0; // 0-based, for the preview
};

struct ImportedTheme
{
    QString title;
    QList<ImportedMeasure> measures;
    int row = -1; // the theme row, -1 when it comes from a column or the sheet's name
};

// The first id each new kind of item gets when an import is added to a
// plan; 0: one past the plan's largest (an open plan never reuses ids, so
// it gives its own).
struct SheetImportFirstIds
{
    int theme = 0;
    int measure = 0;
    int department = 0;
    int audience = 0;
};

struct SheetImport
{
    QList<ImportedTheme> themes;
    QList<SheetDoubt> doubts;
    int firstYear = 0; // of the schedule columns
    int lastYear = 0;

    int measureCount() const;

    // Reads the rows below the mapping's header: theme rows (a merged cell
    // across the table, a row with a title and nothing else, or a new
    // value in the theme column) and measure rows with their schedules.
    static SheetImport convert(const SheetGrid &grid, const SheetMapping &mapping);

    // The phase kind a schedule label names (検討・準備, 調達, 構築, 運用 ...);
    // false if it names none the import knows.
    static bool kindFromLabel(const QString &label, Phase::Kind *kind);

    using FirstIds = SheetImportFirstIds;
    // Adds the themes and measures at the end of `plan`, with new ids;
    // departments and audiences that the plan lacks are created.
    void addTo(Plan *plan, const FirstIds &first = FirstIds()) const;
    // A new plan holding the import: titled `title`, its period the
    // schedule's years.
    Plan toPlan(const QString &title) const;

    // The import as compact text, one line per theme, measure and phase:
    // what the golden tests compare.
    QString scheduleText() const;
};
