#include "hub/UnixSignals.h"

#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace xs {

namespace {

int g_pair[2] = {-1, -1}; // [0] written by the handler, [1] read on the event loop

void onSignal(int number)
{
    const unsigned char byte = static_cast<unsigned char>(number);
    // write(2) is async-signal-safe; if the pair is full, a signal of the same kind is pending anyway.
    [[maybe_unused]] const ssize_t written = ::write(g_pair[0], &byte, 1);
}

} // namespace

UnixSignals::UnixSignals(QObject* parent)
    : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, g_pair) != 0)
        return;
    m_notifier = new QSocketNotifier(g_pair[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &UnixSignals::readSignal);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int number : {SIGHUP, SIGTERM, SIGINT})
        ::sigaction(number, &action, nullptr);
}

UnixSignals::~UnixSignals()
{
    for (const int number : {SIGHUP, SIGTERM, SIGINT})
        std::signal(number, SIG_DFL);
    for (int& descriptor : g_pair) {
        if (descriptor >= 0)
            ::close(descriptor);
        descriptor = -1;
    }
}

void UnixSignals::readSignal()
{
    unsigned char byte = 0;
    while (::read(g_pair[1], &byte, 1) == 1) {
        if (byte == SIGHUP)
            emit hangUp();
        else
            emit terminate();
    }
}

} // namespace xs
