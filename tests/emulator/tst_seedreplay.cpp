#include "ApiProbe.h"
#include "FarmObjects.h"
#include "RasEmulatorServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

// Replays every request of the official sample transcripts (seed pages 001 and 000) against the
// emulator over a real socket, on a farm that looks like the one in the transcript, and checks the
// documented status codes and bodies.
class TestSeedReplay : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RasEmulatorServer> m_server;
    std::unique_ptr<ApiProbe> m_probe;

    static QJsonObject withoutKeys(QJsonObject object, const QStringList &keys)
    {
        for (const auto &key : keys)
            object.remove(key);
        return object;
    }

private slots:
    void initTestCase();
    void logon();
    void gateways();
    void brokers();
    void applyAndLogoff();
    void secondaryConnections();
};

void TestSeedReplay::initTestCase()
{
    EmulatorOptions options;
    options.port = 0;
    options.seed = QStringLiteral("empty");
    options.password = QStringLiteral("11112222");
    m_server = std::make_unique<RasEmulatorServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));

    // The farm of the transcript: one broker DESKTOP-OAP0DJ2 (id 1) and one gateway 126.0.0.5 (id 218).
    FarmState &farm = m_server->router().farm();
    QJsonObject broker = FarmObjects::newBroker(farm.nextBrokerId++, QStringLiteral("DESKTOP-OAP0DJ2"), 1, 0, QStringLiteral("admin"));
    broker.insert(QStringLiteral("ip"), QStringLiteral("10.226.13.23"));
    broker.insert(QStringLiteral("description"), QStringLiteral("aekaek"));
    farm.brokers << broker;
    farm.nextBrokerId = 133;
    farm.gateways << FarmObjects::newGateway(218, QStringLiteral("126.0.0.5"), 1);
    farm.nextGatewayId = 220;

    m_probe = std::make_unique<ApiProbe>(m_server->url());
}

void TestSeedReplay::logon()
{
    const ProbeReply reply = m_probe->send("POST", QStringLiteral("api/Session/logon"), testData(QStringLiteral("seed001-logon-request.json")), false);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.contentType, QByteArray("application/json; api-version=1.0"));
    const QJsonObject session = reply.json().object();
    QVERIFY(session.value(QLatin1String("authToken")).isString());
    m_probe->token = session.value(QLatin1String("authToken")).toString().toLatin1();
}

void TestSeedReplay::gateways()
{
    const QJsonObject sample = QJsonDocument::fromJson(testData(QStringLiteral("seed001-gateway-list.json"))).array().first().toObject();
    ProbeReply reply = m_probe->send("GET", QStringLiteral("api/gateway"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().array().size(), 1);
    QCOMPARE(reply.json().array().first().toObject(), sample);

    reply = m_probe->send("POST", QStringLiteral("api/gateway"), testData(QStringLiteral("seed001-gateway-create-request.json")));
    QCOMPARE(reply.status, 201);
    const QJsonObject created = reply.json().object();
    const QJsonObject expected = QJsonDocument::fromJson(testData(QStringLiteral("seed001-gateway-created.json"))).object();
    QCOMPARE(created, expected); // id 220 as in the transcript
    QCOMPARE(created.keys().size(), 50);

    reply = m_probe->send("GET", QStringLiteral("api/gateway/220"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().object(), QJsonDocument::fromJson(testData(QStringLiteral("seed001-gateway-get.json"))).object());

    reply = m_probe->send("PUT", QStringLiteral("api/gateway/220"), testData(QStringLiteral("seed001-gateway-update-request.json")));
    QCOMPARE(reply.status, 204);
    QVERIFY(reply.body.isEmpty());
    const QJsonObject updated = m_probe->send("GET", QStringLiteral("api/Gateway/220")).json().object();
    QCOMPARE(updated.value(QLatin1String("ipVersion")).toInt(), 2);
    QCOMPARE(updated.value(QLatin1String("enableGWPort")).toBool(), false);
    QCOMPARE(withoutKeys(updated, {QStringLiteral("ipVersion"), QStringLiteral("enableGWPort")}),
             withoutKeys(expected, {QStringLiteral("ipVersion"), QStringLiteral("enableGWPort")}));

    // The transcript deletes gateway 224, which its farm had; here it is 220.
    QCOMPARE(m_probe->send("DELETE", QStringLiteral("api/gateway/220")).status, 204);
    QCOMPARE(m_probe->send("DELETE", QStringLiteral("api/gateway/224")).status, 404);
}

void TestSeedReplay::brokers()
{
    ProbeReply reply = m_probe->send("GET", QStringLiteral("api/broker"));
    QCOMPARE(reply.status, 200);
    const QJsonObject sample = QJsonDocument::fromJson(testData(QStringLiteral("seed001-broker-list.json"))).array().first().toObject();
    const QJsonObject listed = reply.json().array().first().toObject();
    for (auto it = sample.constBegin(); it != sample.constEnd(); ++it)
        QCOMPARE(listed.value(it.key()), it.value());

    reply = m_probe->send("POST", QStringLiteral("api/broker"), testData(QStringLiteral("seed001-broker-create-request.json")));
    QCOMPARE(reply.status, 201);
    const QJsonObject created = reply.json().object();
    const QJsonObject expected = QJsonDocument::fromJson(testData(QStringLiteral("seed001-broker-created.json"))).object();
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it)
        QCOMPARE(created.value(it.key()), it.value());

    reply = m_probe->send("GET", QStringLiteral("api/broker/status"));
    QCOMPARE(reply.status, 200);
    const QJsonObject statusSample = QJsonDocument::fromJson(testData(QStringLiteral("seed001-broker-status.json"))).array().first().toObject();
    const QJsonArray statuses = reply.json().array();
    QCOMPARE(statuses.size(), 2);
    for (const auto &entry : statuses) {
        const QJsonObject status = entry.toObject();
        QCOMPARE(status.keys(), statusSample.keys());
        for (auto it = statusSample.constBegin(); it != statusSample.constEnd(); ++it)
            QCOMPARE(status.value(it.key()).type(), it.value().type());
    }
    QCOMPARE(statuses.at(0).toObject().value(QLatin1String("id")).toString(), QStringLiteral("1"));
    QCOMPARE(statuses.at(1).toObject().value(QLatin1String("agentState")).toInt(), 24); // added, not applied

    reply = m_probe->send("PUT", QStringLiteral("api/broker/133"), testData(QStringLiteral("seed001-broker-update-request.json")));
    QCOMPARE(reply.status, 204);
    const QJsonObject updated = m_probe->send("GET", QStringLiteral("api/broker/133")).json().object();
    QCOMPARE(updated.value(QLatin1String("enabled")).toBool(), false);
    QCOMPARE(updated.value(QLatin1String("description")).toString(), QStringLiteral("alternative publishing agent"));

    reply = m_probe->send("PUT", QStringLiteral("api/broker/133/priority"), testData(QStringLiteral("seed001-priority-request.json")));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().object(), QJsonDocument::fromJson(testData(QStringLiteral("seed001-priority-refused.json"))).object());

    // The transcript's refusal is the answer for promoting the primary.
    reply = m_probe->send("POST", QStringLiteral("api/broker/1/Promote"));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().object(), QJsonDocument::fromJson(testData(QStringLiteral("seed001-promote-refused.json"))).object());

    QCOMPARE(m_probe->send("DELETE", QStringLiteral("api/broker/133")).status, 204);
    QCOMPARE(m_probe->send("GET", QStringLiteral("api/broker")).json().array().size(), 1);
}

void TestSeedReplay::applyAndLogoff()
{
    QCOMPARE(m_probe->send("POST", QStringLiteral("api/Settings/Apply")).status, 204);
    QCOMPARE(m_probe->send("POST", QStringLiteral("api/Session/logoff")).status, 200);
    const ProbeReply after = m_probe->send("GET", QStringLiteral("api/broker"));
    QCOMPARE(after.status, 401);
    QCOMPARE(after.json().object().value(QLatin1String("status")).toInt(), 401);
    QVERIFY(m_probe->logon(QStringLiteral("administrator"), QStringLiteral("11112222")));
}

void TestSeedReplay::secondaryConnections()
{
    // Seed 000: List, Add (201), Delete (204, the body names the connection), 401 and 404.
    QCOMPARE(m_probe->send("POST", QStringLiteral("api/ClientPolicies"), R"({"name":"Replay"})").status, 201);
    const int id = m_probe->send("GET", QStringLiteral("api/ClientPolicies?name=Replay")).json().array().first().toObject()
                       .value(QLatin1String("id")).toInt();
    const QString path = QStringLiteral("api/ClientPolicies/%1/SecondaryConnections").arg(id);
    ProbeReply reply = m_probe->send("GET", path);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().array().size(), 0);
    const QByteArray connection = testData(QStringLiteral("seed000-secondary-connection-request.json"));
    QCOMPARE(m_probe->send("POST", path, connection).status, 201);
    reply = m_probe->send("GET", path);
    QCOMPARE(reply.json().array().size(), 1);
    const QJsonObject listed = reply.json().array().first().toObject();
    QCOMPARE(listed.keys(), (QStringList{QStringLiteral("mode"), QStringLiteral("server"), QStringLiteral("serverPort")}));
    QCOMPARE(m_probe->send("DELETE", path, connection).status, 204);
    QCOMPARE(m_probe->send("DELETE", path, connection).status, 404);
    QCOMPARE(m_probe->send("GET", path, {}, false).status, 401);
    QCOMPARE(m_probe->send("GET", QStringLiteral("api/ClientPolicies/4242/SecondaryConnections")).status, 404);
}

QTEST_GUILESS_MAIN(TestSeedReplay)
#include "tst_seedreplay.moc"
