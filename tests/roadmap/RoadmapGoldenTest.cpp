#include "tests/roadmap/RoadmapTestPlans.h"

#include <QFile>

using namespace RoadmapTest;
using Row = RoadmapLayout::Row;

// Golden cases: tests/data/roadmap/<case>.json laid out as the A3 roadmap
// is, its rows written as text and compared with <case>.rows. The text
// holds what the plan states (kinds, numbers, titles, bars and their
// months), nothing that depends on the fonts installed. Run with
// DXPLAN_UPDATE_GOLDEN=1 to write the expected files after a deliberate
// change, and read the difference before committing it.

namespace {

QString rowsText(const RoadmapLayout &layout)
{
    QString text = QStringLiteral("years %1-%2\n").arg(layout.firstYear()).arg(layout.lastYear());
    for (const Row &row : layout.rows()) {
        const char *kind = row.kind == Row::Kind::Section ? "section" : row.kind == Row::Kind::Theme ? "theme" : "measure";
        text += QStringLiteral("%1 [%2] [%3] %4\n")
                    .arg(QLatin1String(kind), row.number, row.fullNumber, row.fullTitle);
        for (int i = row.firstBar; i < row.firstBar + row.barCount; ++i) {
            const RoadmapLayout::Bar &bar = layout.bars()[i];
            const int start = qRound(layout.monthAt(bar.rect.left()));
            const int end = qRound(layout.monthAt(bar.rect.right()));
            text += QStringLiteral("  bar %1-%2 %3\n").arg(start).arg(end).arg(bar.label);
        }
        for (int i = row.firstMilestone; i < row.firstMilestone + row.milestoneCount; ++i) {
            const RoadmapLayout::MilestoneMark &mark = layout.milestones()[i];
            text += QStringLiteral("  milestone %1 %2\n").arg(layout.monthAt(mark.centre.x())).arg(mark.label);
        }
    }
    for (const RoadmapLayout::LegendEntry &entry : layout.legend())
        text += QStringLiteral("legend %1 %2\n").arg(int(entry.kind)).arg(entry.label);
    return text;
}

class RoadmapGolden : public ::testing::TestWithParam<const char *>
{
};

} // namespace

TEST_P(RoadmapGolden, RowsAreAsThePlanStatesThem)
{
    const QString name = QString::fromLatin1(GetParam());
    const Plan plan = planFromData(name);
    const RoadmapOptions options = paperOptions(RoadmapOptions::Paper::A3);
    const RoadmapLayout layout(plan, options, printableArea(options).width());
    const QString actual = rowsText(layout);
    QFile expected(dataPath(name + QStringLiteral(".rows")));
    if (qEnvironmentVariableIsSet("DXPLAN_UPDATE_GOLDEN")) {
        ASSERT_TRUE(expected.open(QIODevice::WriteOnly | QIODevice::Truncate));
        expected.write(actual.toUtf8());
        return;
    }
    ASSERT_TRUE(expected.open(QIODevice::ReadOnly)) << "missing " << expected.fileName().toStdString();
    const QStringList want = QString::fromUtf8(expected.readAll()).split(QLatin1Char('\n'));
    const QStringList got = actual.split(QLatin1Char('\n'));
    for (int i = 0; i < qMax(want.size(), got.size()); ++i)
        ASSERT_EQ(got.value(i), want.value(i)) << "line " << i + 1 << " of " << name.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Plans, RoadmapGolden, ::testing::Values("okayama-like", "nishinoshima-like"),
                         [](const ::testing::TestParamInfo<const char *> &info) {
                             std::string name = info.param;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });
