#include "models/PlanFileReader.h"
#include "models/PlanFileWriter.h"
#include "models/PlanLimits.h"
#include "models/WorkingCopy.h"
#include "tests/support/ExternalTools.h"
#include "tests/support/TestSupport.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <functional>

// A plan that passes the reader renders in bounded time: every extreme the
// format allows (years at both ends of the range, schedules spanning all of
// it, phases that end before they start, numbers at the size limit) goes
// through the roadmap and KPI exports in every format.
namespace {

struct Extreme
{
    const char *name;
    std::function<void(Plan &)> apply;
};

// Test names in ctest's output say which case, not the struct's bytes.
void PrintTo(const Extreme &c, std::ostream *os)
{
    *os << c.name;
}

void everyPhaseSpansTheRange(Plan &plan)
{
    plan.info.startYear = PlanLimits::minYear;
    plan.info.endYear = PlanLimits::maxYear;
    for (Theme &t : plan.themes)
        for (Measure &m : t.measures) {
            m.phases = { Phase { Phase::Kind::Operate, QStringLiteral("運用"), PlanLimits::minYear, 4,
                                 PlanLimits::maxYear, 3 } };
            m.milestones = { Milestone { QStringLiteral("始"), PlanLimits::minYear, 0 },
                             Milestone { QStringLiteral("終"), PlanLimits::maxYear, 12 } };
        }
}

void phasesBackwards(Plan &plan)
{
    for (Theme &t : plan.themes)
        for (Measure &m : t.measures)
            m.phases = { Phase { Phase::Kind::Study, QString(), 2200, 12, 1900, 1 },
                         Phase { Phase::Kind::Other, QStringLiteral("同月"), 2025, 7, 2025, 7 } };
}

void numbersAtTheLimit(Plan &plan)
{
    for (Kpi &k : plan.kpis) {
        k.baselineValue = PlanLimits::maxNumberMagnitude;
        k.targets = { KpiTarget { PlanLimits::minYear, -PlanLimits::maxNumberMagnitude, QString() },
                      KpiTarget { PlanLimits::maxYear, PlanLimits::maxNumberMagnitude, QString() } };
        k.actuals = { KpiActual { PlanDate { QDate(1900, 4, 1), false }, 1e-12, QString() },
                      KpiActual { PlanDate { QDate(2201, 3, 31), false }, -PlanLimits::maxNumberMagnitude, QString() } };
    }
}

void flatNumbers(Plan &plan)
{
    for (Kpi &k : plan.kpis) {
        k.baselineValue = 0;
        k.targets = { KpiTarget { 2024, 0, QString() }, KpiTarget { 2025, 0, QString() } };
        k.actuals = { KpiActual { PlanDate { QDate(2024, 6, 1), false }, 0, QString() } };
    }
}

class ExtremeValuesTest : public ::testing::TestWithParam<Extreme>
{
};

TEST_P(ExtremeValuesTest, ThePlanOpensAndRendersInBoundedTime)
{
    Plan plan = samplePlan();
    GetParam().apply(plan);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("extreme.dxplan"));
    QString error;
    std::unique_ptr<WorkingCopy> copy = WorkingCopy::create(plan, QString(), &error);
    ASSERT_TRUE(copy) << error.toStdString();
    PlanFileWriter writer;
    ASSERT_TRUE(writer.write(*copy, file)) << writer.errorString().toStdString();
    copy->remove();
    PlanFileReader reader;
    PlanFileReader::Result result;
    ASSERT_TRUE(reader.read(file, &result)) << reader.errorString().toStdString();

    for (const char *output : { "r.pdf", "r.svg", "r.png", "k.pdf", "k.svg", "k.png" }) {
        const QString out = dir.filePath(QString::fromLatin1(output));
        const QString command = out.contains(QLatin1String("/r.")) ? QStringLiteral("roadmap") : QStringLiteral("kpi");
        QElapsedTimer timer;
        timer.start();
        const CliRun run = runCli({ command, file, QStringLiteral("-o"), out });
        EXPECT_EQ(run.exitCode, 0) << output << ": " << run.err.toStdString();
        EXPECT_GT(QFileInfo(out).size(), 0) << output;
        EXPECT_LT(timer.elapsed(), 60000) << output;
    }
}

INSTANTIATE_TEST_SUITE_P(
    Format, ExtremeValuesTest,
    ::testing::Values(Extreme { "EveryPhaseSpansTheRange", everyPhaseSpansTheRange },
                      Extreme { "PhasesBackwards", phasesBackwards },
                      Extreme { "NumbersAtTheLimit", numbersAtTheLimit },
                      Extreme { "FlatNumbers", flatNumbers }),
    [](const ::testing::TestParamInfo<Extreme> &info) { return std::string(info.param.name); });

} // namespace
