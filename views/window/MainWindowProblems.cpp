// MainWindow's Problems dock: what PlanChecker finds in the open plan,
// kept current as it is edited; activating a problem selects its item.
#include "views/window/MainWindow.h"

#include "models/PlanChecker.h"
#include "views/problems/ProblemsPanel.h"

#include <QAction>
#include <QDockWidget>

void MainWindow::createProblemsDock()
{
    m_problems = new ProblemsPanel(this);
    m_problems->setObjectName(QStringLiteral("problemsPanel"));
    auto *dock = new QDockWidget(tr("Problems"), this);
    dock->setObjectName(QStringLiteral("problemsDock"));
    dock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    // Ctrl+Shift+L (a list): File, Edit > Add and the revision actions use
    // N, O, E, D, H, T, M, K, R, Y and C.
    QAction *toggle = dock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("actionShowProblems"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    // The count shows in the dock's title, and so in the View menu.
    connect(m_problems, &ProblemsPanel::countChanged, dock, [dock](int count) {
        dock->setWindowTitle(count ? tr("Problems (%1)").arg(count) : tr("Problems"));
    });
    connect(m_problems, &ProblemsPanel::problemActivated, this, &MainWindow::showProblem);
    connect(this, &MainWindow::documentChanged, m_problems, &ProblemsPanel::setDocument);
}

void MainWindow::showProblem(const PlanChecker::Problem &problem)
{
    selectNode(problem.part == PlanChange::Part::Info ? OutlineNode::info()
                                                      : OutlineNode::item(problem.part, problem.id));
}
