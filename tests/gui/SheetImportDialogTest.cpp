// File > Import Spreadsheet, driven through the dialog's widgets: the
// mapping edited changes the preview, Cancel writes nothing, OK into an
// open plan is one undo step, and a new plan can be made from a sheet.
#include "GuiTestSupport.h"
#include "models/PlanDocument.h"
#include "models/SamplePlan.h"
#include "views/window/MainWindow.h"
#include "views/window/SheetImportDialog.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

namespace {

class SheetImportDialogTest : public GuiTest
{
protected:
    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>();
        window->setPrompter(&m_prompter);
        EXPECT_TRUE(window->newPlan(SamplePlan::names().first()));
        return window;
    }
    template<typename W>
    static W *child(QWidget *parent, const char *name)
    {
        auto *widget = parent->findChild<W *>(QLatin1String(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }
    static QString sheet(const char *name)
    {
        return QStringLiteral(DXPLAN_SOURCE_DIR "/tests/data/sheets/") + QString::fromLatin1(name);
    }
    // Every text of the preview tree, depth first.
    static QStringList previewTexts(QTreeWidget *tree)
    {
        QStringList texts;
        std::function<void(QTreeWidgetItem *)> walk = [&](QTreeWidgetItem *item) {
            texts << item->text(0) + QLatin1Char('|') + item->text(1) + QLatin1Char('|') + item->text(2);
            for (int i = 0; i < item->childCount(); ++i)
                walk(item->child(i));
        };
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            walk(tree->topLevelItem(i));
        return texts;
    }

    FakePrompter m_prompter;
};

} // namespace

TEST_F(SheetImportDialogTest, TheMenuOffersBothImports)
{
    auto window = makeWindow();
    auto *import = window->findChild<QAction *>(QStringLiteral("actionImportSpreadsheet"));
    ASSERT_NE(import, nullptr);
    EXPECT_TRUE(import->isEnabled());
    EXPECT_NE(window->findChild<QAction *>(QStringLiteral("actionNewFromSpreadsheet")), nullptr);
}

TEST_F(SheetImportDialogTest, EditingTheMappingChangesThePreviewAndCancelWritesNothing)
{
    auto window = makeWindow();
    PlanDocument *doc = window->document();
    const Plan before = doc->plan();
    QPointer<SheetImportDialog> dialog = window->importSpreadsheet(sheet("merged-themes.xlsx"));
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isVisible());
    auto *preview = child<QTreeWidget>(dialog, "importPreview");
    auto *doubts = child<QListWidget>(dialog, "importDoubts");
    auto *sheetView = child<QTableWidget>(dialog, "sheetView");
    EXPECT_EQ(preview->topLevelItemCount(), 2);
    EXPECT_EQ(doubts->count(), 2);
    // The doubtful cell F8 is marked in the sheet.
    ASSERT_NE(sheetView->item(7, 5), nullptr);
    EXPECT_FALSE(sheetView->item(7, 5)->toolTip().isEmpty());
    const QStringList detected = previewTexts(preview);
    EXPECT_TRUE(detected.join(QLatin1Char('\n')).contains(QStringLiteral("総務課, 企画財政課")));

    // Column C (担当課) no longer read: the departments go from the preview.
    auto *roleC = child<QComboBox>(dialog, "role_C");
    roleC->setCurrentIndex(roleC->findData(QStringLiteral("ignore")));
    const QStringList edited = previewTexts(preview);
    EXPECT_NE(edited, detected);
    EXPECT_FALSE(edited.join(QLatin1Char('\n')).contains(QStringLiteral("総務課, 企画財政課")));
    EXPECT_TRUE(dialog->result().themes[0].measures[0].departments.isEmpty());

    // Another header row: its columns are read again by their words.
    auto *headerRow = child<QSpinBox>(dialog, "headerRow");
    EXPECT_EQ(headerRow->value(), 3);
    headerRow->setValue(1);
    EXPECT_EQ(dialog->mapping().headerRow, 0);
    EXPECT_FALSE(child<QPushButton>(dialog, "sheetImportOk")->isEnabled());
    headerRow->setValue(3);
    EXPECT_EQ(previewTexts(preview), detected);
    roleC = child<QComboBox>(dialog, "role_C");

    // No title column: nothing can be imported.
    auto *roleB = child<QComboBox>(dialog, "role_B");
    roleB->setCurrentIndex(roleB->findData(QStringLiteral("ignore")));
    EXPECT_FALSE(child<QPushButton>(dialog, "sheetImportOk")->isEnabled());

    QTest::mouseClick(child<QPushButton>(dialog, "sheetImportCancel"), Qt::LeftButton);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_FALSE(dialog);
    EXPECT_TRUE(doc->plan() == before);
    EXPECT_EQ(doc->undoStack()->count(), 0);
    EXPECT_FALSE(doc->isModified());
}

TEST_F(SheetImportDialogTest, OkImportsIntoTheOpenPlanAsOneUndoStep)
{
    auto window = makeWindow();
    PlanDocument *doc = window->document();
    const Plan before = doc->plan();
    QPointer<SheetImportDialog> dialog = window->importSpreadsheet(sheet("two-line-headers.xlsx"));
    ASSERT_TRUE(dialog);
    QTest::mouseClick(child<QPushButton>(dialog, "sheetImportOk"), Qt::LeftButton);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_FALSE(dialog);
    ASSERT_EQ(doc->undoStack()->count(), 1);
    EXPECT_EQ(doc->plan().themes.size(), before.themes.size() + 2);
    EXPECT_EQ(doc->plan().measureCount(), before.measureCount() + 3);
    EXPECT_EQ(doc->plan().themes.last().title, QStringLiteral("情報セキュリティ"));
    doc->undoStack()->undo();
    EXPECT_TRUE(doc->plan() == before);
}

TEST_F(SheetImportDialogTest, MakesANewPlanFromASheet)
{
    auto window = makeWindow();
    QPointer<SheetImportDialog> dialog = window->importSpreadsheet(sheet("cp932.csv"), true);
    ASSERT_TRUE(dialog);
    QTest::mouseClick(child<QPushButton>(dialog, "sheetImportOk"), Qt::LeftButton);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    PlanDocument *doc = window->document();
    ASSERT_NE(doc, nullptr);
    EXPECT_EQ(doc->plan().info.title, QStringLiteral("cp932"));
    EXPECT_EQ(doc->plan().measureCount(), 3);
    EXPECT_EQ(doc->plan().info.startYear, 2024);
    EXPECT_EQ(doc->plan().info.endYear, 2027);
}

TEST_F(SheetImportDialogTest, AnUnreadableSheetIsOneErrorAndNoDialog)
{
    auto window = makeWindow();
    EXPECT_EQ(window->importSpreadsheet(QStringLiteral(DXPLAN_SOURCE_DIR "/tests/data/sheets-hostile/zip-bomb-ratio.xlsx")), nullptr);
    ASSERT_EQ(m_prompter.errors.size(), 1);
    EXPECT_TRUE(m_prompter.errors.first().contains(QStringLiteral("ZIP bomb"))) << m_prompter.errors.first().toStdString();
    EXPECT_EQ(window->findChild<SheetImportDialog *>(), nullptr);
}
