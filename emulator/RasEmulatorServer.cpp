#include "RasEmulatorServer.h"

#include "FarmSeeder.h"
#include "GuardedListener.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QLocale>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTimer>
#include <cstdio>

namespace {

// A stalled request is released after this long so an abandoned connection cannot live forever.
constexpr int kStallReleaseMs = 10 * 60 * 1000;
// Out of file descriptors: stop accepting for this long instead of retrying in a busy loop.
constexpr int kAcceptPauseMs = 250;

// A path for the request log: control characters escaped so a request cannot forge log lines.
QByteArray loggable(const QString &text)
{
    QByteArray out;
    for (const char byte : text.toUtf8()) {
        const auto c = static_cast<unsigned char>(byte);
        if (c < 0x20 || c == 0x7F)
            out += "\\x" + QByteArray::number(c, 16).rightJustified(2, '0');
        else
            out += byte;
    }
    return out;
}

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put: return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post: return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head: return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options: return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch: return QStringLiteral("PATCH");
    default: return QStringLiteral("OTHER");
    }
}

QSslKey loadKey(const QByteArray &pem)
{
    for (const auto algorithm : {QSsl::Rsa, QSsl::Ec}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return {};
}

} // namespace

RasEmulatorServer::RasEmulatorServer(const EmulatorOptions &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
    , m_router(options.user, options.password, options.tokenIdleSeconds)
    , m_faults(options.failRate)
{
    m_router.setRasVersion(options.rasVersion);
    m_router.setRole(options.role);
}

RasEmulatorServer::~RasEmulatorServer() = default;

QString RasEmulatorServer::url() const
{
    return QStringLiteral("%1://%2:%3").arg(m_options.tls ? QStringLiteral("https") : QStringLiteral("http"),
                                            m_options.host)
        .arg(m_port);
}

std::unique_ptr<QTcpServer> RasEmulatorServer::makeListener(QString *error)
{
    auto admit = [this](QTcpSocket *socket) { return this->admit(socket); };
    if (!m_options.tls)
        return std::make_unique<GuardedListener<QTcpServer>>(admit);
    QFile certFile(m_options.certFile);
    QFile keyFile(m_options.keyFile);
    if (!certFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read certificate %1: %2").arg(m_options.certFile, certFile.errorString());
        return nullptr;
    }
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read key %1: %2").arg(m_options.keyFile, keyFile.errorString());
        return nullptr;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    const QSslKey key = loadKey(keyFile.readAll());
    if (chain.isEmpty()) {
        *error = QStringLiteral("%1 holds no PEM certificate").arg(m_options.certFile);
        return nullptr;
    }
    if (key.isNull()) {
        *error = QStringLiteral("%1 holds no unencrypted PEM RSA or EC private key").arg(m_options.keyFile);
        return nullptr;
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    auto server = std::make_unique<GuardedListener<QSslServer>>(admit);
    server->setSslConfiguration(config);
    // The handshake's answer leaves as soon as it is computed. Qt would send it only on the next
    // turn of the event loop, after the other ClientHellos of this turn were answered too, so
    // every client opening several connections at once waited for all of their handshakes.
    QObject::connect(server.get(), &QSslServer::startedEncryptionHandshake, server.get(),
                     [](QSslSocket *socket) { socket->flush(); });
    return server;
}

bool RasEmulatorServer::start(QString *error)
{
    if (!FarmSeeder::seed(&m_router.farm(), m_options.seed, error))
        return false;
    QHostAddress address;
    if (m_options.host == QLatin1String("localhost"))
        address = QHostAddress::LocalHost;
    else if (!address.setAddress(m_options.host)) {
        *error = QStringLiteral("'%1' is not an IP address to listen on").arg(m_options.host);
        return false;
    }
    std::unique_ptr<QTcpServer> listener = makeListener(error);
    if (!listener)
        return false;
    if (!listener->listen(address, static_cast<quint16>(m_options.port))) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(m_options.host)
                     .arg(m_options.port)
                     .arg(listener->errorString());
        return false;
    }
    m_port = listener->serverPort();
    m_maxConnections = m_options.limits.effectiveMaxConnections();
    // Qt stops accepting on a resource error (EMFILE); resume after a pause, when connections
    // closed by the limits have given descriptors back.
    connect(listener.get(), &QTcpServer::acceptError, this, [server = listener.get()](QAbstractSocket::SocketError) {
        server->pauseAccepting();
        QTimer::singleShot(kAcceptPauseMs, server, [server] { server->resumeAccepting(); });
    });
    QTcpServer *raw = listener.release();
    raw->setParent(this);
    bind(raw);
    return true;
}

bool RasEmulatorServer::admit(QTcpSocket *socket)
{
    if (m_openConnections >= m_maxConnections) {
        ++m_refusedConnections;
        ApiResponse busy = ApiResponse::problem(503, QStringLiteral("Too many connections. Try again later."));
        busy.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
        busy.headers.append({QByteArrayLiteral("Connection"), QByteArrayLiteral("close")});
        socket->write(busy.toHttp());
        socket->disconnectFromHost();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(1000, socket, [socket] { socket->abort(); });
        return false;
    }
    ++m_openConnections;
    connect(socket, &QObject::destroyed, this, [this] { --m_openConnections; });
    new ConnectionGuard(socket, m_options.limits, this);
    return true;
}

ApiRequest RasEmulatorServer::toApiRequest(const QHttpServerRequest &request, const QStringList &segments)
{
    ApiRequest api;
    api.method = methodName(request.method());
    api.segments = segments;
    api.query = request.query();
    api.body = request.body();
    api.remoteAddress = request.remoteAddress().toString();
    const auto headers = request.headers();
    for (const auto &header : headers) {
        if (header.first.compare("auth_token", Qt::CaseInsensitive) == 0)
            api.authToken = header.second.trimmed();
    }
    return api;
}

bool RasEmulatorServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ++m_requestCount;
    QElapsedTimer timer;
    timer.start();
    const FaultInjector::Fault fault = m_faults.next();
    ApiResponse response;
    QStringList segments;
    if (!RasApiRouter::splitPath(request.url().path(), &segments)) {
        response = ApiResponse::problem(404, QStringLiteral("Only api/... is served here."));
    } else if (fault == FaultInjector::Fault::ServerError) {
        // The farm is untouched: the failure happens before the request reaches it.
        response = ApiResponse::problem(500, QStringLiteral("An unexpected error occurred (injected fault)."));
    } else if (fault == FaultInjector::Fault::None || fault == FaultInjector::Fault::MalformedJson) {
        response = m_router.handle(toApiRequest(request, segments));
    }
    if (m_options.logRequests) {
        std::fprintf(stderr, "%s %s -> %d (%lld us)%s\n", qPrintable(methodName(request.method())),
                     loggable(request.url().path()).constData(), response.status, static_cast<long long>(timer.nsecsElapsed() / 1000),
                     fault == FaultInjector::Fault::None ? "" : " [fault]");
    }

    const QPointer<QTcpSocket> guarded(socket);
    if (m_options.latencyMs > 0) {
        QTimer::singleShot(m_options.latencyMs, this, [this, guarded, response, fault] { deliver(guarded, response, fault); });
    } else {
        deliver(guarded, response, fault);
    }
    return true;
}

void RasEmulatorServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    writeResponse(socket, ApiResponse::problem(404, QStringLiteral("No resource matches this path.")));
}

void RasEmulatorServer::deliver(const QPointer<QTcpSocket> &socket, const ApiResponse &response,
                                FaultInjector::Fault fault)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
        ++m_abandonedAnswers; // the client left while the answer was delayed
        return;
    }
    switch (fault) {
    case FaultInjector::Fault::DropConnection:
        socket->abort();
        return;
    case FaultInjector::Fault::Stall:
        QTimer::singleShot(kStallReleaseMs, this, [socket] {
            if (socket)
                socket->disconnectFromHost();
        });
        return;
    case FaultInjector::Fault::MalformedJson: {
        ApiResponse broken = response;
        broken.status = 200;
        const QByteArray body = response.body.isEmpty() ? QByteArrayLiteral("{\"id\":1,\"server\":\"ras") : response.body;
        broken.body = body.left(qMax<qsizetype>(1, body.size() / 2));
        writeResponse(socket, broken);
        return;
    }
    default:
        writeResponse(socket, response);
    }
}

void RasEmulatorServer::writeResponse(QTcpSocket *socket, const ApiResponse &response)
{
    socket->write(response.toHttp());
    // Sent now, not when the event loop next turns: requests that arrived together (a console's
    // parallel load) would otherwise all wait for the slowest answer of the batch to be built.
    socket->flush();
}
