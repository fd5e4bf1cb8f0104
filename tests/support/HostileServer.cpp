#include "HostileServer.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>
#include <array>

namespace {

constexpr qint64 kWriteAhead = 1 << 20; // keep at most this much queued per socket
constexpr qsizetype kPieceBytes = 256 * 1024;

// One record of a never-ending list, repeated to fill a piece.
QByteArray listPiece()
{
    static const QByteArray piece = [] {
        const QByteArray record = R"({"id":1,"name":"flood","enabled":true,"description":"x"},)";
        QByteArray bytes;
        while (bytes.size() + record.size() <= kPieceBytes)
            bytes += record;
        return bytes;
    }();
    return piece;
}

quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data)
        crc = table[(crc ^ static_cast<quint8>(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

void appendLe32(QByteArray *out, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        out->append(static_cast<char>((value >> (8 * i)) & 0xFF));
}

} // namespace

struct HostileServer::Connection
{
    QByteArray buffer;
    bool answered = false;
    bool streaming = false;   // endless or huge body: refilled as the client reads
    bool chunked = false;
    qint64 remaining = 0;     // huge body: bytes still to send
    QTimer *drip = nullptr;
};

HostileServer::HostileServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &HostileServer::onNewConnection);
}

HostileServer::~HostileServer()
{
    for (auto it = m_connections.begin(); it != m_connections.end(); ++it) {
        it.key()->disconnect(this);
        delete it.value();
    }
}

int HostileServer::streamingConnections() const
{
    int count = 0;
    for (const Connection *connection : m_connections) {
        if (connection->streaming)
            ++count;
    }
    return count;
}

bool HostileServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString HostileServer::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
}

void HostileServer::setMode(Mode mode)
{
    m_mode = mode;
    if (mode == Mode::GzipBomb)
        gzipBomb(); // made now, so making it does not eat into a client's timeout later
}

void HostileServer::setCanned(int status, const QByteArray &body, const QByteArray &extraHeaders)
{
    m_mode = Mode::Canned;
    m_cannedStatus = status;
    m_cannedBody = body;
    m_cannedHeaders = extraHeaders;
}

void HostileServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_connections.insert(socket, new Connection);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] {
            Connection *connection = m_connections.value(socket);
            if (connection && connection->streaming)
                feedEndless(socket);
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            delete m_connections.take(socket);
            socket->deleteLater();
        });
    }
}

void HostileServer::onReadyRead(QTcpSocket *socket)
{
    Connection *connection = m_connections.value(socket);
    if (!connection)
        return;
    connection->buffer += socket->readAll();
    // Keep-alive: answer every complete request in the buffer, one after the other.
    while (!connection->answered) {
        const qsizetype headEnd = connection->buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QByteArray head = connection->buffer.left(headEnd);
        qint64 contentLength = 0;
        for (const QByteArray &line : head.split('\n')) {
            if (line.trimmed().toLower().startsWith("content-length:"))
                contentLength = line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
        }
        if (connection->buffer.size() < headEnd + 4 + contentLength)
            return;
        connection->buffer.remove(0, headEnd + 4 + contentLength);
        m_requestHeads << head;
        answer(socket, head);
        // answer() may close the connection, and a synchronous disconnected() then frees its state.
        connection = m_connections.value(socket);
        if (!connection)
            return;
    }
}

QByteArray HostileServer::response(int status, const QByteArray &body, const QByteArray &extraHeaders)
{
    return "HTTP/1.1 " + QByteArray::number(status) + (status < 300 ? " OK" : " Error")
           + "\r\nContent-Type: application/json; api-version=1.0\r\nContent-Length: " + QByteArray::number(body.size())
           + "\r\n" + extraHeaders + "\r\n" + body;
}

void HostileServer::write(QTcpSocket *socket, const QByteArray &data, bool isBody)
{
    if (isBody)
        m_bodyBytesSent += data.size();
    socket->write(data);
}

void HostileServer::answer(QTcpSocket *socket, const QByteArray &head)
{
    const QByteArray requestLine = head.left(head.indexOf("\r\n")).toLower();
    const bool logon = requestLine.contains("/session/logon");
    if (logon) {
        if (m_mode == Mode::LogonServerError) {
            write(socket, response(500, R"({"title":"Internal Server Error","status":500})"), false);
        } else if (m_mode == Mode::CrlfToken) {
            write(socket, response(200, R"({"authToken":"abc\r\nX-Injected: yes"})"), false);
        } else {
            write(socket, response(200, R"({"authToken":"hostile-token-1","sessionId":1})"), false);
        }
        return;
    }
    if (requestLine.contains("/session/logoff")) {
        write(socket, "HTTP/1.1 204 No Content\r\n\r\n", false);
        return;
    }
    ++m_apiRequests;
    Connection *connection = m_connections.value(socket);
    switch (m_mode) {
    case Mode::Canned:
    case Mode::CrlfToken:
    case Mode::LogonServerError:
        write(socket, response(m_cannedStatus, m_cannedBody, m_cannedHeaders), false);
        m_bodyBytesSent += m_cannedBody.size();
        return;
    case Mode::EndlessChunked:
        connection->answered = true;
        connection->streaming = true;
        connection->chunked = true;
        write(socket, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n", false);
        write(socket, QByteArray::number(1, 16) + "\r\n[\r\n");
        feedEndless(socket);
        return;
    case Mode::HugeBody:
        connection->answered = true;
        connection->streaming = true;
        connection->remaining = m_hugeBodyBytes - 1;
        write(socket, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                          + QByteArray::number(m_hugeBodyBytes) + "\r\n\r\n[",
              false);
        feedEndless(socket);
        return;
    case Mode::SlowDrip:
        connection->answered = true;
        write(socket, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n[", false);
        startDrip(socket);
        return;
    case Mode::HeaderThenDrop:
        write(socket, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n[{\"id\":1,", false);
        socket->flush();
        socket->disconnectFromHost();
        return;
    case Mode::HeaderThenStall:
        connection->answered = true;
        write(socket, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n[{\"id\":1,", false);
        return;
    case Mode::Silence:
        connection->answered = true;
        return;
    case Mode::GzipBomb: {
        const QByteArray bomb = gzipBomb();
        write(socket, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: "
                          + QByteArray::number(bomb.size()) + "\r\n\r\n",
              false);
        write(socket, bomb);
        return;
    }
    }
}

void HostileServer::feedEndless(QTcpSocket *socket)
{
    Connection *connection = m_connections.value(socket);
    if (!connection || socket->state() != QAbstractSocket::ConnectedState)
        return;
    while (socket->bytesToWrite() < kWriteAhead) {
        QByteArray piece = listPiece();
        if (connection->chunked) {
            write(socket, QByteArray::number(piece.size(), 16) + "\r\n", false);
            write(socket, piece);
            write(socket, "\r\n", false);
            continue;
        }
        if (connection->remaining <= 0) {
            connection->streaming = false;
            return;
        }
        if (piece.size() > connection->remaining)
            piece.truncate(connection->remaining);
        connection->remaining -= piece.size();
        write(socket, piece);
    }
}

void HostileServer::startDrip(QTcpSocket *socket)
{
    Connection *connection = m_connections.value(socket);
    connection->drip = new QTimer(socket);
    connect(connection->drip, &QTimer::timeout, socket, [this, socket] {
        if (socket->state() == QAbstractSocket::ConnectedState)
            write(socket, "{");
    });
    connection->drip->start(m_dripIntervalMs);
}

QByteArray HostileServer::gzipBomb()
{
    static const QByteArray bomb = [] {
        const QByteArray plain(64 * 1024 * 1024, ' ');
        // qCompress gives a 4-byte length, a zlib header (2 bytes), raw deflate and an Adler-32
        // trailer (4 bytes); gzip wants its own header, the raw deflate, CRC-32 and the length.
        const QByteArray zlib = qCompress(plain, 9);
        QByteArray gzip("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10);
        gzip += zlib.mid(6, zlib.size() - 6 - 4);
        appendLe32(&gzip, crc32(plain));
        appendLe32(&gzip, static_cast<quint32>(plain.size()));
        return gzip;
    }();
    return bomb;
}
