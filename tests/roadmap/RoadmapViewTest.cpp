#include "tests/roadmap/RoadmapTestSupport.h"

#include "models/PlanDocument.h"
#include "models/commands/ItemCommands.h"
#include "views/common/ViewSettings.h"
#include "views/roadmap/MilestoneDialog.h"
#include "views/roadmap/PhaseDialog.h"
#include "views/roadmap/RoadmapCanvas.h"
#include "views/roadmap/RoadmapView.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QTimer>
#include <memory>

using namespace RoadmapTest;
using Row = RoadmapLayout::Row;

namespace {

class RoadmapViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ViewSettings::instance()->setEraStyle(FiscalYear::EraStyle::Both);
        QString error;
        document = PlanDocument::create(samplePlan(), &error);
        ASSERT_TRUE(document) << error.toStdString();
        view = std::make_unique<RoadmapView>();
        view->resize(1400, 900);
        view->setDocument(document.get());
        view->show();
        canvas = view->findChild<RoadmapCanvas *>(QStringLiteral("roadmapCanvas"));
        ASSERT_TRUE(canvas);
    }
    void TearDown() override
    {
        view.reset();
        if (document)
            document->closeCleanly();
    }

    const Measure &measure(int id) { return *document->plan().measure(id); }

    RoadmapLayout::Bar barOf(int measureId, int phaseIndex)
    {
        const Row &row = canvas->layout().rows()[canvas->layout().rowOfMeasure(measureId)];
        for (int i = row.firstBar; i < row.firstBar + row.barCount; ++i)
            if (canvas->layout().bars()[i].phaseIndex == phaseIndex)
                return canvas->layout().bars()[i];
        ADD_FAILURE() << "no bar";
        return canvas->layout().bars().first();
    }

    void send(QEvent::Type type, const QPointF &bodyPoint, Qt::MouseButtons buttons)
    {
        const QPointF pos = canvas->viewportPoint(bodyPoint);
        QMouseEvent event(type, pos, canvas->viewport()->mapToGlobal(pos), Qt::LeftButton, buttons, Qt::NoModifier);
        QApplication::sendEvent(canvas->viewport(), &event);
    }

    void drag(const QPointF &from, const QPointF &to)
    {
        send(QEvent::MouseButtonPress, from, Qt::LeftButton);
        send(QEvent::MouseMove, (from + to) / 2, Qt::LeftButton);
        send(QEvent::MouseMove, to, Qt::LeftButton);
        send(QEvent::MouseButtonRelease, to, Qt::NoButton);
    }

    // Runs `fill` on the next modal dialog, then accepts it.
    template<typename Dialog, typename Fill>
    void whenDialogOpens(Fill fill)
    {
        QTimer::singleShot(0, [fill] {
            auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
            ASSERT_TRUE(dialog);
            fill(dialog);
            dialog->accept();
        });
    }

    std::unique_ptr<PlanDocument> document;
    std::unique_ptr<RoadmapView> view;
    RoadmapCanvas *canvas = nullptr;
};

} // namespace

TEST_F(RoadmapViewTest, DraggingABarMovesThePhaseByWholeMonthsThroughUndo)
{
    const Measure before = measure(1); // study FY2024-FY2025, operation FY2026-FY2028
    const RoadmapLayout::Bar bar = barOf(1, 0);
    const QPointF from(bar.rect.left() + bar.rect.width() / 2, bar.rect.center().y());
    // Twelve and a quarter months to the right snaps to twelve.
    drag(from, from + QPointF(12.25 * canvas->layout().monthWidth(), 0));
    ASSERT_EQ(document->undoStack()->count(), 1);
    const Phase &moved = measure(1).phases[0];
    EXPECT_EQ(moved.startYear, 2025);
    EXPECT_EQ(moved.startMonth, 0);
    EXPECT_EQ(moved.endYear, 2026);
    EXPECT_EQ(moved.endMonth, 0);
    EXPECT_EQ(measure(1).phases[1], before.phases[1]);
    // The roadmap follows the document.
    EXPECT_NEAR(barOf(1, 0).rect.left(), canvas->layout().xForMonth(12), 1.0);
    document->undoStack()->undo();
    EXPECT_EQ(measure(1), before);
    EXPECT_NEAR(barOf(1, 0).rect.left(), canvas->layout().xForMonth(0), 1.0);
    document->undoStack()->redo();
    EXPECT_EQ(measure(1).phases[0], moved);
}

TEST_F(RoadmapViewTest, DraggingAnEndChangesOnlyThatEnd)
{
    const Measure before = measure(1);
    const RoadmapLayout::Bar bar = barOf(1, 0);
    const QPointF from(bar.rect.right() - 1, bar.rect.center().y());
    drag(from, from + QPointF(2.4 * canvas->layout().monthWidth(), 0));
    ASSERT_EQ(document->undoStack()->count(), 1);
    const Phase &p = measure(1).phases[0];
    EXPECT_EQ(p.startYear, 2024);
    EXPECT_EQ(p.startMonth, 0);
    EXPECT_EQ(p.endYear, 2026); // two months into FY2026: through May
    EXPECT_EQ(p.endMonth, 5);
    EXPECT_EQ(document->undoStack()->undoText(), QStringLiteral("Change Phase End"));
    document->undoStack()->undo();
    EXPECT_EQ(measure(1), before);
}

TEST_F(RoadmapViewTest, ATinyDragChangesNothing)
{
    const RoadmapLayout::Bar bar = barOf(2, 1);
    const QPointF from = bar.rect.center();
    drag(from, from + QPointF(0.3 * canvas->layout().monthWidth(), 0));
    EXPECT_EQ(document->undoStack()->count(), 0);
}

TEST_F(RoadmapViewTest, ClickingAThemeCollapsesAndExpandsIt)
{
    const Plan &plan = document->plan();
    const int rows = canvas->layout().rows().size();
    const Row header = canvas->layout().rows()[canvas->layout().rowOfTheme(plan.themes[1].id)];
    const QPointF point(30, header.y + header.height / 2);
    send(QEvent::MouseButtonPress, point, Qt::LeftButton);
    send(QEvent::MouseButtonRelease, point, Qt::NoButton);
    EXPECT_TRUE(canvas->options().collapsedThemeIds.contains(plan.themes[1].id));
    EXPECT_EQ(canvas->layout().rows().size(), rows - plan.themes[1].measures.size());
    EXPECT_EQ(document->undoStack()->count(), 0); // a way of looking, not an edit
    send(QEvent::MouseButtonPress, point, Qt::LeftButton);
    send(QEvent::MouseButtonRelease, point, Qt::NoButton);
    EXPECT_EQ(canvas->layout().rows().size(), rows);
}

TEST_F(RoadmapViewTest, CollapseAllFromTheToolBar)
{
    QAction *collapse = view->findChild<QAction *>(QStringLiteral("collapseAll"));
    ASSERT_TRUE(collapse);
    collapse->trigger();
    EXPECT_EQ(RoadmapTest::rowsOfKind(canvas->layout(), Row::Kind::Theme), document->plan().themes.size());
    EXPECT_EQ(RoadmapTest::rowsOfKind(canvas->layout(), Row::Kind::Measure), 0);
    view->findChild<QAction *>(QStringLiteral("expandAll"))->trigger();
    EXPECT_EQ(RoadmapTest::rowsOfKind(canvas->layout(), Row::Kind::Measure), document->plan().measureCount());
}

TEST_F(RoadmapViewTest, ContextMenuAddsAMilestoneWhereClicked)
{
    const Measure before = measure(3);
    const Row row = canvas->layout().rows()[canvas->layout().rowOfMeasure(3)];
    // Month 30: October of FY2026.
    const QPointF point(canvas->layout().xForMonth(30.5), row.y + 2);
    std::unique_ptr<QMenu> menu(canvas->createContextMenu(canvas->viewportPoint(point).toPoint(), nullptr));
    QAction *add = menu->findChild<QAction *>(QStringLiteral("addMilestone"));
    ASSERT_TRUE(add);
    ASSERT_TRUE(add->isEnabled());
    whenDialogOpens<MilestoneDialog>([](MilestoneDialog *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("label"))->setText(QStringLiteral("書かない窓口開始"));
    });
    add->trigger();
    ASSERT_EQ(measure(3).milestones.size(), before.milestones.size() + 1);
    const Milestone &m = measure(3).milestones.last();
    EXPECT_EQ(m.label, QStringLiteral("書かない窓口開始"));
    EXPECT_EQ(m.year, 2026);
    EXPECT_EQ(m.month, 10);
    EXPECT_EQ(canvas->layout().milestones().size(), 1);
    document->undoStack()->undo();
    EXPECT_EQ(measure(3), before);
    EXPECT_TRUE(canvas->layout().milestones().isEmpty());
}

TEST_F(RoadmapViewTest, ContextMenuRemovesAPhase)
{
    const Measure before = measure(4);
    const RoadmapLayout::Bar bar = barOf(4, 1);
    std::unique_ptr<QMenu> menu(canvas->createContextMenu(canvas->viewportPoint(bar.rect.center()).toPoint(), nullptr));
    QAction *remove = menu->findChild<QAction *>(QStringLiteral("removePhase"));
    ASSERT_TRUE(remove);
    remove->trigger();
    ASSERT_EQ(measure(4).phases.size(), 1);
    EXPECT_EQ(measure(4).phases[0], before.phases[0]);
    document->undoStack()->undo();
    EXPECT_EQ(measure(4), before);
}

TEST_F(RoadmapViewTest, DoubleClickOnABarEditsThePhase)
{
    const Measure before = measure(1);
    const RoadmapLayout::Bar bar = barOf(1, 0);
    whenDialogOpens<PhaseDialog>([](PhaseDialog *dialog) {
        Phase p = dialog->phase();
        EXPECT_EQ(p.label, QStringLiteral("検討・準備"));
        auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("kind"));
        kind->setCurrentIndex(kind->findData(int(Phase::Kind::Procure)));
        dialog->findChild<QComboBox *>(QStringLiteral("label"))->setEditText(QStringLiteral("調達・移行準備"));
    });
    send(QEvent::MouseButtonDblClick, bar.rect.center(), Qt::LeftButton);
    ASSERT_EQ(document->undoStack()->count(), 1);
    EXPECT_EQ(measure(1).phases[0].kind, Phase::Kind::Procure);
    EXPECT_EQ(measure(1).phases[0].label, QStringLiteral("調達・移行準備"));
    EXPECT_EQ(measure(1).phases[0].startYear, before.phases[0].startYear);
    EXPECT_EQ(measure(1).phases[0].endYear, before.phases[0].endYear);
    document->undoStack()->undo();
    EXPECT_EQ(measure(1), before);
}

TEST_F(RoadmapViewTest, ReadOnlyPlansCannotBeEditedOnTheRoadmap)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.dxplan"));
    QString error;
    ASSERT_EQ(document->save(path, false, &error), PlanDocument::SaveResult::Saved) << error.toStdString();
    std::unique_ptr<PlanDocument> readOnly = PlanDocument::open(path, true, &error);
    ASSERT_TRUE(readOnly) << error.toStdString();
    view->setDocument(readOnly.get());
    const Measure before = *readOnly->plan().measure(1);
    const RoadmapLayout::Bar bar = barOf(1, 0);
    drag(bar.rect.center(), bar.rect.center() + QPointF(24 * canvas->layout().monthWidth(), 0));
    EXPECT_EQ(readOnly->undoStack()->count(), 0);
    EXPECT_EQ(*readOnly->plan().measure(1), before);
    std::unique_ptr<QMenu> menu(canvas->createContextMenu(canvas->viewportPoint(bar.rect.center()).toPoint(), nullptr));
    EXPECT_FALSE(menu->findChild<QAction *>(QStringLiteral("removePhase"))->isEnabled());
    view->setDocument(nullptr);
    readOnly->closeCleanly();
}

TEST_F(RoadmapViewTest, ToolBarFiltersByDepartment)
{
    auto *department = view->findChild<QComboBox *>(QStringLiteral("departmentFilter"));
    ASSERT_TRUE(department);
    const int id = document->plan().departments[1].id;
    department->setCurrentIndex(department->findData(id));
    EXPECT_EQ(canvas->options().departmentId, id);
    int measures = 0;
    for (const Row &row : canvas->layout().rows()) {
        if (row.kind != Row::Kind::Measure)
            continue;
        const Measure &m = measure(row.measureId);
        EXPECT_TRUE(m.allDepartments || m.departmentIds.contains(id));
        ++measures;
    }
    EXPECT_LT(measures, document->plan().measureCount());
}

TEST_F(RoadmapViewTest, EraStyleFollowsTheApplicationSetting)
{
    EXPECT_EQ(canvas->layout().yearLabels().first(), QStringLiteral("令和6(2024)年度"));
    ViewSettings::instance()->setEraStyle(FiscalYear::EraStyle::Western);
    EXPECT_EQ(canvas->layout().yearLabels().first(), QStringLiteral("FY2024"));
    auto *era = view->findChild<QComboBox *>(QStringLiteral("eraStyle"));
    EXPECT_EQ(era->currentData().toInt(), int(FiscalYear::EraStyle::Western));
    era->setCurrentIndex(era->findData(int(FiscalYear::EraStyle::Reiwa)));
    EXPECT_EQ(ViewSettings::instance()->eraStyle(), FiscalYear::EraStyle::Reiwa);
    EXPECT_EQ(canvas->layout().yearLabels().first(), QStringLiteral("令和6年度"));
}

TEST_F(RoadmapViewTest, EditsElsewhereShowOnTheRoadmap)
{
    Measure renamed = measure(2);
    renamed.title = QStringLiteral("電子申請サービスの全面活用");
    document->undoStack()->push(new ReplaceItem<Measure>(document.get(), measure(2), renamed, QStringLiteral("Rename")));
    const Row &row = canvas->layout().rows()[canvas->layout().rowOfMeasure(2)];
    EXPECT_EQ(row.title, renamed.title);
}

TEST_F(RoadmapViewTest, ScreenShowsTheBarsWhereTheLayoutPutsThem)
{
    canvas->viewport()->repaint();
    const QImage shot = canvas->viewport()->grab().toImage();
    const RoadmapLayout::Bar operate = barOf(1, 1);
    const QPointF inside(operate.rect.left() + 0.75 * operate.rect.width(), operate.rect.center().y());
    const QPoint pixel = (canvas->viewportPoint(inside) * shot.devicePixelRatio()).toPoint();
    EXPECT_EQ(shot.pixelColor(pixel), QColor(0x00, 0x9E, 0x73));
}

TEST_F(RoadmapViewTest, LargePlansScrollToAnyRow)
{
    QString error;
    std::unique_ptr<PlanDocument> big = PlanDocument::create(PlanGenerator::generate(3000), &error);
    ASSERT_TRUE(big) << error.toStdString();
    view->setDocument(big.get());
    const int row = canvas->layout().rowOfMeasure(2500);
    canvas->scrollToRow(row);
    const QPointF top = canvas->viewportPoint(QPointF(0, canvas->layout().rows()[row].y));
    EXPECT_NEAR(top.y() / canvas->zoom(), RoadmapLayout::headerHeight(), 1.0);
    canvas->viewport()->repaint();
    view->setDocument(nullptr);
    big->closeCleanly();
}


TEST_F(RoadmapViewTest, PrintShowsAPreviewOfThePages)
{
    RoadmapOptions options = view->options();
    options.paper = RoadmapOptions::Paper::A4;
    view->setOptions(options);
    int previewPages = -1;
    QTimer::singleShot(0, [&previewPages] {
        auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(dialog);
        auto *preview = dialog->findChild<QPrintPreviewWidget *>();
        ASSERT_TRUE(preview);
        preview->updatePreview();
        previewPages = preview->pageCount();
        dialog->reject();
    });
    ASSERT_TRUE(view->canPrint());
    view->print();
    const QRectF area = printableArea(options);
    EXPECT_EQ(previewPages, RoadmapLayout(document->plan(), options, area.width()).paginate(area.height()).size());
    EXPECT_EQ(previewPages, 2);
}
