#include "GuiTestSupport.h"

#include "models/PlanDocument.h"
#include "models/SamplePlan.h"
#include "models/commands/ItemCommands.h"
#include "views/common/PhaseText.h"
#include "views/editors/ScheduleEditor.h"
#include "views/itemmodels/PlanText.h"
#include "views/window/RecoveryDialog.h"

#include <QPushButton>
#include <QTableWidget>

namespace {

class EditorsTest : public GuiTest
{
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        Plan plan;
        QString error;
        ASSERT_TRUE(SamplePlan::load(&plan, &error));
        m_doc = PlanDocument::create(plan, &error);
        ASSERT_TRUE(m_doc);
        m_measureId = m_doc->plan().themes[0].measures[0].id;
        m_schedule.setItem(m_doc.get(), PlanChange::Part::Measure, m_measureId);
        QObject::connect(m_doc.get(), &PlanDocument::changed, &m_schedule, &ScheduleEditor::refresh);
    }
    void TearDown() override { m_doc->closeCleanly(); }
    const Measure &measure() const { return *m_doc->plan().measure(m_measureId); }
    QTableWidget *phases() { return m_schedule.findChild<QTableWidget *>(QStringLiteral("phasesTable")); }

    std::unique_ptr<PlanDocument> m_doc;
    ScheduleEditor m_schedule;
    int m_measureId = 0;
};

TEST_F(EditorsTest, PhaseOutsideThePlanPeriodIsMarked)
{
    ASSERT_EQ(phases()->rowCount(), measure().phases.size());
    const QTableWidgetItem *endYear = phases()->item(1, ScheduleEditor::EndYearColumn);
    EXPECT_TRUE(endYear->toolTip().isEmpty());
    // The user types a year past the plan's end into the precise table.
    phases()->item(1, ScheduleEditor::EndYearColumn)->setData(Qt::EditRole, m_doc->plan().info.endYear + 2);
    EXPECT_EQ(measure().phases[1].endYear, m_doc->plan().info.endYear + 2);
    endYear = phases()->item(1, ScheduleEditor::EndYearColumn);
    EXPECT_FALSE(endYear->toolTip().isEmpty());
    EXPECT_NE(endYear->background().color(), QColor(Qt::white));
    EXPECT_TRUE(endYear->background().style() != Qt::NoBrush);
    m_doc->undoStack()->undo();
    EXPECT_TRUE(phases()->item(1, ScheduleEditor::EndYearColumn)->toolTip().isEmpty());
}

TEST_F(EditorsTest, YearButtonsShowAndSetTheKindOfEachYear)
{
    const PlanInfo &info = m_doc->plan().info;
    QPushButton *last = m_schedule.yearButton(info.endYear);
    ASSERT_NE(last, nullptr);
    EXPECT_EQ(m_schedule.yearButton(info.endYear + 1), nullptr);
    const int before = m_doc->undoStack()->count();
    last->click(); // operation -> procurement: the operation phase now ends a year earlier
    EXPECT_EQ(m_doc->undoStack()->count(), before + 1);
    EXPECT_EQ(measure().phases.last().kind, Phase::Kind::Procure);
    EXPECT_EQ(measure().phases.last().startYear, info.endYear);
    // Screen readers hear the year and its phase.
    EXPECT_TRUE(last->accessibleName().contains(PhaseText::kindName(Phase::Kind::Procure)));
    m_doc->undoStack()->undo();
    EXPECT_EQ(measure().phases.last().kind, Phase::Kind::Operate);
    EXPECT_EQ(measure().phases.last().endYear, info.endYear);
}

TEST_F(EditorsTest, RecoveryDialogRecoversTheChosenCopies)
{
    WorkingCopy::Info a;
    a.id = QStringLiteral("copy-a");
    a.title = QStringLiteral("計画A");
    WorkingCopy::Info b;
    b.id = QStringLiteral("copy-b");
    b.title = QStringLiteral("計画B");
    b.changedAt = QDateTime::currentDateTimeUtc();
    RecoveryDialog dialog({ a, b });
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("recoveryTable"));
    ASSERT_EQ(table->rowCount(), 2);
    table->selectRow(1);
    dialog.findChild<QPushButton *>(QStringLiteral("recoverButton"))->click();
    EXPECT_EQ(dialog.toRecover(), QStringList({ QStringLiteral("copy-b") }));
    EXPECT_EQ(table->rowCount(), 1);
    // "Later" keeps the rest for the next start.
    dialog.findChild<QPushButton *>(QStringLiteral("laterButton"))->click();
    EXPECT_EQ(dialog.toRecover().size(), 1);
}

} // namespace
