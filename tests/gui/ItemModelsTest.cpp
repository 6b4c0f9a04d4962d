#include "GuiTestSupport.h"

#include "models/PlanDocument.h"
#include "models/SamplePlan.h"
#include "models/commands/ItemCommands.h"
#include "views/itemmodels/MeasuresFilterModel.h"
#include "views/itemmodels/MeasuresTableModel.h"
#include "views/itemmodels/PlanOutlineModel.h"

#include <QMimeData>

namespace {

class ItemModelsTest : public GuiTest
{
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        Plan plan;
        QString error;
        ASSERT_TRUE(SamplePlan::load(&plan, &error));
        m_doc = PlanDocument::create(plan, &error);
        ASSERT_TRUE(m_doc) << error.toStdString();
        m_outline.setDocument(m_doc.get());
        m_table.setDocument(m_doc.get());
        m_filter.setMeasuresModel(&m_table);
        m_testers.watch(&m_outline);
        m_testers.watch(&m_table);
        m_testers.watch(&m_filter);
    }
    void TearDown() override
    {
        EXPECT_TRUE(ModelTesters::failures().isEmpty())
            << ModelTesters::failures().join(QLatin1Char('\n')).toStdString();
        m_doc->closeCleanly();
    }
    // The text as the outline shows it: number and title.
    QString outlineText(const PlanOutlineModel::Node &node) const
    {
        const QModelIndex index = m_outline.indexOf(node);
        return index.data(PlanOutlineModel::NumberRole).toString() + QLatin1Char(' ') + index.data().toString();
    }
    int themeId(int index) const { return m_doc->plan().themes[index].id; }

    std::unique_ptr<PlanDocument> m_doc;
    PlanOutlineModel m_outline;
    MeasuresTableModel m_table;
    MeasuresFilterModel m_filter;
    ModelTesters m_testers;
};

TEST_F(ItemModelsTest, OutlineMirrorsThePlanStructure)
{
    const Plan &plan = m_doc->plan();
    EXPECT_EQ(m_outline.rowCount(), 1 + PlanOutlineModel::groupParts().size());
    const QModelIndex themes = m_outline.groupIndex(PlanChange::Part::Theme);
    EXPECT_EQ(m_outline.rowCount(themes), plan.themes.size());
    const QModelIndex firstTheme = m_outline.index(0, 0, themes);
    EXPECT_EQ(m_outline.rowCount(firstTheme), plan.themes[0].measures.size());
    // Typed lookups both ways.
    const int measureId = plan.themes[1].measures[1].id;
    const QModelIndex measure = m_outline.indexOf(OutlineNode::of<Measure>(measureId));
    ASSERT_TRUE(measure.isValid());
    EXPECT_EQ(m_outline.nodeAt(measure).id, measureId);
    EXPECT_EQ(m_outline.nodeAt(measure.parent()).id, plan.themes[1].id);
    EXPECT_EQ(outlineText(OutlineNode::of<Measure>(measureId)), QStringLiteral("② ") + plan.themes[1].measures[1].title);
    EXPECT_EQ(m_table.rowCount(), plan.measureCount());
}

TEST_F(ItemModelsTest, KeyboardMovesAMeasureAcrossThemeBoundaries)
{
    const Plan before = m_doc->plan();
    const int firstOfAll = before.themes[0].measures[0].id;
    EXPECT_FALSE(m_outline.canMoveBy(m_outline.indexOf(OutlineNode::of<Measure>(firstOfAll)), -1));
    const int lastOfAll = before.themes.last().measures.last().id;
    EXPECT_FALSE(m_outline.canMoveBy(m_outline.indexOf(OutlineNode::of<Measure>(lastOfAll)), +1));

    // Up from the first measure of theme 2: the end of theme 1.
    const int first = before.themes[1].measures[0].id;
    ASSERT_TRUE(m_outline.moveBy(m_outline.indexOf(OutlineNode::of<Measure>(first)), -1));
    EXPECT_EQ(m_doc->plan().themes[0].measures.last().id, first);
    EXPECT_EQ(m_doc->plan().themes[1].measures.size(), before.themes[1].measures.size() - 1);
    // And down again: back to the start of theme 2.
    ASSERT_TRUE(m_outline.moveBy(m_outline.indexOf(OutlineNode::of<Measure>(first)), +1));
    EXPECT_TRUE(m_doc->plan() == before);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    EXPECT_TRUE(m_doc->plan() == before);
    EXPECT_EQ(m_doc->undoStack()->index(), 0);
}

TEST_F(ItemModelsTest, KeyboardMoveRenumbersAndUndoes)
{
    const Theme theme = m_doc->plan().themes[1];
    ASSERT_GE(theme.measures.size(), 2);
    const int first = theme.measures[0].id;
    const QModelIndex index = m_outline.indexOf(OutlineNode::of<Measure>(first));
    ASSERT_TRUE(m_outline.moveBy(index, +1));
    EXPECT_EQ(m_doc->plan().themes[1].measures[1].id, first);
    EXPECT_TRUE(outlineText(OutlineNode::of<Measure>(first)).startsWith(QStringLiteral("②")));
    EXPECT_EQ(m_table.indexOfMeasure(first, MeasuresTableModel::NumberColumn).data().toString(), QStringLiteral("2②"));
    m_doc->undoStack()->undo();
    EXPECT_EQ(m_doc->plan().themes[1].measures[0].id, first);
    EXPECT_TRUE(outlineText(OutlineNode::of<Measure>(first)).startsWith(QStringLiteral("①")));
}

TEST_F(ItemModelsTest, DragAMeasureIntoAnotherTheme)
{
    const int measureId = m_doc->plan().themes[0].measures[0].id;
    const QModelIndex source = m_outline.indexOf(OutlineNode::of<Measure>(measureId));
    std::unique_ptr<QMimeData> data(m_outline.mimeData({ source }));
    const QModelIndex target = m_outline.indexOf(OutlineNode::of<Theme>(themeId(2)));
    ASSERT_TRUE(m_outline.canDropMimeData(data.get(), Qt::MoveAction, 1, 0, target));
    ASSERT_TRUE(m_outline.dropMimeData(data.get(), Qt::MoveAction, 1, 0, target));
    EXPECT_EQ(m_doc->plan().measure(measureId)->themeId, themeId(2));
    EXPECT_EQ(m_outline.nodeAt(m_outline.indexOf(OutlineNode::of<Measure>(measureId)).parent()).id, themeId(2));
    EXPECT_EQ(m_outline.rowCount(m_outline.indexOf(OutlineNode::of<Theme>(themeId(0)))), 0);
    // A measure cannot be dropped among the principles.
    EXPECT_FALSE(m_outline.canDropMimeData(data.get(), Qt::MoveAction, 0, 0,
                                           m_outline.groupIndex(PlanChange::Part::Principle)));
    m_doc->undoStack()->undo();
    EXPECT_EQ(m_doc->plan().measure(measureId)->themeId, themeId(0));
    EXPECT_EQ(m_table.measureIdAt(0), measureId);
}

TEST_F(ItemModelsTest, DirectionsComeBeforeMeasuresAndMoveLikeThem)
{
    QUndoStack *stack = m_doc->undoStack();
    const Plan before = m_doc->plan();
    const int theme = themeId(1);
    QList<int> directions;
    for (const QString &text : { QStringLiteral("書かない窓口"), QStringLiteral("行かない窓口") }) {
        Direction d;
        d.id = m_doc->nextId<Direction>();
        d.themeId = theme;
        d.text = text;
        stack->push(new InsertItem<Direction>(m_doc.get(), d, directions.size(), QStringLiteral("add")));
        directions << d.id;
    }
    const QModelIndex themeRow = m_outline.indexOf(OutlineNode::of<Theme>(theme));
    ASSERT_EQ(m_outline.rowCount(themeRow), 2 + before.themes[1].measures.size());
    EXPECT_EQ(outlineText(OutlineNode::of<Direction>(directions[0])), QStringLiteral("▷ 書かない窓口"));
    EXPECT_EQ(m_outline.indexOf(OutlineNode::of<Direction>(directions[1])).row(), 1);
    EXPECT_EQ(m_outline.indexOf(OutlineNode::of<Measure>(before.themes[1].measures[0].id)).row(), 2);

    // The keyboard moves a direction among the theme's directions only.
    const QModelIndex second = m_outline.indexOf(OutlineNode::of<Direction>(directions[1]));
    EXPECT_FALSE(m_outline.canMoveBy(second, +1));
    ASSERT_TRUE(m_outline.moveBy(second, -1));
    EXPECT_EQ(m_doc->plan().themes[1].directions[0].id, directions[1]);
    EXPECT_EQ(m_outline.indexOf(OutlineNode::of<Direction>(directions[1])).row(), 0);

    // Dragged onto another theme, it moves there in one undo step.
    std::unique_ptr<QMimeData> data(m_outline.mimeData({ m_outline.indexOf(OutlineNode::of<Direction>(directions[0])) }));
    const QModelIndex target = m_outline.indexOf(OutlineNode::of<Theme>(themeId(2)));
    EXPECT_FALSE(m_outline.canDropMimeData(data.get(), Qt::MoveAction, 0, 0, m_outline.groupIndex(PlanChange::Part::Theme)));
    ASSERT_TRUE(m_outline.dropMimeData(data.get(), Qt::MoveAction, 0, 0, target));
    ASSERT_EQ(m_doc->plan().themes[2].directions.size(), 1);
    EXPECT_EQ(m_doc->plan().themes[2].directions[0].id, directions[0]);
    EXPECT_EQ(m_outline.indexOf(OutlineNode::of<Direction>(directions[0])).parent(), target);
    EXPECT_EQ(m_outline.rowCount(themeRow), 1 + before.themes[1].measures.size());
    stack->undo();
    EXPECT_EQ(m_doc->plan().themes[1].directions.size(), 2);
    EXPECT_EQ(m_outline.indexOf(OutlineNode::of<Direction>(directions[0])).parent(), themeRow);
    while (stack->canUndo())
        stack->undo();
    EXPECT_TRUE(m_doc->plan() == before);
}

TEST_F(ItemModelsTest, InsertRemoveAndUndoKeepModelsInStep)
{
    QUndoStack *stack = m_doc->undoStack();
    Theme theme;
    theme.id = m_doc->nextId<Theme>();
    theme.title = QStringLiteral("新しいテーマ");
    stack->push(new InsertItem<Theme>(m_doc.get(), theme, 1, QStringLiteral("add")));
    Measure measure;
    measure.id = m_doc->nextId<Measure>();
    measure.themeId = theme.id;
    measure.title = QStringLiteral("新しい施策");
    stack->push(new InsertItem<Measure>(m_doc.get(), measure, 0, QStringLiteral("add")));
    EXPECT_EQ(m_table.rowCount(), m_doc->plan().measureCount());
    EXPECT_EQ(m_outline.rowCount(m_outline.indexOf(OutlineNode::of<Theme>(theme.id))), 1);
    // Removing the theme takes its measure along; undo brings both back.
    stack->push(new RemoveItem<Theme>(m_doc.get(), theme.id, QStringLiteral("remove")));
    EXPECT_FALSE(m_outline.indexOf(OutlineNode::of<Measure>(measure.id)).isValid());
    EXPECT_FALSE(m_table.indexOfMeasure(measure.id).isValid());
    stack->undo();
    EXPECT_TRUE(m_outline.indexOf(OutlineNode::of<Measure>(measure.id)).isValid());
    EXPECT_TRUE(m_table.indexOfMeasure(measure.id).isValid());
    // Removing a department unlinks it; the table's department column follows.
    const int department = m_doc->plan().departments[0].id;
    stack->push(new RemoveItem<Department>(m_doc.get(), department, QStringLiteral("remove")));
    for (int row = 0; row < m_table.rowCount(); ++row)
        EXPECT_FALSE(m_table.measureAt(row)->departmentIds.contains(department));
    while (stack->canUndo())
        stack->undo();
    EXPECT_EQ(m_table.rowCount(), m_doc->plan().measureCount());
    EXPECT_EQ(m_outline.rowCount(m_outline.groupIndex(PlanChange::Part::Theme)), 12);
}

TEST_F(ItemModelsTest, TableSetDataPushesOneCommand)
{
    const QModelIndex title = m_table.index(0, MeasuresTableModel::TitleColumn);
    const QString before = title.data().toString();
    ASSERT_TRUE(m_table.setData(title, QStringLiteral("改名した施策")));
    EXPECT_EQ(m_doc->undoStack()->count(), 1);
    EXPECT_EQ(m_doc->plan().themes[0].measures[0].title, QStringLiteral("改名した施策"));
    EXPECT_TRUE(outlineText(OutlineNode::of<Measure>(m_table.measureIdAt(0))).contains(QStringLiteral("改名した施策")));
    ASSERT_TRUE(m_table.setData(m_table.index(0, MeasuresTableModel::StatusColumn), int(MeasureStatus::Done)));
    EXPECT_EQ(m_doc->plan().themes[0].measures[0].status, MeasureStatus::Done);
    EXPECT_FALSE(m_table.setData(m_table.index(0, MeasuresTableModel::ScheduleColumn), QStringLiteral("x")));
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    EXPECT_EQ(m_table.index(0, MeasuresTableModel::TitleColumn).data().toString(), before);
}

TEST_F(ItemModelsTest, FilterByEveryCriterion)
{
    const Plan &plan = m_doc->plan();
    auto expected = [&plan](const std::function<bool(const Measure &)> &accept) {
        int n = 0;
        for (const Theme &t : plan.themes)
            for (const Measure &m : t.measures)
                n += accept(m) ? 1 : 0;
        return n;
    };
    m_filter.setThemeId(plan.themes[1].id);
    EXPECT_EQ(m_filter.rowCount(), plan.themes[1].measures.size());
    m_filter.clearFilters();
    const int department = plan.departments[1].id;
    m_filter.setDepartmentId(department);
    EXPECT_EQ(m_filter.rowCount(), expected([department](const Measure &m) {
        return m.allDepartments || m.departmentIds.contains(department);
    }));
    EXPECT_GT(m_filter.rowCount(), 0);
    m_filter.clearFilters();
    // Audiences by id: visitors for the first two measures of theme 2.
    AudienceGroup staff;
    staff.id = m_doc->nextId<AudienceGroup>();
    staff.name = QStringLiteral("来訪者");
    m_doc->undoStack()->push(new InsertItem<AudienceGroup>(m_doc.get(), staff, 0, QStringLiteral("add")));
    for (int i = 0; i < 2; ++i) {
        Measure after = plan.themes[1].measures[i];
        after.audienceIds << staff.id;
        m_doc->undoStack()->push(new ReplaceItem<Measure>(m_doc.get(), plan.themes[1].measures[i], after,
                                                          QStringLiteral("audience")));
    }
    m_filter.setAudience(staff.id);
    EXPECT_EQ(m_filter.rowCount(), 2);
    EXPECT_TRUE(m_table.indexOfMeasure(plan.themes[1].measures[0].id, MeasuresTableModel::AudienceColumn)
                    .data().toString().endsWith(QStringLiteral("・来訪者")));
    m_filter.clearFilters();
    const int principle = plan.principles[2].id;
    m_filter.setPrincipleId(principle);
    EXPECT_EQ(m_filter.rowCount(), expected([principle](const Measure &m) { return m.principleIds.contains(principle); }));
    m_filter.clearFilters();
    m_filter.setStatus(int(MeasureStatus::Done));
    EXPECT_EQ(m_filter.rowCount(), expected([](const Measure &m) { return m.status == MeasureStatus::Done; }));
    m_filter.clearFilters();
    m_filter.setText(QStringLiteral("マイナンバー"));
    EXPECT_EQ(m_filter.rowCount(), expected([](const Measure &m) {
        const QString key = QStringLiteral("マイナンバー");
        return m.title.contains(key) || m.overview.contains(key) || m.effect.contains(key);
    }));
    EXPECT_GT(m_filter.rowCount(), 0);
    m_filter.setText(QStringLiteral("存在しない語句"));
    EXPECT_EQ(m_filter.rowCount(), 0);
}

} // namespace
