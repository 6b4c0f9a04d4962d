#include "tests/kpi/KpiTestSupport.h"

#include "views/common/Palette.h"
#include "views/kpi/KpiChartBuilder.h"
#include "views/kpi/KpiDashboardRenderer.h"
#include "views/kpi/KpiExporter.h"
#include "views/kpi/KpiMiniChart.h"

#include <QChart>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QValueAxis>
#include <QXYSeries>

#include <cmath>
#include <limits>
#include <memory>

// The KPI chart, mini chart and dashboard with every value a plan may hold
// (-1e15..1e15, PlanLimits) in awkward arrangements, and defensively with
// values no plan holds: each is painted and exported, and the axis must
// hold the data with a bounded number of distinct ticks.
namespace {

const double inf = std::numeric_limits<double>::infinity();
const double nan = std::numeric_limits<double>::quiet_NaN();

struct ValueSet
{
    const char *name;
    std::optional<double> baseline;
    QList<double> targets; // for FY2024, FY2025, ...
    QList<double> actuals; // at the end of FY2024, FY2025, ...
    const char *unit = "件";
};

void PrintTo(const ValueSet &set, std::ostream *os)
{
    *os << set.name;
}

const ValueSet valueSets[] = {
    { "NoValues", std::nullopt, {}, {} },
    { "SingleActual", std::nullopt, {}, { 7 } },
    { "SingleTargetAtTheLimit", std::nullopt, { 1e15 }, {} },
    { "AllEqual", 50.0, { 50, 50, 50 }, { 50, 50 } },
    { "AllZero", 0.0, { 0, 0 }, { 0 } },
    { "AllEqualPercentAtHundred", 100.0, { 100, 100 }, { 100 }, "%" },
    { "NearTheUpperLimit", 1e15 - 1, { 1e15, 1e15 }, { 999999999999999.875 } },
    { "NearTheLowerLimit", -1e15, { -1e15, -999999999999999.0 }, { -1e15 } },
    { "WholeRange", -1e15, { 1e15, -1e15, 0 }, { 5e14 } },
    { "TinySpan", 0.5, { 0.5 + 1e-12, 0.5 + 2e-12 }, { 0.5 + 1e-12 } },
    { "TinySpanAtTheLimit", 1e15, { 1e15 - 0.125, 1e15 - 0.25 }, { 1e15 } },
    { "TinyNumbers", 1e-300, { 2e-300, 3e-300 }, { 1e-300 } },
    { "NegativeOnly", -5.0, { -3, -1 }, { -4 } },
    { "NotFinite", inf, { nan, 10, -inf }, { inf, 12, nan } },
    { "OnlyNotFinite", nan, { inf, -inf }, { nan } },
    { "BeyondThePlanLimits", 1e308, { -1.7e308, 20 }, { 1e300, 1e301 } },
};

// The values a chart of `set` places: finite and within +-1e300.
QList<double> drawableValues(const ValueSet &set)
{
    QList<double> values;
    auto add = [&values](double v) {
        if (std::isfinite(v) && std::abs(v) <= 1e300)
            values << v;
    };
    if (set.baseline)
        add(*set.baseline);
    for (double v : set.targets)
        add(v);
    for (double v : set.actuals)
        add(v);
    return values;
}

Kpi kpiOf(const ValueSet &set)
{
    QList<KpiTarget> targets;
    for (int i = 0; i < set.targets.size(); ++i)
        targets.append({ 2024 + i, set.targets[i], {} });
    QList<KpiActual> actuals;
    for (int i = 0; i < set.actuals.size(); ++i)
        actuals.append({ { QDate(2025 + i, 3, 31), false }, set.actuals[i], QString() });
    Kpi kpi = makeKpi(Kpi::Direction::HigherIsBetter, set.baseline, QDate(2024, 3, 31), targets, actuals);
    kpi.name = QString::fromLatin1(set.name);
    kpi.unit = QString::fromUtf8(set.unit);
    return kpi;
}

bool containsColour(const QImage &image, const QColor &colour)
{
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if ((image.pixel(x, y) & 0xFFFFFF) == (colour.rgb() & 0xFFFFFF))
                return true;
    return false;
}

bool isPdf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(5) == "%PDF-" && file.size() > 1000;
}

class KpiValues : public ::testing::TestWithParam<ValueSet>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        plan = cardRatePlan();
        plan.kpis = { kpiOf(GetParam()) };
    }
    QString path(const char *name) const { return dir.filePath(QString::fromLatin1(name)); }

    QTemporaryDir dir;
    Plan plan;
};

} // namespace

TEST_P(KpiValues, AxisHoldsTheDataWithFewDistinctRoundTicks)
{
    const QList<double> values = drawableValues(GetParam());
    for (int steps : { 4, 5 }) {
        const KpiChartBuilder::ValueAxis axis = KpiChartBuilder::valueAxis(plan.kpis.first(), steps);
        ASSERT_GE(axis.ticks.size(), 2);
        EXPECT_LE(axis.ticks.size(), steps + 3);
        EXPECT_TRUE(std::isfinite(axis.step) && axis.step > 0) << axis.step;
        EXPECT_EQ(axis.low, axis.ticks.first());
        EXPECT_EQ(axis.high, axis.ticks.last());
        QStringList labels;
        for (int i = 0; i < axis.ticks.size(); ++i) {
            EXPECT_TRUE(std::isfinite(axis.ticks[i]));
            if (i > 0) {
                EXPECT_GT(axis.ticks[i], axis.ticks[i - 1]);
                EXPECT_NEAR(axis.ticks[i] - axis.ticks[i - 1], axis.step, axis.step * 1e-6);
            }
            // Round: a whole multiple of the step.
            EXPECT_NEAR(axis.ticks[i] / axis.step, std::round(axis.ticks[i] / axis.step), 1e-6);
            labels << QString::asprintf(QStringLiteral("%.%1g").arg(axis.precision).toLatin1().constData(), axis.ticks[i]);
        }
        labels.removeDuplicates();
        EXPECT_EQ(labels.size(), axis.ticks.size()) << labels.join(QLatin1Char(' ')).toStdString();
        for (double v : values) {
            EXPECT_LE(axis.low, v);
            EXPECT_GE(axis.high, v);
        }
        // Counts do not go below zero, nor percentages above 100.
        if (!values.isEmpty() && *std::min_element(values.begin(), values.end()) >= 0) {
            EXPECT_GE(axis.low, 0);
        }
    }
}

TEST_P(KpiValues, ChartPlacesEveryDrawableValueInsideItsAxis)
{
    const ValueSet &set = GetParam();
    std::unique_ptr<QChart> chart(KpiChartBuilder::build(plan, plan.kpis.first(), {}));
    auto *y = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0));
    ASSERT_TRUE(y);
    EXPECT_TRUE(std::isfinite(y->min()) && std::isfinite(y->max()));
    EXPECT_LT(y->min(), y->max());
    ASSERT_GT(y->tickInterval(), 0);
    EXPECT_LE((y->max() - y->min()) / y->tickInterval(), 5 + 3);
    for (double v : drawableValues(set)) {
        EXPECT_LE(y->min(), v);
        EXPECT_GE(y->max(), v);
    }
    int drawn = 0;
    for (QAbstractSeries *s : chart->series()) {
        auto *xy = qobject_cast<QXYSeries *>(s);
        ASSERT_TRUE(xy);
        // The triangles over targets already met repeat target points;
        // KpiPlanFiguresTest checks them.
        if (s->objectName() == KpiChartBuilder::exceededSeriesName())
            continue;
        for (const QPointF &p : xy->points()) {
            EXPECT_TRUE(std::isfinite(p.x()) && std::isfinite(p.y())) << s->objectName().toStdString();
            ++drawn;
        }
    }
    // Target line and markers, actual line and markers, baseline marker
    // and level: each drawable value appears where it belongs.
    int targets = 0;
    int actuals = 0;
    for (double v : set.targets)
        targets += KpiChartBuilder::isDrawable(v);
    for (double v : set.actuals)
        actuals += KpiChartBuilder::isDrawable(v);
    const int baseline = set.baseline && KpiChartBuilder::isDrawable(*set.baseline) ? 3 : 0;
    EXPECT_EQ(drawn, 2 * targets + 2 * actuals + baseline);

    // Laid out and painted at the size of the window's chart pane.
    QImage image(800, 500, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    KpiChartBuilder::render(chart.get(), &painter, QRectF(0, 0, 800, 500), QSizeF(800, 500));
    painter.end();
    if (targets > 0) {
        EXPECT_TRUE(containsColour(image, Palette::targetColor()));
    }
    if (actuals > 0) {
        EXPECT_TRUE(containsColour(image, Palette::actualColor()));
    }
}

TEST_P(KpiValues, MiniChartAndTilePaintTheirMarkers)
{
    const ValueSet &set = GetParam();
    int targets = 0;
    for (double v : set.targets)
        targets += KpiChartBuilder::isDrawable(v);
    QImage image(640, 420, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    KpiMiniChart::Style style;
    style.firstYear = 2024;
    style.lastYear = 2028;
    KpiMiniChart::paint(&painter, QRectF(0, 0, 640, 420), plan.kpis.first(), style);
    painter.end();
    EXPECT_EQ(containsColour(image, Palette::targetColor()), targets > 0);

    QImage tile(640, 420, QImage::Format_RGB32);
    tile.fill(Qt::white);
    QPainter tilePainter(&tile);
    KpiDashboardRenderer renderer(plan);
    renderer.setAsOf(QDate(2026, 5, 1));
    renderer.paintTile(&tilePainter, QRectF(0, 0, 640, 420), plan.kpis.first());
    tilePainter.end();
    EXPECT_EQ(containsColour(tile, Palette::targetColor()), targets > 0);
}

TEST_P(KpiValues, ExportsChartAndDashboardAsPngAndPdf)
{
    KpiExporter exporter(plan);
    exporter.setAsOf(QDate(2026, 5, 1));
    ASSERT_TRUE(exporter.exportChart(plan.kpis.first().id, path("chart.pdf"))) << exporter.errorString().toStdString();
    EXPECT_TRUE(isPdf(path("chart.pdf")));
    ASSERT_TRUE(exporter.exportDashboard(path("dashboard.pdf"))) << exporter.errorString().toStdString();
    EXPECT_TRUE(isPdf(path("dashboard.pdf")));
    EXPECT_EQ(pdfPageCount(path("dashboard.pdf")), 1);

    exporter.setImageSize(QSize(900, 600));
    ASSERT_TRUE(exporter.exportChart(plan.kpis.first().id, path("chart.png"))) << exporter.errorString().toStdString();
    ASSERT_TRUE(exporter.exportDashboard(path("dashboard.png"))) << exporter.errorString().toStdString();
    int targets = 0;
    for (double v : GetParam().targets)
        targets += KpiChartBuilder::isDrawable(v);
    for (const char *name : { "chart.png", "dashboard.png" }) {
        const QImage image(path(name));
        ASSERT_FALSE(image.isNull()) << name;
        EXPECT_EQ(image.size(), QSize(900, 600)) << name;
        // Drawn, not blank: axes, grid, labels and the title at least.
        int inked = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                inked += (image.pixel(x, y) & 0xFFFFFF) != 0xFFFFFF;
        EXPECT_GT(inked, 2000) << name;
        if (targets > 0) {
            EXPECT_TRUE(containsColour(image, Palette::targetColor())) << name;
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Values, KpiValues, ::testing::ValuesIn(valueSets),
                         [](const ::testing::TestParamInfo<ValueSet> &info) { return std::string(info.param.name); });
