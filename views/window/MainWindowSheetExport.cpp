// MainWindow's spreadsheet exchange: File > Export Spreadsheet (an .xlsx
// workbook or a CSV table), and Edit > Copy / Edit > Paste, which carry
// table rows to and from spreadsheets (TableClipboard) and otherwise do
// what the focused text field does.
#include "views/window/MainWindow.h"

#include "models/PlanDocument.h"
#include "views/sheets/TableClipboard.h"
#include "views/window/MeasuresPage.h"
#include "views/window/SheetExportDialog.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTextEdit>

void MainWindow::createSheetExportAction(QMenu *exportMenu)
{
    QAction *action = addAction(exportMenu, QStringLiteral("actionExportSpreadsheet"), tr("&Spreadsheet..."));
    connect(action, &QAction::triggered, this, &MainWindow::exportSpreadsheet);
    m_documentActions << action;
}

void MainWindow::createClipboardActions(QMenu *editMenu)
{
    QAction *copy = addAction(editMenu, QStringLiteral("actionCopy"), tr("&Copy"), QKeySequence::Copy);
    connect(copy, &QAction::triggered, this, &MainWindow::copySelection);
    QAction *paste = addAction(editMenu, QStringLiteral("actionPaste"), tr("&Paste"), QKeySequence::Paste);
    connect(paste, &QAction::triggered, this, &MainWindow::pasteIntoFocus);
}

void MainWindow::exportSpreadsheet()
{
    if (!m_document)
        return;
    SheetExportDialog dialog(m_document.get(), this);
    dialog.exec();
}

void MainWindow::copySelection()
{
    QWidget *focus = QApplication::focusWidget();
    if (auto *line = qobject_cast<QLineEdit *>(focus))
        return line->copy();
    if (auto *text = qobject_cast<QTextEdit *>(focus))
        return text->copy();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(focus))
        return plain->copy();
    auto *view = qobject_cast<QAbstractItemView *>(focus);
    // From the menu, with the focus elsewhere: the measures tab's rows.
    if (!view && m_tabs->currentWidget() == m_measures)
        view = m_measures->tableView();
    if (view)
        TableClipboard::copy(view);
}

void MainWindow::pasteIntoFocus()
{
    QWidget *focus = QApplication::focusWidget();
    if (auto *line = qobject_cast<QLineEdit *>(focus))
        return line->paste();
    if (auto *text = qobject_cast<QTextEdit *>(focus))
        return text->paste();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(focus))
        return plain->paste();
    auto *view = qobject_cast<QAbstractItemView *>(focus);
    if (!view && m_tabs->currentWidget() == m_measures)
        view = m_measures->tableView();
    if (view && m_document && !m_document->isReadOnly())
        TableClipboard::paste(view);
}
