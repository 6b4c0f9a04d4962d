// MainWindow's document handling: new, open, recover, save, close, the
// end of a session, recent files and the lock that notices a plan opened
// twice.
#include "views/window/MainWindow.h"

#include "models/FiscalYear.h"
#include "models/PlanDocument.h"
#include "models/PlanFileLock.h"
#include "models/RecentFiles.h"
#include "models/SamplePlan.h"
#include "models/UserMessage.h"
#include "views/common/DocumentView.h"
#include "views/editors/ItemEditorPanel.h"
#include "views/window/MeasuresPage.h"
#include "views/window/Prompter.h"
#include "views/window/StartPage.h"

#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTreeView>
#include <QUndoGroup>

namespace {

// "plan.dxplan" -> "plan (2).dxplan", the first name not taken in its folder.
QString freeSiblingName(const QString &path)
{
    const QFileInfo info(path);
    const QString base = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QStringLiteral("dxplan") : info.suffix();
    for (int n = 2;; ++n) {
        const QString candidate = info.dir().filePath(QStringLiteral("%1 (%2).%3").arg(base).arg(n).arg(suffix));
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

} // namespace

void MainWindow::setDocument(std::unique_ptr<PlanDocument> document, std::unique_ptr<PlanFileLock> lock)
{
    closeRevisionWindows();
    closeAuditWindows();
    std::unique_ptr<PlanDocument> old = std::move(m_document);
    m_document = std::move(document);
    PlanDocument *doc = m_document.get();
    m_outlineModel->setDocument(doc);
    m_measures->setDocument(doc);
    m_editor->setDocument(doc);
    for (const auto &view : std::as_const(m_views))
        view.second->setDocument(doc);
    if (old)
        m_undoGroup->removeStack(old->undoStack());
    old.reset();
    m_lock = std::move(lock);
    if (doc) {
        m_undoGroup->addStack(doc->undoStack());
        m_undoGroup->setActiveStack(doc->undoStack());
        connect(doc, &PlanDocument::modifiedChanged, this, &MainWindow::updateTitle);
        connect(doc, &PlanDocument::changed, this, [this] {
            updateTitle();
            updateActions();
        });
        connect(doc, &PlanDocument::fileFactsChanged, this, &MainWindow::updateSignatureState);
        connect(doc, &PlanDocument::storageFailed, this, [this](const QString &message) {
            m_prompter->error(this, tr("Cannot keep your changes"),
                              tr("Your last change could not be written to the working copy: %1\n"
                                 "Save the plan under another name as soon as possible.").arg(message));
        });
        m_outline->expandToDepth(0);
        m_outline->setCurrentIndex(m_outlineModel->index(0, 0));
    }
    // Without a plan the window offers ways to start instead of empty tabs,
    // and the docks, which would be empty, step aside for it.
    if (!doc)
        m_startPage->refresh();
    m_centralStack->setCurrentWidget(doc ? static_cast<QWidget *>(m_tabs) : m_startPage);
    if (!doc && m_userLayout.isEmpty()) {
        restoreEditorDock();
        m_userLayout = saveState();
        for (QDockWidget *dock : findChildren<QDockWidget *>())
            if (!dock->isFloating())
                dock->hide();
    } else if (doc) {
        restoreUserLayout();
    }
    updateTitle();
    updateActions();
    updateSignatureState();
    emit documentChanged(doc);
}

bool MainWindow::replaceDocument(std::unique_ptr<PlanDocument> document, std::unique_ptr<PlanFileLock> lock,
                                 bool dropCleanly)
{
    if (!closeDocument()) {
        // The user kept the open plan: the new one goes again, unseen.
        if (dropCleanly)
            document->closeCleanly();
        return false;
    }
    setDocument(std::move(document), std::move(lock));
    return true;
}

bool MainWindow::newPlan(const QString &sampleName)
{
    Plan plan;
    QString error;
    if (!sampleName.isEmpty() && !SamplePlan::load(sampleName, &plan, &error)) {
        m_prompter->error(this, tr("New Plan"), tr("The sample plan cannot be loaded: %1").arg(error));
        return false;
    }
    if (sampleName.isEmpty()) {
        plan.info.title = tr("New DX promotion plan");
        // A plan written now covers the fiscal year under way and the
        // four after it, the period most towns choose.
        plan.info.startYear = FiscalYear::ofDate(QDate::currentDate());
        plan.info.endYear = plan.info.startYear + 4;
    }
    std::unique_ptr<PlanDocument> doc = PlanDocument::create(plan, &error);
    if (!doc) {
        m_prompter->error(this, tr("New Plan"), tr("A new plan cannot be started: %1").arg(error));
        return false;
    }
    return replaceDocument(std::move(doc), nullptr, true);
}

MainWindow *MainWindow::windowWithFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (MainWindow *window : windows())
        if (window->m_document && window->m_document->filePath() == absolute)
            return window;
    return nullptr;
}

bool MainWindow::lockForWriting(const QString &path, std::unique_ptr<PlanFileLock> *lock, bool *openReadOnly)
{
    auto candidate = std::make_unique<PlanFileLock>(path);
    if (candidate->tryLock()) {
        *lock = std::move(candidate);
        return true;
    }
    const PlanFileLock::Holder holder = candidate->holder();
    // A person is who others ask to close the plan; the process and host
    // are for when no name was recorded (an older version holds it).
    const QString application = holder.application.isEmpty() ? tr("DX Plan Studio") : holder.application;
    const QString host = holder.hostName.isEmpty() ? tr("this computer") : holder.hostName;
    QString who;
    if (holder.thisProcess)
        who = tr("This plan is already open in another DX Plan Studio window.");
    else if (!holder.userName.isEmpty())
        who = tr("This plan is already opened by %1 (%2 on %3).")
                  .arg(UserMessage::printableText(holder.userName), application, host);
    else
        who = tr("This plan is already open in %1 (process %2 on %3).").arg(application).arg(holder.pid).arg(host);
    if (!openReadOnly)
        return false;
    *openReadOnly = m_prompter->question(this, tr("Plan Already Open"),
                                         who + QLatin1Char('\n') + tr("Open it read-only instead?"));
    return *openReadOnly;
}

bool MainWindow::openFile(const QString &path, bool readOnly)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_document && m_document->filePath() == absolute && (!readOnly || m_document->isReadOnly())) {
        bringToFront();
        return true;
    }
    // Another window of this program has it: that window is the plan's
    // place, whether it holds the plan for writing or this is only a
    // request to read it.
    for (MainWindow *window : windows())
        if (window != this && window->m_document && window->m_document->filePath() == absolute
            && (readOnly || !window->m_document->isReadOnly())) {
            window->bringToFront();
            return true;
        }
    std::unique_ptr<PlanFileLock> lock;
    if (!readOnly && QFileInfo::exists(absolute)) {
        bool fallBackToReadOnly = false;
        if (!lockForWriting(absolute, &lock, &fallBackToReadOnly) && !fallBackToReadOnly)
            return false;
        readOnly = fallBackToReadOnly;
    }
    QString error;
    std::unique_ptr<PlanDocument> doc = PlanDocument::open(absolute, readOnly, &error);
    if (!doc) {
        m_prompter->error(this, tr("Cannot Open Plan"),
                          tr("%1 cannot be opened.\n%2")
                              .arg(UserMessage::printableText(QDir::toNativeSeparators(absolute)),
                                   UserMessage::printableText(error)));
        return false;
    }
    if (doc->isReadOnly())
        lock.reset();
    if (!replaceDocument(std::move(doc), std::move(lock), true))
        return false;
    QSettings settings;
    RecentFiles(&settings).add(absolute);
    return true;
}

void MainWindow::openWithDialog(bool readOnly)
{
    const QString path = m_prompter->openFileName(this, readOnly ? tr("Open Plan Read-Only") : tr("Open Plan"));
    if (!path.isEmpty())
        openFile(path, readOnly);
}

bool MainWindow::recoverWorkingCopy(const QString &workingCopyId)
{
    QString error;
    std::unique_ptr<PlanDocument> doc = PlanDocument::recover(workingCopyId, &error);
    if (!doc) {
        m_prompter->error(this, tr("Cannot Recover Plan"), tr("The unsaved work cannot be recovered: %1").arg(UserMessage::printableText(error)));
        return false;
    }
    // A plan that was open read-only comes back read-only, without a lock.
    std::unique_ptr<PlanFileLock> lock;
    if (!doc->isReadOnly() && !doc->filePath().isEmpty() && QFileInfo::exists(doc->filePath()))
        lockForWriting(doc->filePath(), &lock, nullptr);
    // If the user keeps the open plan, the recovered one stays recoverable.
    return replaceDocument(std::move(doc), std::move(lock), false);
}

bool MainWindow::save()
{
    if (!m_document)
        return false;
    if (m_document->filePath().isEmpty() || m_document->isReadOnly())
        return saveAs();
    return saveTo(m_document->filePath());
}

bool MainWindow::saveAs()
{
    if (!m_document)
        return false;
    return saveAsSuggesting(m_document->filePath());
}

bool MainWindow::saveAsSuggesting(const QString &suggestedPath)
{
    if (!m_document)
        return false;
    QString suggested = suggestedPath;
    if (suggested.isEmpty())
        suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
            + (m_document->plan().info.title.isEmpty() ? tr("plan") : m_document->plan().info.title)
            + QStringLiteral(".dxplan");
    QString path = m_prompter->saveFileName(this, tr("Save Plan As"), suggested);
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".dxplan"), Qt::CaseInsensitive))
        path += QStringLiteral(".dxplan");
    return saveTo(path);
}

bool MainWindow::saveTo(const QString &path)
{
    if (!m_document)
        return false;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    std::unique_ptr<PlanFileLock> newLock;
    const bool sameFile = absolute == m_document->filePath() && m_lock;
    if (!sameFile && QFileInfo::exists(absolute) && !lockForWriting(absolute, &newLock, nullptr)) {
        m_prompter->error(this, tr("Cannot Save Plan"),
                          tr("%1 is open in another window or program; close it there first.")
                              .arg(QDir::toNativeSeparators(absolute)));
        return false;
    }
    if (absolute == m_document->filePath() && !confirmSignatureRemoval(absolute))
        return false;
    QString error;
    PlanDocument::SaveResult result = m_document->save(absolute, false, &error);
    if (result == PlanDocument::SaveResult::ChangedOnDisk) {
        enum { SaveAsAnswer, OverwriteAnswer, CancelAnswer };
        const int answer = m_prompter->choose(
            this, tr("Save Plan"),
            tr("%1 was changed by someone else since you opened it.\n"
               "Save your version under another name, overwrite the file with your version "
               "(their changes are lost), or cancel?")
                .arg(QDir::toNativeSeparators(absolute)),
            { tr("Save &As..."), tr("&Overwrite"), tr("Cancel") }, SaveAsAnswer, CancelAnswer);
        if (answer == SaveAsAnswer) {
            newLock.reset();
            return saveAsSuggesting(freeSiblingName(absolute));
        }
        if (answer != OverwriteAnswer)
            return false;
        result = m_document->save(absolute, true, &error);
    }
    if (result != PlanDocument::SaveResult::Saved) {
        m_prompter->error(this, tr("Cannot Save Plan"),
                          tr("%1 cannot be saved.\n%2").arg(QDir::toNativeSeparators(absolute), error));
        return false;
    }
    if (!sameFile) {
        if (!newLock) {
            newLock = std::make_unique<PlanFileLock>(absolute);
            newLock->tryLock();
        }
        m_lock = std::move(newLock);
    }
    QSettings settings;
    RecentFiles(&settings).add(absolute);
    updateTitle();
    updateActions();
    return true;
}

bool MainWindow::closeDocument()
{
    if (!m_document)
        return true;
    // A read-only plan is modified only when it was recovered with unsaved
    // work; Save then means Save As.
    if (m_document->isModified()) {
        const auto answer = m_prompter->askToSave(
            this, tr("The plan \"%1\" has unsaved changes. Save them before closing?").arg(m_document->displayName()));
        if (answer == Prompter::SaveAnswer::Cancel)
            return false;
        if (answer == Prompter::SaveAnswer::Save && !save())
            return false;
    }
    m_document->closeCleanly();
    setDocument(nullptr, nullptr);
    return true;
}

void MainWindow::endSession()
{
    if (!m_document)
        return;
    // Unsaved changes stay in the working copy, whose sidecar says so;
    // dropping the document releases its lock without deleting it.
    if (!m_document->isModified())
        m_document->closeCleanly();
    setDocument(nullptr, nullptr);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    QSettings settings;
    RecentFiles recent(&settings);
    const QStringList paths = recent.paths();
    for (int i = 0; i < paths.size(); ++i) {
        const QString path = paths[i];
        QAction *action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg((i + 1) % 10).arg(QDir::toNativeSeparators(path)));
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (paths.isEmpty())
        m_recentMenu->addAction(tr("No recent plans"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear List"));
    clear->setEnabled(!paths.isEmpty());
    connect(clear, &QAction::triggered, this, [] {
        QSettings s;
        RecentFiles(&s).clear();
    });
}

void MainWindow::restoreEditorDock()
{
    if (m_editorDockSteppedAside)
        findChild<QDockWidget *>(QStringLiteral("editorDock"))->show();
    m_editorDockSteppedAside = false;
}

void MainWindow::restoreUserLayout()
{
    if (m_userLayout.isEmpty())
        return;
    restoreState(m_userLayout);
    m_userLayout.clear();
}
