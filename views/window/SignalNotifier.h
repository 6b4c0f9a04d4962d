#pragma once

#include <QList>
#include <QObject>

class QSocketNotifier;

// Turns POSIX signals (SIGTERM, SIGINT, SIGHUP, ...) into a Qt signal
// delivered by the event loop, with the self-pipe trick: the handler only
// write()s the signal's number to one end of a socket pair, and a
// QSocketNotifier on the other end reads it in the event loop. Nothing that
// is not async-signal-safe runs in the handler.
//
// A handled signal goes back to its default action (SA_RESETHAND): if the
// program does not end after the first Ctrl+C, a second one ends it at once.
// One notifier at a time per process; destroying it restores the handlers
// that were there before. Elsewhere than on Unix it does nothing.
class SignalNotifier : public QObject
{
    Q_OBJECT

public:
    explicit SignalNotifier(const QList<int> &signalNumbers, QObject *parent = nullptr);
    ~SignalNotifier() override;
    SignalNotifier(const SignalNotifier &) = delete;
    SignalNotifier &operator=(const SignalNotifier &) = delete;

    // False when the handlers could not be installed (another notifier is
    // active, or the socket pair could not be made).
    bool isActive() const { return m_active; }

signals:
    void received(int signalNumber);

private:
    void readSignals();

    QSocketNotifier *m_notifier = nullptr;
    QList<int> m_signals;
    bool m_active = false;
};
