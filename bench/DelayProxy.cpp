#include "DelayProxy.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <deque>

namespace {

// One direction of one connection: what `from` sent reaches `to` after the delay, in order.
class DelayedPipe final : public QObject
{
public:
    DelayedPipe(QTcpSocket *from, QTcpSocket *to, int delayMs, int firstChunkExtraMs, const QElapsedTimer &clock)
        : QObject(from)
        , m_from(from)
        , m_to(to)
        , m_delayMs(delayMs)
        , m_extraMs(firstChunkExtraMs)
        , m_clock(clock)
    {
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, &DelayedPipe::deliver);
        connect(from, &QTcpSocket::readyRead, this, &DelayedPipe::take);
        connect(from, &QTcpSocket::disconnected, this, [this] {
            take();
            m_closed = true;
            deliver();
        });
    }

private:
    void take()
    {
        if (!m_from->isOpen())
            return; // closed before its last readyRead was handled: nothing left to read
        const QByteArray data = m_from->readAll();
        if (data.isEmpty())
            return;
        qint64 due = m_clock.elapsed() + m_delayMs + m_extraMs;
        m_extraMs = 0;
        due = qMax(due, m_lastDue); // never overtakes what was sent before
        m_lastDue = due;
        m_queue.push_back({due, data});
        schedule();
    }

    void deliver()
    {
        const qint64 now = m_clock.elapsed();
        while (!m_queue.empty() && m_queue.front().first <= now) {
            if (m_to)
                m_to->write(m_queue.front().second);
            m_queue.pop_front();
        }
        if (m_queue.empty() && m_closed) {
            if (m_to)
                m_to->disconnectFromHost();
            return;
        }
        schedule();
    }

    void schedule()
    {
        if (m_queue.empty())
            return;
        const qint64 wait = qMax<qint64>(0, m_queue.front().first - m_clock.elapsed());
        m_timer.start(static_cast<int>(wait));
    }

    QTcpSocket *m_from;
    QPointer<QTcpSocket> m_to;
    int m_delayMs;
    int m_extraMs;
    const QElapsedTimer &m_clock;
    std::deque<std::pair<qint64, QByteArray>> m_queue;
    qint64 m_lastDue = 0;
    bool m_closed = false;
    QTimer m_timer;
};

} // namespace

DelayProxy::DelayProxy(quint16 upstreamPort, int roundTripMs, QObject *parent)
    : QThread(parent)
    , m_upstreamPort(upstreamPort)
    , m_roundTripMs(roundTripMs)
{
}

DelayProxy::~DelayProxy()
{
    quit();
    wait();
}

quint16 DelayProxy::start()
{
    QThread::start();
    m_listening.acquire();
    return m_port;
}

void DelayProxy::run()
{
    QElapsedTimer clock;
    clock.start();
    QTcpServer server;
    if (server.listen(QHostAddress::LocalHost, 0))
        m_port = server.serverPort();
    m_listening.release();
    if (m_port == 0)
        return;
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
        while (QTcpSocket *client = server.nextPendingConnection()) {
            client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            auto *upstream = new QTcpSocket(client);
            upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
            const int half = m_roundTripMs / 2;
            new DelayedPipe(client, upstream, half, m_roundTripMs, clock);
            new DelayedPipe(upstream, client, half, 0, clock);
            QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        }
    });
    exec();
}
