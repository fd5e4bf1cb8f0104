#pragma once

#include "ApiResponse.h"
#include "EmulatorOptions.h"
#include "FaultInjector.h"
#include "RasApiRouter.h"

#include <QAbstractHttpServer>
#include <QPointer>
#include <QTcpSocket>
#include <memory>

class QTcpServer;

// The emulated RAS API over real HTTP or HTTPS. Answers are written by hand on the socket rather
// than through QHttpServerResponder so they can be delayed, cut short or never sent, and so a
// delayed answer to a client that has gone away is simply dropped (the socket is a QPointer).
class RasEmulatorServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RasEmulatorServer)

public:
    explicit RasEmulatorServer(const EmulatorOptions &options, QObject *parent = nullptr);
    ~RasEmulatorServer() override;

    // Seeds the farm and starts listening; false with a message when that is impossible.
    bool start(QString *error);

    quint16 port() const { return m_port; }
    QString url() const;
    RasApiRouter &router() { return m_router; }
    FaultInjector &faults() { return m_faults; }
    void setLatencyMs(int ms) { m_options.latencyMs = ms; }
    qint64 requestCount() const { return m_requestCount; }
    int openConnections() const { return m_openConnections; }
    // Connections turned away because the limit of concurrent connections was reached.
    qint64 refusedConnections() const { return m_refusedConnections; }
    // Delayed answers dropped because their client had already gone.
    qint64 abandonedAnswers() const { return m_abandonedAnswers; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    static ApiRequest toApiRequest(const QHttpServerRequest &request, const QStringList &segments);
    void deliver(const QPointer<QTcpSocket> &socket, const ApiResponse &response, FaultInjector::Fault fault);
    static void writeResponse(QTcpSocket *socket, const ApiResponse &response);
    std::unique_ptr<QTcpServer> makeListener(QString *error);
    // Called for every accepted connection before the HTTP parser sees it.
    bool admit(QTcpSocket *socket);

    EmulatorOptions m_options;
    RasApiRouter m_router;
    FaultInjector m_faults;
    quint16 m_port = 0;
    qint64 m_requestCount = 0;
    int m_maxConnections = 0;
    int m_openConnections = 0;
    qint64 m_refusedConnections = 0;
    qint64 m_abandonedAnswers = 0;
};
