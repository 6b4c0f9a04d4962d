// File > Import Spreadsheet and File > New Plan from Spreadsheet: a 工程表
// kept in Excel or LibreOffice becomes themes and measures.
#include "views/window/MainWindow.h"

#include "models/PlanDocument.h"
#include "models/PlanFileLock.h"
#include "models/commands/SheetImportCommands.h"
#include "models/sheets/SheetFile.h"
#include "views/window/Prompter.h"
#include "views/window/SheetImportDialog.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QStandardPaths>

void MainWindow::createSheetActions(QMenu *fileMenu)
{
    m_importSheetAction = addAction(fileMenu, QStringLiteral("actionImportSpreadsheet"), tr("&Import Spreadsheet..."));
    connect(m_importSheetAction, &QAction::triggered, this, [this] { importSpreadsheet(); });
    connect(addAction(fileMenu, QStringLiteral("actionNewFromSpreadsheet"), tr("New Plan from Sp&readsheet...")),
            &QAction::triggered, this, [this] { importSpreadsheet(QString(), true); });
}

SheetImportDialog *MainWindow::importSpreadsheet(const QString &path, bool asNewPlan)
{
    if (!asNewPlan && (!m_document || m_document->isReadOnly()))
        return nullptr;
    QString file = path;
    if (file.isEmpty())
        file = QFileDialog::getOpenFileName(this, tr("Import Spreadsheet"),
                                            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                            tr("Spreadsheets (*.xlsx *.ods *.csv);;All files (*)"));
    if (file.isEmpty())
        return nullptr;
    SheetBook book;
    QString error;
    if (!SheetFile::read(file, &book, &error)) {
        m_prompter->error(this, tr("Import Spreadsheet"), tr("%1 cannot be imported: %2").arg(QFileInfo(file).fileName(), error));
        return nullptr;
    }
    auto *dialog = new SheetImportDialog(book, QFileInfo(file).fileName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString title = QFileInfo(file).completeBaseName();
    connect(dialog, &QDialog::accepted, this, [this, dialog, asNewPlan, title] {
        if (asNewPlan) {
            QString error;
            std::unique_ptr<PlanDocument> doc = PlanDocument::create(dialog->result().toPlan(title), &error);
            if (!doc) {
                m_prompter->error(this, tr("New Plan from Spreadsheet"), tr("A new plan cannot be started: %1").arg(error));
                return;
            }
            replaceDocument(std::move(doc), nullptr, true);
        } else if (m_document && !m_document->isReadOnly()) {
            m_document->undoStack()->push(new ImportSheet(m_document.get(), dialog->result(),
                                                          tr("Import spreadsheet %1").arg(title)));
        }
    });
    dialog->open();
    return dialog;
}
