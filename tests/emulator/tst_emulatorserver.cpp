#include "ApiProbe.h"
#include "RasEmulatorServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QtTest>

// The emulator as a server: the ras-emulator program and its command-line contract, HTTPS,
// token expiry, latency and fault injection over real sockets.
class TestEmulatorServer : public QObject
{
    Q_OBJECT

private:
    static QString emulatorPath() { return QStringLiteral(RAS_BIN_DIR "/ras-emulator"); }
    static QString tlsFile(const char *name) { return QStringLiteral(RAS_TEST_DATA_DIR "/tls/") + QLatin1String(name); }

    static std::unique_ptr<RasEmulatorServer> startServer(EmulatorOptions options)
    {
        options.port = 0;
        if (options.password.isEmpty())
            options.password = QStringLiteral("pw");
        auto server = std::make_unique<RasEmulatorServer>(options);
        QString error;
        if (!server->start(&error))
            qWarning("cannot start emulator: %s", qPrintable(error));
        return server;
    }

private slots:
    void programPrintsListeningLineAndStopsOnSigterm();
    void programTakesVersionAndRole();
    void programRejectsBadUsage_data();
    void programRejectsBadUsage();
    void programPrintsItsVersion();
    void programServesHttps();
    void httpsWithTestCertificate();
    void tlsHandshakesAnsweredOneByOne();
    void tokenExpiresWhenIdle();
    void latencyDelaysEveryAnswer();
    void faultServerErrorLeavesFarmUntouched();
    void faultDropAndMalformedAndStall();
    void clientLeavingDuringLatencyIsHarmless();
    void keepAliveReusesOneConnection();
    void largeFarmGatewayList();
};

void TestEmulatorServer::programPrintsListeningLineAndStopsOnSigterm()
{
    QProcess process;
    // Values may follow an option or its "=".
    process.start(emulatorPath(), {QStringLiteral("--port=0"), QStringLiteral("--password"), QStringLiteral("pw"),
                                   QStringLiteral("--seed=demo")});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    QVERIFY2(QRegularExpression(QStringLiteral("^listening on http://127\\.0\\.0\\.1:\\d+$")).match(line).hasMatch(),
             qPrintable(line));
    ApiProbe probe(line.mid(QStringLiteral("listening on ").size()));
    QVERIFY(probe.logon(QStringLiteral("administrator"), QStringLiteral("pw")));
    QCOMPARE(probe.send("GET", QStringLiteral("api/Broker")).json().array().size(), 3);
    QCOMPARE(probe.send("GET", QStringLiteral("api/Gateway")).json().array().size(), 4);
    QCOMPARE(probe.send("GET", QStringLiteral("api/ClientPolicies")).json().array().size(), 6);
    QCOMPARE(probe.send("GET", QStringLiteral("api/Site")).json().array().size(), 2);
    process.terminate();
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void TestEmulatorServer::programTakesVersionAndRole()
{
    QProcess process;
    process.start(emulatorPath(), {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--password"),
                                   QStringLiteral("pw"), QStringLiteral("--ras-version"), QStringLiteral("21"),
                                   QStringLiteral("--role"), QStringLiteral("power")});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    ApiProbe probe(line.mid(QStringLiteral("listening on ").size()));
    QVERIFY(probe.logon(QStringLiteral("administrator"), QStringLiteral("pw")));
    QCOMPARE(probe.send("GET", QStringLiteral("api/Session/CurrentAdminPermissions")).json().object().value(QLatin1String("permissions")).toInt(), 0);
    QCOMPARE(probe.send("PUT", QStringLiteral("api/Broker/2"), R"({"description":"x"})").status, 404);
    QCOMPARE(probe.send("PUT", QStringLiteral("api/ConnectionBroker/2"), R"({"description":"x"})").status, 204);
    QCOMPARE(probe.send("GET", QStringLiteral("api/Site/status")).json().array().size(), 2);
    process.terminate();
    QVERIFY(process.waitForFinished(5000));
}

void TestEmulatorServer::programRejectsBadUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
    QTest::newRow("bad port") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")};
    QTest::newRow("bad fail rate") << QStringList{QStringLiteral("--fail-rate"), QStringLiteral("2")};
    QTest::newRow("tls without cert") << QStringList{QStringLiteral("--tls")};
    QTest::newRow("missing value") << QStringList{QStringLiteral("--seed")};
    QTest::newRow("bad value after =") << QStringList{QStringLiteral("--port=many")};
    QTest::newRow("an argument") << QStringList{QStringLiteral("--"), QStringLiteral("--log")};
    QTest::newRow("unknown RAS version") << QStringList{QStringLiteral("--ras-version"), QStringLiteral("19")};
    QTest::newRow("unknown role") << QStringList{QStringLiteral("--role"), QStringLiteral("helpdesk")};
}

void TestEmulatorServer::programRejectsBadUsage()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    process.start(emulatorPath(), arguments);
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("ras-emulator:"));
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

void TestEmulatorServer::programPrintsItsVersion()
{
    QProcess process;
    process.start(emulatorPath(), {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--version")});
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(process.readAllStandardOutput(), QByteArray("ras-emulator " RAS_VERSION "\n"));
}

void TestEmulatorServer::programServesHttps()
{
    QProcess process;
    process.start(emulatorPath(), {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--password"),
                                   QStringLiteral("pw"), QStringLiteral("--tls"), QStringLiteral("--cert"),
                                   tlsFile("server.crt"), QStringLiteral("--key"), tlsFile("server.key")});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    QVERIFY2(line.startsWith(QLatin1String("listening on https://127.0.0.1:")), qPrintable(line));
    ApiProbe probe(line.mid(QStringLiteral("listening on ").size()));
    probe.trustCertificate(tlsFile("server.crt"));
    QVERIFY(probe.logon(QStringLiteral("administrator"), QStringLiteral("pw")));
    process.terminate();
    QVERIFY(process.waitForFinished(5000));
}

void TestEmulatorServer::httpsWithTestCertificate()
{
    EmulatorOptions options;
    options.tls = true;
    options.certFile = tlsFile("server.crt");
    options.keyFile = tlsFile("server.key");
    const auto server = startServer(options);
    QVERIFY(server->url().startsWith(QLatin1String("https://")));

    // Without trusting the self-signed certificate the handshake must fail.
    ApiProbe untrusting(server->url());
    const ProbeReply refused = untrusting.send("POST", QStringLiteral("api/Session/logon"), R"({"username":"administrator","password":"pw"})", false);
    QCOMPARE(refused.error, QNetworkReply::SslHandshakeFailedError);

    ApiProbe trusting(server->url());
    trusting.trustCertificate(tlsFile("server.crt"));
    QVERIFY(trusting.logon(QStringLiteral("administrator"), QStringLiteral("pw")));
    QCOMPARE(trusting.send("GET", QStringLiteral("api/Broker/status")).status, 200);

    EmulatorOptions broken = options;
    broken.keyFile = tlsFile("missing.key");
    RasEmulatorServer failing(broken);
    QString error;
    QVERIFY(!failing.start(&error));
    QVERIFY(error.contains(QLatin1String("missing.key")));
}

// A client opening several connections at once (the console opens six while logging on) gets each
// handshake's answer as soon as it is computed, not after the server has worked through all of them.
void TestEmulatorServer::tlsHandshakesAnsweredOneByOne()
{
    // A real ClientHello, taken from a QSslSocket talking to a listener that never answers.
    QTcpServer sink;
    QVERIFY(sink.listen(QHostAddress::LocalHost, 0));
    QSslSocket hello;
    hello.connectToHostEncrypted(QStringLiteral("127.0.0.1"), sink.serverPort());
    QTRY_VERIFY(sink.hasPendingConnections());
    QTcpSocket *captured = sink.nextPendingConnection();
    // A TLS record: 5 bytes of header, the last two of them the length of what follows.
    QTRY_VERIFY(captured->bytesAvailable() >= 5);
    const QByteArray header = captured->peek(5);
    QCOMPARE(header.at(0), char(0x16)); // handshake record
    const qint64 recordSize = 5 + ((static_cast<uchar>(header.at(3)) << 8) | static_cast<uchar>(header.at(4)));
    QTRY_VERIFY(captured->bytesAvailable() >= recordSize);
    const QByteArray clientHello = captured->read(recordSize);

    EmulatorOptions options;
    options.tls = true;
    options.certFile = tlsFile("server.crt");
    options.keyFile = tlsFile("server.key");
    const auto server = startServer(options);
    auto *listener = server->findChild<QSslServer *>();
    QVERIFY(listener);

    // Every ClientHello is waiting before the server's event loop turns, so it takes them up in
    // one turn. When it starts the last handshake, the answers to the others must be on the wire.
    constexpr int kConnections = 4;
    std::vector<std::unique_ptr<QTcpSocket>> clients;
    for (int i = 0; i < kConnections; ++i) {
        auto client = std::make_unique<QTcpSocket>();
        client->connectToHost(QHostAddress::LocalHost, server->port());
        QVERIFY(client->waitForConnected(5000));
        client->write(clientHello);
        QVERIFY(client->waitForBytesWritten(5000));
        clients.push_back(std::move(client));
    }
    int started = 0;
    int answeredBeforeLast = -1;
    connect(listener, &QSslServer::startedEncryptionHandshake, this, [&](QSslSocket *) {
        if (++started != kConnections)
            return;
        answeredBeforeLast = 0;
        for (const auto &client : clients) {
            if (client->bytesAvailable() > 0 || client->waitForReadyRead(2000))
                ++answeredBeforeLast;
        }
    });
    QTRY_COMPARE(started, kConnections);
    QCOMPARE(answeredBeforeLast, kConnections);
}

void TestEmulatorServer::tokenExpiresWhenIdle()
{
    EmulatorOptions options;
    options.tokenIdleSeconds = 1;
    const auto server = startServer(options);
    ApiProbe probe(server->url());
    QVERIFY(probe.logon(QStringLiteral("administrator"), QStringLiteral("pw")));
    QCOMPARE(probe.send("GET", QStringLiteral("api/Broker")).status, 200);
    QCOMPARE(probe.send("GET", QStringLiteral("api/Broker")).status, 200); // used again: still valid
    server->router().sessions().passTime(500);
    QCOMPARE(probe.send("GET", QStringLiteral("api/Broker")).status, 200); // idle half a second: kept
    server->router().sessions().passTime(1100);
    const ProbeReply expired = probe.send("GET", QStringLiteral("api/Broker"));
    QCOMPARE(expired.status, 401);
    QVERIFY(!expired.json().object().value(QLatin1String("detail")).toString().isEmpty());
    QVERIFY(probe.logon(QStringLiteral("administrator"), QStringLiteral("pw")));
    QCOMPARE(probe.send("GET", QStringLiteral("api/Broker")).status, 200);
}

void TestEmulatorServer::latencyDelaysEveryAnswer()
{
    EmulatorOptions options;
    options.latencyMs = 150;
    const auto server = startServer(options);
    ApiProbe probe(server->url());
    QElapsedTimer timer;
    timer.start();
    QVERIFY(probe.logon(QStringLiteral("administrator"), QStringLiteral("pw")));
    QVERIFY(timer.elapsed() >= 140);
    timer.restart();
    QCOMPARE(probe.send("GET", QStringLiteral("api/Site")).status, 200);
    QVERIFY(timer.elapsed() >= 140);
}

void TestEmulatorServer::faultServerErrorLeavesFarmUntouched()
{
    const auto server = startServer({});
    ApiProbe probe(server->url());
    QVERIFY(probe.logon(QStringLiteral("administrator"), QStringLiteral("pw")));
    server->faults().setKinds({FaultInjector::Fault::ServerError});
    server->faults().setRate(1.0);
    const ProbeReply reply = probe.send("POST", QStringLiteral("api/Broker"), R"({"server":"cb-fault"})");
    QCOMPARE(reply.status, 500);
    QCOMPARE(reply.json().object().value(QLatin1String("status")).toInt(), 500);
    server->faults().setRate(0.0);
    QCOMPARE(probe.send("GET", QStringLiteral("api/Broker?Server=cb-fault")).json().array().size(), 0);
}

void TestEmulatorServer::faultDropAndMalformedAndStall()
{
    const auto server = startServer({});
    ApiProbe probe(server->url());
    QVERIFY(probe.logon(QStringLiteral("administrator"), QStringLiteral("pw")));

    server->faults().setRate(1.0);
    server->faults().setKinds({FaultInjector::Fault::DropConnection});
    ProbeReply reply = probe.send("GET", QStringLiteral("api/Broker"));
    QCOMPARE(reply.status, 0);
    QVERIFY(reply.error == QNetworkReply::RemoteHostClosedError || reply.error == QNetworkReply::ConnectionRefusedError);

    server->faults().setKinds({FaultInjector::Fault::MalformedJson});
    reply = probe.send("GET", QStringLiteral("api/Broker"));
    QCOMPARE(reply.status, 200);
    QJsonParseError parseError;
    QJsonDocument::fromJson(reply.body, &parseError);
    QVERIFY(parseError.error != QJsonParseError::NoError);

    server->faults().setKinds({FaultInjector::Fault::Stall});
    reply = probe.send("GET", QStringLiteral("api/Broker"), {}, true, 500);
    QCOMPARE(reply.error, QNetworkReply::OperationCanceledError); // the transfer timeout fired

    // A fraction, not all: with P = 0.5 over 200 draws both outcomes appear.
    FaultInjector injector(0.5, 42);
    int faults = 0;
    for (int i = 0; i < 200; ++i)
        faults += injector.next() != FaultInjector::Fault::None ? 1 : 0;
    QVERIFY(faults > 60 && faults < 140);

    server->faults().setRate(0.0);
    QCOMPARE(probe.send("GET", QStringLiteral("api/Broker")).status, 200);
}

void TestEmulatorServer::clientLeavingDuringLatencyIsHarmless()
{
    EmulatorOptions options;
    options.latencyMs = 300;
    const auto server = startServer(options);
    {
        ApiProbe probe(server->url());
        const ProbeReply reply = probe.send("POST", QStringLiteral("api/Session/logon"),
                                            R"({"username":"administrator","password":"pw"})", false, 50);
        QCOMPARE(reply.error, QNetworkReply::OperationCanceledError);
    }
    // The delayed answer finds its socket gone and is dropped; the server goes on serving.
    QTRY_COMPARE_WITH_TIMEOUT(server->abandonedAnswers(), qint64(1), 5000);
    ApiProbe probe(server->url());
    QVERIFY(probe.logon(QStringLiteral("administrator"), QStringLiteral("pw")));
}

void TestEmulatorServer::keepAliveReusesOneConnection()
{
    // Two requests on one raw TCP connection: both are answered, so a farm load can reuse connections.
    const auto server = startServer({});
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server->port());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray body = R"({"username":"administrator","password":"pw"})";
    const QByteArray request = "POST /api/Session/logon HTTP/1.1\r\nHost: localhost\r\n"
                               "Content-Type: application/json; api-version=1.0\r\nContent-Length: "
                               + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    QByteArray received;
    for (int round = 1; round <= 2; ++round) {
        socket.write(request);
        QTRY_VERIFY_WITH_TIMEOUT(received.append(socket.readAll()).count("HTTP/1.1 200 OK") == round, 5000);
    }
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
}

void TestEmulatorServer::largeFarmGatewayList()
{
    EmulatorOptions options;
    options.seed = QStringLiteral("large:10000");
    const auto server = startServer(options);
    ApiProbe probe(server->url());
    QVERIFY(probe.logon(QStringLiteral("administrator"), QStringLiteral("pw")));
    QElapsedTimer timer;
    timer.start();
    const ProbeReply reply = probe.send("GET", QStringLiteral("api/Gateway"), {}, true, 30000);
    const qint64 ms = timer.elapsed();
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().array().size(), 10000);
    // A figure for the record; the goal itself is measured by bench/, not asserted here.
    qInfo("GET api/Gateway with 10,000 gateways: %lld ms, %lld bytes", ms, static_cast<long long>(reply.body.size()));
}

QTEST_GUILESS_MAIN(TestEmulatorServer)
#include "tst_emulatorserver.moc"
