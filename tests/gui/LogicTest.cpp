#include "GuiTestSupport.h"

#include "models/PlanFileLock.h"
#include "models/RecentFiles.h"
#include "models/ScheduleYears.h"

#include <QCoreApplication>
#include <QFile>

namespace {

Phase phase(Phase::Kind kind, int from, int to, const QString &label = {})
{
    Phase p;
    p.kind = kind;
    p.startYear = from;
    p.endYear = to;
    p.label = label;
    return p;
}

TEST(ScheduleYearsTest, ClickingCyclesThroughTheKinds)
{
    int kind = ScheduleYears::none;
    QList<int> seen;
    for (int i = 0; i < 6; ++i) {
        kind = ScheduleYears::nextKind(kind);
        seen << kind;
    }
    EXPECT_EQ(seen.value(0), int(Phase::Kind::Study));
    EXPECT_EQ(seen.value(1), int(Phase::Kind::Operate));
    EXPECT_EQ(seen.value(5), ScheduleYears::none);
}

TEST(ScheduleYearsTest, NeighbouringYearsOfOneKindMerge)
{
    QList<Phase> phases;
    phases = ScheduleYears::withYearKind(phases, 2024, 2028, 2024, int(Phase::Kind::Study));
    phases = ScheduleYears::withYearKind(phases, 2024, 2028, 2025, int(Phase::Kind::Study));
    phases = ScheduleYears::withYearKind(phases, 2024, 2028, 2026, int(Phase::Kind::Operate));
    ASSERT_EQ(phases.size(), 2);
    EXPECT_EQ(phases[0], phase(Phase::Kind::Study, 2024, 2025));
    EXPECT_EQ(phases[1], phase(Phase::Kind::Operate, 2026, 2026));
    // Clearing the middle of a run splits it.
    phases = ScheduleYears::withYearKind(phases, 2024, 2028, 2026, int(Phase::Kind::Study));
    ASSERT_EQ(phases.size(), 1);
    EXPECT_EQ(phases[0], phase(Phase::Kind::Study, 2024, 2026));
    phases = ScheduleYears::withYearKind(phases, 2024, 2028, 2025, ScheduleYears::none);
    ASSERT_EQ(phases.size(), 2);
    EXPECT_EQ(phases[1], phase(Phase::Kind::Study, 2026, 2026));
}

TEST(ScheduleYearsTest, LabelsMonthsAndPhasesOutsideThePeriodAreKept)
{
    Phase study = phase(Phase::Kind::Study, 2024, 2025, QStringLiteral("調達・移行準備"));
    study.startMonth = 9;
    const Phase later = phase(Phase::Kind::Operate, 2030, 2031);
    const QList<Phase> phases = ScheduleYears::withYearKind({ study, later }, 2024, 2028, 2026,
                                                            int(Phase::Kind::Study));
    ASSERT_EQ(phases.size(), 2);
    EXPECT_EQ(phases[0].label, QStringLiteral("調達・移行準備"));
    EXPECT_EQ(phases[0].startMonth, 9);
    EXPECT_EQ(phases[0].endYear, 2026);
    EXPECT_EQ(phases[1], later);
    EXPECT_TRUE(ScheduleYears::isOutsidePeriod(later, 2024, 2028));
    EXPECT_FALSE(ScheduleYears::isOutsidePeriod(phases[0], 2024, 2028));
    Phase reversed = phase(Phase::Kind::Build, 2026, 2025);
    EXPECT_TRUE(ScheduleYears::isReversed(reversed));
    EXPECT_FALSE(ScheduleYears::isReversed(study));
}

TEST_F(GuiTest, RecentFilesNewestFirstWithoutDuplicates)
{
    QSettings settings;
    RecentFiles recent(&settings);
    for (int i = 0; i < RecentFiles::maxCount + 3; ++i)
        recent.add(path(QStringLiteral("plan%1.dxplan").arg(i)));
    recent.add(path(QStringLiteral("plan5.dxplan")));
    const QStringList paths = recent.paths();
    ASSERT_EQ(paths.size(), RecentFiles::maxCount);
    EXPECT_EQ(paths.first(), path(QStringLiteral("plan5.dxplan")));
    EXPECT_EQ(paths.count(path(QStringLiteral("plan5.dxplan"))), 1);
    EXPECT_FALSE(paths.contains(path(QStringLiteral("plan0.dxplan"))));
    recent.remove(path(QStringLiteral("plan5.dxplan")));
    EXPECT_FALSE(recent.paths().contains(path(QStringLiteral("plan5.dxplan"))));
}

TEST_F(GuiTest, PlanFileLockTellsWhoHoldsIt)
{
    const QString plan = path(QStringLiteral("locked.dxplan"));
    QFile(plan).open(QIODevice::WriteOnly);
    PlanFileLock first(plan);
    ASSERT_TRUE(first.tryLock());
    EXPECT_TRUE(QFile::exists(first.lockFilePath()));
    EXPECT_TRUE(first.lockFilePath().endsWith(QLatin1String(".~locked.dxplan.lock")));
    PlanFileLock second(plan);
    EXPECT_FALSE(second.tryLock());
    EXPECT_EQ(second.holder().pid, QCoreApplication::applicationPid());
    EXPECT_TRUE(second.holder().thisProcess);
    {
        PlanFileLock released(path(QStringLiteral("other.dxplan")));
        EXPECT_TRUE(released.tryLock());
    }
    EXPECT_FALSE(QFile::exists(PlanFileLock::lockFilePathFor(path(QStringLiteral("other.dxplan")))));
}

} // namespace
