#include "models/DatabaseConnection.h"
#include "models/PlanDocument.h"
#include "models/PlanFileReader.h"
#include "models/PlanStore.h"
#include "models/commands/ItemCommands.h"
#include "tests/support/TestSupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <functional>

// An edit is all-or-nothing: when a write to the working database fails
// part way, the statements before it are rolled back, the plan on screen is
// what it was, the undo stack does not keep the step, the failure is told
// once, and a later save writes exactly what the screen shows.
namespace {

struct Injection
{
    const char *name;
    // A real SQLite failure in the working database, made from outside
    // the document: a trigger that aborts the Nth write to a table.
    const char *trigger;
    // One that makes undoing the command fail part way.
    const char *undoTrigger;
    std::function<QUndoCommand *(PlanDocument *)> command;
};

// Test names in ctest's output say which case, not the struct's bytes.
void PrintTo(const Injection &c, std::ostream *os)
{
    *os << c.name;
}

Measure firstMeasure(const Plan &plan) { return plan.themes.first().measures.first(); }

QUndoCommand *retitleAndReschedule(PlanDocument *doc)
{
    const Measure before = firstMeasure(doc->plan());
    Measure after = before;
    after.title = QStringLiteral("書き換えた施策");
    after.phases.append(Phase { Phase::Kind::Operate, QStringLiteral("運用"), 2027, 0, 2028, 0 });
    return new ReplaceItem<Measure>(doc, before, after, QStringLiteral("edit"));
}

QUndoCommand *insertTheme(PlanDocument *doc)
{
    Theme theme;
    theme.id = doc->nextId<Theme>();
    theme.title = QStringLiteral("新しいテーマ");
    Measure m;
    m.id = doc->nextId<Measure>();
    m.themeId = theme.id;
    m.title = QStringLiteral("新しい施策");
    theme.measures << m;
    return new InsertItem<Theme>(doc, theme, 0, QStringLiteral("insert"));
}

QUndoCommand *removeDepartment(PlanDocument *doc)
{
    // The department most measures refer to: its removal rewrites them first.
    QHash<int, int> uses;
    for (const Theme &t : doc->plan().themes)
        for (const Measure &m : t.measures)
            for (int id : m.departmentIds)
                ++uses[id];
    int best = doc->plan().departments.first().id;
    for (auto it = uses.begin(); it != uses.end(); ++it)
        if (it.value() > uses.value(best))
            best = it.key();
    return new RemoveItem<Department>(doc, best, QStringLiteral("remove"));
}

QUndoCommand *changeInfo(PlanDocument *doc)
{
    PlanInfo info = doc->plan().info;
    info.title = QStringLiteral("改題");
    return new ChangeInfo(doc, info, QStringLiteral("info"));
}

QUndoCommand *moveMeasureToLastTheme(PlanDocument *doc)
{
    const Plan &plan = doc->plan();
    return new MoveMeasure(doc, firstMeasure(plan).id, plan.themes.last().id, 0, QStringLiteral("move"));
}

// Pasted rows (EditGroup): a measure retitled, then a new one added.
QUndoCommand *pasteRows(PlanDocument *doc)
{
    auto *group = new EditGroup(doc, QStringLiteral("paste"));
    const Measure before = firstMeasure(doc->plan());
    Measure after = before;
    after.title = QStringLiteral("貼り付けた施策");
    new ReplaceItem<Measure>(doc, before, after, QStringLiteral("paste"), -1, group);
    Measure added;
    added.id = doc->nextId<Measure>();
    added.themeId = doc->plan().themes.last().id;
    added.title = QStringLiteral("新しい施策");
    new InsertItem<Measure>(doc, added, int(doc->plan().themes.last().measures.size()), QStringLiteral("paste"), group);
    return group;
}

class EditFailureTest : public ::testing::TestWithParam<Injection>
{
protected:
    void SetUp() override
    {
        QString error;
        m_doc = PlanDocument::create(samplePlan(), &error);
        ASSERT_TRUE(m_doc) << error.toStdString();
    }
    void TearDown() override { m_doc->closeCleanly(); }

    void runOnWorkingCopy(const QString &sql)
    {
        DatabaseConnection c;
        ASSERT_TRUE(c.open(m_doc->workingCopyPath(), DatabaseConnection::Mode::ReadWrite));
        QSqlQuery q(c.database());
        ASSERT_TRUE(q.exec(sql)) << sql.toStdString() << ": " << q.lastError().text().toStdString();
    }

    Plan stored() const { return storedPlan(m_doc->workingCopyPath()); }

    // After the failure: a save writes what the screen shows.
    void expectSaveMatchesScreen()
    {
        runOnWorkingCopy(QStringLiteral("DROP TRIGGER IF EXISTS injected"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("after.dxplan"));
        QString error;
        ASSERT_EQ(m_doc->save(path, false, &error), PlanDocument::SaveResult::Saved) << error.toStdString();
        PlanFileReader reader;
        PlanFileReader::Result result;
        ASSERT_TRUE(reader.read(path, &result)) << reader.errorString().toStdString();
        EXPECT_TRUE(result.plan == m_doc->plan());
    }

    std::unique_ptr<PlanDocument> m_doc;
};

TEST_P(EditFailureTest, AFailedEditLeavesNoTrace)
{
    const Plan before = m_doc->plan();
    runOnWorkingCopy(QString::fromUtf8(GetParam().trigger));
    QStringList failures;
    QObject::connect(m_doc.get(), &PlanDocument::storageFailed, [&](const QString &m) { failures << m; });
    QUndoStack *stack = m_doc->undoStack();
    stack->push(GetParam().command(m_doc.get()));

    ASSERT_EQ(failures.size(), 1);
    EXPECT_TRUE(failures.first().contains(QStringLiteral("injected"))) << failures.first().toStdString();
    EXPECT_TRUE(m_doc->plan().info == before.info);
    EXPECT_TRUE(m_doc->plan() == before);
    EXPECT_TRUE(stored() == before);
    EXPECT_EQ(stack->count(), 0);
    EXPECT_FALSE(m_doc->isModified());
    expectSaveMatchesScreen();
}

TEST_P(EditFailureTest, AFailedUndoKeepsTheEditAndDropsTheStep)
{
    QUndoStack *stack = m_doc->undoStack();
    stack->push(GetParam().command(m_doc.get()));
    ASSERT_EQ(stack->count(), 1);
    const Plan edited = m_doc->plan();
    runOnWorkingCopy(QString::fromUtf8(GetParam().undoTrigger));
    QStringList failures;
    QObject::connect(m_doc.get(), &PlanDocument::storageFailed, [&](const QString &m) { failures << m; });
    stack->undo();
    EXPECT_EQ(failures.size(), 1);
    EXPECT_TRUE(m_doc->plan() == edited);
    EXPECT_TRUE(stored() == edited);
    EXPECT_EQ(stack->count(), 0);
    expectSaveMatchesScreen();
}

INSTANTIATE_TEST_SUITE_P(
    Injected, EditFailureTest,
    ::testing::Values(
        // The measure row is written, then its phases fail.
        Injection { "MeasureThenPhases",
                    "CREATE TRIGGER injected BEFORE INSERT ON phases BEGIN SELECT RAISE(ABORT, 'injected'); END",
                    "CREATE TRIGGER injected BEFORE INSERT ON phases BEGIN SELECT RAISE(ABORT, 'injected'); END",
                    retitleAndReschedule },
        // The theme row is written, then its measure fails.
        Injection { "ThemeThenMeasures",
                    "CREATE TRIGGER injected BEFORE INSERT ON measures BEGIN SELECT RAISE(ABORT, 'injected'); END",
                    "CREATE TRIGGER injected BEFORE DELETE ON measures BEGIN SELECT RAISE(ABORT, 'injected'); END",
                    insertTheme },
        // Measures lose the department (child commands), then the department
        // itself cannot go — or, undoing, cannot come back.
        Injection { "ReferencesThenDepartment",
                    "CREATE TRIGGER injected BEFORE DELETE ON departments BEGIN SELECT RAISE(ABORT, 'injected'); END",
                    "CREATE TRIGGER injected BEFORE INSERT ON measure_departments BEGIN SELECT RAISE(ABORT, 'injected'); END",
                    removeDepartment },
        Injection { "PlanInfo",
                    "CREATE TRIGGER injected BEFORE UPDATE ON plan_info BEGIN SELECT RAISE(ABORT, 'injected'); END",
                    "CREATE TRIGGER injected BEFORE UPDATE ON plan_info BEGIN SELECT RAISE(ABORT, 'injected'); END",
                    changeInfo },
        // The positions in the old theme are written, then the moved measure fails.
        Injection { "MeasureAcrossThemes",
                    "CREATE TRIGGER injected BEFORE UPDATE OF theme_id ON measures BEGIN SELECT RAISE(ABORT, 'injected'); END",
                    "CREATE TRIGGER injected BEFORE UPDATE OF theme_id ON measures BEGIN SELECT RAISE(ABORT, 'injected'); END",
                    moveMeasureToLastTheme },
        // A pasted row updates a measure, then the next row's new measure fails.
        Injection { "PastedRows",
                    "CREATE TRIGGER injected BEFORE INSERT ON measures BEGIN SELECT RAISE(ABORT, 'injected'); END",
                    "CREATE TRIGGER injected BEFORE DELETE ON measures BEGIN SELECT RAISE(ABORT, 'injected'); END",
                    pasteRows }),
    [](const ::testing::TestParamInfo<Injection> &info) { return std::string(info.param.name); });

TEST(EditLimits, ATextOverTheLimitIsRefusedAsAWhole)
{
    QString error;
    std::unique_ptr<PlanDocument> doc = PlanDocument::create(samplePlan(), &error);
    ASSERT_TRUE(doc) << error.toStdString();
    const Plan before = doc->plan();
    const Measure m = firstMeasure(before);
    Measure after = m;
    after.title = QStringLiteral("短い題");
    after.overview = QString((1 << 20) + 1, QLatin1Char('x'));
    QStringList failures;
    QObject::connect(doc.get(), &PlanDocument::storageFailed, [&](const QString &m) { failures << m; });
    doc->undoStack()->push(new ReplaceItem<Measure>(doc.get(), m, after, QStringLiteral("edit")));
    ASSERT_EQ(failures.size(), 1);
    EXPECT_TRUE(failures.first().contains(QStringLiteral("longer than"))) << failures.first().toStdString();
    EXPECT_TRUE(doc->plan() == before);
    EXPECT_EQ(doc->undoStack()->count(), 0);
    doc->closeCleanly();
}

} // namespace
