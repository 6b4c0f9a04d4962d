#include "views/revisions/RevisionHistoryDialog.h"
#include "views/common/WindowPlacement.h"

#include "models/PlanDocument.h"
#include "views/revisions/RevisionListModel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

namespace {

// Sets whether `button` can be used, and when not, a tooltip saying why.
void enableWithReason(QPushButton *button, const QString &whyNot, const QString &toolTip)
{
    button->setEnabled(whyNot.isEmpty());
    button->setToolTip(whyNot.isEmpty() ? toolTip : whyNot);
}

QPushButton *actionButton(QWidget *parent, const char *name, const QString &text)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(QLatin1String(name));
    button->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    button->setAutoDefault(false);
    return button;
}

} // namespace

RevisionHistoryDialog::RevisionHistoryDialog(PlanDocument *document, QWidget *parent)
    : QDialog(parent), m_document(document)
{
    setObjectName(QStringLiteral("revisionHistoryDialog"));
    setWindowTitle(tr("Revision History — %1").arg(document->displayName()));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Each revision marked in DX Plan Studio keeps a copy of the plan as it was. "
                                "Select one to open, compare or restore it; select two (Ctrl+click) to "
                                "compare them with each other."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *row = new QHBoxLayout;
    m_model = new RevisionListModel(this);
    m_model->setDocument(document);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("revisionList"));
    m_view->setAccessibleName(tr("Revisions"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(RevisionListModel::Note, QHeaderView::Stretch);
    row->addWidget(m_view, 1);

    auto *actions = new QVBoxLayout;
    m_open = actionButton(this, "openRevisionButton", tr("&Open"));
    m_compareWithCurrent = actionButton(this, "compareWithCurrentButton", tr("Compare with &Current"));
    m_compareTwo = actionButton(this, "compareRevisionsButton", tr("Compare &Selected"));
    m_restore = actionButton(this, "restoreRevisionButton", tr("&Restore..."));
    m_mark = actionButton(this, "markRevisionButton", tr("&Mark Revision..."));
    for (QPushButton *button : { m_open, m_compareWithCurrent, m_compareTwo, m_restore })
        actions->addWidget(button);
    actions->addSpacing(12);
    actions->addWidget(m_mark);
    actions->addStretch(1);
    row->addLayout(actions);
    layout->addLayout(row, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &RevisionHistoryDialog::reject);
    layout->addWidget(buttons);

    connect(m_open, &QPushButton::clicked, this, &RevisionHistoryDialog::openSelected);
    connect(m_view, &QTreeView::activated, this, &RevisionHistoryDialog::openSelected);
    connect(m_compareWithCurrent, &QPushButton::clicked, this, [this] {
        if (const QList<const Revision *> selected = selectedRevisions(); selected.size() == 1)
            emit compareWithCurrentRequested(selected.first()->id);
    });
    connect(m_compareTwo, &QPushButton::clicked, this, &RevisionHistoryDialog::compareSelected);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (const QList<const Revision *> selected = selectedRevisions(); selected.size() == 1)
            emit restoreRequested(selected.first()->id);
    });
    connect(m_mark, &QPushButton::clicked, this, &RevisionHistoryDialog::markRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RevisionHistoryDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RevisionHistoryDialog::updateButtons);
    // The latest revision that can be opened is where one usually starts.
    const QList<Revision> &revisions = document->plan().revisions;
    for (auto it = revisions.crbegin(); it != revisions.crend(); ++it)
        if (it->hasSnapshot) {
            selectRevision(it->id);
            break;
        }
    updateButtons();
    WindowPlacement::fitDialog(this, 820, 380);
}

void RevisionHistoryDialog::selectRevision(int revisionId)
{
    const QModelIndex index = m_model->indexFromRevision(revisionId);
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QList<const Revision *> RevisionHistoryDialog::selectedRevisions() const
{
    QList<const Revision *> revisions;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        if (const Revision *r = m_model->revisionFromIndex(index))
            revisions << r;
    // In the plan's order, whatever order they were clicked in.
    std::sort(revisions.begin(), revisions.end(), [this](const Revision *a, const Revision *b) {
        return m_model->indexFromRevision(a->id).row() < m_model->indexFromRevision(b->id).row();
    });
    return revisions;
}

void RevisionHistoryDialog::updateButtons()
{
    const QList<const Revision *> selected = selectedRevisions();
    const bool readOnly = m_document->isReadOnly();
    QString oneProblem;
    if (selected.size() != 1)
        oneProblem = tr("Select one revision.");
    else if (!selected.first()->hasSnapshot)
        oneProblem = RevisionListModel::noSnapshotReason();
    enableWithReason(m_open, oneProblem, tr("Open the plan as this revision kept it, read-only, in a window of its own."));
    enableWithReason(m_compareWithCurrent, oneProblem, tr("List what changed from this revision to the plan as it is now."));
    QString restoreProblem = oneProblem;
    if (restoreProblem.isEmpty() && readOnly)
        restoreProblem = tr("The plan is open read-only.");
    enableWithReason(m_restore, restoreProblem,
                     tr("Make the plan as this revision kept it again; the history stays, and Undo brings "
                        "the present plan back."));
    QString twoProblem;
    if (selected.size() != 2)
        twoProblem = tr("Select two revisions (Ctrl+click) to compare them.");
    for (const Revision *r : selected)
        if (twoProblem.isEmpty() && !r->hasSnapshot)
            twoProblem = RevisionListModel::noSnapshotReason();
    enableWithReason(m_compareTwo, twoProblem, tr("List what changed from the older to the newer of the two revisions."));
    enableWithReason(m_mark, readOnly ? tr("The plan is open read-only.") : QString(),
                     tr("Keep the plan as it stands now as a new revision."));
}

void RevisionHistoryDialog::openSelected()
{
    const QList<const Revision *> selected = selectedRevisions();
    if (selected.size() == 1 && selected.first()->hasSnapshot)
        emit openRequested(selected.first()->id);
}

void RevisionHistoryDialog::compareSelected()
{
    const QList<const Revision *> selected = selectedRevisions();
    if (selected.size() == 2 && selected[0]->hasSnapshot && selected[1]->hasSnapshot)
        emit compareRequested(selected[0]->id, selected[1]->id);
}
