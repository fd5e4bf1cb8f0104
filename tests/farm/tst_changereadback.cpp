#include "FarmController.h"
#include "RasEmulatorServer.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QStandardPaths>
#include <QtTest>

// A network manager that sends the reads (GET) under one path nowhere, so a change can succeed
// while everything read about it afterwards fails, as on a network that drops out at that moment.
class ReadsFail final : public QNetworkAccessManager
{
public:
    QString failingPrefix; // e.g. "/api/Broker"

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        if (failingPrefix.isEmpty() || op != GetOperation || !request.url().path().startsWith(failingPrefix))
            return QNetworkAccessManager::createRequest(op, request, data);
        QNetworkRequest nowhere(request);
        QUrl url = request.url();
        url.setPort(1); // nothing listens there: connection refused
        nowhere.setUrl(url);
        return QNetworkAccessManager::createRequest(op, nowhere, data);
    }
};

// After a change the console reads back only what the change touched and merges it into the
// tables: a few small requests instead of the whole farm, and the change shows even when nothing
// can be read afterwards.
class TestChangeReadBack : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RasEmulatorServer> m_server;
    std::unique_ptr<ReadsFail> m_manager;
    std::unique_ptr<FarmController> m_farm;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

    void start()
    {
        EmulatorOptions options;
        options.port = 0;
        options.password = QStringLiteral("pw");
        m_server = std::make_unique<RasEmulatorServer>(options);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_manager = std::make_unique<ReadsFail>();
        m_farm = std::make_unique<FarmController>(m_manager.get());
        m_farm->setAutoRefreshSeconds(0);
        QVERIFY(m_farm->setServer(m_server->url(), &error));
        for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{
                 m_farm->brokers(), m_farm->gateways(), m_farm->policies()})
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::Fatal));
        QSignalSpy loaded(m_farm.get(), &FarmController::loaded);
        bool loggedOn = false;
        m_farm->logOn(QStringLiteral("administrator"), QStringLiteral("pw"), this,
                      [&loggedOn](const RasResult<SessionInfo> &result) { loggedOn = result.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(loggedOn, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
    }

    // Runs one change and waits until the models hold what the server says after it. Returns
    // "METHOD path" for each request it cost.
    QStringList change(const std::function<void(QObject *, OutcomeHandler)> &operation, bool *succeeded = nullptr)
    {
        const qsizetype before = m_farm->client()->requestLog()->entries().size();
        QSignalSpy merged(m_farm.get(), &FarmController::changeMerged);
        QObject caller;
        std::optional<OperationOutcome> outcome;
        operation(&caller, [&outcome](const OperationOutcome &result) { outcome = result; });
        [[maybe_unused]] const bool arrived = QTest::qWaitFor([&] { return outcome.has_value(); }, 10000);
        if (succeeded)
            *succeeded = outcome && outcome->succeeded();
        [[maybe_unused]] const bool settled = merged.count() > 0 || merged.wait(10000);
        QStringList requests;
        const auto &entries = m_farm->client()->requestLog()->entries();
        for (qsizetype i = before; i < entries.size(); ++i)
            requests << entries.at(i).method + QLatin1Char(' ') + entries.at(i).path;
        return requests;
    }
    const Broker &broker(int id) const { return *m_farm->brokers()->brokerAt(m_farm->brokers()->rowOf(id)); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup()
    {
        m_testers.clear();
        m_farm.reset();
        m_manager.reset();
        m_server.reset();
    }

    void brokerUpdateReadsBackTheBrokerAndItsStatus();
    void moveReadsBackBothBrokersThatSwapped();
    void promoteReadsBackThePromotedBroker();
    void gatewayUpdateReadsBackOneGateway();
    void secondaryConnectionsReadBackTheirPolicy();
    void applyReadsTheStatusOfAddedServers();
    void acceptedChangeShowsWhenNothingCanBeRead();
    void objectGoneReloadsEverything();
    void configurationRefreshFindsChangesMadeElsewhere();
};

void TestChangeReadBack::brokerUpdateReadsBackTheBrokerAndItsStatus()
{
    start();
    QSignalSpy loaded(m_farm.get(), &FarmController::loaded);
    QSignalSpy reset(m_farm->brokers(), &QAbstractItemModel::modelReset);
    const QDateTime modifiedBefore = broker(2).timeLastMod;
    BrokerChanges changes;
    changes.description = QStringLiteral("Rack 4");
    changes.enabled = false;
    const QStringList requests
        = change([&](QObject *caller, OutcomeHandler done) { m_farm->updateBroker(2, changes, caller, done); });
    QCOMPARE(requests, (QStringList{QStringLiteral("PUT api/Broker/2"), QStringLiteral("GET api/Broker/2"),
                                    QStringLiteral("GET api/Broker/2/status")}));
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(broker(2).description, QStringLiteral("Rack 4"));
    QVERIFY(!broker(2).enabled);
    // The server's own version arrived: its time stamp, and the agent state a disabled broker has.
    QVERIFY(broker(2).timeLastMod > modifiedBefore || !modifiedBefore.isValid());
    QCOMPARE(m_farm->brokers()->statusOf(2)->agentState, Ras::AgentState::DisabledFromSettings);
    QCOMPARE(m_farm->pendingChanges()->count(), 1);
}

void TestChangeReadBack::moveReadsBackBothBrokersThatSwapped()
{
    start();
    // A third broker in the first Site, so there is one to move up past the second.
    BrokerAddRequest request;
    request.server = QStringLiteral("ras-cb07.corp.example.com");
    request.siteId = 1;
    request.installAgent = false;
    const QStringList added
        = change([&](QObject *caller, OutcomeHandler done) { m_farm->addBroker(request, caller, done); });
    QCOMPARE(added.size(), 2); // the answer holds the new broker; only its status is read
    const int id = m_farm->brokers()->index(2, 0).data(RecordTableModel::IdRole).toInt();
    QCOMPARE(broker(id).server, request.server);
    QCOMPARE(m_farm->brokers()->statusOf(id)->agentState, Ras::AgentState::NotApplied);

    const QStringList moved = change([&](QObject *caller, OutcomeHandler done) { m_farm->moveBroker(id, true, caller, done); });
    QCOMPARE(moved, (QStringList{QStringLiteral("PUT api/Broker/%1/priority").arg(id),
                                 QStringLiteral("GET api/Broker/%1").arg(id), QStringLiteral("GET api/Broker/2")}));
    QCOMPARE(broker(id).priority, 1);
    QCOMPARE(broker(2).priority, 2);
    QCOMPARE(m_farm->brokers()->rowOf(id), 1);
    QCOMPARE(m_farm->brokers()->rowOf(2), 2);
}

void TestChangeReadBack::promoteReadsBackThePromotedBroker()
{
    start();
    QSignalSpy loaded(m_farm.get(), &FarmController::loaded);
    const QStringList requests
        = change([&](QObject *caller, OutcomeHandler done) { m_farm->promoteBroker(2, caller, done); });
    // The promote ends the session: the console logs on again before it reads.
    QCOMPARE(requests, (QStringList{QStringLiteral("POST api/Broker/2/Promote"), QStringLiteral("POST api/Session/logon"),
                                    QStringLiteral("GET api/Broker/2")}));
    QCOMPARE(loaded.count(), 0);
    QVERIFY(broker(2).isPrimary());
    QCOMPARE(broker(1).priority, 1);
    QCOMPARE(m_farm->brokers()->rowOf(2), 0);
    QCOMPARE(m_farm->brokers()->rowOf(1), 1);
    // What the console worked out for the rest of the Site is what the server holds.
    for (const QJsonObject &held : m_server->router().farm().brokers) {
        const int heldId = held.value(QLatin1String("id")).toInt();
        QCOMPARE(broker(heldId).priority, held.value(QLatin1String("priority")).toInt());
    }
}

void TestChangeReadBack::gatewayUpdateReadsBackOneGateway()
{
    start();
    Gateway after = *m_farm->gateways()->gatewayAt(m_farm->gateways()->rowOf(1));
    after.description = QStringLiteral("Edge, hall B");
    after.enableHSTS = true;
    after.hstsMaxAge = 36;
    const GatewayChanges changes = GatewayChanges::between(*m_farm->gateways()->gatewayAt(m_farm->gateways()->rowOf(1)), after);
    const QStringList requests
        = change([&](QObject *caller, OutcomeHandler done) { m_farm->updateGateway(1, changes, caller, done); });
    QCOMPARE(requests, (QStringList{QStringLiteral("PUT api/Gateway/1"), QStringLiteral("GET api/Gateway/1"),
                                    QStringLiteral("GET api/Gateway/1/status")}));
    const Gateway &shown = *m_farm->gateways()->gatewayAt(m_farm->gateways()->rowOf(1));
    QCOMPARE(shown.description, QStringLiteral("Edge, hall B"));
    QVERIFY(shown.enableHSTS);
    QCOMPARE(shown.hstsMaxAge, 36);
}

void TestChangeReadBack::secondaryConnectionsReadBackTheirPolicy()
{
    start();
    const int row = m_farm->policies()->rowOf(1);
    const qsizetype before = m_farm->policies()->policyAt(row)->secondaryConnections.size();
    const SecondaryConnection connection{Ras::SecondaryConnectionMode::GatewaySsl, QStringLiteral("gw-new.example.com"), 8443};
    const QStringList added
        = change([&](QObject *caller, OutcomeHandler done) { m_farm->addConnection(1, connection, caller, done); });
    QCOMPARE(added, (QStringList{QStringLiteral("POST api/ClientPolicies/1/SecondaryConnections"),
                                 QStringLiteral("GET api/ClientPolicies/1")}));
    QCOMPARE(m_farm->policies()->policyAt(m_farm->policies()->rowOf(1))->secondaryConnections.size(), before + 1);
    QVERIFY(m_farm->policies()->policyAt(m_farm->policies()->rowOf(1))->secondaryConnections.contains(connection));

    const QStringList removed
        = change([&](QObject *caller, OutcomeHandler done) { m_farm->removeConnection(1, connection, caller, done); });
    QCOMPARE(removed.size(), 2);
    QCOMPARE(m_farm->policies()->policyAt(m_farm->policies()->rowOf(1))->secondaryConnections.size(), before);
}

void TestChangeReadBack::applyReadsTheStatusOfAddedServers()
{
    start();
    const QStringList added = change([&](QObject *caller, OutcomeHandler done) {
        m_farm->addGateway(GatewayAddRequest::forServer(QStringLiteral("ras-gw09.corp.example.com"), 1), caller, done);
    });
    QCOMPARE(added.size(), 2);
    const int id = m_farm->gateways()->index(m_farm->gateways()->rowCount() - 1, 0).data(RecordTableModel::IdRole).toInt();
    QCOMPARE(m_farm->gateways()->statusOf(id)->agentState, Ras::AgentState::NotApplied);
    const QStringList applied = change([&](QObject *caller, OutcomeHandler done) { m_farm->apply(caller, done); });
    QCOMPARE(applied, (QStringList{QStringLiteral("POST api/Settings/Apply"), QStringLiteral("GET api/Gateway/%1/status").arg(id)}));
    QCOMPARE(m_farm->gateways()->statusOf(id)->agentState, Ras::AgentState::Ok);
    QCOMPARE(m_farm->pendingChanges()->count(), 0);
    // Nothing added since: the next Apply reads nothing.
    QCOMPARE(change([&](QObject *caller, OutcomeHandler done) { m_farm->apply(caller, done); }).size(), 1);
}

void TestChangeReadBack::acceptedChangeShowsWhenNothingCanBeRead()
{
    start();
    // From now on every read about brokers fails (the read-back and the reload it leads to); the
    // change itself still reaches the server.
    m_manager->failingPrefix = QStringLiteral("/api/Broker");
    BrokerChanges changes;
    changes.description = QStringLiteral("Changed while the network drops reads");
    bool succeeded = false;
    change([&](QObject *caller, OutcomeHandler done) { m_farm->updateBroker(3, changes, caller, done); }, &succeeded);
    QVERIFY(succeeded);
    QCOMPARE(broker(3).description, changes.description.value());
    QCOMPARE(m_farm->brokers()->rowCount(), 3); // the last good rows stay
}

void TestChangeReadBack::objectGoneReloadsEverything()
{
    start();
    // Another administrator deleted broker 2 after the console loaded the farm.
    FarmState &farm = m_server->router().farm();
    farm.brokers.removeAt(farm.brokerIndex(2));
    ++farm.generation; // as every write does, so the emulator answers from the farm as it now is
    QSignalSpy loaded(m_farm.get(), &FarmController::loaded);
    BrokerChanges changes;
    changes.description = QStringLiteral("too late");
    bool succeeded = true;
    change([&](QObject *caller, OutcomeHandler done) { m_farm->updateBroker(2, changes, caller, done); }, &succeeded);
    QVERIFY(!succeeded);
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(m_farm->brokers()->rowOf(2), -1);
    QCOMPARE(m_farm->brokers()->rowCount(), 2);
}

void TestChangeReadBack::configurationRefreshFindsChangesMadeElsewhere()
{
    start();
    QSignalSpy found(m_farm.get(), &FarmController::changesFound);
    // The console's own change is read back, so a reload finds nothing new about it.
    BrokerChanges changes;
    changes.description = QStringLiteral("Changed in this console");
    change([&](QObject *caller, OutcomeHandler done) { m_farm->updateBroker(2, changes, caller, done); });
    QSignalSpy loaded(m_farm.get(), &FarmController::loaded);
    m_farm->refreshAll();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(found.count(), 0);

    // Another administrator changes a broker and deletes a policy (as rasctl would).
    FarmState &farm = m_server->router().farm();
    QJsonObject &other = farm.brokers[farm.brokerIndex(3)];
    other.insert(QStringLiteral("description"), QStringLiteral("Changed elsewhere"));
    FarmState::stampModified(&other, QStringLiteral("CORP\\other-admin"));
    farm.policies.removeAt(farm.policyIndex(6));
    ++farm.generation;
    // Nothing is asked for: the configuration refresh comes on its own, at its own pace.
    m_farm->setConfigurationRefreshSeconds(1);
    m_farm->setAutoRefreshSeconds(3600);
    QVERIFY(found.wait(10000));
    const FarmChanges seen = found.first().first().value<FarmChanges>();
    QCOMPARE(seen.brokers.changed, 1);
    QCOMPARE(seen.brokers.added + seen.brokers.removed, 0);
    QCOMPARE(seen.policies.removed, 1);
    QCOMPARE(seen.gateways.total(), 0);
    QCOMPARE(broker(3).description, QStringLiteral("Changed elsewhere"));
    QCOMPARE(seen.summary(), QStringLiteral("Connection Brokers changed on the server: 1. Client policies changed on the "
                                            "server: 1."));
    QVERIFY(seen.details().contains(QLatin1String("Client policies: 0 added, 0 changed, 1 removed.")));
}

QTEST_GUILESS_MAIN(TestChangeReadBack)
#include "tst_changereadback.moc"
