#include "FarmController.h"
#include "IdleWork.h"
#include "FarmState.h"
#include "LogonAttempt.h"
#include "RasEmulatorServer.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QtTest>

// A network manager that sends the requests for one path nowhere, so that one part of a load fails
// the way it would on a real network while the others succeed.
class OnePathFails final : public QNetworkAccessManager
{
public:
    QString failingPath;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        if (failingPath.isEmpty() || !request.url().path().endsWith(failingPath))
            return QNetworkAccessManager::createRequest(op, request, data);
        QNetworkRequest nowhere(request);
        QUrl url = request.url();
        url.setPort(1); // nothing listens there: connection refused
        nowhere.setUrl(url);
        return QNetworkAccessManager::createRequest(op, nowhere, data);
    }
};

// The farm library without any widget: log-on and trust, loads that fail in part, operations that
// end in one typed outcome each, and the pending changes they leave.
class TestFarmController : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RasEmulatorServer> m_server;
    std::unique_ptr<OnePathFails> m_manager;
    std::unique_ptr<FarmController> m_farm;

    void start(bool tls = false, const QString &seed = QStringLiteral("demo"))
    {
        EmulatorOptions options;
        options.port = 0;
        options.seed = seed;
        options.password = QStringLiteral("pw");
        if (tls) {
            options.tls = true;
            options.certFile = QStringLiteral(RAS_TEST_DATA_DIR "/tls/server.crt");
            options.keyFile = QStringLiteral(RAS_TEST_DATA_DIR "/tls/server.key");
        }
        m_server = std::make_unique<RasEmulatorServer>(options);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_manager = std::make_unique<OnePathFails>();
        m_farm = std::make_unique<FarmController>(m_manager.get());
        m_farm->setAutoRefreshSeconds(0);
        QVERIFY(m_farm->setServer(m_server->url(), &error));
    }
    void logOn()
    {
        QSignalSpy loaded(m_farm.get(), &FarmController::loaded);
        std::optional<RasResult<SessionInfo>> session;
        m_farm->logOn(QStringLiteral("administrator"), QStringLiteral("pw"), this,
                      [&session](const RasResult<SessionInfo> &result) { session = result; });
        QTRY_VERIFY_WITH_TIMEOUT(session.has_value(), 10000);
        QVERIFY(session->ok());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
    }
    // Runs one operation and returns its outcomes (there must be exactly one).
    QList<OperationOutcome> run(const std::function<void(QObject *, OutcomeHandler)> &operation)
    {
        QList<OperationOutcome> outcomes;
        QSignalSpy merged(m_farm.get(), &FarmController::changeMerged);
        QObject caller;
        operation(&caller, [&outcomes](const OperationOutcome &outcome) { outcomes << outcome; });
        [[maybe_unused]] const bool arrived = QTest::qWaitFor([&] { return !outcomes.isEmpty(); }, 10000);
        // A success is read back; waiting for it also shows no second outcome comes.
        if (!outcomes.isEmpty() && outcomes.first().succeeded() && merged.isEmpty())
            [[maybe_unused]] const bool readBack = merged.wait(10000);
        return outcomes;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("RAS Console Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_farmcontroller"));
    }
    void init() { QSettings().clear(); }
    void cleanup()
    {
        m_farm.reset();
        m_manager.reset();
        m_server.reset();
    }

    void logOnReportsToTheCallerOnly();
    void operationsEndInOneTypedOutcome();
    void refusalLeavesNothingPending();
    void pendingChangesKeepWhatWasBefore();
    void pendingChangesNameTheRenumberedNeighbours();
    void outcomeIsRecordedAfterTheCallerLeft();
    void applyCommitsAndClearsPending();
    void partialLoadKeepsTheLastGoodPart();
    void statusRefreshDoesNotReloadEverything();
    void untrustedCertificateAskedPinnedAndForgotten();
    void changedCertificateRefusedWithoutAsking();
    void lostAnswerRereadsBeforeRetry();
    void failingStatusRefreshBacksOff();
    void largeFarmShownTableByTable();
};

void TestFarmController::logOnReportsToTheCallerOnly()
{
    start();
    std::optional<RasResult<SessionInfo>> refused;
    QSignalSpy loggedOn(m_farm.get(), &FarmController::loggedOn);
    m_farm->logOn(QStringLiteral("administrator"), QStringLiteral("wrong"), this,
                  [&refused](const RasResult<SessionInfo> &result) { refused = result; });
    QTRY_VERIFY_WITH_TIMEOUT(refused.has_value(), 10000);
    QVERIFY(!refused->ok());
    QCOMPARE(refused->error().kind, RasError::Kind::Unauthorized);
    QCOMPARE(loggedOn.count(), 0);

    logOn();
    QCOMPARE(loggedOn.count(), 1);
    QCOMPARE(m_farm->session().user, QStringLiteral("administrator"));
    QCOMPARE(m_farm->brokers()->rowCount(), 3);
    QCOMPARE(m_farm->gateways()->rowCount(), 4);
    QCOMPARE(m_farm->policies()->rowCount(), 6);
}

void TestFarmController::operationsEndInOneTypedOutcome()
{
    start();
    logOn();
    const QList<OperationOutcome> moved
        = run([&](QObject *caller, OutcomeHandler done) { m_farm->movePolicy(2, true, caller, done); });
    QCOMPARE(moved.size(), 1);
    QVERIFY(moved.first().succeeded());
    QCOMPARE(moved.first().operation.action, FarmOperation::Action::MoveUp);
    QCOMPARE(moved.first().operation.target, FarmOperation::Target::Policy);
    QCOMPARE(moved.first().operation.objectId, 2);
    const QString name = moved.first().operation.objectName;
    QVERIFY(!name.isEmpty());
    QCOMPARE(moved.first().message(), QStringLiteral("Client policy %1 was moved up.").arg(name));
    QCOMPARE(m_farm->policies()->rowOf(2), 0); // the read-back shows the new order

    QCOMPARE(m_farm->pendingChanges()->count(), 1);
    const PendingChange &change = m_farm->pendingChanges()->changes().first();
    QCOMPARE(change.step, PendingChange::Step::MovedUp);
    QCOMPARE(change.kind, PendingChange::Kind::Policy);
    QCOMPARE(change.objectName, name);
    QCOMPARE(change.objectId, 2);
    // Its order before the move, and its neighbour's, which it takes.
    QCOMPARE(change.positionBefore, std::optional<int>(2));
    QCOMPARE(change.positionAfter, std::optional<int>(1));

    BrokerAddRequest request;
    request.server = QStringLiteral("  ras-cb08.corp.example.com ");
    request.installAgent = false;
    const QList<OperationOutcome> added
        = run([&](QObject *caller, OutcomeHandler done) { m_farm->addBroker(request, caller, done); });
    QCOMPARE(added.size(), 1);
    QVERIFY(added.first().succeeded());
    QCOMPARE(added.first().describedMessage(), QStringLiteral("Connection Broker ras-cb08.corp.example.com was added."));
    QCOMPARE(m_farm->brokers()->rowCount(), 4);
    QCOMPARE(m_farm->pendingChanges()->count(), 2);
}

void TestFarmController::refusalLeavesNothingPending()
{
    start();
    logOn();
    QSignalSpy loaded(m_farm.get(), &FarmController::loaded);
    const QList<OperationOutcome> refused
        = run([&](QObject *caller, OutcomeHandler done) { m_farm->promoteBroker(1, caller, done); }); // already primary
    QCOMPARE(refused.size(), 1);
    QVERIFY(!refused.first().succeeded());
    QVERIFY(!refused.first().error->message.isEmpty());
    QCOMPARE(refused.first().message(), refused.first().error->message);
    QVERIFY(refused.first().describedMessage().startsWith(
        QStringLiteral("Connection Broker %1 could not be promoted to primary: ").arg(refused.first().operation.objectName)));
    QCOMPARE(m_farm->pendingChanges()->count(), 0);
    QCOMPARE(loaded.count(), 0); // a refusal changed nothing, so nothing is reloaded
}

void TestFarmController::pendingChangesKeepWhatWasBefore()
{
    start();
    logOn();
    using Field = PendingChange::Field;
    const auto quoted = [](const char *text) { return QLocale().quoteString(QLatin1String(text)); };
    // A gateway setting outside the General tab is named with its tab.
    const auto labelOf = [](const char *name) {
        const GatewayField *field = GatewayField::find(QLatin1String(name));
        const QString label = QCoreApplication::translate("GatewayField", field->label);
        return qstrcmp(field->group, "General") == 0 ? label : QStringLiteral("%1 › %2").arg(QLatin1String(field->group), label);
    };
    PendingChangesModel *pending = m_farm->pendingChanges();

    // An edit: each field sent, with the value the console held before it.
    BrokerChanges brokerChanges;
    brokerChanges.standby = true;
    brokerChanges.description = QStringLiteral("Spare");
    QVERIFY(run([&](QObject *caller, OutcomeHandler done) { m_farm->updateBroker(2, brokerChanges, caller, done); })
                .first()
                .succeeded());
    QCOMPARE(pending->changes().last().fields,
             (QList<Field>{{QStringLiteral("Standby"), QStringLiteral("No"), QStringLiteral("Yes")},
                           {QStringLiteral("Description"), quoted("Secondary broker, London data centre"), quoted("Spare")}}));

    GatewayChanges gatewayChanges;
    QString error;
    QVERIFY(gatewayChanges.assign(*GatewayField::find(QStringLiteral("hstsMaxAge")), QStringLiteral("36"), &error));
    QVERIFY(gatewayChanges.assign(*GatewayField::find(QStringLiteral("enableHSTS")), QStringLiteral("false"), &error));
    QVERIFY(run([&](QObject *caller, OutcomeHandler done) { m_farm->updateGateway(2, gatewayChanges, caller, done); })
                .first()
                .succeeded());
    QCOMPARE(pending->changes().last().fields,
             (QList<Field>{{labelOf("enableHSTS"), QStringLiteral("Yes"), QStringLiteral("No")},
                           {labelOf("hstsMaxAge"), QStringLiteral("24"), QStringLiteral("36")}}));
    // Servers chosen by id are named, and "none" is said in words, not as the API's 4294967295.
    GatewayChanges forwarding;
    QVERIFY(forwarding.assign(*GatewayField::find(QStringLiteral("preferredPAId")), QStringLiteral("1"), &error));
    QVERIFY(forwarding.assign(*GatewayField::find(QStringLiteral("fwGWID")), QStringLiteral("3"), &error));
    QVERIFY(run([&](QObject *caller, OutcomeHandler done) { m_farm->updateGateway(1, forwarding, caller, done); })
                .first()
                .succeeded());
    QCOMPARE(pending->changes().last().fields,
             (QList<Field>{{labelOf("preferredPAId"), QStringLiteral("Any"), QStringLiteral("ras-cb01.corp.example.com")},
                           {labelOf("fwGWID"), QStringLiteral("None"), QStringLiteral("ras-gw03.dr.example.com")}}));
    forwarding = {};
    QVERIFY(forwarding.assign(*GatewayField::find(QStringLiteral("fwGWID")), QStringLiteral("4294967295"), &error));
    QVERIFY(run([&](QObject *caller, OutcomeHandler done) { m_farm->updateGateway(1, forwarding, caller, done); })
                .first()
                .succeeded());
    QCOMPARE(pending->changes().last().fields,
             (QList<Field>{Field{labelOf("fwGWID"), QStringLiteral("ras-gw03.dr.example.com"), QStringLiteral("None")}}));

    // An add: the new object's id, Site and priority, so later changes to it join it.
    BrokerAddRequest request;
    request.server = QStringLiteral("ras-cb08.dr.example.com");
    request.siteId = 2;
    request.installAgent = false;
    QVERIFY(run([&](QObject *caller, OutcomeHandler done) { m_farm->addBroker(request, caller, done); }).first().succeeded());
    const PendingChange added = pending->changes().last();
    QCOMPARE(added.step, PendingChange::Step::Added);
    QVERIFY(added.objectId > 3);
    QCOMPARE(added.siteName, QStringLiteral("DR-Frankfurt"));
    QCOMPARE(added.positionAfter, std::optional<int>(1));

    // A gateway added as the wizard adds it: the settings given beyond a new gateway's defaults.
    GatewayAddRequest gatewayRequest = GatewayAddRequest::forServer(QStringLiteral("ras-gw09.dmz.example.com"), 2);
    gatewayRequest.installAgent = false;
    gatewayRequest.mode = static_cast<int>(Ras::GatewayMode::Forwarding);
    gatewayRequest.forwardTo = QStringList{QStringLiteral("ras-gw03.dr.example.com")};
    gatewayRequest.enableHtml5 = false;
    QVERIFY(run([&](QObject *caller, OutcomeHandler done) { m_farm->addGateway(gatewayRequest, caller, done); })
                .first()
                .succeeded());
    const PendingChange gatewayAdded = pending->changes().last();
    QCOMPARE(gatewayAdded.siteName, QStringLiteral("DR-Frankfurt"));
    QCOMPARE(gatewayAdded.fields,
             (QList<Field>{{labelOf("gwMode"), std::nullopt, Ras::displayName(Ras::GatewayMode::Forwarding)},
                           {labelOf("forwardGatewayServers"), std::nullopt, quoted("ras-gw03.dr.example.com")},
                           {labelOf("enableUserPortal"), std::nullopt, QStringLiteral("No")}}));

    // A secondary connection: what it connects to; a rename: the object is listed by its new name.
    const SecondaryConnection connection{Ras::SecondaryConnectionMode::GatewaySsl, QStringLiteral("ras-gw04.dmz.example.com"), 8443};
    QVERIFY(run([&](QObject *caller, OutcomeHandler done) { m_farm->addConnection(2, connection, caller, done); })
                .first()
                .succeeded());
    QCOMPARE(pending->changes().last().connection, std::optional<SecondaryConnection>(connection));
    PolicyChanges rename;
    rename.name = QStringLiteral("Finance");
    QVERIFY(run([&](QObject *caller, OutcomeHandler done) { m_farm->updatePolicy(2, rename, caller, done); }).first().succeeded());
    QCOMPARE(pending->changes().last().fields,
             (QList<Field>{Field{QStringLiteral("Name"), quoted("Finance - SSL only"), quoted("Finance")}}));

    QCOMPARE(pending->count(), 8);
    QCOMPARE(pending->objectCount(), 6); // the policy's two changes are under one row, the gateway's two too
    QCOMPARE(pending->index(5, PendingChangesModel::Change).data().toString(), QStringLiteral("Client policy Finance"));
    QCOMPARE(pending->rowCount(pending->index(5, PendingChangesModel::Change)), 2);
}

void TestFarmController::pendingChangesNameTheRenumberedNeighbours()
{
    start();
    logOn();
    using Renumbered = PendingChange::Renumbered;
    PendingChangesModel *pending = m_farm->pendingChanges();
    const QString cb01 = QStringLiteral("ras-cb01.corp.example.com");
    const QString cb02 = QStringLiteral("ras-cb02.corp.example.com");
    // A third broker in the Site, so that secondaries can move among themselves.
    BrokerAddRequest request;
    request.server = QStringLiteral("ras-cb09.corp.example.com");
    request.siteId = 1;
    request.installAgent = false;
    QVERIFY(run([&](QObject *caller, OutcomeHandler done) { m_farm->addBroker(request, caller, done); }).first().succeeded());
    const int added = pending->changes().last().objectId;
    QCOMPARE(pending->changes().last().positionAfter, std::optional<int>(2));

    // Promoting the Site's secondary moves its primary down.
    QVERIFY(run([&](QObject *caller, OutcomeHandler done) { m_farm->promoteBroker(2, caller, done); }).first().succeeded());
    QCOMPARE(pending->changes().last().renumbered, QList<Renumbered>{(Renumbered{1, cb01, 0, 1})});
    // A move swaps with the neighbour.
    QVERIFY(run([&](QObject *caller, OutcomeHandler done) { m_farm->moveBroker(added, true, caller, done); })
                .first()
                .succeeded());
    QCOMPARE(pending->changes().last().renumbered, QList<Renumbered>{(Renumbered{1, cb01, 1, 2})});
    // A delete moves the brokers after it up.
    QVERIFY(run([&](QObject *caller, OutcomeHandler done) { m_farm->removeBroker(added, true, caller, done); })
                .first()
                .succeeded());
    QCOMPARE(pending->changes().last().renumbered, QList<Renumbered>{(Renumbered{1, cb01, 2, 1})});

    // Policies: a move swaps orders, a delete moves the ones after it up.
    PolicyModel *policies = m_farm->policies();
    const ClientPolicy first = *policies->policyAt(0);
    const ClientPolicy second = *policies->policyAt(1);
    QVERIFY(run([&](QObject *caller, OutcomeHandler done) { m_farm->movePolicy(second.id, true, caller, done); })
                .first()
                .succeeded());
    QCOMPARE(pending->changes().last().renumbered,
             QList<Renumbered>{(Renumbered{first.id, first.name, first.order, second.order})});
    const int rows = policies->rowCount();
    const ClientPolicy last = *policies->policyAt(rows - 1);
    const ClientPolicy beforeLast = *policies->policyAt(rows - 2);
    QVERIFY(run([&](QObject *caller, OutcomeHandler done) { m_farm->removePolicy(beforeLast.id, caller, done); })
                .first()
                .succeeded());
    QCOMPARE(pending->changes().last().renumbered,
             QList<Renumbered>{(Renumbered{last.id, last.name, last.order, last.order - 1})});

    // Six changes staged; the neighbours are listed under their own objects, not counted as changes.
    QCOMPARE(pending->count(), 6);
    QCOMPARE(pending->index(1, PendingChangesModel::Change).data().toString(),
             QStringLiteral("Connection Broker %1").arg(cb02));
    QCOMPARE(pending->index(0, PendingChangesModel::Change, pending->index(1, 0)).data().toString(),
             QStringLiteral("Promoted to primary: priority 1 → primary."));
    const QModelIndex neighbour = pending->index(2, PendingChangesModel::Change);
    QCOMPARE(neighbour.data().toString(), QStringLiteral("Connection Broker %1").arg(cb01));
    QCOMPARE(pending->rowCount(neighbour), 3);
    QCOMPARE(pending->index(0, PendingChangesModel::Change, neighbour).data().toString(),
             QStringLiteral("Moved down as %1 was promoted to primary: priority primary → 1.").arg(cb02));
}

void TestFarmController::outcomeIsRecordedAfterTheCallerLeft()
{
    start();
    logOn();
    m_server->setLatencyMs(200);
    bool delivered = false;
    auto caller = std::make_unique<QObject>();
    QSignalSpy merged(m_farm.get(), &FarmController::changeMerged);
    m_farm->removeGateway(2, caller.get(), [&delivered](const OperationOutcome &) { delivered = true; });
    caller.reset(); // the dialog or page that asked is gone before the answer
    QTRY_COMPARE_WITH_TIMEOUT(m_farm->pendingChanges()->count(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(merged.count(), 1, 10000);
    QVERIFY(!delivered);
    QCOMPARE(m_farm->gateways()->rowCount(), 3);
}

void TestFarmController::applyCommitsAndClearsPending()
{
    start();
    logOn();
    QVERIFY(run([&](QObject *caller, OutcomeHandler done) { m_farm->removePolicy(6, caller, done); }).first().succeeded());
    QCOMPARE(m_farm->pendingChanges()->count(), 1);
    const QList<OperationOutcome> applied = run([&](QObject *caller, OutcomeHandler done) { m_farm->apply(caller, done); });
    QCOMPARE(applied.size(), 1);
    QVERIFY(applied.first().succeeded());
    QCOMPARE(applied.first().message(), QStringLiteral("Settings applied."));
    QCOMPARE(m_farm->pendingChanges()->count(), 0);
    QCOMPARE(m_server->router().farm().appliedCount, 1);
}

void TestFarmController::partialLoadKeepsTheLastGoodPart()
{
    start();
    logOn();
    QCOMPARE(m_farm->gateways()->rowCount(), 4);
    // From now on the gateway list fails to load (and the server has none, so a failed part taken
    // for an empty list would show); a broker added meanwhile still shows up.
    m_server->router().farm().gateways.clear();
    m_manager->failingPath = QStringLiteral("api/Gateway");
    BrokerAddRequest request;
    request.server = QStringLiteral("ras-cb09.corp.example.com");
    request.installAgent = false;
    QVERIFY(run([&](QObject *caller, OutcomeHandler done) { m_farm->addBroker(request, caller, done); }).first().succeeded());

    QSignalSpy loaded(m_farm.get(), &FarmController::loaded);
    m_farm->refreshAll();
    QVERIFY(loaded.wait(10000));
    const FarmSnapshot snapshot = loaded.first().first().value<FarmSnapshot>();
    QVERIFY(!snapshot.complete());
    QVERIFY(snapshot.gateways.failed());
    QCOMPARE(snapshot.gateways.error().kind, RasError::Kind::Network);
    QVERIFY(snapshot.gateways.records().isEmpty());
    QVERIFY(snapshot.brokers.loaded() && snapshot.gatewayStatus.loaded() && snapshot.policies.loaded());
    QCOMPARE(snapshot.errors().size(), 1);
    QCOMPARE(m_farm->gateways()->rowCount(), 4); // the last good list, not an empty table
    QCOMPARE(m_farm->brokers()->rowCount(), 4);  // the parts that answered are current
}

void TestFarmController::statusRefreshDoesNotReloadEverything()
{
    start();
    logOn();
    const qint64 before = m_farm->client()->requestCount();
    QSignalSpy loaded(m_farm.get(), &FarmController::loaded);
    QSignalSpy refreshed(m_farm.get(), &FarmController::statusRefreshed);
    m_farm->refreshStatus();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(loaded.count(), 0);
    // Broker, gateway and Site status, nothing else.
    QTRY_COMPARE(m_farm->client()->requestCount() - before, 3);
    QVERIFY(m_farm->lastRefresh().isValid());
}

void TestFarmController::untrustedCertificateAskedPinnedAndForgotten()
{
    start(true);
    LogonAttempt attempt(m_farm.get());
    auto logOnAnswering = [&](bool trust, int *asked) {
        std::optional<LogonOutcome> outcome;
        attempt.start(m_server->url(), QStringLiteral("administrator"), QStringLiteral("pw"),
                      [trust, asked](const CertificateInfo &certificate) {
                          ++*asked;
                          return !certificate.sha256.isEmpty() && trust;
                      },
                      [&outcome](const LogonOutcome &result) { outcome = result; });
        [[maybe_unused]] const bool ended = QTest::qWaitFor([&] { return outcome.has_value(); }, 10000);
        return outcome;
    };
    int asked = 0;
    const auto refused = logOnAnswering(false, &asked);
    QVERIFY(refused.has_value());
    QVERIFY(!refused->succeeded());
    QCOMPARE(asked, 1);
    QVERIFY(refused->message().contains(QLatin1String("not trusted")));
    QVERIFY(!m_farm->hasTrustedCertificate());

    const auto trusted = logOnAnswering(true, &asked);
    QVERIFY(trusted.has_value());
    QVERIFY2(trusted->succeeded(), qPrintable(trusted->message()));
    QCOMPARE(asked, 2);
    const QString key = QStringLiteral("trust/127.0.0.1:%1").arg(m_server->port());
    const QString pinned = CertificateInfo::from(QSslCertificate::fromPath(QStringLiteral(RAS_TEST_DATA_DIR "/tls/server.crt")).first()).sha256;
    QCOMPARE(QSettings().value(key).toString(), pinned);
    QVERIFY(m_farm->hasTrustedCertificate());

    // "Forget trusted certificate": the pin is gone from the settings and from the connection.
    attempt.forgetCertificate(m_server->url());
    QVERIFY(!QSettings().contains(key));
    QVERIFY(!m_farm->hasTrustedCertificate());
}

void TestFarmController::changedCertificateRefusedWithoutAsking()
{
    start(true);
    const QString key = QStringLiteral("trust/127.0.0.1:%1").arg(m_server->port());
    QSettings().setValue(key, CertificateInfo::from(QSslCertificate::fromPath(QStringLiteral(RAS_TEST_DATA_DIR "/tls/other.crt")).first()).sha256);
    LogonAttempt attempt(m_farm.get());
    int asked = 0;
    std::optional<LogonOutcome> outcome;
    attempt.start(m_server->url(), QStringLiteral("administrator"), QStringLiteral("pw"),
                  [&asked](const CertificateInfo &) {
                      ++asked;
                      return true;
                  },
                  [&outcome](const LogonOutcome &result) { outcome = result; });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
    QVERIFY(!outcome->succeeded());
    QCOMPARE(asked, 0);
    QVERIFY(outcome->error->certificateChanged);
    QVERIFY(outcome->message().contains(QLatin1String("different certificate")));
    QVERIFY(outcome->message().contains(QLatin1String("Forget trusted certificate")));

    // A server address that cannot be used ends the attempt at once, with the reason.
    std::optional<LogonOutcome> unusable;
    attempt.start(QStringLiteral("bad host name"), QStringLiteral("administrator"), QStringLiteral("pw"), {},
                  [&unusable](const LogonOutcome &result) { unusable = result; });
    QVERIFY(unusable.has_value());
    QVERIFY(!unusable->succeeded());
    QVERIFY(!unusable->message().isEmpty());
}

void TestFarmController::lostAnswerRereadsBeforeRetry()
{
    start();
    logOn();
    const FarmState &farm = m_server->router().farm();
    const auto gatewaysNamed = [&farm](const QString &server) {
        int count = 0;
        for (const auto &gateway : farm.gateways)
            count += gateway.value(QLatin1String("server")).toString() == server ? 1 : 0;
        return count;
    };
    // The server adds the gateway but its answer cannot be read: the outcome is unknown, and only
    // after the lists were read again does the caller hear that the gateway is there.
    QTRY_COMPARE(m_farm->client()->inFlight(), 0); // the lost answer must be the change's
    m_server->faults().injectOnce(FaultInjector::Fault::MalformedJson);
    QSignalSpy loaded(m_farm.get(), &FarmController::loaded);
    QList<OperationOutcome> outcomes = run([this](QObject *caller, OutcomeHandler done) {
        m_farm->addGateway(GatewayAddRequest::forServer(QStringLiteral("ras-gw77.corp.example.com"), 1), caller, std::move(done));
    });
    QCOMPARE(outcomes.size(), 1);
    QVERIFY(outcomes.first().outcomeUnknown());
    QCOMPARE(loaded.count(), 1); // read again before the outcome was delivered
    QCOMPARE(outcomes.first().presence, FarmOperation::Presence::Present);
    QVERIFY(outcomes.first().madeAfterAll());
    QCOMPARE(outcomes.first().message(), QStringLiteral("The answer was lost, but the list read again shows "
                                                        "ras-gw77.corp.example.com: it was added, so do not add it again."));
    QCOMPARE(gatewaysNamed(QStringLiteral("ras-gw77.corp.example.com")), 1);
    QCOMPARE(m_farm->pendingChanges()->count(), 1); // it was made, so Apply has it to commit

    // The server never answers (nor acts): the client gives up at its deadline, and the list read
    // again shows nothing, so a retry is safe. (A dropped connection would be resent by Qt itself.)
    m_farm->client()->setTimeoutMs(1000);
    QTRY_COMPARE(m_farm->client()->inFlight(), 0); // the lost answer must be the change's
    m_server->faults().injectOnce(FaultInjector::Fault::Stall);
    outcomes = run([this](QObject *caller, OutcomeHandler done) {
        m_farm->addGateway(GatewayAddRequest::forServer(QStringLiteral("ras-gw78.corp.example.com"), 1), caller, std::move(done));
    });
    QCOMPARE(outcomes.size(), 1);
    QVERIFY(outcomes.first().outcomeUnknown());
    QCOMPARE(outcomes.first().presence, FarmOperation::Presence::Absent);
    QVERIFY(!outcomes.first().madeAfterAll());
    QVERIFY2(outcomes.first().message().endsWith(QLatin1String("it was not added, so you can try again.")),
             qPrintable(outcomes.first().message()));
    QCOMPARE(gatewaysNamed(QStringLiteral("ras-gw78.corp.example.com")), 0);
    QCOMPARE(m_farm->pendingChanges()->count(), 1);

    // A lost answer to a delete the server never carried out: the gateway is still listed.
    const int id = farm.gateways.first().value(QLatin1String("id")).toInt();
    QTRY_COMPARE(m_farm->client()->inFlight(), 0); // the lost answer must be the change's
    m_server->faults().injectOnce(FaultInjector::Fault::Stall);
    outcomes = run([this, id](QObject *caller, OutcomeHandler done) { m_farm->removeGateway(id, caller, std::move(done)); });
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(outcomes.first().presence, FarmOperation::Presence::Present);
    QVERIFY(!outcomes.first().madeAfterAll());
    QVERIFY2(outcomes.first().message().endsWith(QLatin1String("it was not deleted, so you can try again.")),
             qPrintable(outcomes.first().message()));
    QVERIFY(farm.gatewayIndex(id) >= 0);
}

void TestFarmController::failingStatusRefreshBacksOff()
{
    start();
    logOn();
    m_farm->setAutoRefreshSeconds(5);
    QList<std::pair<int, int>> failing; // failures in a row, seconds to the next try
    int recovered = 0;
    connect(m_farm.get(), &FarmController::statusRefreshFailing, this,
            [&failing](int failures, int next, const RasError &) { failing.append({failures, next}); });
    connect(m_farm.get(), &FarmController::statusRefreshRecovered, this, [&recovered] { ++recovered; });
    m_server->faults().setKinds({FaultInjector::Fault::ServerError});
    m_server->faults().setRate(1.0);
    // Refreshes started by hand, one after the other (the timer would do the same, only slower).
    for (int attempt = 1; attempt <= 5; ++attempt) {
        m_farm->refreshStatus();
        QTRY_COMPARE_WITH_TIMEOUT(failing.size(), attempt, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_farm->client()->inFlight(), 0, 10000);
    }
    // Two failures keep the pace; from the third on the interval doubles each time.
    QCOMPARE(failing, (QList<std::pair<int, int>>{{1, 5}, {2, 5}, {3, 10}, {4, 20}, {5, 40}}));
    QCOMPARE(m_farm->statusRefreshSeconds(), 40);
    QCOMPARE(m_farm->statusRefreshFailures(), 5);
    // One success and the chosen pace is back.
    m_server->faults().setRate(0.0);
    QSignalSpy refreshed(m_farm.get(), &FarmController::statusRefreshed);
    m_farm->refreshStatus();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(recovered, 1);
    QCOMPARE(m_farm->statusRefreshSeconds(), 5);
    QCOMPARE(m_farm->statusRefreshFailures(), 0);
}

void TestFarmController::largeFarmShownTableByTable()
{
    // A large farm goes into the models one table per turn of the event loop; "loaded" still comes
    // once, when every table is full, and a reload started meanwhile wins over the older one.
    start(false, QStringLiteral("large:700"));
    QList<int> sizesWhenLoaded;
    QAbstractItemModelTester brokerTester(m_farm->brokers(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    connect(m_farm.get(), &FarmController::loaded, this, [&] {
        sizesWhenLoaded = {m_farm->brokers()->rowCount(), m_farm->gateways()->rowCount(), m_farm->policies()->rowCount()};
    });
    int turnsWithSomeTables = 0;
    int turnsHeld = 0;
    QTimer watcher;
    connect(&watcher, &QTimer::timeout, this, [&] {
        const int filled = (m_farm->brokers()->rowCount() > 0) + (m_farm->gateways()->rowCount() > 0)
                           + (m_farm->policies()->rowCount() > 0);
        if (filled > 0 && filled < 3) {
            ++turnsWithSomeTables;
            turnsHeld += IdleWork::instance()->isHeld() ? 1 : 0;
        }
    });
    watcher.start(0);
    logOn();
    QCOMPARE(sizesWhenLoaded, (QList<int>{700, 700, 700}));
    QVERIFY(turnsWithSomeTables > 0); // the window had turns between the tables
    // The tables' idle preparation waited while they filled, and goes on once they are full.
    QCOMPARE(turnsHeld, turnsWithSomeTables);
    QVERIFY(!IdleWork::instance()->isHeld());

    // Two reloads in a row: whichever is shown, every "loaded" finds the tables full.
    sizesWhenLoaded.clear();
    QSignalSpy loaded(m_farm.get(), &FarmController::loaded);
    m_farm->refreshAll();
    m_farm->refreshAll();
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 10000);
    QCOMPARE(sizesWhenLoaded, (QList<int>{700, 700, 700}));
    QTRY_VERIFY(!IdleWork::instance()->isHeld());
}

QTEST_GUILESS_MAIN(TestFarmController)
#include "tst_farmcontroller.moc"
