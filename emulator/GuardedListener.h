#pragma once

#include <QTcpServer>
#include <QTcpSocket>
#include <functional>

// A listening socket (QTcpServer or QSslServer) that hands every accepted connection to admit()
// before the HTTP server sees it. admit() returns false when it has dealt with the connection
// itself (refused it); the listener then moves on to the next one, so refusals never stall the
// connections queued behind them.
template <typename Listener>
class GuardedListener final : public Listener
{
public:
    using Admit = std::function<bool(QTcpSocket *)>;

    explicit GuardedListener(Admit admit)
        : m_admit(std::move(admit))
    {
    }

    QTcpSocket *nextPendingConnection() override
    {
        while (QTcpSocket *socket = Listener::nextPendingConnection()) {
            if (m_admit(socket))
                return socket;
        }
        return nullptr;
    }

private:
    Admit m_admit;
};
