#pragma once

#include <QObject>

class SignalNotifier;

// How DX Plan Studio ends when it is told to rather than asked: SIGTERM,
// SIGINT (Ctrl+C in a terminal), SIGHUP, or the desktop session ending
// (logout). Nobody may be there to answer a question then, so none is put:
// every plan closes as MainWindow::endSession() says. A plan with nothing
// unsaved is closed cleanly (its working copy and locks are removed); a
// plan with unsaved changes keeps its working copy, offered back at the
// next start.
//
// The program's part (app/main.cpp): leave the event loop on
// endRequested(), and call endAll() once the loop has returned, whatever
// made it return. No work is done in the signal handler (see
// SignalNotifier) or inside a nested event loop: a dialog that was open
// when the end came just returns as if cancelled.
class SessionEnd : public QObject
{
    Q_OBJECT

public:
    // Watches SIGTERM, SIGINT and SIGHUP, the desktop's session requests
    // and its quit request. One at a time per process.
    explicit SessionEnd(QObject *parent = nullptr);
    ~SessionEnd() override;

    // A signal or the desktop asked the program to end.
    bool isEndRequested() const { return m_endRequested; }
    // The desktop said the session may end (it asked to commit data or
    // save state). From then on a quit request from the desktop, or a
    // window being closed, ends plans without asking. Unsaved work is
    // already safe in the working copies, so nothing else has to happen
    // now. If the logout is cancelled the program goes on, but closing a
    // window then keeps its unsaved work for recovery instead of asking
    // (Qt does not tell a cancelled logout apart).
    static bool isSessionEnding();
    // What QGuiApplication::commitDataRequest and saveStateRequest do.
    void prepareForSessionEnd();

    // Ends the plan of every main window without asking.
    static void endAll();

    // Catches the desktop's quit request (QEvent::Quit, sent when the
    // session manager ends the session): instead of closing window by
    // window, which would ask about unsaved changes, the program leaves
    // its event loop and endAll() follows.
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void endRequested();

private:
    void requestEnd();

    SignalNotifier *m_signals;
    bool m_endRequested = false;
};
