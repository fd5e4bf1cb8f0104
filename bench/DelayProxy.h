#pragma once

#include <QSemaphore>
#include <QThread>

// A TCP proxy on 127.0.0.1 that makes loopback behave like a wide-area link: every chunk arrives
// half a round trip after it was sent, in each direction, and the first bytes of a connection one
// round trip later still (the TCP handshake a real link costs before a client may send). It runs
// its own event loop on its own thread, so the program being measured cannot slow it down.
class DelayProxy final : public QThread
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DelayProxy)

public:
    DelayProxy(quint16 upstreamPort, int roundTripMs, QObject *parent = nullptr);
    ~DelayProxy() override;

    // Starts the proxy and returns the port it listens on (0 when it could not listen).
    quint16 start();

protected:
    void run() override;

private:
    quint16 m_upstreamPort;
    int m_roundTripMs;
    quint16 m_port = 0;
    QSemaphore m_listening;
};
