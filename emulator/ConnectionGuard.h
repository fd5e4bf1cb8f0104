#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

// What one client may cost the emulator, which is also run on networks as a demo and training server.
struct ConnectionLimits
{
    int maxHeaderBytes = 32 * 1024;     // request line and headers; more is answered 431
    qint64 maxBodyBytes = 1024 * 1024;  // a declared body over this is answered 413, unread
    int requestReadTimeoutMs = 10000;   // a request's headers and body must arrive within this (else 408)
    int idleTimeoutMs = 30000;          // a keep-alive connection with nothing to do is closed after this
    int maxConnections = 0;             // concurrent connections; 0: derived from the file-descriptor limit

    // maxConnections, or what the process's file-descriptor limit leaves room for.
    int effectiveMaxConnections() const;
};

// Watches the bytes a client sends before the HTTP parser buffers them, and ends the connection
// when the client exceeds a limit or takes too long: a 1 GB body or a 64 MB header is refused at
// its first bytes, and a slowloris client is closed when its request-read time runs out.
// It reads nothing itself (it only peeks) until the connection is refused.
class ConnectionGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionGuard)

public:
    // parser: the object whose readyRead connection to socket parses HTTP; it is cut when a request is refused.
    ConnectionGuard(QTcpSocket *socket, const ConnectionLimits &limits, QObject *parser);

    bool refused() const { return m_state == State::Refused; }

private:
    enum class State { Header, Body, Refused };

    void onReadyRead();
    void consume(const QByteArray &data);
    bool headerComplete(qsizetype end);
    void refuse(int status, const QString &detail);

    QTcpSocket *m_socket;
    QPointer<QObject> m_parser;
    ConnectionLimits m_limits;
    State m_state = State::Header;
    QByteArray m_header;
    qint64 m_bodyRemaining = 0;
    QTimer m_requestTimer;
    QTimer m_idleTimer;
};
