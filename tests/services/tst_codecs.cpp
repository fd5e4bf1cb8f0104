#include "AdminPermissions.h"
#include "AgentStatus.h"
#include "ApiProbe.h"
#include "Broker.h"
#include "CertificateInfo.h"
#include "ClientPolicy.h"
#include "Gateway.h"
#include "GatewayChanges.h"
#include "RasEnums.h"
#include "RasError.h"
#include "RequestLog.h"
#include "ServerAddress.h"
#include "ServiceSupport.h"
#include "SessionInfo.h"
#include "Site.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QtTest>

// The client core's codecs against the official samples verbatim and hostile variants of them.
class TestCodecs : public QObject
{
    Q_OBJECT

private:
    static RasClient::Reply reply(const QByteArray &body) { return RasClient::Reply{200, body}; }

private slots:
    void gatewaySampleDecodesEveryField();
    void gatewayEncodesSchemaNamesAndMinimalChanges();
    void gatewayFieldParsing();
    void brokerSampleAndChanges();
    void brokerStatusSampleWithStringIds();
    void lenientValues();
    void hostileBodies_data();
    void hostileBodies();
    void enumsShowUnknownValues();
    void gatewayEnumsFollowTheServer();
    void alternativeIpSeparators();
    void newerGatewayFieldsAreKeptNotSent();
    void policiesAndConnections();
    void errorMessagesFromBodies();
    void serverAddresses_data();
    void serverAddresses();
    void fingerprints();
    void requestLogNeverHoldsSecrets();
    void everyKeyLayoutDecodes();
    void answersWithoutRoomAfterThemDecodeToo();
    void errorBodiesAndLogonAnswersUseTheSameDecoder();
};

void TestCodecs::gatewaySampleDecodesEveryField()
{
    const auto result = ServiceSupport::decodeList<Gateway>(reply(testData(QStringLiteral("seed001-gateway-list.json"))));
    QVERIFY(result.ok());
    QCOMPARE(result.value().size(), 1);
    const Gateway &gateway = result.value().first();
    QCOMPARE(gateway.id, 218);
    QCOMPARE(gateway.ips, QStringLiteral("126.0.0.5"));
    QCOMPARE(gateway.userPortalPort, 20020);
    QCOMPARE(gateway.fwGWID, 4294967295LL);
    QCOMPARE(gateway.allowLaunchMethod, true);
    QCOMPARE(gateway.cipher, QStringLiteral("EECDH:!SSLv2:!SSLv3:!aNULL:!RC4:!ADH:!eNULL:!LOW:!MEDIUM:!EXP:+HIGH"));
    QCOMPARE(GatewayField::all().size(), 50);
    // Every field of the sample round-trips through the field table.
    const QJsonObject sample = QJsonDocument::fromJson(testData(QStringLiteral("seed001-gateway-list.json"))).array().first().toObject();
    for (const auto &field : GatewayField::all())
        QCOMPARE(field.read(gateway), sample.value(QLatin1String(field.apiName)));
}

void TestCodecs::gatewayEncodesSchemaNamesAndMinimalChanges()
{
    QString error;
    const Gateway before = *Gateway::fromJson(testData(QStringLiteral("seed001-gateway-get.json")), &error);
    Gateway after = before;
    after.ipVersion = static_cast<int>(Ras::IpVersion::Both);
    after.enableGWPort = false;
    after.macAllowOnlyList = {QStringLiteral("00:11:22:33:44:55")};
    const QJsonObject changes = GatewayChanges::between(before, after).toJson();
    QCOMPARE(changes.keys(), (QStringList{QStringLiteral("enableGWPort"), QStringLiteral("ipVersion"), QStringLiteral("macAllowOnlyLst")}));
    QCOMPARE(changes.value(QLatin1String("ipVersion")), QJsonValue(2));
    QCOMPARE(changes.value(QLatin1String("enableGWPort")), QJsonValue(false)); // a real boolean, not "false"
    const QJsonObject full = after.toJson();
    QVERIFY(full.contains(QLatin1String("iPs")));
    QVERIFY(full.contains(QLatin1String("UserPortalPort")));
    QVERIFY(!full.contains(QLatin1String("id")));
    QVERIFY(!full.contains(QLatin1String("server")));
    QCOMPARE(full.size(), 47);
    QVERIFY(GatewayChanges::between(before, before).isEmpty());
}

void TestCodecs::gatewayFieldParsing()
{
    QJsonValue value;
    QString error;
    QVERIFY(GatewayField::find(QStringLiteral("ipversion"))->parse(QStringLiteral("bothVersions"), &value, &error));
    QCOMPARE(value.toInt(), 2);
    QVERIFY(GatewayField::find(QStringLiteral("IPVERSION"))->parse(QStringLiteral("1"), &value, &error));
    QVERIFY(!GatewayField::find(QStringLiteral("ipVersion"))->parse(QStringLiteral("7"), &value, &error));
    QVERIFY(error.contains(QLatin1String("bothVersions")));
    QVERIFY(GatewayField::find(QStringLiteral("enableGWPort"))->parse(QStringLiteral("no"), &value, &error));
    QCOMPARE(value, QJsonValue(false));
    QVERIFY(!GatewayField::find(QStringLiteral("gwPort"))->parse(QStringLiteral("65536"), &value, &error));
    QVERIFY(!GatewayField::find(QStringLiteral("hstsMaxAge"))->parse(QStringLiteral("3"), &value, &error));
    QVERIFY(GatewayField::find(QStringLiteral("macAllowExceptLst"))->parse(QStringLiteral("aa, bb,,"), &value, &error));
    QCOMPARE(value.toArray().size(), 2);
    QVERIFY(!GatewayField::find(QStringLiteral("server"))->writable);
    QVERIFY(!GatewayField::find(QStringLiteral("nonsense")));
}

void TestCodecs::brokerSampleAndChanges()
{
    const auto result = ServiceSupport::decodeList<Broker>(reply(testData(QStringLiteral("seed001-broker-list.json"))));
    QVERIFY(result.ok());
    const Broker &broker = result.value().first();
    QCOMPARE(broker.server, QStringLiteral("DESKTOP-OAP0DJ2"));
    QVERIFY(broker.isPrimary());
    QCOMPARE(broker.description, QStringLiteral("aekaek"));
    Broker edited = broker;
    edited.enabled = false;
    edited.description = QStringLiteral("alternative publishing agent");
    const QJsonObject body = BrokerChanges::between(broker, edited).toJson();
    // The schema says "enabled" (the sample's "enable" is a typo the client must not copy).
    QCOMPARE(body, QJsonDocument::fromJson(R"({"enabled":false,"description":"alternative publishing agent"})").object());
    QVERIFY(BrokerChanges::between(broker, broker).isEmpty());
    Broker withAlternatives;
    withAlternatives.alternativeIps = QStringLiteral(" 1.2.3.4; ;5.6.7.8 ");
    QCOMPARE(withAlternatives.alternativeIpList(), (QStringList{QStringLiteral("1.2.3.4"), QStringLiteral("5.6.7.8")}));
}

void TestCodecs::brokerStatusSampleWithStringIds()
{
    const auto result = ServiceSupport::decodeList<AgentStatus>(reply(testData(QStringLiteral("seed001-broker-status.json"))));
    QVERIFY(result.ok());
    const AgentStatus &status = result.value().first();
    QCOMPARE(status.id, QStringLiteral("1"));
    QCOMPARE(status.numericId, 1);
    QCOMPARE(status.agentState, Ras::AgentState::Ok);
    QCOMPARE(status.serverType, Ras::ServerType::Broker);
    QCOMPARE(status.serviceStartTime, QStringLiteral("Unknown"));
    QCOMPARE(status.agentVersion, QStringLiteral("17.0 (build 21000) vkoutsomanis 0"));
}

void TestCodecs::lenientValues()
{
    const QByteArray body = R"([{"ID":"7","Server":null,"enabled":"False","siteId":"2","priority":"1","standby":"true",
        "futureField":{"x":1},"timeCreate":"2025-07-08T08:40:44.105Z"}])";
    const auto result = ServiceSupport::decodeList<Broker>(reply(body));
    QVERIFY(result.ok());
    const Broker &broker = result.value().first();
    QCOMPARE(broker.id, 7);
    QCOMPARE(broker.server, QString());
    QCOMPARE(broker.enabled, false);
    QCOMPARE(broker.siteId, 2);
    QCOMPARE(broker.standby, true);
    QCOMPARE(broker.timeCreate, QDateTime(QDate(2025, 7, 8), QTime(8, 40, 44, 105), Qt::UTC));
    QString ignored;
    const auto status = AgentStatus::fromJson(R"({"id":3,"agentState":"Disconnected","logLevel":"verbose"})", &ignored);
    QVERIFY(status);
    QCOMPARE(status->agentState, Ras::AgentState::Disconnected);
    QCOMPARE(status->logLevel, Ras::LogLevel::Verbose);
}

void TestCodecs::hostileBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("truncated") << QByteArray(R"([{"id":1,"server":"ras)");
    QTest::newRow("object not list") << QByteArray(R"({"id":1})");
    QTest::newRow("entry not object") << QByteArray(R"([1,2,3])");
    QTest::newRow("missing id") << QByteArray(R"([{"server":"x"}])");
    QTest::newRow("id is object") << QByteArray(R"([{"id":{"a":1}}])");
    QTest::newRow("id fractional string") << QByteArray(R"([{"id":"1.5"}])");
    QTest::newRow("deep nesting") << QByteArray(100000, '[');
    QTest::newRow("invalid utf8") << QByteArray("[{\"id\":1,\"server\":\"\xff\xfe\xfd\"}]");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("html") << QByteArray("<html>Bad gateway</html>");
}

void TestCodecs::hostileBodies()
{
    QFETCH(QByteArray, body);
    const auto brokers = ServiceSupport::decodeList<Broker>(reply(body));
    QVERIFY(!brokers.ok());
    QCOMPARE(brokers.error().kind, RasError::Kind::Malformed);
    QVERIFY(!brokers.error().message.isEmpty());
    const auto gateways = ServiceSupport::decodeList<Gateway>(reply(body));
    QVERIFY(!gateways.ok());
    QCOMPARE(gateways.error().kind, RasError::Kind::Malformed);
    const auto policies = ServiceSupport::decodeList<ClientPolicy>(reply(body));
    QVERIFY(!policies.ok());
    const auto statuses = ServiceSupport::decodeList<AgentStatus>(reply(body));
    QVERIFY(!statuses.ok());

    // Huge strings and wrong field types inside an otherwise valid object do not lose it.
    const QByteArray huge = "[{\"id\":1,\"server\":\"" + QByteArray(1 << 20, 'a') + "\",\"gwPort\":[1],\"enabled\":{}}]";
    const auto big = ServiceSupport::decodeList<Gateway>(reply(huge));
    QVERIFY(big.ok());
    QCOMPARE(big.value().first().server.size(), 1 << 20);
    QCOMPARE(big.value().first().gwPort, 80); // the documented default stands in
}

void TestCodecs::enumsShowUnknownValues()
{
    QCOMPARE(Ras::displayName(Ras::AgentState::NotApplied), QStringLiteral("Not applied"));
    QCOMPARE(Ras::displayName(static_cast<Ras::AgentState>(999)), QStringLiteral("Unknown (999)"));
    QCOMPARE(Ras::agentStateEntries().size(), 71); // every value the guide documents
    // The two mode numberings differ: 1 is Direct for secondary connections, Gateway SSL for redirection.
    QCOMPARE(Ras::displayName(static_cast<Ras::SecondaryConnectionMode>(1)), QStringLiteral("Direct"));
    QCOMPARE(Ras::displayName(static_cast<Ras::RedirectionMode>(1)), QStringLiteral("Gateway SSL"));
    int value = 0;
    QVERIFY(Ras::parseEnum(Ras::secondaryConnectionModeEntries(), QStringLiteral("directsslmode"), &value));
    QCOMPARE(value, 3);
    QCOMPARE(Ras::healthOf(Ras::AgentState::Disconnected), Ras::Health::Bad);
    QCOMPARE(Ras::healthOf(Ras::AgentState::Ok), Ras::Health::Good);
}

void TestCodecs::gatewayEnumsFollowTheServer()
{
    // The guide's sample gateway has minSSLVersion 2: RAS's default, TLS 1.0 up to TLS 1.2.
    QString error;
    const Gateway sample = *Gateway::fromJson(testData(QStringLiteral("seed001-gateway-get.json")), &error);
    QCOMPARE(sample.minSSLVersion, 2);
    QCOMPARE(Ras::displayName(static_cast<Ras::SslVersion>(sample.minSSLVersion)), QStringLiteral("TLS 1.0 to TLS 1.2"));
    QCOMPARE(Ras::displayName(Ras::SslVersion::Tls1_2), QStringLiteral("TLS 1.2 only (strong)"));
    QCOMPARE(Ras::displayName(Ras::SslVersion::Ssl2), QStringLiteral("SSL 2.0 to TLS 1.2 (weak)"));
    QJsonValue value;
    QVERIFY(GatewayField::find(QStringLiteral("minSSLVersion"))->parse(QStringLiteral("tlsv1_2"), &value, &error));
    QCOMPARE(value.toInt(), 4);
    QVERIFY(GatewayField::find(QStringLiteral("minSSLVersion"))->parse(QStringLiteral("SSLv3"), &value, &error));
    QCOMPARE(value.toInt(), 1);
    QVERIFY(!GatewayField::find(QStringLiteral("minSSLVersion"))->parse(QStringLiteral("TLSv1_3"), &value, &error));
    QVERIFY(GatewayField::find(QStringLiteral("launchMethod"))->parse(QStringLiteral("html5"), &value, &error));
    QCOMPARE(value.toInt(), 2);
    QVERIFY(GatewayField::find(QStringLiteral("launchMethod"))->parse(QStringLiteral("ParallelsClientAndHTML5"), &value, &error));
    QCOMPARE(value.toInt(), 0);
    QVERIFY(GatewayField::find(QStringLiteral("securityMode"))->parse(QStringLiteral("AllowOnly"), &value, &error));
    QCOMPARE(value.toInt(), 1);

    // A value from a newer server is shown as such and never rewritten: it is sent back only if changed.
    QJsonObject newer = QJsonDocument::fromJson(testData(QStringLiteral("seed001-gateway-get.json"))).object();
    newer.insert(QStringLiteral("minSSLVersion"), 5);
    newer.insert(QStringLiteral("launchMethod"), QStringLiteral("9"));
    const Gateway before = *Gateway::fromJson(QJsonDocument(newer).toJson(QJsonDocument::Compact), &error);
    QCOMPARE(before.minSSLVersion, 5);
    QCOMPARE(Ras::displayName(static_cast<Ras::SslVersion>(before.minSSLVersion)), QStringLiteral("Unknown (5)"));
    QCOMPARE(Ras::displayName(static_cast<Ras::LaunchMethod>(before.launchMethod)), QStringLiteral("Unknown (9)"));
    Gateway after = before;
    after.description = QStringLiteral("edited");
    QCOMPARE(GatewayChanges::between(before, after).fieldNames(), QStringList{QStringLiteral("description")});
    QCOMPARE(after.toJson().value(QLatin1String("minSSLVersion")), QJsonValue(5));
}

void TestCodecs::newerGatewayFieldsAreKeptNotSent()
{
    // RAS 18 and later gateways carry a certificate id and per-tab "inherit default settings" flags the
    // samples lack: they decode, and an update never sends them.
    QJsonObject newer = QJsonDocument::fromJson(testData(QStringLiteral("seed001-gateway-get.json"))).object();
    newer.insert(QStringLiteral("certificateId"), 7);
    newer.insert(QStringLiteral("inheritDefaultSslTlsSettings"), false);
    newer.insert(QStringLiteral("inheritDefaultModeSettings"), true);
    newer.insert(QStringLiteral("inheritDefaultWebSettings"), true);
    const QByteArray body = QJsonDocument(newer).toJson();
    const auto kept = ServiceSupport::decodeObject<Gateway>(reply(body));
    QVERIFY(kept.ok());
    Gateway after = kept.value();
    after.sslPort = 8443;
    const QJsonObject changes = GatewayChanges::between(kept.value(), after).toJson();
    QCOMPARE(changes.keys(), QStringList{QStringLiteral("sslPort")});
    QVERIFY(!after.toJson().contains(QLatin1String("certificateId")));
    QVERIFY(!after.toJson().contains(QLatin1String("inheritDefaultSslTlsSettings")));
    // The same object in a list reads the same way.
    const auto listed = ServiceSupport::decodeList<Gateway>(reply("[" + body + "]"));
    QVERIFY(listed.ok());
    QCOMPARE(listed.value().first().sslPort, kept.value().sslPort);
    QVERIFY(GatewayChanges::between(kept.value(), listed.value().first()).isEmpty());
}

void TestCodecs::alternativeIpSeparators()
{
    Broker broker;
    broker.alternativeIps = QStringLiteral("10.0.0.1,10.0.0.2");
    QCOMPARE(broker.alternativeIpList(), (QStringList{QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2")}));
    broker.alternativeIps = QStringLiteral("10.0.0.1; 10.0.0.2");
    QCOMPARE(broker.alternativeIpList().size(), 2);

    // The same addresses with other separators or spaces: nothing to send.
    Broker before;
    before.alternativeIps = QStringLiteral("10.0.0.1,10.0.0.2");
    Broker after = before;
    after.alternativeIps = QStringLiteral("10.0.0.1; 10.0.0.2");
    QVERIFY(BrokerChanges::between(before, after).isEmpty());
    // A real change keeps the server's separator: a comma here...
    after.alternativeIps = QStringLiteral("10.0.0.1;10.0.0.3");
    QCOMPARE(*BrokerChanges::between(before, after).alternativeIps, QStringLiteral("10.0.0.1,10.0.0.3"));
    // ...a semicolon where the server used one...
    before.alternativeIps = QStringLiteral("10.0.0.1;10.0.0.2");
    after.alternativeIps = QStringLiteral("10.0.0.1, 10.0.0.3");
    QCOMPARE(*BrokerChanges::between(before, after).alternativeIps, QStringLiteral("10.0.0.1;10.0.0.3"));
    // ...and a comma, the schema's, where the server had one address or none.
    before.alternativeIps = QString();
    QCOMPARE(*BrokerChanges::between(before, after).alternativeIps, QStringLiteral("10.0.0.1,10.0.0.3"));
    // Emptying the list is a change.
    before.alternativeIps = QStringLiteral("10.0.0.1");
    after.alternativeIps = QString();
    QCOMPARE(*BrokerChanges::between(before, after).alternativeIps, QString());
}

void TestCodecs::policiesAndConnections()
{
    const QByteArray body = R"([{"id":4,"name":"Finance","enabled":true,"order":2,"clientPolicy":{"redirection":{"mode":1},
        "session":{"secondaryConnections":{"enabled":true,"connectionList":[{"mode":1,"server":"a","serverPort":80},
        {"mode":"GatewaySSLMode","server":"b","serverPort":"443"}]}}}}])";
    const auto result = ServiceSupport::decodeList<ClientPolicy>(reply(body));
    QVERIFY(result.ok());
    const ClientPolicy &policy = result.value().first();
    QCOMPARE(policy.secondaryConnections.size(), 2);
    QCOMPARE(policy.secondaryConnections.at(0).mode, Ras::SecondaryConnectionMode::Direct);
    QCOMPARE(policy.secondaryConnections.at(1).mode, Ras::SecondaryConnectionMode::GatewaySsl);
    QCOMPARE(policy.secondaryConnections.at(1).serverPort, 443);
    QCOMPARE(policy.redirectionMode, Ras::RedirectionMode::GatewaySsl);

    SecondaryConnection connection{Ras::SecondaryConnectionMode::DirectSsl, QStringLiteral(" cb.example.com "), 443};
    QVERIFY(connection.validate().isEmpty());
    QCOMPARE(connection.toJson(), QJsonDocument::fromJson(R"({"mode":3,"server":"cb.example.com","serverPort":443})").object());
    connection.server = QString(256, QLatin1Char('x'));
    QVERIFY(!connection.validate().isEmpty());
    connection.server = QStringLiteral("x");
    connection.serverPort = 0;
    QVERIFY(!connection.validate().isEmpty());
    PolicyChanges changes;
    changes.name = QStringLiteral("   ");
    QVERIFY(!changes.validate().isEmpty());
}

void TestCodecs::errorMessagesFromBodies()
{
    QCOMPARE(RasError::fromHttp(400, testData(QStringLiteral("seed001-priority-refused.json")), QStringLiteral("Bad Request")).message,
             QStringLiteral("Cannot move selected Publishing Agent up."));
    const RasError problem = RasError::fromHttp(404, R"({"title":"Not Found","status":404,"detail":"Broker 9 was not found."})", {});
    QCOMPARE(problem.kind, RasError::Kind::NotFound);
    QCOMPARE(problem.message, QStringLiteral("Broker 9 was not found."));
    QCOMPARE(RasError::fromHttp(409, R"({"title":"Conflict"})", {}).message, QStringLiteral("Conflict"));
    QCOMPARE(RasError::fromHttp(503, "<html>x</html>", QStringLiteral("Service Unavailable")).message, QStringLiteral("Service Unavailable"));
    QCOMPARE(RasError::fromHttp(503, {}, {}).kind, RasError::Kind::Server);
    QCOMPARE(RasError::fromHttp(422, {}, {}).kind, RasError::Kind::Rejected);
    QCOMPARE(RasError::fromHttp(401, {}, {}).kind, RasError::Kind::Unauthorized);
}

void TestCodecs::serverAddresses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("host") << QStringLiteral("ras.example.com") << QStringLiteral("https://ras.example.com:20443");
    QTest::newRow("host:port") << QStringLiteral("ras.example.com:443") << QStringLiteral("https://ras.example.com:443");
    QTest::newRow("url") << QStringLiteral("http://10.0.0.5:8080/") << QStringLiteral("http://10.0.0.5:8080");
    QTest::newRow("url with api") << QStringLiteral("https://ras/api") << QStringLiteral("https://ras:20443");
    QTest::newRow("ipv6") << QStringLiteral("[::1]:9443") << QStringLiteral("https://[::1]:9443");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("ftp") << QStringLiteral("ftp://ras") << QString();
    QTest::newRow("spaces") << QStringLiteral("ras server") << QString();
    QTest::newRow("path") << QStringLiteral("https://ras/other") << QString();
}

void TestCodecs::serverAddresses()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QString error;
    const QUrl url = ServerAddress::parse(input, &error);
    if (expected.isEmpty()) {
        QVERIFY(!url.isValid());
        QVERIFY(!error.isEmpty());
    } else {
        QCOMPARE(url.toString(), expected);
    }
}

void TestCodecs::fingerprints()
{
    const QString canonical = QStringLiteral("BC:33:D3:C2:86:B5:77:96:57:63:99:B6:17:EE:FE:A2:B2:A5:60:4E:B3:8E:13:97:B3:53:42:4E:04:B0:F4:C6");
    QCOMPARE(CertificateInfo::normalizeFingerprint(canonical.toLower().remove(QLatin1Char(':'))), canonical);
    QCOMPARE(CertificateInfo::normalizeFingerprint(QStringLiteral("SHA256:") + canonical), canonical);
    QVERIFY(CertificateInfo::normalizeFingerprint(QStringLiteral("abc")).isEmpty());
    const auto certificates = QSslCertificate::fromPath(QStringLiteral(RAS_TEST_DATA_DIR "/tls/server.crt"));
    QCOMPARE(certificates.size(), 1);
    const CertificateInfo info = CertificateInfo::from(certificates.first());
    QCOMPARE(info.sha256.size(), 95);
    QVERIFY(info.subject.contains(QLatin1String("CN=localhost")));
    QVERIFY(info.selfSigned);
}

void TestCodecs::requestLogNeverHoldsSecrets()
{
    RequestLogEntry logon;
    logon.method = QStringLiteral("POST");
    logon.path = QStringLiteral("api/Session/logon");
    logon.body = RequestLog::redactLogonBody(R"({"username":"admin","password":"S3cret!"})");
    QVERIFY(!logon.body.contains("S3cret"));
    const QString curl = RequestLog::curlCommand(logon, QUrl(QStringLiteral("https://ras:20443")));
    QVERIFY(curl.contains(QLatin1String("$RAS_PASSWORD")));
    QVERIFY(!curl.contains(QLatin1String("S3cret")));

    RequestLogEntry add;
    add.method = QStringLiteral("POST");
    add.path = RequestLog::redactQuery(QStringLiteral("api/Broker?noInstall=false&username=CORP%5Cinstaller&password=Hunter2"));
    QVERIFY(!add.path.contains(QLatin1String("Hunter2")));
    QVERIFY(add.path.contains(QLatin1String("username=CORP")));
    add.body = R"({"server":"it's"})";
    const QString addCurl = RequestLog::curlCommand(add, QUrl(QStringLiteral("https://ras:20443")));
    QVERIFY(addCurl.contains(QLatin1String("\"auth_token: $RAS_TOKEN\"")));
    QVERIFY(addCurl.contains(QLatin1String("'{\"server\":\"it'\\''s\"}'")));

    RequestLog log;
    for (int i = 0; i < RequestLog::kCapacity + 5; ++i)
        log.add(add);
    QVERIFY(log.entries().size() <= RequestLog::kCapacity);
}

void TestCodecs::everyKeyLayoutDecodes()
{
    // Gateways: every field of the sample, then one in another order and letter case with a field
    // this client does not know, then the sample again.
    const QByteArray sampleText = testData(QStringLiteral("seed001-gateway-get.json"));
    const QJsonObject sample = QJsonDocument::fromJson(sampleText).object();
    QJsonObject reordered{{QStringLiteral("ID"), 7}, {QStringLiteral("server"), QStringLiteral("gw7")},
                          {QStringLiteral("gwport"), QStringLiteral("8080")}, {QStringLiteral("future"), QJsonArray{1, 2}}};
    const QByteArray body = QJsonDocument(QJsonArray{sample, reordered, sample}).toJson(QJsonDocument::Compact);
    QString error;
    const Gateway single = *Gateway::fromJson(sampleText, &error);
    const auto list = ServiceSupport::decodeList<Gateway>(reply(body));
    QVERIFY(list.ok());
    QCOMPARE(list.value().size(), 3);
    for (int i : {0, 2}) {
        QCOMPARE(list.value().at(i).id, single.id);
        QCOMPARE(list.value().at(i).server, single.server);
        QVERIFY(GatewayChanges::between(single, list.value().at(i)).isEmpty());
    }
    const Gateway &other = list.value().at(1);
    QCOMPARE(other.id, 7);
    QCOMPARE(other.server, QStringLiteral("gw7"));
    QCOMPARE(other.gwPort, 8080);
    QCOMPARE(GatewayChanges::between(Gateway(), other).fieldNames(), QStringList{QStringLiteral("gwPort")}); // the rest: documented defaults
    // Equal strings of consecutive gateways are shared, not copied: same text either way.
    QCOMPARE(list.value().at(2).cipher, single.cipher);

    // Policies with nested objects, and statuses with string ids.
    const QByteArray policies = R"([{"id":4,"name":"Fin\u00e4nz \"A\"","order":"2","clientPolicy":{"session":{"secondaryConnections":
        {"enabled":true,"connectionList":[{"mode":3,"server":"a","serverPort":443},{"mode":[]},7]}}}}, {"id":5,"name":"B","enabled":false}])";
    const auto policyList = ServiceSupport::decodeList<ClientPolicy>(reply(policies));
    QVERIFY2(policyList.ok(), qPrintable(policyList.ok() ? QString() : policyList.error().message));
    QCOMPARE(policyList.value().first().name, QStringLiteral("Fin\u00e4nz \"A\""));
    QCOMPARE(policyList.value().first().order, 2);
    QCOMPARE(policyList.value().first().secondaryConnections.size(), 1); // the unreadable entries are left out
    QVERIFY(policyList.value().first().secondaryConnectionsEnabled);
    QCOMPARE(policyList.value().last().enabled, false);
    const auto statuses = ServiceSupport::decodeList<AgentStatus>(reply(testData(QStringLiteral("seed001-broker-status.json"))));
    QVERIFY(statuses.ok());
    QCOMPARE(statuses.value().first().numericId, 1);
    QCOMPARE(statuses.value().first().systemBootTime, QStringLiteral("Tue May 14 12:10:39 2019"));
}

void TestCodecs::answersWithoutRoomAfterThemDecodeToo()
{
    // RasClient leaves room after every body for the decoder; a body without it (a literal, a
    // slice of another buffer) is copied first and reads the same.
    const QByteArray tight = QByteArray::fromRawData(R"([{"id":1,"server":"a"}])", 23);
    QString error;
    const auto brokers = Broker::listFromJson(tight, &error);
    QVERIFY2(brokers, qPrintable(error));
    QCOMPARE(brokers->first().server, QStringLiteral("a"));
    QByteArray roomy;
    roomy.reserve(tight.size() + RasClient::kBodyPadding);
    roomy.append(tight);
    QCOMPARE(Broker::listFromJson(roomy, &error)->first().server, QStringLiteral("a"));
}

void TestCodecs::errorBodiesAndLogonAnswersUseTheSameDecoder()
{
    QCOMPARE(RasError::fromHttp(400, R"({"Detail":"  Odd case  ","title":"T"})", {}).message, QStringLiteral("Odd case"));
    QCOMPARE(RasError::fromHttp(400, R"({"msg":7,"message":"text"})", {}).message, QStringLiteral("text"));
    QCOMPARE(RasError::fromHttp(400, R"([1,2])", QStringLiteral("Bad")).message, QStringLiteral("[1,2]"));
    const SessionInfo info = SessionInfo::fromJson(R"({"userId":"3","farmName":"Main","applySettingsEnabled":"true"})");
    QCOMPARE(info.userId, 3);
    QCOMPARE(info.farmName, QStringLiteral("Main"));
    QVERIFY(info.applySettingsEnabled);
    const AdminPermissions permissions = AdminPermissions::fromJson(R"({"adminName":"a","runtimeSitesList":[1,"2"],"policies":false})");
    QCOMPARE(permissions.runtimeSites, (QList<int>{1, 2}));
    QVERIFY(!permissions.policies);
    QVERIFY(AdminPermissions::fromJson("not json").policies); // unreadable: the defaults
}

QTEST_GUILESS_MAIN(TestCodecs)
#include "tst_codecs.moc"
