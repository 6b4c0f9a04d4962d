#include "views/window/SignalNotifier.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// [0]: written by the handler, [1]: read by the event loop.
int g_fds[2] = { -1, -1 };
struct sigaction g_previous[NSIG];

extern "C" void onSignal(int signalNumber)
{
    // Only async-signal-safe calls: write() to a non-blocking socket. A full
    // socket (a flood of signals) drops the byte; one is enough.
    const int savedErrno = errno;
    const unsigned char byte = static_cast<unsigned char>(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(g_fds[0], &byte, 1);
    errno = savedErrno;
}

bool makeSocketPair()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_fds) != 0)
        return false;
    for (const int fd : g_fds) {
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    }
    return true;
}

void closeSocketPair()
{
    for (int &fd : g_fds) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
}

} // namespace

SignalNotifier::SignalNotifier(const QList<int> &signalNumbers, QObject *parent) : QObject(parent)
{
    if (g_fds[0] >= 0 || !makeSocketPair())
        return;
    m_notifier = new QSocketNotifier(g_fds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SignalNotifier::readSignals);
    for (const int number : signalNumbers) {
        if (number <= 0 || number >= NSIG)
            continue;
        struct sigaction action = {};
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART | SA_RESETHAND;
        if (::sigaction(number, &action, &g_previous[number]) == 0)
            m_signals << number;
    }
    m_active = !m_signals.isEmpty();
}

SignalNotifier::~SignalNotifier()
{
    if (!m_notifier)
        return;
    for (const int number : std::as_const(m_signals))
        ::sigaction(number, &g_previous[number], nullptr);
    delete m_notifier;
    closeSocketPair();
}

void SignalNotifier::readSignals()
{
    QList<int> numbers;
    unsigned char bytes[16];
    ssize_t count;
    while ((count = ::read(g_fds[1], bytes, sizeof bytes)) > 0)
        for (ssize_t i = 0; i < count; ++i)
            numbers << int(bytes[i]);
    for (const int number : std::as_const(numbers))
        emit received(number);
}

#else

SignalNotifier::SignalNotifier(const QList<int> &, QObject *parent) : QObject(parent) { }
SignalNotifier::~SignalNotifier() = default;
void SignalNotifier::readSignals() { }

#endif
