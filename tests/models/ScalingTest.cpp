// How the database work grows with the plan: counted in SQLite
// virtual-machine steps, which do not depend on the machine's speed or
// load (timings live in the benchmarks). Storing, reading and checking a
// plan twice the size may take about twice the steps, not four times; an
// edit of one item takes the same steps in a plan of any size. A lookup
// that lost its index, or a statement run once per item for every item,
// shows up here as a broken ratio.

#include "models/DatabaseConnection.h"
#include "models/PlanGenerator.h"
#include "models/PlanStore.h"
#include "models/PlanValueRules.h"
#include "models/Schema.h"
#include "tests/support/TestSupport.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <functional>
#include <sqlite3.h>

namespace {

// Counts the virtual-machine steps of every statement on one connection.
class StepCounter
{
public:
    explicit StepCounter(const QSqlDatabase &db)
    {
        const QVariant handle = db.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_handle = *static_cast<sqlite3 *const *>(handle.data());
        if (m_handle)
            sqlite3_progress_handler(m_handle, 1, &StepCounter::count, this);
    }
    ~StepCounter()
    {
        if (m_handle)
            sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
    }
    StepCounter(const StepCounter &) = delete;
    StepCounter &operator=(const StepCounter &) = delete;

    bool isCounting() const { return m_handle != nullptr; }
    qint64 steps() const { return m_steps; }

private:
    static int count(void *self)
    {
        ++static_cast<StepCounter *>(self)->m_steps;
        return 0;
    }
    sqlite3 *m_handle = nullptr;
    qint64 m_steps = 0;
};

// A database holding a generated plan of `measures` measures.
struct StoredPlan
{
    QTemporaryDir dir;
    DatabaseConnection connection;
    Plan plan;

    explicit StoredPlan(int measures) : plan(PlanGenerator::generate(measures))
    {
        QString error;
        const bool ok = connection.open(dir.filePath(QStringLiteral("plan.sqlite")), DatabaseConnection::Mode::ReadWrite);
        EXPECT_TRUE(ok) << connection.errorString().toStdString();
        QSqlDatabase db = connection.database();
        EXPECT_TRUE(Schema::create(db, &error)) << error.toStdString();
        // As a working copy has it: a removed item takes its rows along.
        EXPECT_TRUE(QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON")));
    }
    QSqlDatabase db() const { return connection.database(); }
    bool write()
    {
        PlanStore store(db());
        return store.writeAll(plan);
    }
    // A measure from the middle of the plan.
    const Measure &middleMeasure() const
    {
        const Theme &theme = plan.themes[plan.themes.size() / 2];
        return theme.measures[theme.measures.size() / 2];
    }
};

struct Work
{
    const char *name;
    // False when the plan must first be written.
    bool startsEmpty;
    // The work whose steps are counted; false when it failed.
    std::function<bool(StoredPlan &)> run;
    // The largest ratio allowed between the steps for the doubled plan
    // and for the plan.
    double maxRatio;
    // The smallest, for work that must grow with the plan at all (so a
    // counter that counts nothing cannot pass).
    double minRatio;
};

void PrintTo(const Work &work, std::ostream *os)
{
    *os << work.name;
}

qint64 stepsFor(const Work &work, int measures)
{
    StoredPlan stored(measures);
    if (!work.startsEmpty) {
        EXPECT_TRUE(stored.write());
    }
    StepCounter counter(stored.db());
    EXPECT_TRUE(counter.isCounting());
    EXPECT_TRUE(work.run(stored)) << work.name;
    return counter.steps();
}

// Growing with the plan: at most a little over twice for twice the plan.
constexpr double linear = 2.3;
// Not growing: the same work give or take a B-tree level.
constexpr double constant = 1.15;

const Work works[] = {
    { "WriteTheWholePlan", true, [](StoredPlan &s) { return s.write(); }, linear, 1.6 },
    { "ReadTheWholePlan", false,
      [](StoredPlan &s) {
          Plan read;
          PlanStore store(s.db());
          return store.load(&read) && read.measureCount() == s.plan.measureCount();
      },
      linear, 1.6 },
    { "CheckEveryValue", false,
      [](StoredPlan &s) {
          QSqlDatabase db = s.db();
          return PlanValueRules::check(db).isEmpty();
      },
      linear, 1.6 },
    { "EditOneMeasure", false,
      [](StoredPlan &s) {
          Measure m = s.middleMeasure();
          m.title += QStringLiteral("（改）");
          m.departmentIds = m.departmentIds.mid(1);
          PlanStore store(s.db());
          return store.begin() && store.saveItem(m, 0) && store.commit();
      },
      constant, 0 },
    { "RemoveOneMeasure", false,
      [](StoredPlan &s) {
          PlanStore store(s.db());
          return store.begin() && store.remove(QStringLiteral("measures"), s.middleMeasure().id) && store.commit();
      },
      constant, 0 },
    { "RemoveOneThemeWithItsMeasures", false,
      [](StoredPlan &s) {
          PlanStore store(s.db());
          return store.begin() && store.remove(QStringLiteral("themes"), s.middleMeasure().themeId) && store.commit();
      },
      constant, 0 },
    { "ReorderOneThemesMeasures", false,
      [](StoredPlan &s) {
          const Theme &theme = s.plan.themes[s.plan.themes.size() / 2];
          QList<int> ids;
          for (const Measure &m : theme.measures)
              ids.prepend(m.id);
          PlanStore store(s.db());
          return store.begin() && store.savePositions(QStringLiteral("measures"), ids) && store.commit();
      },
      constant, 0 },
};

class Scaling : public ::testing::TestWithParam<Work>
{
};

} // namespace

TEST_P(Scaling, DoublingThePlanAtMostDoublesTheWork)
{
    const Work &work = GetParam();
    const qint64 small = stepsFor(work, 1000);
    const qint64 doubled = stepsFor(work, 2000);
    ASSERT_GT(small, 0);
    RecordProperty("steps_for_1000_measures", std::to_string(small));
    RecordProperty("steps_for_2000_measures", std::to_string(doubled));
    const double ratio = double(doubled) / double(small);
    EXPECT_LE(ratio, work.maxRatio) << small << " steps for 1,000 measures, " << doubled << " for 2,000";
    EXPECT_GE(ratio, work.minRatio) << small << " steps for 1,000 measures, " << doubled << " for 2,000";
}

INSTANTIATE_TEST_SUITE_P(Database, Scaling, ::testing::ValuesIn(works),
                         [](const ::testing::TestParamInfo<Work> &info) { return std::string(info.param.name); });
