// The measures tab and spreadsheets: selected rows copied as tab-separated
// text and an HTML table, rows pasted from a spreadsheet as one undoable
// step, and printing and exporting only the rows the filters show.
#include "GuiTestSupport.h"

#include "models/Numbering.h"
#include "models/PlanDocument.h"
#include "models/SamplePlan.h"
#include "tests/support/ExternalTools.h"
#include "views/itemmodels/MeasuresFilterModel.h"
#include "views/itemmodels/MeasuresTableModel.h"
#include "views/itemmodels/PlanText.h"
#include "views/kpi/KpiEditor.h"
#include "views/sheets/CsvText.h"
#include "views/sheets/TableClipboard.h"
#include "views/window/MainWindow.h"
#include "views/window/MeasuresPage.h"
#include "views/window/SheetExportDialog.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QMimeData>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

namespace {

class SheetClipboardTest : public GuiTest
{
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        QString error;
        m_doc = PlanDocument::create(samplePlan(), &error);
        ASSERT_TRUE(m_doc) << error.toStdString();
        m_page.setDocument(m_doc.get());
    }
    void TearDown() override
    {
        m_page.setDocument(nullptr);
        if (m_doc)
            m_doc->closeCleanly();
    }
    const Plan &plan() const { return m_doc->plan(); }
    QString themeLabel(int themeIndex) const
    {
        const Theme &theme = plan().themes[themeIndex];
        return (PlanNumbers(plan()).fullTheme(theme.id) + QLatin1Char(' ') + theme.title).trimmed();
    }
    void selectRows(const QList<int> &rows)
    {
        QTableView *table = m_page.tableView();
        table->clearSelection();
        for (int row : rows)
            table->selectionModel()->select(table->model()->index(row, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }

    std::unique_ptr<PlanDocument> m_doc;
    MeasuresPage m_page;
};

TEST_F(SheetClipboardTest, CopyingSelectedRowsGivesTabsAndAnHtmlTable)
{
    selectRows({ 0, 2 });
    QApplication::clipboard()->clear();
    QTest::keyClick(m_page.tableView(), Qt::Key_C, Qt::ControlModifier);
    const QMimeData *data = QApplication::clipboard()->mimeData();
    ASSERT_TRUE(data);
    const QList<QStringList> rows = CsvText::parseTabSeparated(data->text());
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].size(), int(MeasuresTableModel::ColumnCount));
    const QList<int> ids = m_page.shownMeasureIds();
    EXPECT_EQ(rows[0][MeasuresTableModel::TitleColumn], plan().measure(ids[0])->title);
    EXPECT_EQ(rows[1][MeasuresTableModel::TitleColumn], plan().measure(ids[2])->title);
    ASSERT_TRUE(data->hasHtml());
    const QString html = data->html();
    EXPECT_TRUE(html.contains(QStringLiteral("<table>")));
    EXPECT_EQ(html.count(QStringLiteral("<tr>")), 2);
    EXPECT_EQ(html.count(QStringLiteral("<td>")), 2 * int(MeasuresTableModel::ColumnCount));
    EXPECT_TRUE(html.contains(plan().measure(ids[2])->title.toHtmlEscaped()));
}

TEST_F(SheetClipboardTest, CopiedRowsPasteBackUnchanged)
{
    selectRows({ 0, 1, 2 });
    ASSERT_TRUE(TableClipboard::copy(m_page.tableView()));
    const Plan before = plan();
    const int steps = m_doc->undoStack()->count();
    QTest::keyClick(m_page.tableView(), Qt::Key_V, Qt::ControlModifier);
    EXPECT_EQ(plan(), before);
    EXPECT_EQ(m_doc->undoStack()->count(), steps);
}

TEST_F(SheetClipboardTest, PastedRowsAddAndUpdateMeasuresAsOneUndoableStep)
{
    const Plan before = plan();
    const Measure &first = plan().themes[0].measures[0];
    const int firstId = first.id;
    const QString number = PlanNumbers(plan()).fullMeasure(firstId);
    const QString department = plan().departments[0].name;
    const int themeMeasures = int(plan().themes[1].measures.size());
    const QString text =
        // A header row, as a spreadsheet has it.
        m_page.tableModel()->headerData(0, Qt::Horizontal).toString() + QLatin1Char('\t')
        + m_page.tableModel()->headerData(1, Qt::Horizontal).toString() + QLatin1Char('\t')
        + m_page.tableModel()->headerData(2, Qt::Horizontal).toString() + QStringLiteral("\r\n")
        // The first measure, by its number: a new title and status.
        + themeLabel(0) + QLatin1Char('\t') + number + QStringLiteral("\t新しい施策名\t\t\t\t")
        + PlanText::statusName(MeasureStatus::Done) + QStringLiteral("\t\r\n")
        // A new measure in the second theme, with a department.
        + plan().themes[1].title + QStringLiteral("\t\t\"電子申請, 第2期\"\t\t") + department + QStringLiteral("\t\t\t\r\n");
    m_page.pasteRows(text);

    const Measure *updated = plan().measure(firstId);
    ASSERT_TRUE(updated);
    EXPECT_EQ(updated->title, QStringLiteral("新しい施策名"));
    EXPECT_EQ(updated->status, MeasureStatus::Done);
    EXPECT_EQ(updated->overview, before.measure(firstId)->overview); // empty cells leave fields
    ASSERT_EQ(plan().themes[1].measures.size(), themeMeasures + 1);
    const Measure &added = plan().themes[1].measures.last();
    EXPECT_EQ(added.title, QStringLiteral("電子申請, 第2期"));
    EXPECT_EQ(added.departmentIds, QList<int> { plan().departments[0].id });
    EXPECT_EQ(m_page.tableModel()->rowCount(), before.measureCount() + 1);

    m_doc->undoStack()->undo();
    EXPECT_EQ(plan(), before);
    m_doc->undoStack()->redo();
    EXPECT_EQ(plan().measure(firstId)->title, QStringLiteral("新しい施策名"));
    EXPECT_EQ(plan().measureCount(), before.measureCount() + 1);
}

TEST_F(SheetClipboardTest, UnknownNamesRefuseThePasteAndSayWhere)
{
    const Plan before = plan();
    const int steps = m_doc->undoStack()->count();
    QSignalSpy refused(&m_page, &MeasuresPage::pasteRefused);
    m_page.pasteRows(themeLabel(0) + QStringLiteral("\t\t新規\t\t存在しない課\t\t\t\n"));
    ASSERT_EQ(refused.count(), 1);
    const QString message = refused.first().first().toString();
    EXPECT_TRUE(message.contains(QStringLiteral("存在しない課"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QLatin1Char('1'))) << message.toStdString();
    m_page.pasteRows(QStringLiteral("ない重点事項\t\t新規\n"));
    EXPECT_EQ(refused.count(), 2);
    EXPECT_EQ(plan(), before);
    EXPECT_EQ(m_doc->undoStack()->count(), steps);
}

TEST_F(SheetClipboardTest, PrintingAndExportingTakeOnlyTheFilteredRows)
{
    const Measure &shown = plan().themes[2].measures[0];
    const Measure &hidden = plan().themes[0].measures[0];
    auto *search = m_page.findChild<QLineEdit *>(QStringLiteral("filterText"));
    ASSERT_TRUE(search);
    search->setText(shown.title);
    ASSERT_EQ(m_page.shownMeasureIds(), QList<int> { shown.id });

    const SheetTable table = m_page.shownTable();
    ASSERT_EQ(table.rows.size(), 1);
    EXPECT_EQ(table.rows[0][MeasuresTableModel::TitleColumn], shown.title);

    const QString csv = path(QStringLiteral("shown.csv"));
    QString error;
    ASSERT_TRUE(m_page.exportShownTo(csv, &error)) << error.toStdString();
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll().mid(3));
    EXPECT_EQ(CsvText::parseTabSeparated(QString(text).replace(QLatin1Char(','), QLatin1Char('\t'))).size(), 2);
    EXPECT_TRUE(text.contains(shown.title));
    EXPECT_FALSE(text.contains(hidden.title));

    const QString xlsx = path(QStringLiteral("shown.xlsx"));
    ASSERT_TRUE(m_page.exportShownTo(xlsx, &error)) << error.toStdString();
    EXPECT_TRUE(QFile::exists(xlsx));

    const QString pdf = path(QStringLiteral("shown.pdf"));
    ASSERT_TRUE(m_page.exportShownTo(pdf, &error)) << error.toStdString();
    if (havePdfToText()) {
        // Cells wrap, and the text layer reads them column by column:
        // compare the shown measure's number and the start of the titles.
        static const QRegularExpression space(QStringLiteral("\\s+"));
        const QString printed = pdfText(pdf).remove(space);
        EXPECT_TRUE(printed.contains(PlanNumbers(plan()).fullMeasure(shown.id))) << printed.toStdString();
        EXPECT_TRUE(printed.contains(shown.title.left(5))) << printed.toStdString();
        EXPECT_FALSE(printed.contains(hidden.title.left(5))) << printed.toStdString();
    }
    // The printer gets the same pages.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        m_page.printOn(&writer);
    }
    EXPECT_TRUE(buffer.data().startsWith("%PDF"));
    EXPECT_FALSE(m_page.exportShownTo(path(QStringLiteral("shown.txt")), &error));
}

TEST_F(SheetClipboardTest, KpiTableCopiesItsRows)
{
    KpiEditor editor;
    editor.setDocument(m_doc.get());
    auto *table = editor.findChild<QTableView *>(QStringLiteral("kpiTable"));
    ASSERT_TRUE(table);
    table->selectAll();
    ASSERT_TRUE(TableClipboard::copy(table));
    const QMimeData *data = QApplication::clipboard()->mimeData();
    EXPECT_EQ(CsvText::parseTabSeparated(data->text()).size(), plan().kpis.size());
    EXPECT_TRUE(data->text().contains(plan().kpis[0].name));
    EXPECT_TRUE(data->html().contains(QStringLiteral("<table>")));
}

TEST_F(SheetClipboardTest, MainWindowPrintsAndExportsTheMeasuresTab)
{
    FakePrompter prompter;
    MainWindow window;
    window.setPrompter(&prompter);
    ASSERT_TRUE(window.newPlan(SamplePlan::names().first()));
    auto *print = window.findChild<QAction *>(QStringLiteral("actionPrint"));
    auto *exportAction = window.findChild<QAction *>(QStringLiteral("actionExport"));
    auto *spreadsheet = window.findChild<QAction *>(QStringLiteral("actionExportSpreadsheet"));
    ASSERT_TRUE(print && exportAction && spreadsheet);
    EXPECT_TRUE(print->isEnabled());
    EXPECT_TRUE(exportAction->isEnabled());
    EXPECT_TRUE(spreadsheet->isEnabled());
    EXPECT_TRUE(window.findChild<QAction *>(QStringLiteral("actionCopy")));
    EXPECT_TRUE(window.findChild<QAction *>(QStringLiteral("actionPaste")));
    // A refused paste is reported through the window's prompter.
    window.measuresPage()->pasteRows(QStringLiteral("ない重点事項\t\t新規\n"));
    EXPECT_EQ(prompter.errors.size(), 1);
    EXPECT_TRUE(window.closeDocument());
}

TEST_F(SheetClipboardTest, ExportDialogRemembersTheLastChoice)
{
    const QString out = path(QStringLiteral("plan.csv"));
    {
        SheetExportDialog dialog(m_doc.get());
        EXPECT_EQ(dialog.format(), SheetExporter::Format::Xlsx); // the default
        EXPECT_TRUE(dialog.options().scheduleSheet && dialog.options().measuresSheet && dialog.options().kpiSheet);
        auto *format = dialog.findChild<QComboBox *>(QStringLiteral("sheetFormat"));
        auto *encoding = dialog.findChild<QComboBox *>(QStringLiteral("csvEncoding"));
        auto *months = dialog.findChild<QCheckBox *>(QStringLiteral("monthColumns"));
        ASSERT_TRUE(format && encoding && months);
        format->setCurrentIndex(1);
        encoding->setCurrentIndex(1);
        ASSERT_TRUE(dialog.exportTo(out)) << dialog.errorString().toStdString();
    }
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_FALSE(file.readAll().startsWith("\xEF\xBB\xBF")); // CP932
    SheetExportDialog again(m_doc.get());
    EXPECT_EQ(again.format(), SheetExporter::Format::Csv);
    EXPECT_EQ(again.options().encoding, SheetOptions::Encoding::Cp932);
}

} // namespace
