#include "ConnectionGuard.h"

#include "ApiResponse.h"

#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace {

constexpr int kDefaultMaxConnections = 1000;
constexpr int kReservedDescriptors = 32; // files, the listener, the event loop's own
constexpr int kRefusalGraceMs = 2000;    // time for a refusal to reach a client before the socket is cut

} // namespace

int ConnectionLimits::effectiveMaxConnections() const
{
    if (maxConnections > 0)
        return maxConnections;
#ifdef Q_OS_UNIX
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
        return qBound(1, static_cast<int>(qMin<rlim_t>(limit.rlim_cur, kDefaultMaxConnections + kReservedDescriptors))
                             - kReservedDescriptors,
                      kDefaultMaxConnections);
#endif
    return kDefaultMaxConnections;
}

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const ConnectionLimits &limits, QObject *parser)
    : QObject(socket)
    , m_socket(socket)
    , m_parser(parser)
    , m_limits(limits)
{
    m_requestTimer.setSingleShot(true);
    m_idleTimer.setSingleShot(true);
    connect(&m_requestTimer, &QTimer::timeout, this,
            [this] { refuse(408, QStringLiteral("The request did not arrive in time.")); });
    connect(&m_idleTimer, &QTimer::timeout, this, [this] { m_socket->disconnectFromHost(); });
    // Connected before the parser sees the socket, so this runs first on every readyRead.
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_idleTimer.isActive())
            m_idleTimer.start(); // an answer still going out is not idleness
    });
    // A connection must start its first request as promptly as any later one.
    m_requestTimer.start(m_limits.requestReadTimeoutMs);
    if (socket->bytesAvailable() > 0)
        onReadyRead();
}

void ConnectionGuard::onReadyRead()
{
    if (m_state == State::Refused) {
        m_socket->readAll(); // discarded: a refused client's bytes must not pile up
        return;
    }
    // The parser reads in a transaction; peek sees exactly the bytes it has not read yet.
    consume(m_socket->peek(m_socket->bytesAvailable()));
}

void ConnectionGuard::consume(const QByteArray &data)
{
    qsizetype pos = 0;
    while (pos < data.size() && m_state != State::Refused) {
        if (m_state == State::Body) {
            const qint64 taken = qMin<qint64>(m_bodyRemaining, data.size() - pos);
            pos += taken;
            m_bodyRemaining -= taken;
            if (m_bodyRemaining == 0) {
                m_state = State::Header;
                m_requestTimer.stop();
                m_idleTimer.start(m_limits.idleTimeoutMs);
            }
            continue;
        }
        if (m_header.isEmpty()) {
            m_idleTimer.stop();
            if (!m_requestTimer.isActive())
                m_requestTimer.start(m_limits.requestReadTimeoutMs);
        }
        const qsizetype before = m_header.size();
        const qsizetype room = m_limits.maxHeaderBytes + 4 - before;
        m_header += data.mid(pos, room);
        const qsizetype end = m_header.indexOf("\r\n\r\n", qMax<qsizetype>(0, before - 3));
        if (end < 0) {
            if (m_header.size() > m_limits.maxHeaderBytes)
                refuse(431, QStringLiteral("The request's headers are larger than %1 bytes.").arg(m_limits.maxHeaderBytes));
            return; // everything in data was header
        }
        pos += end + 4 - before;
        if (!headerComplete(end))
            return;
    }
}

bool ConnectionGuard::headerComplete(qsizetype end)
{
    if (end > m_limits.maxHeaderBytes) {
        refuse(431, QStringLiteral("The request's headers are larger than %1 bytes.").arg(m_limits.maxHeaderBytes));
        return false;
    }
    qint64 length = 0;
    const QList<QByteArray> lines = m_header.left(end).split('\n');
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "transfer-encoding") {
            refuse(411, QStringLiteral("Send the request body with a Content-Length."));
            return false;
        }
        if (name == "content-length") {
            bool ok = false;
            length = value.toLongLong(&ok);
            if (!ok || length < 0) {
                refuse(400, QStringLiteral("The Content-Length is not a number."));
                return false;
            }
        }
    }
    if (length > m_limits.maxBodyBytes) {
        refuse(413, QStringLiteral("The request body is larger than %1 bytes.").arg(m_limits.maxBodyBytes));
        return false;
    }
    m_header.clear();
    m_bodyRemaining = length;
    m_state = State::Body;
    if (length == 0) {
        m_state = State::Header;
        m_requestTimer.stop();
        m_idleTimer.start(m_limits.idleTimeoutMs);
    }
    return true;
}

void ConnectionGuard::refuse(int status, const QString &detail)
{
    m_state = State::Refused;
    m_requestTimer.stop();
    m_idleTimer.stop();
    m_header.clear();
    // The parser must not go on buffering (or answering) what this client sends.
    if (m_parser)
        QObject::disconnect(m_socket, &QIODevice::readyRead, m_parser, nullptr);
    connect(m_socket, &QTcpSocket::disconnected, m_socket, &QObject::deleteLater);
    ApiResponse response = ApiResponse::problem(status, detail);
    response.headers.append({QByteArrayLiteral("Connection"), QByteArrayLiteral("close")});
    m_socket->write(response.toHttp());
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction(); // else the parser's transaction would keep every discarded byte
    m_socket->readAll();
    m_socket->disconnectFromHost();
    QTimer::singleShot(kRefusalGraceMs, m_socket, [socket = m_socket] { socket->abort(); });
}
