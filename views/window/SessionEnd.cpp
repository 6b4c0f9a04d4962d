#include "views/window/SessionEnd.h"

#include "views/window/MainWindow.h"
#include "views/window/SignalNotifier.h"

#include <QEvent>
#include <QGuiApplication>
#if QT_CONFIG(sessionmanager)
#include <QSessionManager>
#endif

#include <csignal>

namespace {

bool g_sessionEnding = false;

QList<int> endingSignals()
{
#ifdef Q_OS_UNIX
    return { SIGTERM, SIGINT, SIGHUP };
#else
    return { SIGTERM, SIGINT };
#endif
}

} // namespace

SessionEnd::SessionEnd(QObject *parent)
    : QObject(parent), m_signals(new SignalNotifier(endingSignals(), this))
{
    g_sessionEnding = false;
    connect(m_signals, &SignalNotifier::received, this, &SessionEnd::requestEnd);
#if QT_CONFIG(sessionmanager)
    if (qGuiApp) {
        connect(qGuiApp, &QGuiApplication::commitDataRequest, this,
                [this](QSessionManager &) { prepareForSessionEnd(); }, Qt::DirectConnection);
        connect(qGuiApp, &QGuiApplication::saveStateRequest, this,
                [this](QSessionManager &) { prepareForSessionEnd(); }, Qt::DirectConnection);
    }
#endif
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

SessionEnd::~SessionEnd()
{
    g_sessionEnding = false;
}

bool SessionEnd::isSessionEnding()
{
    return g_sessionEnding;
}

void SessionEnd::prepareForSessionEnd()
{
    g_sessionEnding = true;
}

void SessionEnd::requestEnd()
{
    if (m_endRequested)
        return;
    m_endRequested = true;
    emit endRequested();
}

void SessionEnd::endAll()
{
    const QList<MainWindow *> windows = MainWindow::windows();
    for (MainWindow *window : windows)
        window->endSession();
}

bool SessionEnd::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Quit && watched == QCoreApplication::instance() && g_sessionEnding) {
        requestEnd();
        return true;
    }
    return false;
}
