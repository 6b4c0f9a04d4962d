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

// The sample plan with its card-rate KPI as these tests know it: dated to
// the day, named 交付率, with a FY2028 target of 100% (the plan itself
// states the 100% aim without a year, so the bundled sample has no target).
inline Plan cardRatePlan()
{
    Plan plan = samplePlan();
    Kpi &card = plan.kpis.first();
    card.name = QStringLiteral("マイナンバーカード交付率");
    card.baselineValue = 89.7;
    card.baselineDate = { QDate(2024, 11, 30), false };
    card.actuals = { { { QDate(2024, 11, 30), false }, 89.7, QString() },
                     { { QDate(2025, 3, 31), false }, 93.2, QString() } };
    card.targets = { { 2028, 100.0, QString() } };
    return plan;
}

// tests/kpi/data/kpi-demo.json: the sample plan with six more, made-up
// KPIs of every kind: one whose actual beats a later target, a
// lower-is-better one, ones behind, one without actuals.
Plan demoPlan();

// Writes `plan` as a .dxplan file the way the application saves it.
bool savePlanFile(const Plan &plan, const QString &path);

// The number of pages of a PDF file, counted from its page objects.
int pdfPageCount(const QString &path);
