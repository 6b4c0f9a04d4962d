#pragma once

#include "models/Kpi.h"
#include "models/Plan.h"
#include "models/SamplePlan.h"
#include "tests/support/ExternalTools.h"
#include "tests/support/TestSupport.h"

#include <QString>
#include <gtest/gtest.h>

inline Kpi makeKpi(Kpi::Direction direction, std::optional<double> baseline, const QDate &baselineDate,
                   const QList<KpiTarget> &targets, const QList<KpiActual> &actuals)
{
    Kpi kpi;
    kpi.id = 1;
    kpi.name = QStringLiteral("オンライン手続利用率");
    kpi.unit = QStringLiteral("%");
    kpi.direction = direction;
    kpi.baselineValue = baseline;
    kpi.baselineDate = { baselineDate, false };
    kpi.targets = targets;
    kpi.actuals = actuals;
    return kpi;
}

// tests/kpi/data/kpi-demo.json: the sample plan with six more, made-up
// KPIs of every kind: one whose actual beats a later target, a
// lower-is-better one, ones behind, one without actuals.
Plan demoPlan();

// Writes `plan` as a .dxplan file the way the application saves it.
bool savePlanFile(const Plan &plan, const QString &path);

// The number of pages of a PDF file, counted from its page objects.
int pdfPageCount(const QString &path);
