// MainWindow's Coverage tab: which principles each theme and measure
// serves, and each department's measures by fiscal year; printed and
// exported through File > Print and File > Export like the other tabs.
#include "views/window/MainWindow.h"

#include "views/coverage/CoverageView.h"

#include <QTabWidget>

void MainWindow::createCoverageView()
{
    auto *coverage = new CoverageView(m_tabs);
    coverage->setObjectName(QStringLiteral("coverageView"));
    addDocumentView(coverage, coverage, tr("C&overage"));
}
