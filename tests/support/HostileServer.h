#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;
class QTimer;

// A misbehaving RAS API over a real loopback socket, for the client core, rasctl and the console.
// Log-on and log-off are answered properly (unless the mode is about log-on itself); every other
// request gets the behaviour of the current mode: answers that never end, grow without bound,
// trickle, break off after the status line, decompress into a bomb, or carry hostile text.
class HostileServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostileServer)

public:
    enum class Mode {
        Canned,          // the canned status, headers and body (see setCanned)
        EndlessChunked,  // 200, chunked, a JSON list that never ends
        HugeBody,        // 200 with a huge Content-Length, streamed as fast as the client reads
        SlowDrip,        // 200, then one byte of body every dripIntervalMs, forever
        HeaderThenDrop,  // 200 and part of the body, then the connection is closed
        HeaderThenStall, // 200 and part of the body, then nothing
        Silence,         // the request is read and never answered
        GzipBomb,        // 200, Content-Encoding gzip: a small body that inflates to 64 MB
        CrlfToken,       // the log-on answer's authToken carries CR LF and a header of its own
        LogonServerError // log-on is answered 500
    };

    explicit HostileServer(QObject *parent = nullptr);
    ~HostileServer() override;

    bool listen();
    QString url() const;
    void setMode(Mode mode);
    void setCanned(int status, const QByteArray &body, const QByteArray &extraHeaders = {});
    void setDripIntervalMs(int ms) { m_dripIntervalMs = ms; }
    void setHugeBodyBytes(qint64 bytes) { m_hugeBodyBytes = bytes; }

    // Every request's method, path and headers as they arrived (for header-injection checks).
    QList<QByteArray> requestHeads() const { return m_requestHeads; }
    // Requests other than log-on and log-off.
    int apiRequests() const { return m_apiRequests; }
    int openConnections() const { return static_cast<int>(m_connections.size()); }
    // Open connections still carrying an endless or huge answer.
    int streamingConnections() const;
    qint64 bodyBytesSent() const { return m_bodyBytesSent; }

private:
    struct Connection;

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const QByteArray &head);
    void write(QTcpSocket *socket, const QByteArray &data, bool isBody = true);
    void feedEndless(QTcpSocket *socket);
    void startDrip(QTcpSocket *socket);
    static QByteArray response(int status, const QByteArray &body, const QByteArray &extraHeaders = {});
    static QByteArray gzipBomb();

    QTcpServer m_server;
    Mode m_mode = Mode::Canned;
    int m_cannedStatus = 200;
    QByteArray m_cannedBody = "[]";
    QByteArray m_cannedHeaders;
    int m_dripIntervalMs = 200;
    qint64 m_hugeBodyBytes = qint64(4) << 30;
    QList<QByteArray> m_requestHeads;
    int m_apiRequests = 0;
    qint64 m_bodyBytesSent = 0;
    QHash<QTcpSocket *, Connection *> m_connections;
};
