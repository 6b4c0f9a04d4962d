// The main window on the screens of town-hall PCs. ctest runs this program
// once per screen of tests/data/screens (1280 x 800, 1366 x 768, and
// 1920 x 1080 at 150 % and 2560 x 1600 at 200 % scaling, both 1280 wide in
// device-independent pixels), each through the offscreen platform set up
// with that screen; the tests read the screen they are on.
#include "models/PlanDocument.h"
#include "models/SamplePlan.h"
#include "views/common/WindowPlacement.h"
#include "views/roadmap/RoadmapView.h"
#include "views/window/MainWindow.h"
#include "views/window/Prompter.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QTabWidget>
#include <gtest/gtest.h>

namespace {

class ScreenFit : public ::testing::Test
{
protected:
    void SetUp() override { QSettings().clear(); }
    static QRect available() { return QGuiApplication::primaryScreen()->availableGeometry(); }
    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = std::make_unique<MainWindow>();
        EXPECT_TRUE(window->newPlan(SamplePlan::names().first()));
        window->show();
        QApplication::processEvents();
        return window;
    }
};

TEST_F(ScreenFit, TheWindowOpensWithinTheScreen)
{
    // The screen is the one ctest configured ("…/1920x1080-150.json": 1920
    // by 1080 pixels at 150 %), not the platform's default.
    static const QRegularExpression configured(QStringLiteral("(\\d+)x(\\d+)(?:-(\\d+))?\\.json$"));
    const QRegularExpressionMatch m = configured.match(qEnvironmentVariable("QT_QPA_PLATFORM"));
    ASSERT_TRUE(m.hasMatch()) << "run through ctest, which names the screen";
    const qreal scale = m.capturedLength(3) ? m.captured(3).toInt() / 100.0 : 1.0;
    EXPECT_EQ(QGuiApplication::primaryScreen()->size(),
              QSize(qRound(m.captured(1).toInt() / scale), qRound(m.captured(2).toInt() / scale)));

    auto window = openWindow();
    const QRect screen = available();
    EXPECT_TRUE(screen.contains(window->geometry()))
        << "window " << window->width() << "x" << window->height() << " on " << screen.width() << "x"
        << screen.height();
    // It can also be made smaller than the screen: nothing in it insists
    // on more room than a 1280 x 720 area has.
    const QSize least = window->minimumSizeHint();
    EXPECT_LE(least.width(), screen.width());
    EXPECT_LE(least.height(), screen.height());
    window->closeDocument();
}

TEST_F(ScreenFit, EveryRoadmapControlStaysReachableWithTheDocksOpen)
{
    auto window = openWindow();
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("centralTabs"));
    auto *roadmap = window->findChild<RoadmapView *>(QStringLiteral("roadmapView"));
    ASSERT_TRUE(tabs && roadmap);
    ASSERT_TRUE(window->findChild<QDockWidget *>(QStringLiteral("editorDock"))->isVisible());
    tabs->setCurrentWidget(roadmap);
    QApplication::processEvents();
    for (const char *name : { "firstYear", "lastYear", "eraStyle", "paper", "departmentFilter" }) {
        auto *box = roadmap->findChild<QComboBox *>(QLatin1String(name));
        ASSERT_TRUE(box) << name;
        EXPECT_TRUE(box->isVisible()) << name;
        // Wholly inside the roadmap tab, not cut off at its right edge.
        const QRect inView(box->mapTo(roadmap, QPoint(0, 0)), box->size());
        EXPECT_TRUE(roadmap->rect().contains(inView)) << name;
    }
    window->closeDocument();
}

TEST_F(ScreenFit, ARememberedSizeThatNoLongerFitsIsNotUsed)
{
    {
        auto window = openWindow();
        // As if saved on a larger screen of the same settings key.
        window->setGeometry(QRect(available().topLeft(), available().size() * 2));
        WindowPlacement::save(window.get());
        window->closeDocument();
    }
    auto window = openWindow();
    EXPECT_TRUE(available().contains(window->geometry()));
    EXPECT_EQ(window->geometry(), WindowPlacement::defaultGeometry(available()));
    window->closeDocument();
}

TEST_F(ScreenFit, ASizeTheUserChoseIsKeptForThisScreen)
{
    const QRect chosen(available().topLeft() + QPoint(10, 10), available().size() * 3 / 4);
    {
        auto window = openWindow();
        window->setGeometry(chosen);
        QApplication::processEvents();
        WindowPlacement::save(window.get());
        window->closeDocument();
    }
    auto window = openWindow();
    EXPECT_EQ(window->size(), chosen.size());
    window->closeDocument();
}

} // namespace
