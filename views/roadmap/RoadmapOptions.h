#pragma once

#include "models/FiscalYear.h"
#include "models/Plan.h"

#include <QDate>
#include <QPageLayout>
#include <QPageSize>
#include <QSet>
#include <QString>
#include <utility>

// What a roadmap shows and how it is printed: one small value shared by the
// view, the printer, the exporters and the command line, so they all draw
// the same roadmap from the same choices.
struct RoadmapOptions
{
    enum class Paper { A3, A4, Letter };

    // Fiscal years shown; 0 means the plan's own period (Plan::periodYears).
    int firstYear = 0;
    int lastYear = 0;
    FiscalYear::EraStyle eraStyle = FiscalYear::EraStyle::Both;

    // Filters: empty / 0 means everything.
    QSet<int> themeIds;
    int departmentId = 0;
    int principleId = 0;
    QSet<int> collapsedThemeIds;

    bool showDepartments = false;
    bool showAudience = false;
    bool showToday = false;
    QDate today; // the "today" line and the printed date; invalid = the current date

    Paper paper = Paper::A3;
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    int dpi = 150; // PNG export only

    // The years actually shown for `plan`, always first <= last.
    int effectiveFirstYear(const Plan &plan) const;
    int effectiveLastYear(const Plan &plan) const;
    // The era style the roadmap of `plan` prints: Reiwa years are Japanese
    // words, so a plan in another language counts its years the Western way.
    FiscalYear::EraStyle eraStyleFor(const Plan &plan) const
    {
        return plan.info.language == QLatin1String("ja") ? eraStyle : FiscalYear::EraStyle::Western;
    }
    QDate effectiveToday() const { return today.isValid() ? today : QDate::currentDate(); }

    bool showsTheme(const Theme &theme) const;
    // The department and principle filters (the theme filter is separate).
    bool showsMeasure(const Theme &theme, const Measure &measure) const;
    bool isFiltered() const { return departmentId != 0 || principleId != 0; }

    // The printed page: paper, orientation and the margins every output uses.
    QPageLayout pageLayout() const;

    static QPageSize::PageSizeId pageSizeId(Paper paper);
    static QString paperName(Paper paper);
    // Accepts A3, A4 and Letter in any letter case.
    static bool paperFromName(const QString &name, Paper *paper);
};
