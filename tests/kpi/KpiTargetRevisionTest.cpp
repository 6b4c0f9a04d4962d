#include "tests/kpi/KpiTestSupport.h"

#include "models/PlanDocument.h"
#include "views/kpi/KpiChartBuilder.h"
#include "views/kpi/KpiFormat.h"
#include "views/kpi/KpiTargetRevisionDialog.h"

#include <QChart>
#include <QLabel>
#include <QLineEdit>
#include <QScatterSeries>
#include <QTimer>
#include <memory>

// A KPI target raised after adoption (上方修正): the old value, the new
// value, the date and the reason are kept, the chart shows the first
// target faintly and the printed line reads as plans print it.
namespace {

Kpi countingKpi()
{
    Kpi kpi;
    kpi.id = 7;
    kpi.name = QStringLiteral("電子申請件数");
    kpi.unit = QStringLiteral("件");
    kpi.targets = { { 2025, 100.0, QString() }, { 2026, 120.0, QString() } };
    return kpi;
}

KpiTargetRevision raise(int year, double to)
{
    KpiTargetRevision r;
    r.year = year;
    r.date = { QDate(2025, 3, 31), true };
    r.newValue = to;
    r.reason = QStringLiteral("利用が見込みを上回ったため");
    return r;
}

} // namespace

TEST(KpiTargetRevision, KeepsTheOldTargetAndTheNewOne)
{
    Kpi revised;
    QString error;
    ASSERT_TRUE(KpiTargetRevisionDialog::revise(countingKpi(), raise(2025, 150), &revised, &error)) << error.toStdString();
    EXPECT_EQ(revised.targets[0].value, 150.0);
    EXPECT_EQ(revised.targets[1].value, 120.0);
    ASSERT_EQ(revised.targetRevisions.size(), 1);
    EXPECT_EQ(revised.targetRevisions[0].oldValue, 100.0);
    EXPECT_EQ(revised.targetRevisions[0].newValue, 150.0);
    EXPECT_EQ(revised.originalTarget(2025)->value, 100.0);
    // A second revision keeps the first value as the original.
    Kpi twice;
    ASSERT_TRUE(KpiTargetRevisionDialog::revise(revised, raise(2025, 180), &twice, &error));
    EXPECT_EQ(twice.originalTarget(2025)->value, 100.0);
    EXPECT_EQ(twice.targetRevisions[1].oldValue, 150.0);
    // Nothing to revise: no target that year, or no change.
    EXPECT_FALSE(KpiTargetRevisionDialog::revise(countingKpi(), raise(2030, 1), &twice, &error));
    EXPECT_FALSE(KpiTargetRevisionDialog::revise(countingKpi(), raise(2025, 100), &twice, &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST(KpiTargetRevision, PrintsAsPlansPrintIt)
{
    Kpi revised;
    QString error;
    ASSERT_TRUE(KpiTargetRevisionDialog::revise(countingKpi(), raise(2025, 150), &revised, &error));
    EXPECT_EQ(KpiFormat::targetRevision(revised.targetRevisions[0], revised, FiscalYear::EraStyle::Reiwa, QStringLiteral("ja")),
              QStringLiteral("R7目標 100件 → 150件（令和7年3月改定）：利用が見込みを上回ったため"));
    EXPECT_EQ(KpiFormat::targetRevision(revised.targetRevisions[0], revised, FiscalYear::EraStyle::Western, QStringLiteral("en")),
              QStringLiteral("2025 target 100件 → 150件 (revised 2025-03): 利用が見込みを上回ったため"));
}

TEST(KpiTargetRevision, TheChartShowsTheFirstTargetFaintly)
{
    Plan plan = cardRatePlan();
    Kpi kpi = countingKpi();
    std::unique_ptr<QChart> plain(KpiChartBuilder::build(plan, kpi, {}));
    auto originals = [](QChart *chart) {
        for (QAbstractSeries *s : chart->series())
            if (s->objectName() == KpiChartBuilder::originalTargetsName())
                return static_cast<QScatterSeries *>(s)->points();
        ADD_FAILURE() << "no series of original targets";
        return QList<QPointF>();
    };
    EXPECT_TRUE(originals(plain.get()).isEmpty());
    Kpi revised;
    QString error;
    ASSERT_TRUE(KpiTargetRevisionDialog::revise(kpi, raise(2025, 150), &revised, &error));
    std::unique_ptr<QChart> chart(KpiChartBuilder::build(plan, revised, {}));
    const QList<QPointF> points = originals(chart.get());
    ASSERT_EQ(points.size(), 1);
    EXPECT_EQ(points[0].y(), 100);
    for (QAbstractSeries *s : chart->series()) {
        if (s->objectName() == KpiChartBuilder::originalTargetsName()) {
            EXPECT_LT(static_cast<QScatterSeries *>(s)->color().alpha(), 255);
        }
    }
}

TEST(KpiTargetRevision, TheDialogRefusesWhatIsNotANumberAndRevisesOnOk)
{
    KpiTargetRevisionDialog dialog(countingKpi());
    auto *value = dialog.findChild<QLineEdit *>(QStringLiteral("value"));
    auto *reason = dialog.findChild<QLineEdit *>(QStringLiteral("reason"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("error"));
    ASSERT_TRUE(value && reason && error);
    EXPECT_EQ(value->text(), QStringLiteral("100"));
    value->setText(QStringLiteral("百五十"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_FALSE(error->text().isEmpty());
    value->setText(QStringLiteral("150件"));
    reason->setText(QStringLiteral("見直し"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.revised().targets[0].value, 150.0);
    EXPECT_EQ(dialog.revised().targetRevisions[0].reason, QStringLiteral("見直し"));
}
