#include "views/problems/ProblemsPanel.h"

#include "models/PlanDocument.h"
#include "views/problems/ProblemsModel.h"

#include <QHeaderView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

// Long enough to gather the changes of one edit, short enough to feel
// immediate; a check of a 10,000-measure plan takes a few milliseconds.
const int checkDelayMs = 150;

} // namespace

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QWidget(parent), m_model(new ProblemsModel(this)), m_view(new QTreeView(this)), m_timer(new QTimer(this))
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
    connect(m_timer, &QTimer::timeout, this, &ProblemsPanel::refresh);
}

void ProblemsPanel::setDocument(PlanDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document)
        connect(document, &PlanDocument::changed, this, &ProblemsPanel::scheduleRefresh);
    m_timer->stop();
    refresh();
}

void ProblemsPanel::scheduleRefresh(const PlanChange &)
{
    m_timer->start();
}

void ProblemsPanel::refresh()
{
    m_timer->stop();
    m_model->setProblems(m_document ? PlanChecker::check(m_document->plan()) : QList<PlanChecker::Problem>());
    emit countChanged(int(m_model->problems().size()));
}
