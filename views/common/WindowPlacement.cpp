#include "views/common/WindowPlacement.h"

#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>

namespace WindowPlacement {

namespace {

QScreen *screenOf(const QWidget *widget)
{
    QScreen *screen = widget->screen();
    return screen ? screen : QGuiApplication::primaryScreen();
}

QString settingsGroup(const QScreen *screen)
{
    return QStringLiteral("window/") + screenKey(screen);
}

} // namespace

QRect defaultGeometry(const QRect &available)
{
    const int width = qMin(preferredWidth, available.width() * 92 / 100);
    const int height = qMin(preferredHeight, available.height() * 92 / 100);
    QRect rect(0, 0, width, height);
    rect.moveCenter(available.center());
    return rect;
}

QString screenKey(const QScreen *screen)
{
    if (!screen)
        return QStringLiteral("none");
    const QSize size = screen->size();
    return QStringLiteral("%1x%2@%3").arg(size.width()).arg(size.height()).arg(screen->devicePixelRatio());
}

void restore(QMainWindow *window)
{
    QScreen *screen = screenOf(window);
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1280, 800);
    QSettings settings;
    settings.beginGroup(settingsGroup(screen));
    const QByteArray geometry = settings.value(QStringLiteral("geometry")).toByteArray();
    const QByteArray state = settings.value(QStringLiteral("state")).toByteArray();
    settings.endGroup();
    // A window restored maximised reports its normal size here; either
    // way what is restored must lie on the screen's free area.
    if (!geometry.isEmpty() && window->restoreGeometry(geometry)
        && (window->isMaximized() || available.contains(window->geometry()))) {
        if (!state.isEmpty())
            window->restoreState(state);
        return;
    }
    window->setGeometry(defaultGeometry(available));
}

void save(const QMainWindow *window)
{
    QSettings settings;
    settings.beginGroup(settingsGroup(screenOf(window)));
    settings.setValue(QStringLiteral("geometry"), window->saveGeometry());
    settings.setValue(QStringLiteral("state"), window->saveState());
    settings.endGroup();
}

void fitDialog(QWidget *dialog, int width, int height)
{
    QScreen *screen = screenOf(dialog->parentWidget() ? dialog->parentWidget() : dialog);
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1280, 800);
    dialog->resize(qMin(width, available.width() * 9 / 10), qMin(height, available.height() * 9 / 10));
}

} // namespace WindowPlacement
