#include "Await.h"
#include "BrokerService.h"
#include "FarmLoader.h"
#include "GatewayService.h"
#include "PolicyService.h"
#include "RasEmulatorServer.h"
#include "SessionService.h"
#include "SettingsService.h"
#include "ServiceSupport.h"
#include "SiteService.h"

#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

// Every service against ras-emulator over a real socket: log-on, the farm load, each operation,
// the server's refusals, session expiry and re-log-on, faults, latency and TLS.
class TestServices : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RasEmulatorServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<RasClient> m_client;

    static QString tlsFile(const char *name) { return QStringLiteral(RAS_TEST_DATA_DIR "/tls/") + QLatin1String(name); }

    void startServer(EmulatorOptions options = {})
    {
        options.port = 0;
        options.password = QStringLiteral("pw");
        m_server = std::make_unique<RasEmulatorServer>(options);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_manager = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<RasClient>(m_manager.get());
        QVERIFY(m_client->setServer(m_server->url(), &error));
    }
    RasResult<SessionInfo> logOn(const QString &password = QStringLiteral("pw"))
    {
        return await<SessionInfo>([&](QObject *context, auto done) {
            SessionService(m_client.get()).logOn(QStringLiteral("administrator"), password, context, done);
        });
    }

private slots:
    void init() { startServer(); }
    void cleanup()
    {
        m_client.reset();
        m_manager.reset();
        m_server.reset();
    }
    void logOnAndPermissions();
    void customViewerPermissions();
    void wrongPasswordIsUnauthorized();
    void farmLoaderFetchesEverythingInParallel();
    void brokerLifecycle_data();
    void brokerLifecycle();
    void brokerWritesFindTheirPathOnce_data();
    void brokerWritesFindTheirPathOnce();
    void missingBrokerIsOneClearNotFound_data();
    void missingBrokerIsOneClearNotFound();
    void siteStatus();
    void promoteEndsSessionTransparently();
    void gatewayLifecycle();
    void policyLifecycleAndConnections();
    void applyClearsNotApplied();
    void expiredTokenIsRenewedOnce();
    void relogonFailureReachesCaller();
    void injectedFaults();
    void latencyIsTolerated();
    void untrustedPinnedAndChangedCertificates();
    void requestLogHoldsNoSecrets();
    void deadReceiverGetsNoCallback();
    void largeListsDecodeOffTheMainThread();
    void largeAnswerIsFreedOnceDecoded();
    void logOnOpensTheLoadsConnections();
    void logOnGoesAheadOfTheOpenedConnections();
};

void TestServices::logOnAndPermissions()
{
    const auto session = logOn();
    QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().toString()));
    QCOMPARE(session.value().farmName, QStringLiteral("Emulated RAS Farm"));
    QVERIFY(m_client->isLoggedOn());
    const auto permissions = await<AdminPermissions>([&](QObject *c, auto done) { SessionService(m_client.get()).permissions(c, done); });
    QVERIFY(permissions.ok());
    QCOMPARE(permissions.value().adminName, QStringLiteral("administrator"));
    QCOMPARE(permissions.value().administratorType(), Ras::AdministratorType::Root);
    QCOMPARE(permissions.value().typeName(), QStringLiteral("Root administrator"));
    QVERIFY(!permissions.value().isCustom());
    const auto off = await<Done>([&](QObject *c, auto done) { SessionService(m_client.get()).logOff(c, done); });
    QVERIFY(off.ok());
    QVERIFY(!m_client->isLoggedOn());
    QCOMPARE(m_server->router().sessions().count(), 0);
}

void TestServices::customViewerPermissions()
{
    EmulatorOptions options;
    options.role = EmulatorOptions::Role::CustomViewer;
    startServer(options);
    const auto session = logOn();
    QVERIFY(session.ok());
    const auto permissions = await<AdminPermissions>([&](QObject *c, auto done) { SessionService(m_client.get()).permissions(c, done); });
    QVERIFY(permissions.value().isCustom());
    QCOMPARE(permissions.value().typeName(), QStringLiteral("Custom administrator"));
    const auto custom = await<CustomPermissions>([&](QObject *c, auto done) {
        SessionService(m_client.get()).customPermissions(session.value().userId, c, done);
    });
    QVERIFY2(custom.ok(), qPrintable(custom.ok() ? QString() : custom.error().toString()));
    QVERIFY(custom.value().allows(1, QStringLiteral("brokers"), CustomPermissions::View));
    QVERIFY(!custom.value().allows(1, QStringLiteral("brokers"), CustomPermissions::Modify));
    QVERIFY(!custom.value().allowsAnywhere(QStringLiteral("gateways"), CustomPermissions::Modify));
    QVERIFY(!custom.value().allowsAnywhere(QStringLiteral("rdsHosts"), CustomPermissions::View));
    // And the server holds it to that: a write is refused.
    BrokerChanges changes;
    changes.description = QStringLiteral("x");
    const auto refused = await<Done>([&](QObject *c, auto done) { BrokerService(m_client.get()).update(2, changes, c, done); });
    QCOMPARE(refused.error().kind, RasError::Kind::Forbidden);
}

void TestServices::wrongPasswordIsUnauthorized()
{
    const auto session = logOn(QStringLiteral("wrong"));
    QVERIFY(!session.ok());
    QCOMPARE(session.error().kind, RasError::Kind::Unauthorized);
    QCOMPARE(session.error().message, QStringLiteral("Invalid user name or password."));
    QCOMPARE(session.error().path, QStringLiteral("api/Session/logon"));
}

void TestServices::farmLoaderFetchesEverythingInParallel()
{
    QVERIFY(logOn().ok());
    FarmLoader loader(m_client.get());
    std::optional<FarmSnapshot> snapshot;
    loader.load(FarmLoader::All, [&](const FarmSnapshot &s) { snapshot = s; });
    QTRY_VERIFY_WITH_TIMEOUT(snapshot.has_value(), 10000);
    QVERIFY(snapshot->complete());
    QCOMPARE(snapshot->requests, 6);
    QCOMPARE(snapshot->sites.records().size(), 2);
    QCOMPARE(snapshot->brokers.records().size(), 3);
    QCOMPARE(snapshot->brokerStatus.records().size(), 3);
    QCOMPARE(snapshot->gateways.records().size(), 4);
    QCOMPARE(snapshot->gatewayStatus.records().size(), 4);
    QCOMPARE(snapshot->policies.records().size(), 6);
    QCOMPARE(snapshot->policies.records().at(1).secondaryConnections.size(), 2);
}

void TestServices::brokerLifecycle_data()
{
    // Every broker operation against a server that writes under api/Broker (the v20 guide) and one
    // that writes only under api/ConnectionBroker (the v21 guide).
    QTest::addColumn<int>("rasVersion");
    QTest::newRow("RAS 20") << 20;
    QTest::newRow("RAS 21") << 21;
}

void TestServices::brokerLifecycle()
{
    QFETCH(int, rasVersion);
    EmulatorOptions options;
    options.rasVersion = rasVersion;
    startServer(options);
    QVERIFY(logOn().ok());
    BrokerService brokers(m_client.get());
    QCOMPARE(await<QList<Broker>>([&](QObject *c, auto done) { brokers.list(0, c, done); }).value().size(), 3);
    BrokerAddRequest request;
    request.server = QStringLiteral("ras-cb10.corp.example.com");
    request.siteId = 1;
    request.installUser = QStringLiteral("CORP\\installer");
    request.installPassword = QStringLiteral("Install-Secret");
    const auto added = await<Broker>([&](QObject *c, auto done) { brokers.add(request, c, done); });
    QVERIFY(added.ok());
    const int id = added.value().id;
    QCOMPARE(added.value().priority, 2);

    const auto duplicate = await<Broker>([&](QObject *c, auto done) { brokers.add(request, c, done); });
    QCOMPARE(duplicate.error().kind, RasError::Kind::Conflict);

    BrokerChanges changes;
    changes.description = QStringLiteral("Edited by test");
    changes.alternativeIps = QStringLiteral("192.168.1.10;192.168.1.11");
    QVERIFY(await<Done>([&](QObject *c, auto done) { brokers.update(id, changes, c, done); }).ok());
    const auto fetched = await<Broker>([&](QObject *c, auto done) { brokers.get(id, c, done); });
    QCOMPARE(fetched.value().description, QStringLiteral("Edited by test"));
    QCOMPARE(fetched.value().alternativeIpList().size(), 2);

    const auto refused = await<Done>([&](QObject *c, auto done) { brokers.move(2, true, c, done); });
    QCOMPARE(refused.error().kind, RasError::Kind::Rejected);
    QCOMPARE(refused.error().message, QStringLiteral("Cannot move selected Publishing Agent up."));
    QCOMPARE(refused.error().httpStatus, 400);
    QVERIFY(await<Done>([&](QObject *c, auto done) { brokers.move(id, true, c, done); }).ok());
    QCOMPARE(m_server->router().farm().brokers.at(m_server->router().farm().brokerIndex(id)).value(QLatin1String("priority")).toInt(), 1);

    BrokerChanges disablePrimary;
    disablePrimary.enabled = false;
    const auto primary = await<Done>([&](QObject *c, auto done) { brokers.update(1, disablePrimary, c, done); });
    QCOMPARE(primary.error().message, QStringLiteral("Cannot disable the primary Connection Broker."));

    const auto status = await<BrokerStatus>([&](QObject *c, auto done) { brokers.status(id, c, done); });
    QCOMPARE(status.value().agentState, Ras::AgentState::NotApplied);
    QVERIFY(await<Done>([&](QObject *c, auto done) { brokers.remove(id, true, c, done); }).ok());
    const auto gone = await<Broker>([&](QObject *c, auto done) { brokers.get(id, c, done); });
    QCOMPARE(gone.error().kind, RasError::Kind::NotFound);
    QVERIFY(await<Done>([&](QObject *c, auto done) { brokers.promote(2, c, done); }).ok());
    QCOMPARE(m_server->router().farm().brokers.at(m_server->router().farm().brokerIndex(2)).value(QLatin1String("priority")).toInt(), 0);
    const auto statuses = await<QList<BrokerStatus>>([&](QObject *c, auto done) { brokers.statusAll(c, done); });
    QCOMPARE(statuses.value().size(), 3);
    // Whatever the version, only the documented paths were ever written to.
    const QString expectedRoot = rasVersion >= 21 ? QStringLiteral("api/ConnectionBroker") : QStringLiteral("api/Broker");
    for (const RequestLogEntry &entry : m_client->requestLog()->entries()) {
        if (entry.method != QLatin1String("GET") && entry.path.startsWith(QLatin1String("api/"))
            && !entry.path.startsWith(QLatin1String("api/Session")) && entry.status >= 200 && entry.status < 300)
            QVERIFY2(entry.path.startsWith(expectedRoot + QLatin1Char('/')) || entry.path.startsWith(expectedRoot + QLatin1Char('?'))
                         || entry.path == expectedRoot,
                     qPrintable(entry.method + QLatin1Char(' ') + entry.path));
    }
}

void TestServices::brokerWritesFindTheirPathOnce_data()
{
    QTest::addColumn<int>("rasVersion");
    QTest::addColumn<int>("firstWriteRequests");
    QTest::newRow("RAS 20") << 20 << 1;
    QTest::newRow("RAS 21") << 21 << 2; // api/Broker answers 404, then api/ConnectionBroker
}

void TestServices::brokerWritesFindTheirPathOnce()
{
    QFETCH(int, rasVersion);
    QFETCH(int, firstWriteRequests);
    EmulatorOptions options;
    options.rasVersion = rasVersion;
    startServer(options);
    QVERIFY(logOn().ok());
    BrokerService brokers(m_client.get());
    BrokerChanges changes;
    changes.description = QStringLiteral("first");
    qint64 before = m_client->requestCount();
    QVERIFY(await<Done>([&](QObject *c, auto done) { brokers.update(2, changes, c, done); }).ok());
    QCOMPARE(m_client->requestCount() - before, firstWriteRequests);
    // Remembered for this server: every later write goes straight to the path that worked.
    changes.description = QStringLiteral("second");
    before = m_client->requestCount();
    QVERIFY(await<Done>([&](QObject *c, auto done) { BrokerService(m_client.get()).update(2, changes, c, done); }).ok());
    QVERIFY(await<Done>([&](QObject *c, auto done) { BrokerService(m_client.get()).move(3, false, c, done); }).error().httpStatus == 400);
    QCOMPARE(m_client->requestCount() - before, 2);
    QCOMPARE(m_server->router().farm().brokers.at(m_server->router().farm().brokerIndex(2)).value(QLatin1String("description")).toString(),
             QStringLiteral("second"));
    // Another server is another question.
    QString error;
    QVERIFY(m_client->setServer(QStringLiteral("http://127.0.0.1:1"), &error));
    QVERIFY(m_client->learntPath(QStringLiteral("broker-writes")).isEmpty());
}

void TestServices::missingBrokerIsOneClearNotFound_data()
{
    QTest::addColumn<int>("rasVersion");
    QTest::addColumn<bool>("pathLearnt");
    QTest::newRow("RAS 20, first write") << 20 << false;
    QTest::newRow("RAS 21, first write") << 21 << false;
    QTest::newRow("RAS 20, path known") << 20 << true;
    QTest::newRow("RAS 21, path known") << 21 << true;
}

void TestServices::missingBrokerIsOneClearNotFound()
{
    QFETCH(int, rasVersion);
    QFETCH(bool, pathLearnt);
    EmulatorOptions options;
    options.rasVersion = rasVersion;
    startServer(options);
    QVERIFY(logOn().ok());
    BrokerService brokers(m_client.get());
    BrokerChanges changes;
    changes.description = QStringLiteral("x");
    if (pathLearnt)
        QVERIFY(await<Done>([&](QObject *c, auto done) { brokers.update(2, changes, c, done); }).ok());
    const auto missing = await<Done>([&](QObject *c, auto done) { brokers.update(99, changes, c, done); });
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, RasError::Kind::NotFound);
    QCOMPARE(missing.error().method, QStringLiteral("PUT"));
    QVERIFY2(missing.error().message.contains(QLatin1String("99")) && missing.error().message.contains(QLatin1String("Broker")),
             qPrintable(missing.error().message));
    QVERIFY2(!missing.error().message.contains(QLatin1String("No resource")), qPrintable(missing.error().message));
    const auto promote = await<Done>([&](QObject *c, auto done) { brokers.promote(99, c, done); });
    QCOMPARE(promote.error().kind, RasError::Kind::NotFound);
    QVERIFY(m_client->isLoggedOn()); // nothing was promoted, the session lives on
}

void TestServices::siteStatus()
{
    QVERIFY(logOn().ok());
    const auto all = await<QList<SiteStatus>>([&](QObject *c, auto done) { SiteService(m_client.get()).statusAll(c, done); });
    QVERIFY2(all.ok(), qPrintable(all.ok() ? QString() : all.error().toString()));
    QCOMPARE(all.value().size(), 2);
    QCOMPARE(all.value().first().numericId, 1);
    QCOMPARE(all.value().first().siteId, 1);
    QCOMPARE(all.value().first().server, QStringLiteral("ras-cb01.corp.example.com")); // the site's primary broker
    QCOMPARE(all.value().first().serverType, Ras::ServerType::Site);
    QCOMPARE(all.value().first().agentState, Ras::AgentState::Ok);
}

void TestServices::promoteEndsSessionTransparently()
{
    QVERIFY(logOn().ok());
    BrokerService brokers(m_client.get());
    QSignalSpy relogged(m_client.get(), &RasClient::loggedOn);
    QVERIFY(await<Done>([&](QObject *c, auto done) { brokers.promote(2, c, done); }).ok());
    QCOMPARE(m_server->router().sessions().count(), 0); // the server ended the session
    // The next call logs on again by itself.
    const auto list = await<QList<Broker>>([&](QObject *c, auto done) { brokers.list(1, c, done); });
    QVERIFY(list.ok());
    QCOMPARE(list.value().first().id, 2);
    QVERIFY(list.value().first().isPrimary());
    QCOMPARE(relogged.count(), 1);
}

void TestServices::gatewayLifecycle()
{
    QVERIFY(logOn().ok());
    GatewayService gateways(m_client.get());
    const auto added = await<Gateway>([&](QObject *c, auto done) { gateways.add(QStringLiteral("126.0.0.6"), 1, c, done); });
    QVERIFY(added.ok());
    Gateway edited = added.value();
    edited.ipVersion = static_cast<int>(Ras::IpVersion::Both);
    edited.enableHSTS = true;
    edited.hstsMaxAge = 24;
    edited.launchMethod = static_cast<int>(Ras::LaunchMethod::Html5);
    edited.macAllowOnlyList = {QStringLiteral("00:11:22:33:44:55")};
    edited.description = QStringLiteral("Edge");
    QVERIFY(await<Done>([&](QObject *c, auto done) { gateways.update(edited.id, GatewayChanges::between(added.value(), edited), c, done); }).ok());
    const auto fetched = await<Gateway>([&](QObject *c, auto done) { gateways.get(edited.id, c, done); });
    QVERIFY(GatewayChanges::between(edited, fetched.value()).isEmpty()); // every field arrived as sent

    // A value the field table would refuse, built around it: the server refuses it too.
    Gateway tooShort = edited;
    tooShort.hstsMaxAge = 1;
    const auto refused = await<Done>([&](QObject *c, auto done) {
        gateways.update(edited.id, GatewayChanges::between(edited, tooShort), c, done);
    });
    QCOMPARE(refused.error().kind, RasError::Kind::Rejected);
    QVERIFY(refused.error().message.contains(QLatin1String("hstsMaxAge")));
    const auto statuses = await<QList<GatewayStatus>>([&](QObject *c, auto done) { gateways.statusAll(c, done); });
    QCOMPARE(statuses.value().size(), 5);
    QVERIFY(await<Done>([&](QObject *c, auto done) { gateways.remove(edited.id, c, done); }).ok());
    QCOMPARE(m_server->router().farm().gateways.size(), 4);
}

void TestServices::policyLifecycleAndConnections()
{
    QVERIFY(logOn().ok());
    PolicyService policies(m_client.get());
    PolicyChanges create;
    create.name = QStringLiteral("Kiosk");
    create.description = QStringLiteral("Lobby terminals");
    create.enabled = true;
    const auto added = await<ClientPolicy>([&](QObject *c, auto done) { policies.add(create, c, done); });
    QVERIFY(added.ok());
    const int id = added.value().id;
    QCOMPARE(added.value().order, 7);
    PolicyChanges rename;
    rename.name = QStringLiteral("Kiosk (lobby)");
    rename.enabled = false;
    QVERIFY(await<Done>([&](QObject *c, auto done) { policies.update(id, rename, c, done); }).ok());
    QVERIFY(await<Done>([&](QObject *c, auto done) { policies.move(id, true, c, done); }).ok());
    const auto edge = await<Done>([&](QObject *c, auto done) { policies.move(1, true, c, done); });
    QCOMPARE(edge.error().kind, RasError::Kind::Rejected);

    const SecondaryConnection connection{Ras::SecondaryConnectionMode::GatewaySsl, QStringLiteral("gw.example.com"), 443};
    QVERIFY(await<Done>([&](QObject *c, auto done) { policies.addConnection(id, connection, c, done); }).ok());
    const auto duplicate = await<Done>([&](QObject *c, auto done) { policies.addConnection(id, connection, c, done); });
    QCOMPARE(duplicate.error().kind, RasError::Kind::Conflict);
    const auto list = await<QList<SecondaryConnection>>([&](QObject *c, auto done) { policies.connections(id, c, done); });
    QCOMPARE(list.value(), QList<SecondaryConnection>{connection});
    QVERIFY(await<Done>([&](QObject *c, auto done) { policies.removeConnection(id, connection, c, done); }).ok());
    const auto missing = await<Done>([&](QObject *c, auto done) { policies.removeConnection(id, connection, c, done); });
    QCOMPARE(missing.error().kind, RasError::Kind::NotFound);
    const auto fetched = await<ClientPolicy>([&](QObject *c, auto done) { policies.get(id, c, done); });
    QCOMPARE(fetched.value().name, QStringLiteral("Kiosk (lobby)"));
    QCOMPARE(fetched.value().order, 6);
    QVERIFY(await<Done>([&](QObject *c, auto done) { policies.remove(id, c, done); }).ok());
}

void TestServices::applyClearsNotApplied()
{
    QVERIFY(logOn().ok());
    GatewayService gateways(m_client.get());
    QVERIFY(await<Gateway>([&](QObject *c, auto done) { gateways.add(QStringLiteral("gw-new"), 2, c, done); }).ok());
    QCOMPARE(m_server->router().farm().unappliedGateways.size(), 1);
    QVERIFY(await<Done>([&](QObject *c, auto done) { SettingsService(m_client.get()).apply(c, done); }).ok());
    QCOMPARE(m_server->router().farm().unappliedGateways.size(), 0);
    const auto sites = await<QList<Site>>([&](QObject *c, auto done) { SiteService(m_client.get()).list(c, done); });
    QCOMPARE(sites.value().size(), 2);
}

void TestServices::expiredTokenIsRenewedOnce()
{
    EmulatorOptions options;
    options.tokenIdleSeconds = 1;
    startServer(options);
    QVERIFY(logOn().ok());
    QSignalSpy relogged(m_client.get(), &RasClient::reloggedOn);
    m_server->router().sessions().passTime(1100); // idle for longer than the server allows
    // Three parallel requests meet the expired token: one re-log-on serves them all.
    FarmLoader loader(m_client.get());
    std::optional<FarmSnapshot> snapshot;
    loader.load(FarmLoader::Sites | FarmLoader::Brokers | FarmLoader::Gateways, [&](const FarmSnapshot &s) { snapshot = s; });
    QTRY_VERIFY_WITH_TIMEOUT(snapshot.has_value(), 10000);
    QVERIFY(snapshot->complete());
    QCOMPARE(relogged.count(), 1);
    QCOMPARE(m_server->router().sessions().count(), 1);
}

void TestServices::relogonFailureReachesCaller()
{
    EmulatorOptions options;
    options.tokenIdleSeconds = 1;
    startServer(options);
    QVERIFY(logOn().ok());
    m_client->setCredentials(QStringLiteral("administrator"), QStringLiteral("changed-meanwhile"));
    QSignalSpy lost(m_client.get(), &RasClient::sessionLost);
    m_server->router().sessions().passTime(1100); // idle for longer than the server allows
    const auto sites = await<QList<Site>>([&](QObject *c, auto done) { SiteService(m_client.get()).list(c, done); });
    QCOMPARE(sites.error().kind, RasError::Kind::Unauthorized);
    QCOMPARE(sites.error().path, QStringLiteral("api/Site"));
    QCOMPARE(lost.count(), 1);
}

void TestServices::injectedFaults()
{
    QVERIFY(logOn().ok());
    m_client->setTimeoutMs(400);
    BrokerService brokers(m_client.get());
    auto listOnce = [&] { return await<QList<Broker>>([&](QObject *c, auto done) { brokers.list(0, c, done); }); };
    m_server->faults().setRate(1.0);
    const QList<QPair<FaultInjector::Fault, RasError::Kind>> cases{
        {FaultInjector::Fault::ServerError, RasError::Kind::Server},
        {FaultInjector::Fault::DropConnection, RasError::Kind::Network},
        {FaultInjector::Fault::Stall, RasError::Kind::Timeout},
        {FaultInjector::Fault::MalformedJson, RasError::Kind::Malformed}};
    for (const auto &[fault, kind] : cases) {
        m_server->faults().setKinds({fault});
        const auto result = listOnce();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, kind);
        QVERIFY(!result.error().message.isEmpty());
    }
    m_server->faults().setRate(0.0);
    QVERIFY(listOnce().ok()); // the client recovers on the same manager
}

void TestServices::latencyIsTolerated()
{
    EmulatorOptions options;
    options.latencyMs = 100;
    startServer(options);
    QVERIFY(logOn().ok());
    FarmLoader loader(m_client.get());
    std::optional<FarmSnapshot> snapshot;
    loader.load(FarmLoader::All, [&](const FarmSnapshot &s) { snapshot = s; });
    // All six requests are on the wire before the first answer: they wait for one round trip
    // together, not six one after the other (asserted as behaviour, not as a time).
    QCOMPARE(m_client->inFlight(), 6);
    QTRY_VERIFY_WITH_TIMEOUT(snapshot.has_value(), 10000);
    QVERIFY(snapshot->complete());
    QCOMPARE(snapshot->requests, 6);
}

void TestServices::untrustedPinnedAndChangedCertificates()
{
    EmulatorOptions options;
    options.tls = true;
    options.certFile = tlsFile("server.crt");
    options.keyFile = tlsFile("server.key");
    startServer(options);

    const auto untrusted = logOn();
    QCOMPARE(untrusted.error().kind, RasError::Kind::Tls);
    const QString fingerprint = untrusted.error().certificate.sha256;
    QCOMPARE(fingerprint, CertificateInfo::from(QSslCertificate::fromPath(tlsFile("server.crt")).first()).sha256);
    QVERIFY(untrusted.error().certificate.subject.contains(QLatin1String("localhost")));
    QVERIFY(!untrusted.error().certificateChanged);
    QCOMPARE(m_server->requestCount(), 0); // no credential ever left the client

    m_client->setPinnedFingerprint(fingerprint);
    QVERIFY(logOn().ok());

    // A pinned server now showing another certificate is refused.
    m_client->setPinnedFingerprint(CertificateInfo::from(QSslCertificate::fromPath(tlsFile("other.crt")).first()).sha256);
    m_manager->clearConnectionCache();
    const auto changed = logOn();
    QCOMPARE(changed.error().kind, RasError::Kind::Tls);
    QVERIFY(changed.error().certificateChanged);
    QCOMPARE(changed.error().certificate.sha256, fingerprint);
}

void TestServices::requestLogHoldsNoSecrets()
{
    QVERIFY(logOn().ok());
    BrokerAddRequest request;
    request.server = QStringLiteral("cb-logged");
    request.installUser = QStringLiteral("installer");
    request.installPassword = QStringLiteral("Install-Secret");
    QVERIFY(await<Broker>([&](QObject *c, auto done) { BrokerService(m_client.get()).add(request, c, done); }).ok());
    const auto &entries = m_client->requestLog()->entries();
    QCOMPARE(entries.size(), 2);
    for (const auto &entry : entries) {
        const QString all = entry.path + QString::fromUtf8(entry.body) + entry.error
                            + RequestLog::curlCommand(entry, m_client->baseUrl());
        QVERIFY2(!all.contains(QLatin1String("pw\"")) && !all.contains(QLatin1String("Install-Secret")), qPrintable(all));
        QVERIFY(entry.durationMs >= 0);
    }
    QCOMPARE(entries.at(1).status, 201);
    QVERIFY(entries.at(1).bytes > 0);
}

void TestServices::deadReceiverGetsNoCallback()
{
    QVERIFY(logOn().ok());
    bool called = false;
    const qsizetype logged = m_client->requestLog()->entries().size();
    {
        QObject receiver;
        SiteService(m_client.get()).list(&receiver, [&called](const RasResult<QList<Site>> &) { called = true; });
    }
    // The answer arrives (it is logged) and is dropped: the callback would have run by then.
    QTRY_COMPARE_WITH_TIMEOUT(m_client->requestLog()->entries().size(), logged + 1, 10000);
    QTRY_COMPARE(m_client->inFlight(), 0);
    QCOMPARE(m_client->requestLog()->entries().last().status, 200);
    QVERIFY(!called);
}

void TestServices::largeListsDecodeOffTheMainThread()
{
    EmulatorOptions options;
    options.seed = QStringLiteral("large:2000");
    startServer(options);
    QVERIFY(logOn().ok());
    // Above the background threshold: decoded on a worker, delivered here, exactly once.
    const auto gateways = await<QList<Gateway>>([&](QObject *c, auto done) { GatewayService(m_client.get()).list(0, c, done); });
    QVERIFY(gateways.ok());
    QCOMPARE(gateways.value().size(), 2000);
    QCOMPARE(gateways.value().last().id, 2000);

    // A receiver that goes away while its list is being decoded hears nothing.
    bool called = false;
    {
        QObject receiver;
        PolicyService(m_client.get()).list(&receiver, [&called](const RasResult<QList<ClientPolicy>> &) { called = true; });
        QVERIFY(QTest::qWaitFor([&] { return m_client->inFlight() == 0; }, 5000)); // answer in, decode under way
    }
    // The decode finishes and its watcher goes: that is when the callback would have run.
    QTRY_COMPARE_WITH_TIMEOUT(m_client->decodePool()->activeThreadCount(), 0, 10000);
    QTRY_VERIFY(m_client->findChildren<QFutureWatcherBase *>().isEmpty());
    QVERIFY(!called);

    // A malformed large answer is a Malformed error from the worker too.
    m_server->faults().setKinds({FaultInjector::Fault::MalformedJson});
    m_server->faults().setRate(1.0);
    const auto broken = await<QList<Gateway>>([&](QObject *c, auto done) { GatewayService(m_client.get()).list(0, c, done); });
    QCOMPARE(broken.error().kind, RasError::Kind::Malformed);
}

void TestServices::largeAnswerIsFreedOnceDecoded()
{
    EmulatorOptions options;
    options.seed = QStringLiteral("large:2000");
    startServer(options);
    QVERIFY(logOn().ok());
    // The test keeps the answer's bytes too; once the records reach the caller, nothing else may.
    QByteArray answer;
    connect(m_client.get(), &RasClient::answerReceived, this, [&answer](const QByteArray &body) { answer = body; });
    bool heldElsewhere = true;
    int delivered = 0;
    GatewayService(m_client.get()).list(0, this, [&](const RasResult<QList<Gateway>> &result) {
        QVERIFY(result.ok());
        QCOMPARE(result.value().size(), 2000);
        heldElsewhere = !answer.isDetached();
        ++delivered;
    });
    QTRY_COMPARE_WITH_TIMEOUT(delivered, 1, 10000);
    QVERIFY(answer.size() >= ServiceSupport::kBackgroundDecodeBytes); // it was decoded on a worker
    QVERIFY2(!heldElsewhere, "the answer's body outlived its decode");
}

void TestServices::logOnOpensTheLoadsConnections()
{
    // A server that accepts connections and never answers (not even the TLS handshake): while
    // log-on waits for its answer, the connections the farm load needs are already being opened,
    // so the load does not pay for their TCP and TLS handshakes later.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket *> accepted;
    connect(&silent, &QTcpServer::newConnection, &silent, [&] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            accepted << socket;
    });
    const QString url = QStringLiteral("https://127.0.0.1:%1").arg(silent.serverPort());
    QString error;

    // rasctl's client (the default) sends one or two requests: it opens log-on's connection only.
    // Its log-on gives up quickly; had it asked for more connections, they would be open by then.
    {
        QNetworkAccessManager manager;
        RasClient client(&manager);
        QVERIFY(!client.opensLoadConnections());
        QVERIFY(client.setServer(url, &error));
        client.setCredentials(QStringLiteral("administrator"), QStringLiteral("pw"));
        client.setTimeoutMs(400);
        bool answered = false;
        client.logOn(&client, [&](const RasResult<RasClient::Reply> &) { answered = true; });
        QTRY_VERIFY(answered);
        QCOMPARE(accepted.size(), 1);
    }
    qDeleteAll(accepted);
    accepted.clear();

    // The console's client opens the load's six while log-on waits (log-on takes one of them). How
    // many are open at a given moment depends on Qt's HTTP thread, so more than one is the claim.
    QNetworkAccessManager manager;
    RasClient client(&manager);
    client.setOpensLoadConnections(true);
    QVERIFY(client.setServer(url, &error));
    client.setCredentials(QStringLiteral("administrator"), QStringLiteral("pw"));
    client.logOn(&client, [](const RasResult<RasClient::Reply> &) {});
    QTRY_VERIFY(accepted.size() >= 2);
    QVERIFY(accepted.size() <= RasClient::kParallelConnections);
}

namespace {
// Notes the priority of each request the client makes (connections opened ahead have no request).
class PriorityRecorder final : public QNetworkAccessManager
{
public:
    QHash<QString, QNetworkRequest::Priority> priorities;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        priorities.insert(request.url().path(), request.priority());
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};
} // namespace

void TestServices::logOnGoesAheadOfTheOpenedConnections()
{
    // Qt hands a connection whose handshake is done to the first request in its queue. Log-on,
    // asked after the load's connections, must be that request: at normal priority it would wait
    // until the connections ahead of it in the queue had been dealt with, one event-loop turn each.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    PriorityRecorder manager;
    RasClient client(&manager);
    client.setOpensLoadConnections(true);
    QString error;
    QVERIFY(client.setServer(QStringLiteral("https://127.0.0.1:%1").arg(silent.serverPort()), &error));
    client.setCredentials(QStringLiteral("administrator"), QStringLiteral("pw"));
    client.logOn(&client, [](const RasResult<RasClient::Reply> &) {});
    QCOMPARE(manager.priorities.value(QStringLiteral("/api/Session/logon"), QNetworkRequest::LowPriority),
             QNetworkRequest::HighPriority);
}

QTEST_GUILESS_MAIN(TestServices)
#include "tst_services.moc"
