#include "models/PlanDocument.h"
#include "models/commands/SheetImportCommands.h"
#include "models/sheets/SheetFile.h"
#include "tests/support/TestSupport.h"

// Importing a sheet into an open plan is one undo step: redo, check; undo,
// check; redo, check — with the working database holding what the
// document shows.
TEST(ImportSheetCommand, IsOneUndoStep)
{
    QString error;
    auto doc = PlanDocument::create(samplePlan(), &error);
    ASSERT_TRUE(doc) << error.toStdString();
    const Plan original = doc->plan();

    SheetBook book;
    ASSERT_TRUE(SheetFile::read(QStringLiteral(DXPLAN_TEST_DATA "/sheets/merged-themes.xlsx"), &book, &error))
        << error.toStdString();
    const SheetGrid &grid = book.sheets[SheetFile::chooseSheet(book)];
    const SheetImport imported = SheetImport::convert(grid, SheetLayout::detect(grid));
    ASSERT_EQ(imported.measureCount(), 4);

    const auto check = [&](const Plan &plan) {
        EXPECT_EQ(plan.themes.size(), original.themes.size() + 2);
        EXPECT_EQ(plan.measureCount(), original.measureCount() + 4);
        EXPECT_EQ(plan.themes.last().title, QStringLiteral("庁内業務の効率化"));
        const Measure &telework = plan.themes.last().measures.last();
        EXPECT_EQ(telework.title, QStringLiteral("テレワーク環境の整備"));
        EXPECT_EQ(plan.departmentNames(telework), QStringList { QStringLiteral("総務課") });
        // 総務課 is the sample's own: matched, not made again.
        int soumu = 0;
        for (const Department &d : plan.departments)
            soumu += d.name == QStringLiteral("総務課");
        EXPECT_EQ(soumu, 1);
        EXPECT_TRUE(storedPlan(doc->workingCopyPath()) == plan);
    };
    QUndoStack *stack = doc->undoStack();
    stack->push(new ImportSheet(doc.get(), imported, QStringLiteral("Import spreadsheet")));
    EXPECT_EQ(stack->count(), 1);
    check(doc->plan());
    stack->undo();
    EXPECT_TRUE(doc->plan() == original);
    EXPECT_TRUE(storedPlan(doc->workingCopyPath()) == original);
    EXPECT_FALSE(doc->isModified());
    stack->redo();
    check(doc->plan());
    doc->closeCleanly();
}
