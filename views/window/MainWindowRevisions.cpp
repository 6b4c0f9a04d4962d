// MainWindow's revisions: Edit > Mark Revision, Revision History and
// Compare; opening a revision read-only in a window of its own, and
// restoring one.
#include "views/window/MainWindow.h"

#include "models/PlanDocument.h"
#include "models/PlanFileLock.h"
#include "models/UserMessage.h"
#include "models/commands/RevisionCommands.h"
#include "views/revisions/ComparisonSource.h"
#include "views/revisions/ComparisonWindow.h"
#include "views/revisions/MarkRevisionDialog.h"
#include "views/revisions/RevisionHistoryDialog.h"
#include "views/revisions/RevisionListModel.h"
#include "views/window/Prompter.h"

#include <QMenu>

namespace {

const Revision *findRevision(const PlanDocument *document, int revisionId)
{
    return document ? findById(document->plan().revisions, revisionId) : nullptr;
}

} // namespace

void MainWindow::createRevisionActions(QMenu *menu)
{
    // Ctrl+Shift+R, Y and C are taken by nothing else (Edit > Add uses
    // H, T, D, M and K; File uses N, O, S and E).
    QAction *mark = addAction(menu, QStringLiteral("actionMarkRevision"), tr("Mark Re&vision..."),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    mark->setStatusTip(tr("Keep the plan as it stands now as a named revision"));
    connect(mark, &QAction::triggered, this, [this] { markRevision(); });
    QAction *history = addAction(menu, QStringLiteral("actionRevisionHistory"), tr("Revision &History..."),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    history->setStatusTip(tr("List the plan's revisions; open, compare or restore one"));
    connect(history, &QAction::triggered, this, [this] { showRevisionHistory(); });
    QAction *compareAction = addAction(menu, QStringLiteral("actionCompare"), tr("&Compare..."),
                                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    compareAction->setStatusTip(tr("List what changed between two versions of the plan, or two plan files"));
    connect(compareAction, &QAction::triggered, this, [this] { showComparison(); });
    m_editActions << mark;
    m_documentActions << history << compareAction;
}

void MainWindow::closeRevisionWindows()
{
    delete m_revisionHistory;
    delete m_comparison;
    for (auto *dialog : findChildren<MarkRevisionDialog *>())
        delete dialog;
}

MarkRevisionDialog *MainWindow::markRevision()
{
    if (!m_document || m_document->isReadOnly())
        return nullptr;
    QWidget *parent = m_revisionHistory && m_revisionHistory->isVisible() ? static_cast<QWidget *>(m_revisionHistory) : this;
    auto *dialog = new MarkRevisionDialog(m_document.get(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

RevisionHistoryDialog *MainWindow::showRevisionHistory()
{
    if (!m_document)
        return nullptr;
    if (!m_revisionHistory) {
        m_revisionHistory = new RevisionHistoryDialog(m_document.get(), this);
        m_revisionHistory->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_revisionHistory, &RevisionHistoryDialog::openRequested, this, &MainWindow::openRevision);
        connect(m_revisionHistory, &RevisionHistoryDialog::restoreRequested, this, &MainWindow::restoreRevision);
        connect(m_revisionHistory, &RevisionHistoryDialog::markRequested, this, &MainWindow::markRevision);
        connect(m_revisionHistory, &RevisionHistoryDialog::compareWithCurrentRequested, this,
                [this](int id) { compare(ComparisonSource::revision(id), ComparisonSource::current()); });
        connect(m_revisionHistory, &RevisionHistoryDialog::compareRequested, this, [this](int before, int after) {
            compare(ComparisonSource::revision(before), ComparisonSource::revision(after));
        });
    }
    m_revisionHistory->show();
    m_revisionHistory->raise();
    m_revisionHistory->activateWindow();
    return m_revisionHistory;
}

MainWindow *MainWindow::openRevision(int revisionId)
{
    const Revision *revision = findRevision(m_document.get(), revisionId);
    if (!revision)
        return nullptr;
    const QString name = RevisionListModel::displayName(*revision);
    QString error;
    Plan plan;
    std::unique_ptr<PlanDocument> doc;
    if (m_document->revisionPlan(revisionId, &plan, &error)) {
        const QString title = plan.info.title.isEmpty() ? m_document->displayName() : plan.info.title;
        doc = PlanDocument::openSnapshot(plan, tr("%1 — %2").arg(title, name), &error);
    }
    if (!doc) {
        m_prompter->error(this, tr("Cannot Open Revision"),
                          tr("Revision %1 cannot be opened.\n%2").arg(name, UserMessage::printableText(error)));
        return nullptr;
    }
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    // Questions in the new window go where this window's go (tests answer
    // them); the default prompter belongs to this window alone.
    if (m_prompter != m_defaultPrompter.get())
        window->setPrompter(m_prompter);
    window->setDocument(std::move(doc), nullptr);
    window->move(pos() + QPoint(32, 32));
    window->show();
    return window;
}

bool MainWindow::restoreRevision(int revisionId)
{
    const Revision *revision = findRevision(m_document.get(), revisionId);
    if (!revision || !revision->hasSnapshot || m_document->isReadOnly())
        return false;
    const QString name = RevisionListModel::displayName(*revision);
    QWidget *parent = m_revisionHistory && m_revisionHistory->isVisible() ? static_cast<QWidget *>(m_revisionHistory) : this;
    if (!m_prompter->question(parent, tr("Restore Revision"),
                              tr("Make the plan as revision %1 kept it?\n"
                                 "Everything changed since then is replaced; the revision history stays. "
                                 "Edit > Undo brings the present plan back.").arg(name)))
        return false;
    Plan plan;
    QString error;
    if (!m_document->revisionPlan(revisionId, &plan, &error)) {
        m_prompter->error(parent, tr("Cannot Restore Revision"),
                          tr("Revision %1 cannot be read.\n%2").arg(name, UserMessage::printableText(error)));
        return false;
    }
    m_document->undoStack()->push(new RestoreRevision(m_document.get(), plan, tr("Restore revision %1").arg(name)));
    return true;
}

ComparisonWindow *MainWindow::compare(const ComparisonSource &before, const ComparisonSource &after)
{
    if (!m_document)
        return nullptr;
    if (!m_comparison) {
        m_comparison = new ComparisonWindow(m_document.get(), this);
        m_comparison->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_comparison, &ComparisonWindow::itemActivated, this, [this](const OutlineNode &node) {
            selectNode(node);
            bringToFront();
        });
    }
    m_comparison->setSources(before, after);
    m_comparison->show();
    m_comparison->raise();
    m_comparison->activateWindow();
    return m_comparison;
}

ComparisonWindow *MainWindow::showComparison()
{
    if (!m_document)
        return nullptr;
    if (m_comparison) {
        m_comparison->show();
        m_comparison->raise();
        m_comparison->activateWindow();
        return m_comparison;
    }
    ComparisonSource before = ComparisonSource::current();
    const QList<Revision> &revisions = m_document->plan().revisions;
    for (auto it = revisions.crbegin(); it != revisions.crend(); ++it)
        if (it->hasSnapshot) {
            before = ComparisonSource::revision(it->id);
            break;
        }
    return compare(before, ComparisonSource::current());
}
