#include "models/DatabaseConnection.h"
#include "models/PlanDocument.h"
#include "models/PlanStore.h"
#include "models/Numbering.h"
#include "models/commands/ItemCommands.h"
#include "tests/support/TestSupport.h"

// Every command: redo, check; undo, check; redo, check — and the working
// database always holds exactly what the document shows.
namespace {

class CommandsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        // The sample's KPI is linked to no measure (the plan links none):
        // link it to its theme's measures so that unlinking is tested.
        Plan plan = samplePlan();
        Kpi &card = plan.kpis[0];
        if (const Theme *theme = plan.theme(card.themeId))
            for (const Measure &m : theme->measures)
                card.measureIds << m.id;
        m_doc = PlanDocument::create(plan, &error);
        ASSERT_TRUE(m_doc) << error.toStdString();
        m_original = m_doc->plan();
    }
    void TearDown() override { m_doc->closeCleanly(); }

    // The plan as stored in the working database right now.
    Plan stored() const { return storedPlan(m_doc->workingCopyPath()); }

    // Pushes `command`, then checks redo/undo/redo against `check`.
    void exercise(QUndoCommand *command, const std::function<void(const Plan &)> &check)
    {
        QUndoStack *stack = m_doc->undoStack();
        stack->push(command);
        check(m_doc->plan());
        EXPECT_TRUE(stored() == m_doc->plan());
        EXPECT_TRUE(m_doc->isModified());
        stack->undo();
        EXPECT_TRUE(m_doc->plan() == m_original);
        EXPECT_TRUE(stored() == m_original);
        EXPECT_FALSE(m_doc->isModified());
        stack->redo();
        check(m_doc->plan());
        EXPECT_TRUE(stored() == m_doc->plan());
    }

    std::unique_ptr<PlanDocument> m_doc;
    Plan m_original;
};

} // namespace

TEST_F(CommandsTest, ChangeInfo)
{
    PlanInfo info = m_original.info;
    info.vision = QStringLiteral("新しい基本理念");
    info.endYear = 2030;
    exercise(new ChangeInfo(m_doc.get(), info, QStringLiteral("Edit vision")), [](const Plan &p) {
        EXPECT_EQ(p.info.vision, QStringLiteral("新しい基本理念"));
        EXPECT_EQ(p.info.endYear, 2030);
    });
}

TEST_F(CommandsTest, ReplaceMeasureWithNewSchedule)
{
    Measure before = m_original.themes[1].measures[0];
    Measure after = before;
    after.title = QStringLiteral("電子申請サービスの拡充");
    after.phases = { { Phase::Kind::Procure, QStringLiteral("調達・移行準備"), 2024, 9, 2025, 3 } };
    after.milestones = { { QStringLiteral("標準準拠システムへ移行"), 2025, 1 } };
    exercise(new ReplaceItem<Measure>(m_doc.get(), before, after, QStringLiteral("Edit measure")), [&](const Plan &p) {
        EXPECT_TRUE(*p.measure(before.id) == after);
    });
}

TEST_F(CommandsTest, InsertMeasureGetsANewIdAndNumber)
{
    Measure m;
    m.id = m_doc->nextId<Measure>();
    m.themeId = m_original.themes[0].id;
    m.title = QStringLiteral("水道料金システムの標準化");
    EXPECT_EQ(m.id, m_original.measureCount() + 1);
    exercise(new InsertItem<Measure>(m_doc.get(), m, 0, QStringLiteral("Add measure")), [&](const Plan &p) {
        EXPECT_EQ(p.measureCount(), m_original.measureCount() + 1);
        const PlanNumbers numbers(p);
        EXPECT_EQ(numbers.measure(m.id), QStringLiteral("①"));
        EXPECT_EQ(numbers.measure(m_original.themes[0].measures[0].id), QStringLiteral("②"));
    });
}

TEST_F(CommandsTest, RemovingADepartmentUnlinksItFromMeasures)
{
    const int generalAffairs = m_original.departments[0].id;
    int users = 0;
    for (const Theme &t : m_original.themes)
        for (const Measure &m : t.measures)
            users += m.departmentIds.contains(generalAffairs);
    ASSERT_GT(users, 0);
    exercise(new RemoveItem<Department>(m_doc.get(), generalAffairs, QStringLiteral("Remove department")), [&](const Plan &p) {
        EXPECT_EQ(p.department(generalAffairs), nullptr);
        for (const Theme &t : p.themes)
            for (const Measure &m : t.measures)
                EXPECT_FALSE(m.departmentIds.contains(generalAffairs));
    });
}

TEST_F(CommandsTest, RemovingAThemeTakesItsMeasuresAndUnlinksKpis)
{
    const Kpi &card = m_original.kpis[0];
    ASSERT_NE(card.themeId, 0);
    ASSERT_FALSE(card.measureIds.isEmpty());
    const Theme theme = *m_original.theme(card.themeId);
    exercise(new RemoveItem<Theme>(m_doc.get(), theme.id, QStringLiteral("Remove theme")), [&](const Plan &p) {
        EXPECT_EQ(p.theme(theme.id), nullptr);
        EXPECT_EQ(p.measureCount(), m_original.measureCount() - theme.measures.size());
        EXPECT_EQ(p.kpis[0].themeId, 0);
        EXPECT_TRUE(p.kpis[0].measureIds.isEmpty());
    });
}

TEST_F(CommandsTest, RemovingAPrincipleUnlinksThemesAndMeasures)
{
    const int principle = m_original.principles[2].id;
    exercise(new RemoveItem<Principle>(m_doc.get(), principle, QStringLiteral("Remove principle")), [&](const Plan &p) {
        EXPECT_EQ(p.principles.size(), 2);
        for (const Theme &t : p.themes) {
            EXPECT_FALSE(t.principleIds.contains(principle));
            for (const Measure &m : t.measures)
                EXPECT_FALSE(m.principleIds.contains(principle));
        }
    });
}

TEST_F(CommandsTest, RemovingASectionLeavesItsThemesDirectlyUnderThePlan)
{
    const int section = m_original.sections[0].id;
    int inSection = 0;
    for (const Theme &t : m_original.themes)
        inSection += t.sectionId == section;
    ASSERT_GT(inSection, 1);
    exercise(new RemoveItem<Section>(m_doc.get(), section, QStringLiteral("Remove section")), [&](const Plan &p) {
        EXPECT_EQ(p.section(section), nullptr);
        EXPECT_EQ(p.themes.size(), m_original.themes.size());
        for (const Theme &t : p.themes)
            EXPECT_EQ(t.sectionId, 0);
    });
}

TEST_F(CommandsTest, RemovingAnAudienceUnlinksItFromMeasures)
{
    const int audience = m_original.audiences[0].id;
    int users = 0;
    for (const Theme &t : m_original.themes)
        for (const Measure &m : t.measures)
            users += m.audienceIds.contains(audience);
    ASSERT_GT(users, 0);
    exercise(new RemoveItem<AudienceGroup>(m_doc.get(), audience, QStringLiteral("Remove audience")), [&](const Plan &p) {
        EXPECT_EQ(p.audience(audience), nullptr);
        for (const Theme &t : p.themes)
            for (const Measure &m : t.measures)
                EXPECT_FALSE(m.audienceIds.contains(audience));
    });
}

TEST_F(CommandsTest, DirectionsAndThemeBarsBelongToTheirTheme)
{
    const Theme before = m_original.themes[2];
    Direction d;
    d.id = m_doc->nextId<Direction>();
    d.themeId = before.id;
    d.text = QStringLiteral("窓口での申請支援を続ける");
    exercise(new InsertItem<Direction>(m_doc.get(), d, 0, QStringLiteral("Add direction")), [&](const Plan &p) {
        ASSERT_NE(p.direction(d.id), nullptr);
        EXPECT_EQ(p.theme(before.id)->directions, QList<Direction> { d });
    });
    m_doc->undoStack()->undo();

    Theme after = before;
    after.phases = { { Phase::Kind::Build, QStringLiteral("統合財務会計システム改修"), 2026, 0, 2026, 0 } };
    after.milestones = { { QStringLiteral("収納開始"), 2026, 9 } };
    exercise(new ReplaceItem<Theme>(m_doc.get(), before, after, QStringLiteral("Edit theme")), [&](const Plan &p) {
        EXPECT_EQ(p.theme(before.id)->phases, after.phases);
        EXPECT_EQ(p.theme(before.id)->milestones, after.milestones);
        EXPECT_EQ(p.theme(before.id)->measures, before.measures);
    });
}

// Removing a theme takes its directions with it, and undo brings them
// back with their ids.
TEST_F(CommandsTest, RemovingAThemeTakesItsDirections)
{
    Theme theme = m_original.themes[0];
    Direction d { m_doc->nextId<Direction>(), theme.id, QStringLiteral("方向性") };
    m_doc->undoStack()->push(new InsertItem<Direction>(m_doc.get(), d, 0, QStringLiteral("Add direction")));
    m_doc->undoStack()->setClean();
    m_original = m_doc->plan();
    exercise(new RemoveItem<Theme>(m_doc.get(), theme.id, QStringLiteral("Remove theme")), [&](const Plan &p) {
        EXPECT_EQ(p.theme(theme.id), nullptr);
        EXPECT_EQ(p.direction(d.id), nullptr);
    });
    EXPECT_EQ(m_doc->nextId<Direction>(), d.id + 1);
}

TEST_F(CommandsTest, MoveThemeRenumbers)
{
    const int last = m_original.themes.last().id;
    exercise(new MoveItem<Theme>(m_doc.get(), last, 0, QStringLiteral("Move theme")), [&](const Plan &p) {
        // The last theme is (7) of section 6 その他事項: moved first, its
        // section comes first and the themes outside sections follow.
        const PlanNumbers numbers(p);
        EXPECT_EQ(numbers.fullTheme(last), QStringLiteral("1(1)"));
        EXPECT_EQ(numbers.fullTheme(m_original.themes[0].id), QStringLiteral("2"));
    });
}

TEST_F(CommandsTest, MoveMeasureToAnotherTheme)
{
    const Measure moved = m_original.themes[1].measures[3];
    const int target = m_original.themes[0].id;
    exercise(new MoveMeasure(m_doc.get(), moved.id, target, 1, QStringLiteral("Move measure")), [&](const Plan &p) {
        EXPECT_EQ(p.measure(moved.id)->themeId, target);
        EXPECT_EQ(PlanNumbers(p).measure(moved.id), QStringLiteral("②"));
        EXPECT_EQ(p.themes[1].measures.size(), m_original.themes[1].measures.size() - 1);
    });
}

TEST_F(CommandsTest, TypingMergesIntoOneCommandPerField)
{
    QUndoStack *stack = m_doc->undoStack();
    Measure m = m_original.themes[0].measures[0];
    const QString original = m.title;
    for (const QString &text : { QStringLiteral("基"), QStringLiteral("基幹"), QStringLiteral("基幹系") }) {
        const Measure before = *m_doc->plan().measure(m.id);
        Measure after = before;
        after.title = text;
        stack->push(new ReplaceItem<Measure>(m_doc.get(), before, after, QStringLiteral("Edit title"), 1));
    }
    EXPECT_EQ(stack->count(), 1);
    EXPECT_EQ(m_doc->plan().measure(m.id)->title, QStringLiteral("基幹系"));
    // Another field starts a new command.
    Measure after = *m_doc->plan().measure(m.id);
    after.effect = QStringLiteral("効果");
    stack->push(new ReplaceItem<Measure>(m_doc.get(), *m_doc->plan().measure(m.id), after, QStringLiteral("Edit effect"), 2));
    EXPECT_EQ(stack->count(), 2);
    stack->undo();
    stack->undo();
    EXPECT_EQ(m_doc->plan().measure(m.id)->title, original);
    EXPECT_TRUE(stored() == m_original);
}

TEST_F(CommandsTest, ChangeSignalNamesWhatChanged)
{
    QList<PlanChange> changes;
    QObject::connect(m_doc.get(), &PlanDocument::changed, [&](const PlanChange &c) { changes << c; });
    const Measure before = m_original.themes[2].measures[1];
    Measure after = before;
    after.status = MeasureStatus::InProgress;
    m_doc->undoStack()->push(new ReplaceItem<Measure>(m_doc.get(), before, after, QStringLiteral("Status")));
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes[0].part, PlanChange::Part::Measure);
    EXPECT_EQ(changes[0].action, PlanChange::Action::Changed);
    EXPECT_EQ(changes[0].id, before.id);
    EXPECT_EQ(changes[0].themeId, before.themeId);
}

TEST_F(CommandsTest, UndoingBackToTheSavedStateClearsModified)
{
    QTemporaryDir dir;
    QString error;
    ASSERT_EQ(m_doc->save(dir.filePath(QStringLiteral("p.dxplan")), false, &error), PlanDocument::SaveResult::Saved);
    EXPECT_FALSE(m_doc->isModified());
    PlanInfo info = m_doc->plan().info;
    info.title = QStringLiteral("改定版");
    m_doc->undoStack()->push(new ChangeInfo(m_doc.get(), info, QStringLiteral("Rename")));
    EXPECT_TRUE(m_doc->isModified());
    m_doc->undoStack()->undo();
    EXPECT_FALSE(m_doc->isModified());
}

TEST_F(CommandsTest, AThemeInsertedWithMeasuresReservesTheirIds)
{
    Theme theme;
    theme.id = m_doc->nextId<Theme>();
    theme.title = QStringLiteral("新しい取組テーマ");
    for (int i = 0; i < 2; ++i) {
        Measure m;
        m.id = m_doc->nextId<Measure>() + i;
        m.themeId = theme.id;
        m.title = QStringLiteral("施策%1").arg(i + 1);
        theme.measures << m;
    }
    m_doc->undoStack()->push(new InsertItem<Theme>(m_doc.get(), theme, 0, QStringLiteral("Add theme")));
    // The next new measure must not reuse an id the theme brought along.
    Measure next;
    next.id = m_doc->nextId<Measure>();
    next.themeId = theme.id;
    next.title = QStringLiteral("施策3");
    EXPECT_EQ(next.id, theme.measures.last().id + 1);
    m_doc->undoStack()->push(new InsertItem<Measure>(m_doc.get(), next, 2, QStringLiteral("Add measure")));
    EXPECT_EQ(m_doc->plan().measureCount(), m_original.measureCount() + 3);
    EXPECT_TRUE(stored() == m_doc->plan());
}

// The document keeps its numbers between changes; after every change of
// order, its undo and redo, and an edit that changes no order, they are
// the numbers worked out afresh.
TEST_F(CommandsTest, KeptNumbersFollowEveryChangeOfOrder)
{
    QUndoStack *stack = m_doc->undoStack();
    auto expectFresh = [&](const char *step) {
        const PlanNumbers fresh(m_doc->plan());
        for (const Theme &t : m_doc->plan().themes) {
            EXPECT_EQ(m_doc->numbers().fullTheme(t.id), fresh.fullTheme(t.id)) << step;
            for (const Measure &m : t.measures)
                EXPECT_EQ(m_doc->numbers().fullMeasure(m.id), fresh.fullMeasure(m.id)) << step;
        }
    };
    const Measure moved = m_original.themes[1].measures[3];
    const QString before = m_doc->numbers().fullMeasure(moved.id);
    expectFresh("opened");
    stack->push(new MoveMeasure(m_doc.get(), moved.id, m_original.themes[0].id, 0, QStringLiteral("Move measure")));
    EXPECT_NE(m_doc->numbers().fullMeasure(moved.id), before);
    expectFresh("moved");
    stack->push(new MoveItem<Theme>(m_doc.get(), m_original.themes.last().id, 0, QStringLiteral("Move theme")));
    expectFresh("theme moved");
    Measure renamed = *m_doc->plan().measure(moved.id);
    const Measure old = renamed;
    renamed.title = QStringLiteral("名前だけ変えた施策");
    stack->push(new ReplaceItem<Measure>(m_doc.get(), old, renamed, QStringLiteral("Edit title")));
    expectFresh("renamed");
    PlanInfo info = m_doc->plan().info;
    info.numbering[PlanInfo::MeasureLevel].style = LevelNumbering::Style::Dai;
    stack->push(new ChangeInfo(m_doc.get(), info, QStringLiteral("Numbering")));
    EXPECT_TRUE(m_doc->numbers().fullMeasure(moved.id).contains(QStringLiteral("第"))) << m_doc->numbers().fullMeasure(moved.id).toStdString();
    expectFresh("restyled");
    while (stack->canUndo()) {
        stack->undo();
        expectFresh("undone");
    }
    EXPECT_EQ(m_doc->numbers().fullMeasure(moved.id), before);
    while (stack->canRedo()) {
        stack->redo();
        expectFresh("redone");
    }
}
