#include "ApiProbe.h"
#include "Await.h"
#include "BrokerService.h"
#include "HostileServer.h"
#include "PolicyService.h"
#include "ServiceSupport.h"
#include "SessionService.h"

#include <QNetworkAccessManager>
#include <QtTest>
#include <new>

// The client core against servers that misbehave on purpose: answers that never end or trickle,
// break off after the status line, decompress into bombs, smuggle headers in a token, or carry
// messages of megabytes. Every one ends in exactly one honest RasResult.
class TestClientLimits : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HostileServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<RasClient> m_client;

    RasResult<SessionInfo> logOn()
    {
        return await<SessionInfo>([&](QObject *context, auto done) {
            SessionService(m_client.get()).logOn(QStringLiteral("administrator"), QStringLiteral("pw"), context, done);
        });
    }
    RasResult<QList<Broker>> listBrokers()
    {
        return await<QList<Broker>>([&](QObject *c, auto done) { BrokerService(m_client.get()).list(0, c, done); });
    }
    static QString describe(const RasError &error) { return error.toString(); }

private slots:
    void init()
    {
        m_server = std::make_unique<HostileServer>();
        QVERIFY(m_server->listen());
        m_manager = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<RasClient>(m_manager.get());
        QString error;
        QVERIFY2(m_client->setServer(m_server->url(), &error), qPrintable(error));
    }
    void cleanup()
    {
        m_client.reset();
        m_manager.reset();
        m_server.reset();
    }

    void endlessAnswerIsCutAtTheCap();
    void declaredHugeAnswerIsRefusedUnread();
    void defaultCapFitsAHundredThousandObjects();
    void trickleEndsAtTheDeadline();
    void errorsAfterTheStatusLine_data();
    void errorsAfterTheStatusLine();
    void lostAnswerToAWriteIsOutcomeUnknown();
    void unreadableAnswerToAnAddIsOutcomeUnknown();
    void writeThatNeverLeftIsAPlainFailure();
    void tokenWithCrLfIsRefused();
    void tokenCharactersAndLength();
    void plainHttpOnlyForLoopbackUnlessAllowed();
    void throwingDecoderCannotEndTheProcess();
    void timeoutPrintsNoQtWarning();
    void hugeServerMessageIsCut();
    void largeAnswerOfKnownLengthArrivesWhole();
};

void TestClientLimits::endlessAnswerIsCutAtTheCap()
{
    m_server->setMode(HostileServer::Mode::EndlessChunked);
    m_client->setMaxAnswerBytes(2 * 1024 * 1024);
    QVERIFY(logOn().ok());
    const auto result = listBrokers();
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, RasError::Kind::Malformed);
    QVERIFY2(result.error().message.contains(QLatin1String("larger than 2 MB")), qPrintable(describe(result.error())));
    QVERIFY(!result.error().outcomeUnknown); // a read changes nothing
    // Stopped as soon as the cap was passed, not after the server gave up: what was sent is the cap
    // plus what socket buffers held at that moment.
    QVERIFY2(m_server->bodyBytesSent() < 16 * 1024 * 1024, qPrintable(QString::number(m_server->bodyBytesSent())));
    // The answer's connection is closed (the ones opened during log-on for a farm load stay idle).
    QTRY_COMPARE(m_server->streamingConnections(), 0);
}

void TestClientLimits::declaredHugeAnswerIsRefusedUnread()
{
    m_server->setMode(HostileServer::Mode::HugeBody);
    m_server->setHugeBodyBytes(qint64(3) << 30);
    QVERIFY(logOn().ok());
    const auto result = listBrokers();
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, RasError::Kind::Malformed);
    QVERIFY(result.error().message.contains(QLatin1String("larger than 256 MB")));
    QVERIFY2(m_server->bodyBytesSent() < 64 * 1024 * 1024, qPrintable(QString::number(m_server->bodyBytesSent())));
}

void TestClientLimits::defaultCapFitsAHundredThousandObjects()
{
    // The largest record is a gateway with every field: its JSON must fit 100,000 times.
    const QByteArray gateway = testData(QStringLiteral("seed001-gateway-get.json"));
    QVERIFY(!gateway.isEmpty());
    QVERIFY(qint64(gateway.size()) * 100000 < RasClient::kDefaultMaxAnswerBytes);
    QCOMPARE(m_client->maxAnswerBytes(), RasClient::kDefaultMaxAnswerBytes);
}

void TestClientLimits::trickleEndsAtTheDeadline()
{
    m_server->setMode(HostileServer::Mode::SlowDrip);
    m_server->setDripIntervalMs(50); // far inside the idle timeout: only a deadline stops it
    m_client->setTimeoutMs(1500);
    QVERIFY(logOn().ok());
    const auto result = listBrokers();
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, RasError::Kind::Timeout);
    QVERIFY2(result.error().message.contains(QLatin1String("No complete answer within 1.5 seconds")),
             qPrintable(describe(result.error())));
}

void TestClientLimits::errorsAfterTheStatusLine_data()
{
    QTest::addColumn<HostileServer::Mode>("mode");
    QTest::addColumn<RasError::Kind>("kind");
    QTest::newRow("200 then the connection drops") << HostileServer::Mode::HeaderThenDrop << RasError::Kind::Network;
    QTest::newRow("200 then silence") << HostileServer::Mode::HeaderThenStall << RasError::Kind::Timeout;
    QTest::newRow("200 with a gzip bomb") << HostileServer::Mode::GzipBomb << RasError::Kind::Malformed;
}

void TestClientLimits::errorsAfterTheStatusLine()
{
    QFETCH(HostileServer::Mode, mode);
    QFETCH(RasError::Kind, kind);
    m_server->setMode(mode);
    m_client->setTimeoutMs(1000);
    QVERIFY(logOn().ok());
    const auto result = listBrokers();
    QVERIFY(!result.ok());
    QVERIFY2(result.error().kind == kind, qPrintable(describe(result.error())));
    QCOMPARE(result.error().httpStatus, 200);
    QVERIFY2(!result.error().message.contains(QLatin1String("expected")), qPrintable(describe(result.error())));
    QVERIFY(!result.error().outcomeUnknown);

    // The same for a command, whose success body nobody reads: a broken 200 is no success.
    const auto removed = await<Done>([&](QObject *c, auto done) {
        SecondaryConnection connection;
        connection.server = QStringLiteral("gw1.example.com");
        connection.serverPort = 443;
        PolicyService(m_client.get()).removeConnection(1, connection, c, done);
    });
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().kind, kind);
    QVERIFY(removed.error().outcomeUnknown);
}

void TestClientLimits::lostAnswerToAWriteIsOutcomeUnknown()
{
    m_server->setMode(HostileServer::Mode::Silence);
    m_client->setTimeoutMs(800);
    QVERIFY(logOn().ok());
    BrokerChanges changes;
    changes.description = QStringLiteral("x");
    const auto updated = await<Done>([&](QObject *c, auto done) { BrokerService(m_client.get()).update(2, changes, c, done); });
    QVERIFY(!updated.ok());
    QCOMPARE(updated.error().kind, RasError::Kind::Timeout);
    QVERIFY(updated.error().outcomeUnknown);
    QVERIFY(updated.error().toString().contains(RasError::outcomeUnknownAdvice()));
    const auto applied = await<Done>([&](QObject *c, auto done) {
        ServiceSupport::sendCommand(m_client.get(), "POST", QStringLiteral("api/Settings/apply"), {}, {}, c, done);
    });
    QVERIFY2(applied.error().outcomeUnknown, qPrintable(describe(applied.error())));
}

void TestClientLimits::unreadableAnswerToAnAddIsOutcomeUnknown()
{
    QVERIFY(logOn().ok());
    // What the emulator's MalformedJson fault does: the policy was created, its answer cut in half.
    m_server->setCanned(201, R"({"id":7,"name":"Kio)");
    PolicyChanges policy;
    policy.name = QStringLiteral("Kiosk");
    const auto added = await<ClientPolicy>([&](QObject *c, auto done) { PolicyService(m_client.get()).add(policy, c, done); });
    QVERIFY(!added.ok());
    QCOMPARE(added.error().kind, RasError::Kind::Malformed);
    QVERIFY(added.error().outcomeUnknown);
    // The same unreadable answer to a read is just unreadable.
    const auto read = await<ClientPolicy>([&](QObject *c, auto done) { PolicyService(m_client.get()).get(7, c, done); });
    QCOMPARE(read.error().kind, RasError::Kind::Malformed);
    QVERIFY(!read.error().outcomeUnknown);
}

void TestClientLimits::writeThatNeverLeftIsAPlainFailure()
{
    QVERIFY(logOn().ok());
    QString error;
    QVERIFY(m_client->setServer(QStringLiteral("http://127.0.0.1:1"), &error));
    const auto removed = await<Done>([&](QObject *c, auto done) { BrokerService(m_client.get()).remove(2, false, c, done); });
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().kind, RasError::Kind::Network);
    QVERIFY(!removed.error().outcomeUnknown); // connection refused: nothing reached a server
}

void TestClientLimits::tokenWithCrLfIsRefused()
{
    m_server->setMode(HostileServer::Mode::CrlfToken);
    const auto session = logOn();
    QVERIFY(!session.ok());
    QCOMPARE(session.error().kind, RasError::Kind::Malformed);
    QVERIFY(!m_client->isLoggedOn());
    listBrokers(); // would carry the token if one had been taken
    for (const QByteArray &head : m_server->requestHeads())
        QVERIFY2(!head.toLower().contains("x-injected"), head.constData());
}

void TestClientLimits::tokenCharactersAndLength()
{
    QVERIFY(RasClient::isAcceptableToken("Abc-123_xyz.~+/="));
    QVERIFY(!RasClient::isAcceptableToken(""));
    QVERIFY(!RasClient::isAcceptableToken("abc def"));
    QVERIFY(!RasClient::isAcceptableToken("abc\r\nX: y"));
    QVERIFY(!RasClient::isAcceptableToken("abc\x7f"));
    QVERIFY(!RasClient::isAcceptableToken("t\xc3\xa9st"));
    QVERIFY(RasClient::isAcceptableToken(QByteArray(RasClient::kMaxTokenLength, 'a')));
    QVERIFY(!RasClient::isAcceptableToken(QByteArray(RasClient::kMaxTokenLength + 1, 'a')));
}

void TestClientLimits::plainHttpOnlyForLoopbackUnlessAllowed()
{
    QString error;
    for (const char *local : {"http://127.0.0.1:20443", "http://localhost", "http://[::1]:8080", "http://127.1.2.3"})
        QVERIFY2(m_client->setServer(QLatin1String(local), &error), local);
    QVERIFY(!m_client->setServer(QStringLiteral("http://10.1.2.3"), &error));
    QVERIFY2(error.contains(QLatin1String("unencrypted")), qPrintable(error));
    QVERIFY(!m_client->setServer(QStringLiteral("http://ras.example.com:20443"), &error));
    QVERIFY(m_client->setServer(QStringLiteral("ras.example.com"), &error)); // https by default
    m_client->setAllowPlainHttp(true);
    QVERIFY(m_client->setServer(QStringLiteral("http://10.1.2.3"), &error));
}

namespace {
// A record whose decoder runs out of memory, whatever it is given.
struct ThrowingRecord
{
    static std::optional<QList<ThrowingRecord>> listFromJson(const QByteArray &, QString *) { throw std::bad_alloc(); }
};
} // namespace

void TestClientLimits::throwingDecoderCannotEndTheProcess()
{
    QVERIFY(logOn().ok());
    // Both the small-answer path (decoded in place) and the large one (decoded on a worker thread).
    for (const int copies : {1, 20000}) {
        QByteArray body = "[";
        for (int i = 0; i < copies; ++i)
            body += QByteArrayLiteral(R"({"id":1,"server":"cb"},)");
        body.chop(1);
        body += "]";
        m_server->setCanned(200, body);
        const auto result = await<QList<ThrowingRecord>>([&](QObject *c, auto done) {
            ServiceSupport::fetchList<ThrowingRecord>(m_client.get(), QStringLiteral("api/Broker"), {}, c, done);
        });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, RasError::Kind::Malformed);
        QVERIFY(result.error().message.contains(QLatin1String("too large")));
    }
}

namespace {
QStringList g_warnings;
void collectWarnings(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_warnings << message;
}
} // namespace

void TestClientLimits::timeoutPrintsNoQtWarning()
{
    QVERIFY(logOn().ok());
    m_server->setMode(HostileServer::Mode::Silence);
    m_client->setTimeoutMs(300);
    g_warnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectWarnings);
    const auto result = listBrokers();
    m_server->setMode(HostileServer::Mode::HeaderThenStall);
    const auto stalled = listBrokers();
    qInstallMessageHandler(previous);
    QCOMPARE(result.error().kind, RasError::Kind::Timeout);
    QCOMPARE(stalled.error().kind, RasError::Kind::Timeout);
    QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(QLatin1Char('\n'))));
}

void TestClientLimits::hugeServerMessageIsCut()
{
    QVERIFY(logOn().ok());
    const QByteArray detail(10 * 1024 * 1024, 'A');
    m_server->setCanned(400, "{\"title\":\"Bad\",\"detail\":\"" + detail + "\"}");
    const auto result = listBrokers();
    QCOMPARE(result.error().kind, RasError::Kind::Rejected);
    QVERIFY(result.error().message.size() < RasError::kMaxMessageChars + 200);
    QVERIFY(result.error().message.contains(QLatin1String("cut")));
    QVERIFY(result.error().message.contains(QString::number(detail.size())));
}

QTEST_GUILESS_MAIN(TestClientLimits)
#include "tst_clientlimits.moc"

void TestClientLimits::largeAnswerOfKnownLengthArrivesWhole()
{
    // An answer that declares its length is written by Qt's network thread into one buffer and
    // copied out on a worker (above 256 KB): it must reach the decoder byte for byte, with the room
    // the decoder reads past the end, and its last object must not be lost at the buffer's end.
    QByteArray body = "[";
    constexpr int kBrokers = 3000;
    for (int id = 1; id <= kBrokers; ++id) {
        if (id > 1)
            body += ',';
        body += "{\"id\":" + QByteArray::number(id) + ",\"priority\":" + QByteArray::number(id - 1)
                + ",\"server\":\"cb-" + QByteArray::number(id) + ".farm.example.com\",\"siteId\":1,\"enabled\":true,"
                + "\"standby\":false,\"ip\":\"10.0.0.1\",\"alternativeIPs\":\"\",\"description\":\"broker\"}";
    }
    body += ']';
    QVERIFY(body.size() > ServiceSupport::kBackgroundDecodeBytes);
    m_server->setCanned(200, body);
    QVERIFY(logOn().ok());
    QByteArray received;
    connect(m_client.get(), &RasClient::answerReceived, this, [&received](const QByteArray &answer) { received = answer; });
    const auto brokers = listBrokers();
    QVERIFY2(brokers.ok(), qPrintable(brokers.ok() ? QString() : describe(brokers.error())));
    QCOMPARE(brokers.value().size(), kBrokers);
    QCOMPARE(brokers.value().last().server, QStringLiteral("cb-%1.farm.example.com").arg(kBrokers));
    QCOMPARE(received, body);
    QVERIFY(received.capacity() - received.size() >= RasClient::kBodyPadding);
}
