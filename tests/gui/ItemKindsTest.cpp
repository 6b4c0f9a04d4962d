#include "GuiTestSupport.h"

#include "models/ItemKinds.h"
#include "models/PlanDocument.h"
#include "models/SamplePlan.h"
#include "views/editors/ItemEditorFactory.h"
#include "views/editors/ItemFieldEditor.h"
#include "views/itemmodels/ItemLabels.h"
#include "views/itemmodels/PlanOutlineModel.h"
#include "views/window/PlanEditing.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

// Every kind of ItemKinds.h, through the views only: its outline group,
// adding through PlanEditing (undo, redo), an editor from the factory
// whose edit is an undo command, and removal. A kind added to ItemKinds.h
// is tested here without a line of this file changing.

namespace {

using Part = PlanChange::Part;

std::vector<Part> everyKind()
{
    std::vector<Part> parts;
    forEachKind([&](auto tag) { parts.push_back(ItemKind<typename decltype(tag)::Type>::part); });
    return parts;
}

std::string kindName(const ::testing::TestParamInfo<Part> &info)
{
    std::string name;
    forKind(info.param, [&](auto tag) {
        name = ItemLabels::identifier(ItemKind<typename decltype(tag)::Type>::words.name, true).toStdString();
    });
    return name;
}

class ItemKindsTest : public GuiTest, public ::testing::WithParamInterface<Part>
{
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        Plan plan;
        QString error;
        ASSERT_TRUE(SamplePlan::load(&plan, &error)) << error.toStdString();
        m_doc = PlanDocument::create(plan, &error);
        ASSERT_TRUE(m_doc) << error.toStdString();
        m_outline.setDocument(m_doc.get());
        m_testers.watch(&m_outline);
    }
    void TearDown() override
    {
        EXPECT_TRUE(ModelTesters::failures().isEmpty())
            << ModelTesters::failures().join(QLatin1Char('\n')).toStdString();
        m_outline.setDocument(nullptr);
        m_doc->closeCleanly();
    }

    // Types into the first line (or, without one, paragraph) of the form.
    static bool typeIntoFirstField(ItemFieldEditor *editor)
    {
        const auto lines = editor->findChildren<QLineEdit *>(QString(), Qt::FindDirectChildrenOnly);
        if (!lines.isEmpty()) {
            QTest::keyClicks(lines.first(), QStringLiteral("Edited"));
            return true;
        }
        const auto texts = editor->findChildren<QPlainTextEdit *>(QString(), Qt::FindDirectChildrenOnly);
        if (!texts.isEmpty()) {
            QTest::keyClicks(texts.first(), QStringLiteral("Edited"));
            return true;
        }
        return false;
    }

    template<typename T>
    void exercise()
    {
        using Kind = ItemKind<T>;
        PlanDocument *doc = m_doc.get();
        QUndoStack *stack = doc->undoStack();
        const Plan original = doc->plan();
        const int themeId = Kind::isChild ? original.themes.first().id : 0;

        // Its group: the kind's group row, or for a child kind its theme.
        const QModelIndex list = m_outline.listIndex(Kind::part, themeId);
        ASSERT_TRUE(list.isValid());
        if constexpr (!Kind::isChild) {
            EXPECT_EQ(m_outline.nodeAt(list).type, OutlineNode::Type::Group);
            EXPECT_EQ(m_outline.nodeAt(list).part, Kind::part);
            EXPECT_TRUE(list.data().toString().startsWith(Kind::words.tr(Kind::words.group)));
        }
        const int rowsBefore = m_outline.rowCount(list);
        const int countBefore = Kind::list(original, themeId).size();

        // Add it, with the theme (or nothing) selected.
        const OutlineNode selected = Kind::isChild ? OutlineNode::of<Theme>(themeId) : OutlineNode();
        const OutlineNode added = PlanEditing::addItem(doc, Kind::part, selected);
        ASSERT_TRUE(added.is(Kind::part));
        ASSERT_NE(findItem<T>(doc->plan(), added.id), nullptr);
        EXPECT_EQ(Kind::list(doc->plan(), themeId).size(), countBefore + 1);
        EXPECT_EQ(m_outline.rowCount(list), rowsBefore + 1);
        const QModelIndex row = m_outline.indexOf(added);
        ASSERT_TRUE(row.isValid());
        EXPECT_EQ(row.parent(), list);
        EXPECT_EQ(stack->count(), 1);
        stack->undo();
        EXPECT_EQ(findItem<T>(doc->plan(), added.id), nullptr);
        EXPECT_FALSE(m_outline.indexOf(added).isValid());
        EXPECT_EQ(m_outline.rowCount(list), rowsBefore);
        EXPECT_TRUE(doc->plan() == original);
        stack->redo();
        ASSERT_NE(findItem<T>(doc->plan(), added.id), nullptr);
        ASSERT_TRUE(m_outline.indexOf(added).isValid());

        // Its editor: a typed edit is one undo command, and the outline
        // shows the item as it now is.
        std::unique_ptr<ItemFieldEditor> editor(ItemEditorFactory::create(doc, added, nullptr));
        ASSERT_NE(editor, nullptr);
        const T beforeEdit = *findItem<T>(doc->plan(), added.id);
        ASSERT_TRUE(typeIntoFirstField(editor.get()));
        EXPECT_EQ(stack->count(), 2);
        const T edited = *findItem<T>(doc->plan(), added.id);
        EXPECT_FALSE(edited == beforeEdit);
        const QString title = ItemLabels::title(edited);
        EXPECT_EQ(m_outline.indexOf(added).data().toString(),
                  title.isEmpty() ? PlanOutlineModel::tr("(untitled)") : title);
        stack->undo();
        EXPECT_TRUE(*findItem<T>(doc->plan(), added.id) == beforeEdit);
        stack->redo();

        // Remove it; undo brings it back.
        ASSERT_TRUE(PlanEditing::removeItem(doc, m_outline.nodeAt(m_outline.indexOf(added))));
        EXPECT_EQ(findItem<T>(doc->plan(), added.id), nullptr);
        EXPECT_EQ(m_outline.rowCount(list), rowsBefore);
        stack->undo();
        EXPECT_TRUE(*findItem<T>(doc->plan(), added.id) == edited);
        stack->redo();
        EXPECT_FALSE(m_outline.indexOf(added).isValid());

        while (stack->canUndo())
            stack->undo();
        EXPECT_TRUE(doc->plan() == original);
    }

    std::unique_ptr<PlanDocument> m_doc;
    PlanOutlineModel m_outline;
    ModelTesters m_testers;
};

TEST_P(ItemKindsTest, AddEditAndRemoveThroughTheViews)
{
    ASSERT_TRUE(forKind(GetParam(), [this](auto tag) { exercise<typename decltype(tag)::Type>(); }));
}

INSTANTIATE_TEST_SUITE_P(EveryKind, ItemKindsTest, ::testing::ValuesIn(everyKind()), kindName);

TEST(ItemKindsList, EveryKindHasAGroupOrLivesInATheme)
{
    const auto &groups = PlanOutlineModel::groupParts();
    const auto &children = PlanOutlineModel::childParts();
    EXPECT_EQ(size_t(groups.size() + children.size()), everyKind().size());
    EXPECT_EQ(children, QList<Part>({ Part::Direction, Part::Measure }));
}

} // namespace
