#include "GuiTestSupport.h"

#include "models/PlanDocument.h"
#include "models/SamplePlan.h"
#include "models/commands/ItemCommands.h"
#include "views/editors/ItemEditorFactory.h"
#include "views/editors/ItemFieldEditor.h"
#include "views/editors/ScheduleEditor.h"
#include "views/itemmodels/ItemLabels.h"
#include "views/itemmodels/MeasuresTableModel.h"
#include "views/itemmodels/PlanOutlineModel.h"
#include "views/window/MainWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

// The plan's settings and the numbers they give: the Info editor
// (organisation kind, language, open-ended period, numbering, phase
// names), a theme's section and its own schedule, the numbers the outline
// and the measures table show for a Nishinoshima-like and an Okayama-like
// plan, and File > New from Sample.

namespace {

using Part = PlanChange::Part;

// The Nishinoshima sample as its printed plan has it: 重点的に取り組む事項1–5
// are themes, 6 is the section その他事項 holding themes (1)–(7).
Plan nishinoshimaLike()
{
    Plan plan;
    QString error;
    EXPECT_TRUE(SamplePlan::load(QStringLiteral("nishinoshima"), &plan, &error)) << error.toStdString();
    plan.sections = { { 1, QStringLiteral("その他事項"), QString() } };
    for (int i = 0; i < plan.themes.size(); ++i)
        plan.themes[i].sectionId = i < 5 ? 0 : 1;
    using Style = LevelNumbering::Style;
    plan.info.numbering[PlanInfo::SectionLevel] = { Style::Arabic, QStringLiteral("重点的に取り組む事項"), true };
    plan.info.numbering[PlanInfo::ThemeLevel] = { Style::Parenthesised, QString(), true };
    plan.info.numbering[PlanInfo::MeasureLevel] = { Style::Circled, QString(), true };
    return plan;
}

// Okayama's numbering ((1) sections, ア themes, unnumbered measures) with
// two sections of themes.
Plan okayamaLike()
{
    Plan plan;
    QString error;
    EXPECT_TRUE(SamplePlan::load(QStringLiteral("okayama"), &plan, &error)) << error.toStdString();
    // The sample's own themes and audiences give way to the test's.
    plan.themes.clear();
    plan.audiences.clear();
    plan.sections = { { 1, QStringLiteral("行政DXの基盤となる取組事項"), QString() },
                      { 2, QStringLiteral("その他の取組事項"), QString() } };
    const QStringList titles = { QStringLiteral("デジタル人材の育成"), QStringLiteral("情報システムの最適化"),
                                 QStringLiteral("公金収納におけるeL-QRの活用") };
    for (int i = 0; i < titles.size(); ++i) {
        Theme theme;
        theme.id = i + 1;
        theme.title = titles[i];
        theme.sectionId = i < 2 ? 1 : 2;
        Measure measure;
        measure.id = i + 1;
        measure.themeId = theme.id;
        measure.title = QStringLiteral("研修の実施");
        theme.measures << measure;
        plan.themes << theme;
    }
    return plan;
}

class PlanSettingsTest : public GuiTest
{
protected:
    void open(const Plan &plan)
    {
        QString error;
        m_doc = PlanDocument::create(plan, &error);
        ASSERT_TRUE(m_doc) << error.toStdString();
        m_outline.setDocument(m_doc.get());
        m_table.setDocument(m_doc.get());
        m_testers.watch(&m_outline);
        m_testers.watch(&m_table);
    }
    void TearDown() override
    {
        EXPECT_TRUE(ModelTesters::failures().isEmpty())
            << ModelTesters::failures().join(QLatin1Char('\n')).toStdString();
        m_outline.setDocument(nullptr);
        m_table.setDocument(nullptr);
        if (m_doc)
            m_doc->closeCleanly();
    }
    // Number and title as the outline shows them.
    QString shown(const OutlineNode &node) const
    {
        const QModelIndex index = m_outline.indexOf(node);
        return (index.data(PlanOutlineModel::NumberRole).toString() + QLatin1Char(' ') + index.data().toString())
            .trimmed();
    }
    QString themeNumber(int index) const
    {
        return m_outline.indexOf(OutlineNode::of<Theme>(m_doc->plan().themes[index].id))
            .data(PlanOutlineModel::NumberRole).toString();
    }
    // The node's editor, following the document as the editor panel does.
    std::unique_ptr<ItemFieldEditor> editorFor(const OutlineNode &node)
    {
        std::unique_ptr<ItemFieldEditor> editor(ItemEditorFactory::create(m_doc.get(), node, nullptr));
        if (editor)
            QObject::connect(m_doc.get(), &PlanDocument::changed, editor.get(), &ItemFieldEditor::refresh);
        return editor;
    }
    template<typename W>
    static W *field(ItemFieldEditor *editor, const char *name)
    {
        W *widget = editor->findChild<W *>(QLatin1String(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }
    // Chooses an entry of a combo box as the user does.
    static void choose(QComboBox *combo, int index)
    {
        combo->setCurrentIndex(index);
        emit combo->activated(index);
    }

    std::unique_ptr<PlanDocument> m_doc;
    PlanOutlineModel m_outline;
    MeasuresTableModel m_table;
    ModelTesters m_testers;
};

TEST_F(PlanSettingsTest, NishinoshimaLikeOutlineNumbers)
{
    open(nishinoshimaLike());
    const Plan &plan = m_doc->plan();
    EXPECT_EQ(shown(OutlineNode::of<Theme>(plan.themes[0].id)),
              QStringLiteral("重点的に取り組む事項1 自治体情報システムの標準化・共通化"));
    EXPECT_EQ(themeNumber(4), QStringLiteral("重点的に取り組む事項5"));
    EXPECT_EQ(shown(OutlineNode::of<Section>(1)), QStringLiteral("重点的に取り組む事項6 その他事項"));
    EXPECT_EQ(shown(OutlineNode::of<Theme>(plan.themes[5].id)), QStringLiteral("(1) デジタルデバイド対策"));
    EXPECT_EQ(themeNumber(11), QStringLiteral("(7)"));
    const int measure = plan.themes[5].measures[1].id;
    EXPECT_EQ(m_outline.indexOf(OutlineNode::of<Measure>(measure)).data(PlanOutlineModel::NumberRole).toString(),
              QStringLiteral("②"));
    // The table reads the same numbers, with their whole path.
    EXPECT_EQ(m_table.indexOfMeasure(measure, MeasuresTableModel::NumberColumn).data().toString(),
              QStringLiteral("6(1)②"));
    EXPECT_EQ(m_table.indexOfMeasure(measure, MeasuresTableModel::ThemeColumn).data().toString(),
              QStringLiteral("6(1) デジタルデバイド対策"));
}

TEST_F(PlanSettingsTest, OkayamaLikeOutlineNumbers)
{
    open(okayamaLike());
    EXPECT_TRUE(m_doc->plan().info.isOpenEnded());
    EXPECT_EQ(shown(OutlineNode::of<Section>(1)), QStringLiteral("(1) 行政DXの基盤となる取組事項"));
    EXPECT_EQ(shown(OutlineNode::of<Section>(2)), QStringLiteral("(2) その他の取組事項"));
    EXPECT_EQ(themeNumber(0), QStringLiteral("ア"));
    EXPECT_EQ(themeNumber(1), QStringLiteral("イ"));
    EXPECT_EQ(themeNumber(2), QStringLiteral("ア"));
    // Unnumbered measures show their title alone.
    EXPECT_EQ(shown(OutlineNode::of<Measure>(1)), QStringLiteral("研修の実施"));
    EXPECT_EQ(m_table.indexOfMeasure(2, MeasuresTableModel::NumberColumn).data().toString(), QStringLiteral("(1)イ"));
}

TEST_F(PlanSettingsTest, NumberingSettingsRenumberTheOutlineAndUndo)
{
    open(nishinoshimaLike());
    auto editor = editorFor(OutlineNode::info());
    ASSERT_NE(editor, nullptr);
    auto *themeStyle = field<QComboBox>(editor.get(), "planNumberingThemeStyle");
    ASSERT_EQ(themeStyle->count(), LevelNumbering::styleCount);
    EXPECT_EQ(themeStyle->itemText(int(LevelNumbering::Style::Katakana)), QStringLiteral("ア"));
    choose(themeStyle, int(LevelNumbering::Style::Katakana));
    EXPECT_EQ(m_doc->plan().info.numbering[PlanInfo::ThemeLevel].style, LevelNumbering::Style::Katakana);
    EXPECT_EQ(themeNumber(5), QStringLiteral("ア"));
    const int measure = m_doc->plan().themes[5].measures[0].id;
    EXPECT_EQ(m_table.indexOfMeasure(measure, MeasuresTableModel::NumberColumn).data().toString(),
              QStringLiteral("6ア①"));

    auto *prefix = field<QLineEdit>(editor.get(), "planNumberingSectionPrefix");
    prefix->selectAll();
    QTest::keyClicks(prefix, QStringLiteral("No."));
    EXPECT_EQ(themeNumber(4), QStringLiteral("No.5"));

    // Measures numbered through the plan: theme 1 has one measure, so
    // theme 2's first is ②.
    auto *restart = field<QCheckBox>(editor.get(), "planNumberingMeasureRestart");
    ASSERT_TRUE(restart->isChecked());
    restart->setChecked(false);
    const int second = m_doc->plan().themes[1].measures[0].id;
    EXPECT_EQ(m_outline.indexOf(OutlineNode::of<Measure>(second)).data(PlanOutlineModel::NumberRole).toString(),
              QStringLiteral("②"));
    EXPECT_EQ(m_doc->undoStack()->count(), 3);

    while (m_doc->undoStack()->canUndo())
        m_doc->undoStack()->undo();
    EXPECT_EQ(themeNumber(5), QStringLiteral("(1)"));
    EXPECT_EQ(themeNumber(4), QStringLiteral("重点的に取り組む事項5"));
    EXPECT_EQ(m_outline.indexOf(OutlineNode::of<Measure>(second)).data(PlanOutlineModel::NumberRole).toString(),
              QStringLiteral("①"));
    EXPECT_EQ(themeStyle->currentIndex(), int(LevelNumbering::Style::Parenthesised));
    EXPECT_TRUE(restart->isChecked());
}

TEST_F(PlanSettingsTest, OrganisationKindLanguageAndPhaseNames)
{
    open(nishinoshimaLike());
    const PlanInfo before = m_doc->plan().info;
    auto editor = editorFor(OutlineNode::info());
    auto *kind = field<QComboBox>(editor.get(), "planOrganisationKind");
    ASSERT_EQ(kind->count(), 5);
    EXPECT_EQ(kind->currentIndex(), 2); // town
    choose(kind, 0);
    EXPECT_EQ(m_doc->plan().info.organisationKind, QStringLiteral("prefecture"));
    auto *language = field<QComboBox>(editor.get(), "planLanguage");
    choose(language, 1);
    EXPECT_EQ(m_doc->plan().info.language, QStringLiteral("en"));
    // The standard words follow the plan's language.
    auto *study = field<QLineEdit>(editor.get(), "planPhaseName0");
    EXPECT_FALSE(study->placeholderText().isEmpty());
    QTest::keyClicks(study, QStringLiteral("Survey"));
    EXPECT_EQ(m_doc->plan().info.phaseKindNames.value(0), QStringLiteral("Survey"));
    EXPECT_EQ(m_doc->undoStack()->count(), 3);
    while (m_doc->undoStack()->canUndo())
        m_doc->undoStack()->undo();
    EXPECT_TRUE(m_doc->plan().info == before);
    EXPECT_EQ(kind->currentIndex(), 2);
    EXPECT_TRUE(study->text().isEmpty());
}

TEST_F(PlanSettingsTest, DefaultAudiencesFollowTheOrganisationKind)
{
    open(okayamaLike());
    ASSERT_TRUE(m_doc->plan().audiences.isEmpty());
    auto editor = editorFor(OutlineNode::info());
    auto *add = field<QPushButton>(editor.get(), "planDefaultAudiences");
    ASSERT_TRUE(add->isEnabled());
    EXPECT_TRUE(add->toolTip().contains(QStringLiteral("県民")));
    add->click();
    ASSERT_EQ(m_doc->plan().audiences.size(), 4);
    EXPECT_EQ(m_doc->plan().audiences[0].name, QStringLiteral("県民"));
    EXPECT_EQ(m_doc->undoStack()->count(), 1);
    EXPECT_FALSE(add->isEnabled());
    EXPECT_EQ(m_outline.rowCount(m_outline.groupIndex(Part::Audience)), 4);
    m_doc->undoStack()->undo();
    EXPECT_TRUE(m_doc->plan().audiences.isEmpty());
    EXPECT_TRUE(add->isEnabled());
}

TEST_F(PlanSettingsTest, OpenEndedPeriodDisablesTheLastYear)
{
    open(nishinoshimaLike());
    auto editor = editorFor(OutlineNode::info());
    auto *openEnded = field<QCheckBox>(editor.get(), "planOpenEnded");
    auto *lastYear = field<QSpinBox>(editor.get(), "planEndYear");
    EXPECT_FALSE(openEnded->isChecked());
    EXPECT_TRUE(lastYear->isEnabled());
    openEnded->setChecked(true);
    EXPECT_TRUE(m_doc->plan().info.isOpenEnded());
    EXPECT_FALSE(lastYear->isEnabled());
    m_doc->undoStack()->undo();
    EXPECT_EQ(m_doc->plan().info.endYear, 2028);
    EXPECT_FALSE(openEnded->isChecked());
    EXPECT_TRUE(lastYear->isEnabled());
    EXPECT_EQ(lastYear->value(), 2028);
}

TEST_F(PlanSettingsTest, ThemeSectionIsOneChoice)
{
    open(nishinoshimaLike());
    const int themeId = m_doc->plan().themes[0].id;
    auto editor = editorFor(OutlineNode::of<Theme>(themeId));
    ASSERT_NE(editor, nullptr);
    auto *section = field<QComboBox>(editor.get(), "themeSection");
    ASSERT_EQ(section->count(), 2);
    EXPECT_EQ(section->currentData().toInt(), 0);
    EXPECT_EQ(section->itemText(1), QStringLiteral("重点的に取り組む事項6 その他事項"));
    choose(section, 1);
    EXPECT_EQ(m_doc->plan().themes[0].sectionId, 1);
    // Now the section comes first and the theme is its (1).
    EXPECT_EQ(themeNumber(0), QStringLiteral("(1)"));
    EXPECT_EQ(section->itemText(1), QStringLiteral("重点的に取り組む事項1 その他事項"));
    choose(section, 0);
    EXPECT_EQ(m_doc->plan().themes[0].sectionId, 0);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    EXPECT_EQ(themeNumber(0), QStringLiteral("重点的に取り組む事項1"));
    EXPECT_EQ(section->currentIndex(), 0);
}

TEST_F(PlanSettingsTest, ThemeScheduleEditsTheThemesOwnBars)
{
    open(okayamaLike());
    const int themeId = 3;
    auto editor = editorFor(OutlineNode::of<Theme>(themeId));
    auto *schedule = field<ScheduleEditor>(editor.get(), "scheduleEditor");
    // An open-ended plan still shows years to click.
    const int start = m_doc->plan().info.startYear;
    QPushButton *first = schedule->yearButton(start);
    ASSERT_NE(first, nullptr);
    ASSERT_TRUE(first->isEnabled());
    QTest::mouseClick(first, Qt::LeftButton);
    const Theme *theme = m_doc->plan().theme(themeId);
    ASSERT_EQ(theme->phases.size(), 1);
    EXPECT_EQ(theme->phases[0].startYear, start);
    EXPECT_TRUE(theme->measures.size() == 1 && theme->measures[0].phases.isEmpty());
    auto *addMilestone = schedule->findChild<QPushButton *>(QStringLiteral("addMilestoneButton"));
    ASSERT_NE(addMilestone, nullptr);
    addMilestone->click();
    EXPECT_EQ(m_doc->plan().theme(themeId)->milestones.size(), 1);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    EXPECT_TRUE(m_doc->plan().theme(themeId)->phases.isEmpty());
}

// Okayama's guideline starts in FY2021 and schedules FY2026–FY2030: the
// year row shows the years its schedule uses, not five empty years from
// FY2021.
TEST_F(PlanSettingsTest, OpenEndedYearRowShowsTheScheduledYears)
{
    Plan plan;
    QString error;
    ASSERT_TRUE(SamplePlan::load(QStringLiteral("okayama"), &plan, &error)) << error.toStdString();
    open(plan);
    ASSERT_EQ(m_doc->plan().periodYears(), std::make_pair(2026, 2030));
    const Theme &theme = m_doc->plan().themes.first();
    ASSERT_FALSE(theme.measures.isEmpty());
    auto editor = editorFor(OutlineNode::of<Measure>(theme.measures.first().id));
    auto *schedule = field<ScheduleEditor>(editor.get(), "scheduleEditor");
    EXPECT_EQ(schedule->yearButton(2025), nullptr);
    ASSERT_NE(schedule->yearButton(2026), nullptr);
    ASSERT_NE(schedule->yearButton(2030), nullptr);
    EXPECT_EQ(schedule->yearButton(2031), nullptr);
}

TEST_F(PlanSettingsTest, NewFromSampleListsEverySample)
{
    FakePrompter prompter;
    MainWindow window;
    window.setPrompter(&prompter);
    auto *menu = window.findChild<QMenu *>(QStringLiteral("newFromSampleMenu"));
    ASSERT_NE(menu, nullptr);
    ASSERT_EQ(menu->actions().size(), SamplePlan::names().size());
    for (const QString &name : SamplePlan::names()) {
        SCOPED_TRACE(name.toStdString());
        auto *action = window.findChild<QAction *>(QStringLiteral("actionNewFromSample_") + name);
        ASSERT_NE(action, nullptr);
        EXPECT_EQ(action->text(), SamplePlan::displayName(name));
        action->trigger();
        ASSERT_NE(window.document(), nullptr);
        Plan sample;
        QString error;
        ASSERT_TRUE(SamplePlan::load(name, &sample, &error));
        EXPECT_TRUE(window.document()->plan() == sample);
    }
    EXPECT_TRUE(prompter.errors.isEmpty());
    window.closeDocument();
}

TEST_F(PlanSettingsTest, EveryKindHasAnAddActionThatSelectsTheNewItem)
{
    FakePrompter prompter;
    MainWindow window;
    window.setPrompter(&prompter);
    ASSERT_TRUE(window.newPlan(QStringLiteral("nishinoshima")));
    window.selectNode(OutlineNode::of<Theme>(window.document()->plan().themes[0].id));
    forEachKind([&](auto tag) {
        using Kind = ItemKind<typename decltype(tag)::Type>;
        const QString name = QStringLiteral("actionAdd") + ItemLabels::identifier(Kind::words.name, true);
        SCOPED_TRACE(name.toStdString());
        auto *action = window.findChild<QAction *>(name);
        ASSERT_NE(action, nullptr);
        ASSERT_TRUE(action->isEnabled());
        action->trigger();
        const OutlineNode added = window.selectedNode();
        EXPECT_TRUE(added.is(Kind::part));
        EXPECT_NE(findItem<typename decltype(tag)::Type>(window.document()->plan(), added.id), nullptr);
        // Back to a theme, so that directions and measures have one.
        window.selectNode(OutlineNode::of<Theme>(window.document()->plan().themes[0].id));
    });
    for (const char *name : { "actionAddSection", "actionAddTheme", "actionAddDirection", "actionAddMeasure" })
        EXPECT_FALSE(window.findChild<QAction *>(QLatin1String(name))->shortcut().isEmpty()) << name;
    EXPECT_TRUE(prompter.errors.isEmpty());
    while (window.document()->undoStack()->canUndo())
        window.document()->undoStack()->undo();
    window.closeDocument();
}

} // namespace
