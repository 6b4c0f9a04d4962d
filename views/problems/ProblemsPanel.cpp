#include "views/problems/ProblemsPanel.h"

#include "models/PlanDocument.h"
#include "views/problems/ProblemsModel.h"

#include <QHeaderView>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

// Long enough to gather the changes of one edit, short enough to feel
// immediate.
const int checkDelayMs = 150;

} // namespace

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QWidget(parent), m_model(new ProblemsModel(this)), m_view(new QTreeView(this)), m_timer(new QTimer(this)),
      m_check(new QFutureWatcher<QList<PlanChecker::Problem>>(this))
{
    m_view->setObjectName(QStringLiteral("problemsView"));
    m_view->setAccessibleName(tr("Problems"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(ProblemsModel::Where, 260);
    // activated is double-click, or Enter on the current row.
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const PlanChecker::Problem *problem = m_model->problemFromIndex(index))
            emit problemActivated(*problem);
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    m_timer->setSingleShot(true);
    m_timer->setInterval(checkDelayMs);
    connect(m_timer, &QTimer::timeout, this, &ProblemsPanel::startCheck);
    connect(m_check, &QFutureWatcherBase::finished, this, &ProblemsPanel::checkFinished);
}

void ProblemsPanel::setDocument(PlanDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document)
        connect(document, &PlanDocument::changed, this, &ProblemsPanel::scheduleRefresh);
    m_timer->stop();
    ++m_generation;
    if (document)
        startCheck();
    else
        showProblems({});
}

void ProblemsPanel::scheduleRefresh(const PlanChange &)
{
    ++m_generation;
    m_timer->start();
}

void ProblemsPanel::refresh()
{
    m_timer->stop();
    ++m_generation;
    showProblems(m_document ? PlanChecker::check(m_document->plan()) : QList<PlanChecker::Problem>());
}

bool ProblemsPanel::isChecking() const
{
    // Until the check of the latest change is shown (a finished check's
    // result reaches the panel a moment after its thread ends).
    return m_shownGeneration != m_generation;
}

void ProblemsPanel::startCheck()
{
    // One check at a time: a change during a check starts the next one
    // when it finishes (checkFinished sees the newer generation).
    if (!m_document || m_check->isRunning())
        return;
    m_checkGeneration = m_generation;
    const QDate today = QDate::currentDate();
    // The copy shares the plan's data; the document's later edits copy
    // what they change (QList's copy-on-write), never this.
    m_check->setFuture(QtConcurrent::run([plan = m_document->plan(), today] { return PlanChecker::check(plan, today); }));
}

void ProblemsPanel::checkFinished()
{
    if (m_checkGeneration == m_generation)
        showProblems(m_check->result());
    else if (m_shownGeneration != m_generation && !m_timer->isActive())
        startCheck();
}

void ProblemsPanel::showProblems(const QList<PlanChecker::Problem> &problems)
{
    m_shownGeneration = m_generation;
    m_model->setProblems(problems);
    emit countChanged(int(m_model->problems().size()));
}
