#include "tests/kpi/KpiTestSupport.h"

#include "models/FiscalYear.h"
#include "models/KpiStatus.h"
#include "views/common/Palette.h"
#include "views/kpi/KpiChartBuilder.h"
#include "views/kpi/KpiDashboardRenderer.h"
#include "views/kpi/KpiFormat.h"
#include "views/kpi/KpiMiniChart.h"
#include "views/kpi/KpiSeriesModel.h"

#include <QAbstractItemModelTester>
#include <QCategoryAxis>
#include <QImage>
#include <QPainter>
#include <QChart>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <memory>

namespace {

QXYSeries *series(QChart *chart, const QString &name)
{
    for (QAbstractSeries *s : chart->series())
        if (s->objectName() == name)
            return qobject_cast<QXYSeries *>(s);
    ADD_FAILURE() << "no series " << name.toStdString();
    return nullptr;
}

Kpi threeYears()
{
    return makeKpi(Kpi::Direction::HigherIsBetter, 10.0, QDate(2024, 3, 31),
                   { { 2026, 40, {} }, { 2024, 20, {} }, { 2025, 30, {} } },
                   { { { QDate(2025, 3, 31), false }, 22, QString() }, { { QDate(2024, 9, 30), false }, 16, QString() } });
}

int countColour(const QImage &image, const QColor &colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += (image.pixel(x, y) & 0xFFFFFF) == (colour.rgb() & 0xFFFFFF);
    return count;
}

} // namespace

TEST(KpiSeriesModel, PositionsAreFiscalYearsWithTheElapsedFraction)
{
    EXPECT_NEAR(KpiSeriesModel::positionOf(QDate(2024, 4, 1)), 2024 + 0.5 / 365, 1e-12);
    EXPECT_NEAR(KpiSeriesModel::positionOf(QDate(2025, 3, 31)), 2024 + 364.5 / 365, 1e-12);
    // 2024-10-01 is day 183 of FY2024, which has 365 days.
    EXPECT_NEAR(KpiSeriesModel::positionOf(QDate(2024, 10, 1)), 2024 + 183.5 / 365, 1e-12);
    // FY2027 contains 29 February 2028: 366 days.
    EXPECT_NEAR(KpiSeriesModel::positionOf(QDate(2028, 3, 31)), 2027 + 365.5 / 366, 1e-12);
    EXPECT_EQ(KpiSeriesModel::positionOfYear(2026), 2026.5);
}

TEST(KpiSeriesModel, RowsFollowTheKpiSorted)
{
    KpiSeriesModel targets(KpiSeriesModel::Series::Targets);
    QAbstractItemModelTester tester(&targets, QAbstractItemModelTester::FailureReportingMode::Fatal);
    targets.setKpi(threeYears());
    ASSERT_EQ(targets.rowCount(), 3);
    ASSERT_EQ(targets.columnCount(), 2);
    for (int row = 0; row < 3; ++row) {
        EXPECT_EQ(targets.index(row, KpiSeriesModel::PositionColumn).data().toDouble(), 2024.5 + row);
        EXPECT_EQ(targets.index(row, KpiSeriesModel::ValueColumn).data().toDouble(), 20 + 10 * row);
    }
    KpiSeriesModel actuals(KpiSeriesModel::Series::Actuals);
    QAbstractItemModelTester actualsTester(&actuals, QAbstractItemModelTester::FailureReportingMode::Fatal);
    actuals.setKpi(threeYears());
    ASSERT_EQ(actuals.rowCount(), 2);
    EXPECT_EQ(actuals.index(0, KpiSeriesModel::ValueColumn).data().toDouble(), 16);
    EXPECT_EQ(actuals.index(1, KpiSeriesModel::ValueColumn).data().toDouble(), 22);

    KpiSeriesModel baseline(KpiSeriesModel::Series::Baseline);
    baseline.setKpi(threeYears());
    ASSERT_EQ(baseline.rowCount(), 1);
    EXPECT_EQ(baseline.index(0, KpiSeriesModel::PositionColumn).data().toDouble(),
              KpiSeriesModel::positionOf(QDate(2024, 3, 31)));
    Kpi noBaseline = threeYears();
    noBaseline.baselineValue.reset();
    baseline.setKpi(noBaseline);
    EXPECT_EQ(baseline.rowCount(), 0);
}

TEST(KpiChartBuilder, SeriesHoldTheModelsPoints)
{
    const Plan plan = cardRatePlan();
    const Kpi &kpi = plan.kpis.first();
    std::unique_ptr<QChart> chart(KpiChartBuilder::build(plan, kpi, {}));
    EXPECT_EQ(chart->title(), kpi.name);

    const QList<QPointF> targets = series(chart.get(), KpiChartBuilder::targetSeriesName())->points();
    ASSERT_EQ(targets.size(), 1);
    EXPECT_EQ(targets.first(), QPointF(2028.5, 100));
    EXPECT_EQ(series(chart.get(), KpiChartBuilder::targetPointsName())->points(), targets);

    const QList<QPointF> actuals = series(chart.get(), KpiChartBuilder::actualSeriesName())->points();
    ASSERT_EQ(actuals.size(), 2);
    EXPECT_EQ(actuals[0], QPointF(KpiSeriesModel::positionOf(QDate(2024, 11, 30)), 89.7));
    EXPECT_EQ(actuals[1], QPointF(KpiSeriesModel::positionOf(QDate(2025, 3, 31)), 93.2));
    EXPECT_EQ(series(chart.get(), KpiChartBuilder::actualLineName())->points(), actuals);

    const QList<QPointF> baseline = series(chart.get(), KpiChartBuilder::baselineSeriesName())->points();
    ASSERT_EQ(baseline.size(), 1);
    EXPECT_EQ(baseline.first().y(), 89.7);
    const QList<QPointF> level = series(chart.get(), KpiChartBuilder::baselineLineName())->points();
    ASSERT_EQ(level.size(), 2);
    EXPECT_EQ(level[0], QPointF(2024, 89.7));
    EXPECT_EQ(level[1], QPointF(2029, 89.7));
}

TEST(KpiChartBuilder, AxesShowFiscalYearsInTheEraStyleAndTheUnit)
{
    const Plan plan = cardRatePlan();
    KpiChartBuilder::Options options;
    options.era = FiscalYear::EraStyle::Reiwa;
    std::unique_ptr<QChart> chart(KpiChartBuilder::build(plan, plan.kpis.first(), options));
    auto *x = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
    ASSERT_TRUE(x);
    EXPECT_EQ(x->categoriesLabels(),
              QStringList({ QStringLiteral("令和6年度"), QStringLiteral("令和7年度"), QStringLiteral("令和8年度"),
                            QStringLiteral("令和9年度"), QStringLiteral("令和10年度") }));
    EXPECT_EQ(x->min(), 2024);
    EXPECT_EQ(x->max(), 2029);
    auto *y = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0));
    ASSERT_TRUE(y);
    EXPECT_TRUE(y->titleText().contains(QStringLiteral("%")));
    EXPECT_LE(y->min(), 89.7);
    EXPECT_GE(y->max(), 100);

    options.era = FiscalYear::EraStyle::Western;
    KpiChartBuilder::update(chart.get(), plan, plan.kpis.first(), options);
    EXPECT_EQ(x->categoriesLabels().first(), QStringLiteral("FY2024"));
}

TEST(KpiChartBuilder, UpdateRefillsTheSeriesFromTheChangedKpi)
{
    const Plan plan = cardRatePlan();
    std::unique_ptr<QChart> chart(KpiChartBuilder::build(plan, plan.kpis.first(), {}));
    Kpi changed = plan.kpis.first();
    changed.targets = { { 2026, 96, {} }, { 2031, 100, {} } };
    changed.actuals.append({ { QDate(2026, 3, 31), false }, 95.0, QString() });
    KpiChartBuilder::update(chart.get(), plan, changed, {});
    const QList<QPointF> targets = series(chart.get(), KpiChartBuilder::targetSeriesName())->points();
    ASSERT_EQ(targets.size(), 2);
    EXPECT_EQ(targets[0], QPointF(2026.5, 96));
    EXPECT_EQ(targets[1], QPointF(2031.5, 100));
    EXPECT_EQ(series(chart.get(), KpiChartBuilder::actualSeriesName())->points().size(), 3);
    // The axis widens to the FY2031 target.
    auto *x = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
    EXPECT_EQ(x->max(), 2032);
    EXPECT_EQ(x->categoriesLabels().size(), 8);
}

TEST(KpiFormat, NumbersAndRanges)
{
    EXPECT_EQ(KpiFormat::number(93.2), QStringLiteral("93.2"));
    EXPECT_EQ(KpiFormat::number(12000), QStringLiteral("12,000"));
    EXPECT_EQ(KpiFormat::number(0.126), QStringLiteral("0.13"));
    EXPECT_EQ(KpiFormat::value(100, threeYears()), QStringLiteral("100%"));
    EXPECT_EQ(KpiFormat::rate(0.3398), QStringLiteral("34%"));
    int first = 0;
    int last = 0;
    Kpi kpi = threeYears();
    kpi.targets.append({ 20260, 1, {} }); // a typo must not stretch the axis
    KpiFormat::yearRange(kpi, 2025, 2027, &first, &last);
    EXPECT_EQ(first, 2023); // the baseline, 2024-03-31, closes FY2023
    EXPECT_EQ(last, 2027);
}

TEST(KpiDashboardRenderer, GridsFitAndPaginate)
{
    const auto fit = KpiDashboardRenderer::fitGrid(7, QSizeF(1600, 700));
    EXPECT_GE(fit.perPage(), 7);
    EXPECT_GT(fit.columns, fit.rows); // a wide area gets more columns than rows
    const auto page = KpiDashboardRenderer::pageGrid(QSizeF(1030, 660)); // A4 landscape
    EXPECT_EQ(page.columns, 4);
    EXPECT_EQ(page.rows, 3);
    const QList<QRectF> rects = KpiDashboardRenderer::tileRects(QRectF(0, 0, 1000, 600), { 4, 3 }, 5);
    ASSERT_EQ(rects.size(), 5);
    EXPECT_EQ(rects[4].topLeft(), QPointF(0, 200));
    const QList<QRectF> capped = KpiDashboardRenderer::tileRects(QRectF(0, 0, 5000, 5000), { 1, 1 }, 1, 1.5);
    EXPECT_EQ(capped.first().size(), KpiDashboardRenderer::tileDesignSize() * 1.5);

    Plan plan = cardRatePlan();
    const Kpi first = plan.kpis.first();
    for (int i = 2; i <= 200; ++i) {
        Kpi copy = first;
        copy.id = i;
        plan.kpis.append(copy);
    }
    KpiDashboardRenderer renderer(plan);
    const QSizeF a4(1085, 756);
    const int perPage = KpiDashboardRenderer::pageGrid(KpiDashboardRenderer::bodyRect(QRectF(QPointF(), a4), true).size()).perPage();
    EXPECT_EQ(renderer.pageCount(a4), (200 + perPage - 1) / perPage);
    EXPECT_GT(renderer.pageCount(a4), 1);
    renderer.setKpiIds({ 3, 1, 999 });
    EXPECT_EQ(renderer.kpiIds(), QList<int>({ 3, 1 }));
}

TEST(KpiDashboardRenderer, EachTileBadgeShowsItsStatus)
{
    using S = KpiStatus::Status;
    const Plan demo = demoPlan();
    // Worked out by hand with the rule of docs/kpi.md, on 2026-05-01: the
    // card rate's latest figure, of 2025-03-31, is more than a year old.
    const QList<S> expected = { S::Stale, S::Achieved, S::Behind, S::OnTrack, S::NoData, S::Achieved, S::Behind };
    ASSERT_EQ(demo.kpis.size(), expected.size());
    KpiDashboardRenderer renderer(demo);
    renderer.setAsOf(QDate(2026, 5, 1));
    for (int i = 0; i < demo.kpis.size(); ++i) {
        QImage image(640, 420, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        renderer.paintTile(&painter, QRectF(0, 0, 640, 420), demo.kpis[i]);
        painter.end();
        // The badge (worded in the plan's language, 順調) fills thousands of
        // pixels with its colour; antialiased text and lines hit another
        // status colour now and then.
        for (S s : { S::Achieved, S::OnTrack, S::Behind, S::NoData, S::Stale, S::Qualitative }) {
            const int pixels = countColour(image, Palette::statusColor(int(s)));
            if (s == expected[i])
                EXPECT_GT(pixels, 1500) << "KPI " << i + 1 << " status " << int(s);
            else
                EXPECT_LT(pixels, 1000) << "KPI " << i + 1 << " status " << int(s);
        }
    }
}
