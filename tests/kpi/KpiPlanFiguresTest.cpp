// KPIs as prefecture and town plans state them: qualitative targets,
// figures dated to the month, targets already met for several later years,
// figures more than a year old, counts, units and long names.
#include "tests/kpi/KpiTestSupport.h"

#include "models/KpiStatus.h"
#include "models/PlanChecker.h"
#include "models/PlanDocument.h"
#include "models/PlanJson.h"
#include "views/common/DrawnTextRecorder.h"
#include "views/common/Palette.h"
#include "views/common/ViewSettings.h"
#include "views/kpi/KpiChartBuilder.h"
#include "views/kpi/KpiChartPane.h"
#include "views/kpi/KpiDashboardRenderer.h"
#include "views/kpi/KpiExporter.h"
#include "views/kpi/KpiFormat.h"
#include "views/kpi/KpiTableModel.h"

#include <QChart>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QScatterSeries>
#include <QTemporaryDir>
#include <QValueAxis>
#include <cmath>
#include <memory>

namespace {

using Status = KpiStatus::Status;

// tests/data/kpi/prefecture-and-town.json: Nishinoshima's card rate dated
// to the month, a rate whose FY2023 actual beats the FY2024-FY2026 targets,
// a qualitative KPI with a long name, and a count (件).
Plan figuresPlan()
{
    Plan plan;
    QFile file(QStringLiteral(DXPLAN_KPI_DATA "/prefecture-and-town.json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
    QString error;
    EXPECT_TRUE(PlanJson::read(&file, &plan, &error)) << error.toStdString();
    return plan;
}

enum FiguresKpi { CardRate, ApplicationRate, Qualitative, Procedures };

const Kpi &kpiOf(const Plan &plan, FiguresKpi which)
{
    return plan.kpis.at(int(which));
}

// What a tile paints as text, all lines joined.
QString tileText(const Plan &plan, const Kpi &kpi, const QDate &asOf, const QSizeF &size = QSizeF(320, 210))
{
    KpiDashboardRenderer renderer(plan);
    renderer.setAsOf(asOf);
    DrawnTextRecorder recorder(size, 96);
    QPainter painter(&recorder);
    renderer.paintTile(&painter, QRectF(QPointF(0, 0), size), kpi);
    painter.end();
    return recorder.text();
}

QString withoutBreaks(QString text)
{
    return text.remove(QLatin1Char('\n')).remove(QLatin1Char(' ')).remove(QStringLiteral("<br>"));
}

QStringList checkMessages(const Plan &plan, const QString &kpiName)
{
    QStringList messages;
    for (const PlanChecker::Problem &p : PlanChecker::check(plan))
        if (p.where.contains(kpiName))
            messages << p.message;
    return messages;
}

} // namespace

// --- qualitative targets ---

TEST(KpiQualitative, StatementOnlyTargetsHaveNoNumericStatus)
{
    const Plan plan = figuresPlan();
    const Kpi &kpi = kpiOf(plan, Qualitative);
    const KpiStatus status(kpi, QDate(2025, 6, 1));
    EXPECT_TRUE(status.isQualitative());
    EXPECT_EQ(status.status(), Status::Qualitative);
    EXPECT_FALSE(status.latestActual());
    ASSERT_TRUE(status.latestRecord());
    EXPECT_EQ(status.latestRecord()->note, QStringLiteral("3課で試行導入"));
    EXPECT_EQ(status.statedTarget(2025)->statement, QStringLiteral("改善"));
    EXPECT_EQ(status.statedTarget(2027)->statement, QStringLiteral("全庁導入"));
    EXPECT_FALSE(status.achievementRate());
}

TEST(KpiQualitative, MixedTargetsAreJudgedOnTheirValues)
{
    const Plan plan = figuresPlan();
    const KpiStatus status(kpiOf(plan, Procedures), QDate(2025, 10, 1));
    EXPECT_FALSE(status.isQualitative());
    EXPECT_NE(status.status(), Status::Qualitative);
    EXPECT_NE(status.status(), Status::NoData);
    // The FY2026 target keeps its statement beside its value.
    EXPECT_EQ(KpiFormat::target(*status.referenceTarget(2026), kpiOf(plan, Procedures)),
              QStringLiteral("450件 (全手続の5割)"));
}

TEST(KpiQualitative, ViewsShowStatementsNeverNoData)
{
    const Plan plan = figuresPlan();
    const Kpi &kpi = kpiOf(plan, Qualitative);
    const QDate asOf(2025, 6, 1);

    const QString tile = withoutBreaks(tileText(plan, kpi, asOf));
    EXPECT_TRUE(tile.contains(QStringLiteral("改善"))) << tile.toStdString();
    EXPECT_TRUE(tile.contains(QStringLiteral("全庁導入"))) << tile.toStdString();
    EXPECT_TRUE(tile.contains(QStringLiteral("3課で試行導入"))) << tile.toStdString();
    EXPECT_FALSE(tile.contains(QStringLiteral("データなし"))) << tile.toStdString();

    const QString sentence = KpiChartPane::statusSentence(kpi, asOf, FiscalYear::EraStyle::Both);
    EXPECT_TRUE(sentence.contains(QStringLiteral("改善"))) << sentence.toStdString();
    EXPECT_TRUE(sentence.contains(QStringLiteral("3課で試行導入"))) << sentence.toStdString();
    EXPECT_FALSE(sentence.contains(QStringLiteral("No data"))) << sentence.toStdString();

    KpiChartBuilder::Options options;
    options.asOf = asOf;
    const QStringList lines = KpiChartBuilder::statementLines(plan, kpi, options);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_TRUE(lines[0].contains(QStringLiteral("改善")));
    EXPECT_TRUE(lines[1].contains(QStringLiteral("全庁導入")));
    EXPECT_TRUE(lines[2].contains(QStringLiteral("3課で試行導入")));
}

// --- month-precision dates ---

struct DateCase
{
    const char *text;
    QDate date;
    bool monthOnly;
};

class KpiDateParsing : public ::testing::TestWithParam<DateCase>
{
};

TEST_P(KpiDateParsing, TypedDatesKeepTheirPrecision)
{
    const DateCase &c = GetParam();
    const std::optional<PlanDate> parsed = KpiFormat::parseDate(QString::fromUtf8(c.text));
    if (!c.date.isValid()) {
        EXPECT_FALSE(parsed) << c.text;
        return;
    }
    ASSERT_TRUE(parsed) << c.text;
    EXPECT_EQ(parsed->date, c.date) << c.text;
    EXPECT_EQ(parsed->monthOnly, c.monthOnly) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Dates, KpiDateParsing,
    ::testing::Values(DateCase { "2025-03", QDate(2025, 3, 1), true },
                      DateCase { "2025/3", QDate(2025, 3, 1), true },
                      DateCase { "2025-03-31", QDate(2025, 3, 31), false },
                      DateCase { "令和7年3月", QDate(2025, 3, 1), true },
                      DateCase { "令和7年3月末", QDate(2025, 3, 1), true },
                      DateCase { "令和6年11月30日", QDate(2024, 11, 30), false },
                      DateCase { "令和元年5月", QDate(2019, 5, 1), true },
                      DateCase { "2025-13", QDate(), false },
                      DateCase { "2025-02-30", QDate(), false },
                      DateCase { "三月", QDate(), false }));

TEST(KpiMonthDates, ShownAsTheMonthEverywhere)
{
    const Plan plan = figuresPlan();
    const Kpi &kpi = kpiOf(plan, CardRate);
    ASSERT_TRUE(kpi.actuals.last().date.monthOnly);
    EXPECT_EQ(kpi.actuals.last().date.toString(), QStringLiteral("2025-03"));
    EXPECT_EQ((PlanDate { QDate(2025, 3, 31), false }).toString(), QStringLiteral("2025-03-31"));
    const QString sentence = KpiChartPane::statusSentence(kpi, QDate(2025, 6, 1), FiscalYear::EraStyle::Both);
    // Dates follow the era setting the pane is given: the month, no day.
    EXPECT_TRUE(sentence.contains(QStringLiteral("on 令和7(2025)年3月."))) << sentence.toStdString();
    EXPECT_TRUE(KpiChartPane::statusSentence(kpi, QDate(2025, 6, 1), FiscalYear::EraStyle::Western)
                    .contains(QStringLiteral("on 2025-03.")));
    EXPECT_FALSE(sentence.contains(QStringLiteral("2025-03-01"))) << sentence.toStdString();
}

TEST(KpiMonthDates, CountFromTheMonthsLastDay)
{
    const Plan plan = figuresPlan();
    const Kpi &kpi = kpiOf(plan, CardRate);
    // 令和7年3月末: not known before 31 March, known from it.
    EXPECT_EQ(KpiStatus(kpi, QDate(2025, 3, 30)).latestActual()->value, 89.7);
    EXPECT_EQ(KpiStatus(kpi, QDate(2025, 3, 31)).latestActual()->value, 93.2);
    // The planned path starts at the baseline month's end, 2024-11-30.
    EXPECT_NEAR(*KpiStatus(kpi, QDate(2025, 4, 1)).plannedValue(QDate(2025, 3, 31)), 89.7 + 10.3 * 121 / 1582, 1e-9);
}

// --- targets already met, every later year ---

TEST(KpiExceeded, EveryLaterTargetTheLatestActualMeetsIsFlagged)
{
    const Plan plan = figuresPlan();
    const Kpi &kpi = kpiOf(plan, ApplicationRate);
    // 49.5% in FY2023 meets FY2024's 40%, FY2025's 45% and FY2026's 48%.
    QList<int> years;
    for (const KpiTarget &t : KpiStatus(kpi, QDate(2024, 6, 1)).exceededTargets())
        years << t.year;
    EXPECT_EQ(years, QList<int>({ 2024, 2025, 2026 }));

    const QStringList messages = checkMessages(plan, kpi.name);
    for (int year : { 2024, 2025, 2026 })
        EXPECT_EQ(messages.filter(QStringLiteral("already meets the target for FY%1").arg(year)).size(), 1)
            << year << " " << messages.join(QLatin1Char('|')).toStdString();

    KpiChartBuilder::Options options;
    options.asOf = QDate(2024, 6, 1);
    std::unique_ptr<QChart> chart(KpiChartBuilder::build(plan, kpi, options));
    QScatterSeries *marked = nullptr;
    for (QAbstractSeries *s : chart->series())
        if (s->objectName() == KpiChartBuilder::exceededSeriesName())
            marked = qobject_cast<QScatterSeries *>(s);
    ASSERT_TRUE(marked);
    EXPECT_EQ(marked->points(), QList<QPointF>({ { 2024.5, 40 }, { 2025.5, 45 }, { 2026.5, 48 } }));

    const QString tile = tileText(plan, kpi, QDate(2024, 6, 1), QSizeF(640, 420));
    for (const char *year : { "R6", "R7", "R8" })
        EXPECT_TRUE(tile.contains(QString::fromLatin1(year))) << year << " " << tile.toStdString();
}

TEST(KpiExceeded, TheTableNamesEveryYear)
{
    QString error;
    std::unique_ptr<PlanDocument> document = PlanDocument::create(figuresPlan(), &error);
    ASSERT_TRUE(document) << error.toStdString();
    KpiTableModel model;
    model.setDocument(document.get());
    model.setAsOf(QDate(2024, 6, 1));
    const QString attention = model.index(ApplicationRate, KpiTableModel::AttentionColumn).data().toString();
    const FiscalYear::EraStyle era = ViewSettings::instance()->eraStyle();
    for (const QString &year : { FiscalYear::shortLabel(2025, era), FiscalYear::shortLabel(2026, era) })
        EXPECT_TRUE(attention.contains(year)) << attention.toStdString();
    EXPECT_TRUE(model.index(CardRate, KpiTableModel::AttentionColumn).data().toString().isEmpty());
    document->closeCleanly();
}

// --- stale actuals ---

struct StaleCase
{
    const char *name;
    QDate asOf;
    Status expected;
};

class KpiStale : public ::testing::TestWithParam<StaleCase>
{
};

TEST_P(KpiStale, AMarchFigureIsStaleFromTheNextFiscalYearButOne)
{
    const Plan plan = figuresPlan();
    const KpiStatus status(kpiOf(plan, CardRate), GetParam().asOf);
    EXPECT_EQ(status.status(), GetParam().expected);
    EXPECT_EQ(status.isStale(), GetParam().expected == Status::Stale);
}

INSTANTIATE_TEST_SUITE_P(Days, KpiStale,
                         ::testing::Values(StaleCase { "FY2025", QDate(2025, 6, 1), Status::OnTrack },
                                           StaleCase { "LastDayOfFY2025", QDate(2026, 3, 31), Status::OnTrack },
                                           StaleCase { "FirstDayOfFY2026", QDate(2026, 4, 1), Status::Stale },
                                           StaleCase { "FY2027", QDate(2027, 6, 1), Status::Stale }),
                         [](const auto &info) { return std::string(info.param.name); });

TEST(KpiStaleFlags, FlaggedInCheckTableChartPaneAndTile)
{
    const Plan plan = figuresPlan();
    const Kpi &kpi = kpiOf(plan, CardRate);
    const QDate fy2026(2026, 5, 1);
    // check judges on today, which is after 2026-03-31.
    EXPECT_EQ(checkMessages(plan, kpi.name).filter(QStringLiteral("more than a year old")).size(), 1);
    const QStringList warnings = KpiChartPane::warnings(kpi, fy2026, FiscalYear::EraStyle::Both);
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_TRUE(warnings.first().contains(QStringLiteral("令和7(2025)年3月"))) << warnings.first().toStdString();
    EXPECT_TRUE(KpiChartPane::warnings(kpi, QDate(2026, 3, 1), FiscalYear::EraStyle::Both).isEmpty());
    EXPECT_FALSE(KpiChartPane::statusSentence(kpi, fy2026, FiscalYear::EraStyle::Both).contains(QStringLiteral("On track")));

    Plan english = plan;
    english.info.language = QStringLiteral("en");
    const QString tile = tileText(english, kpi, fy2026, QSizeF(640, 420));
    EXPECT_TRUE(tile.contains(QStringLiteral("Stale"))) << tile.toStdString();
    EXPECT_TRUE(tile.contains(QStringLiteral("over a year old"))) << tile.toStdString();

    QString error;
    std::unique_ptr<PlanDocument> document = PlanDocument::create(plan, &error);
    ASSERT_TRUE(document) << error.toStdString();
    KpiTableModel model;
    model.setDocument(document.get());
    model.setAsOf(fy2026);
    EXPECT_FALSE(model.index(CardRate, KpiTableModel::AttentionColumn).data().toString().isEmpty());
    model.setAsOf(QDate(2025, 6, 1));
    EXPECT_TRUE(model.index(CardRate, KpiTableModel::AttentionColumn).data().toString().isEmpty());
    document->closeCleanly();
}

// --- counts, units, long names ---

struct CountCase
{
    const char *unit;
    QList<double> figures;
    bool count;
};

class KpiCounts : public ::testing::TestWithParam<CountCase>
{
};

TEST_P(KpiCounts, CountsPrintWithoutDecimals)
{
    const CountCase &c = GetParam();
    Kpi kpi;
    kpi.unit = QString::fromUtf8(c.unit);
    for (int i = 0; i < c.figures.size(); ++i)
        kpi.targets.append({ 2024 + i, c.figures[i], QString() });
    EXPECT_EQ(KpiFormat::isCount(kpi), c.count);
    EXPECT_EQ(KpiFormat::value(364.58, kpi), (c.count ? QStringLiteral("365") : QStringLiteral("364.58")) + kpi.unit);
    const KpiChartBuilder::ValueAxis axis = KpiChartBuilder::valueAxis(kpi, 5);
    EXPECT_EQ(axis.whole, c.count);
    for (double t : axis.ticks) {
        if (c.count) {
            EXPECT_EQ(t, std::round(t)) << t;
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Units, KpiCounts,
                         ::testing::Values(CountCase { "件", { 362.5, 364.75 }, true },
                                           CountCase { "人", { 3, 4 }, true },
                                           CountCase { "団体", { 1, 2 }, true },
                                           CountCase { "箇所", { 2.5 }, true },
                                           CountCase { "%", { 96, 100 }, true }, // all whole numbers
                                           CountCase { "%", { 89.7, 100 }, false },
                                           CountCase { "", { 0.25, 0.5 }, false }));

TEST(KpiCountPath, PlannedPathOfACountIsWhole)
{
    const Plan plan = figuresPlan();
    const QString sentence
        = KpiChartPane::statusSentence(kpiOf(plan, Procedures), QDate(2025, 10, 1), FiscalYear::EraStyle::Both);
    // 300 + 100 * 548 / 730 = 375.07 on 2025-09-30: "375.07件" would be a
    // fraction of a procedure.
    EXPECT_TRUE(sentence.contains(QStringLiteral("stood at 375件"))) << sentence.toStdString();
}

class KpiAxisUnits : public ::testing::TestWithParam<const char *>
{
};

TEST_P(KpiAxisUnits, TheValueAxisTitleCarriesTheUnit)
{
    Plan plan = figuresPlan();
    Kpi kpi = kpiOf(plan, Procedures);
    kpi.unit = QString::fromUtf8(GetParam());
    std::unique_ptr<QChart> chart(KpiChartBuilder::build(plan, kpi, {}));
    auto *y = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0));
    ASSERT_TRUE(y);
    EXPECT_TRUE(y->titleText().contains(kpi.unit)) << y->titleText().toStdString();
    EXPECT_EQ(y->labelFormat(), QStringLiteral("%.0f")); // whole figures: whole ticks
}

INSTANTIATE_TEST_SUITE_P(Units, KpiAxisUnits, ::testing::Values("%", "件", "人", "団体"));

TEST(KpiLongNames, ChartTitleWrapsAndKeepsTheWholeName)
{
    const Plan plan = figuresPlan();
    const Kpi &kpi = kpiOf(plan, Qualitative);
    KpiChartBuilder::Options options;
    options.titleWidth = 300;
    std::unique_ptr<QChart> chart(KpiChartBuilder::build(plan, kpi, options));
    EXPECT_TRUE(chart->title().contains(QStringLiteral("<br>"))) << chart->title().toStdString();
    EXPECT_EQ(withoutBreaks(chart->title()), kpi.name);
}

TEST(KpiLongNames, TileDrawsTheWholeName)
{
    const Plan plan = figuresPlan();
    const Kpi &kpi = kpiOf(plan, Qualitative);
    const QString drawn = withoutBreaks(tileText(plan, kpi, QDate(2025, 6, 1)));
    EXPECT_TRUE(drawn.contains(kpi.name)) << drawn.toStdString();
}

// --- the plan's language ---

TEST(KpiPrintedLanguage, TilesSpeakThePlansLanguage)
{
    Plan plan = figuresPlan();
    const Kpi kpi = kpiOf(plan, ApplicationRate);
    plan.info.language = QStringLiteral("en");
    const QString english = tileText(plan, kpi, QDate(2024, 6, 1), QSizeF(640, 420));
    EXPECT_TRUE(english.contains(QStringLiteral("Target"))) << english.toStdString();
    EXPECT_TRUE(english.contains(QStringLiteral("Achieved"))) << english.toStdString();
    plan.info.language = QStringLiteral("ja");
    const QString japanese = tileText(plan, kpi, QDate(2024, 6, 1), QSizeF(640, 420));
    EXPECT_TRUE(japanese.contains(QStringLiteral("目標"))) << japanese.toStdString();
    EXPECT_TRUE(japanese.contains(QStringLiteral("達成"))) << japanese.toStdString();
    EXPECT_FALSE(japanese.contains(QStringLiteral("Achieved"))) << japanese.toStdString();
}

TEST(KpiPrintedLanguage, ChartLegendSpeaksThePlansLanguage)
{
    Plan plan = figuresPlan();
    plan.info.language = QStringLiteral("en");
    std::unique_ptr<QChart> english(KpiChartBuilder::build(plan, kpiOf(plan, CardRate), {}));
    plan.info.language = QStringLiteral("ja");
    std::unique_ptr<QChart> japanese(KpiChartBuilder::build(plan, kpiOf(plan, CardRate), {}));
    auto legendOf = [](QChart *chart) {
        for (QAbstractSeries *s : chart->series())
            if (s->objectName() == KpiChartBuilder::targetSeriesName())
                return s->name();
        return QString();
    };
    EXPECT_EQ(legendOf(english.get()), QStringLiteral("Target"));
    EXPECT_EQ(legendOf(japanese.get()), QStringLiteral("目標"));
}

// --- exports of every kind of KPI ---

TEST(KpiPlanFiguresExport, ChartsAndDashboardOfEveryKindAreWritten)
{
    const Plan plan = figuresPlan();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    KpiExporter exporter(plan);
    exporter.setAsOf(QDate(2024, 6, 1));
    for (const Kpi &kpi : plan.kpis) {
        const QString png = dir.filePath(QStringLiteral("chart-%1.png").arg(kpi.id));
        ASSERT_TRUE(exporter.exportChart(kpi.id, png)) << exporter.errorString().toStdString();
        ASSERT_TRUE(exporter.exportChart(kpi.id, dir.filePath(QStringLiteral("chart-%1.pdf").arg(kpi.id))))
            << exporter.errorString().toStdString();
        const QImage image(png);
        EXPECT_EQ(image.size(), KpiExporter::defaultChartSize());
        // Triangles mark the targets already met, on the one chart that has them.
        int marked = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                marked += (image.pixel(x, y) & 0xFFFFFF) == (Palette::actualColor().darker(140).rgb() & 0xFFFFFF);
        if (kpi.id == kpiOf(plan, ApplicationRate).id) {
            EXPECT_GT(marked, 3 * 20) << kpi.id;
        } else {
            EXPECT_EQ(marked, 0) << kpi.id;
        }
    }
    ASSERT_TRUE(exporter.exportDashboard(dir.filePath(QStringLiteral("dashboard.pdf"))))
        << exporter.errorString().toStdString();
}

// --- dxplan-cli check on KPI targets ---

TEST(KpiCheck, OpenEndedPlansHaveNoTargetOutsideTheirPeriod)
{
    Plan plan = figuresPlan();
    Kpi &kpi = plan.kpis[CardRate];
    kpi.targets.append({ 2035, 100, {} });
    EXPECT_EQ(checkMessages(plan, kpi.name).filter(QStringLiteral("FY2035 lies outside the plan period")).size(), 1);
    plan.info.endYear = 0; // open-ended
    EXPECT_TRUE(checkMessages(plan, kpi.name).filter(QStringLiteral("outside the plan period")).isEmpty());
    kpi.targets.append({ 2036, std::nullopt, QStringLiteral(" ") });
    EXPECT_EQ(checkMessages(plan, kpi.name).filter(QStringLiteral("FY2036 has neither a value nor a statement")).size(), 1);
}
