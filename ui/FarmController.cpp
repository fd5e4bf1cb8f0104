#include "FarmController.h"

#include "BrokerService.h"
#include "GatewayService.h"
#include "PolicyService.h"
#include "SessionService.h"
#include "ServerAddress.h"
#include "SettingsService.h"
#include "SiteService.h"

#include <QSettings>

FarmController::FarmController(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_client(manager)
    , m_loader(&m_client)
    , m_requestLog(m_client.requestLog())
{
    m_statusTimer.setInterval(m_autoRefreshSeconds * 1000);
    connect(&m_statusTimer, &QTimer::timeout, this, &FarmController::refreshStatus);
    connect(&m_client, &RasClient::sessionLost, this, &FarmController::sessionLost);
}

bool FarmController::setServer(const QString &server, QString *error)
{
    if (!m_client.setServer(server, error))
        return false;
    m_client.setPinnedFingerprint(
        QSettings().value(QStringLiteral("trust/") + ServerAddress::key(m_client.baseUrl())).toString());
    return true;
}

void FarmController::trustCertificate(const QString &sha256)
{
    m_client.setPinnedFingerprint(sha256);
    QSettings().setValue(QStringLiteral("trust/") + ServerAddress::key(m_client.baseUrl()), m_client.pinnedFingerprint());
}

void FarmController::forgetTrustedCertificate()
{
    m_client.setPinnedFingerprint(QString());
    QSettings().remove(QStringLiteral("trust/") + ServerAddress::key(m_client.baseUrl()));
}

void FarmController::logOn(const QString &user, const QString &password)
{
    SessionService(&m_client).logOn(user, password, this, [this](const RasResult<SessionInfo> &session) {
        if (!session) {
            emit logonFailed(session.error());
            return;
        }
        m_session = session.value();
        m_readOnlyReason.clear();
        m_restriction = Restriction::None;
        SessionService(&m_client).permissions(
            this, [this](const RasResult<AdminPermissions> &permissions) { takePermissions(permissions); });
    });
}

void FarmController::takePermissions(const RasResult<AdminPermissions> &permissions)
{
    // The session's rights decide what the console offers. A server without the endpoint (404) grants
    // console rights, which SessionService turns into "everything"; any other failure must not.
    if (!permissions) {
        m_permissions = AdminPermissions();
        m_restriction = Restriction::RightsUnknown;
        m_readOnlyReason = tr("The console is read-only because the server did not say what you may change: %1")
                               .arg(permissions.error().message);
        finishLogOn();
        return;
    }
    m_permissions = permissions.value();
    if (!m_permissions.isCustom()) {
        finishLogOn();
        return;
    }
    SessionService(&m_client).customPermissions(m_session.userId, this, [this](const RasResult<CustomPermissions> &custom) {
        if (!custom) {
            m_restriction = Restriction::RightsUnknown;
            m_readOnlyReason = tr("The console is read-only because your rights as a custom administrator could not "
                                  "be read: %1")
                                   .arg(custom.error().message);
        } else {
            bool mayChange = false;
            for (const QString &objectType : {QStringLiteral("brokers"), QStringLiteral("gateways")}) {
                for (const auto flag : {CustomPermissions::Modify, CustomPermissions::Add, CustomPermissions::Delete})
                    mayChange = mayChange || custom.value().allowsAnywhere(objectType, flag);
            }
            if (!mayChange)
                m_restriction = Restriction::ViewOnlyAdministrator;
            if (!mayChange)
                m_readOnlyReason = tr("The console is read-only because you are logged on as a custom administrator "
                                      "who may only view.");
        }
        finishLogOn();
    });
}

void FarmController::finishLogOn()
{
    emit loggedOn();
    refreshAll();
    if (m_autoRefreshSeconds > 0)
        m_statusTimer.start();
}

void FarmController::logOff()
{
    m_statusTimer.stop();
    SessionService(&m_client).logOff(this, [](const RasResult<Done> &) {});
}

void FarmController::refreshSiteStates()
{
    SiteService(&m_client).statusAll(this, [this](const RasResult<QList<SiteStatus>> &result) {
        if (!result)
            return; // an older server without api/Site/status: the tree simply shows no health
        QHash<int, Ras::AgentState> states;
        for (const SiteStatus &status : result.value())
            states.insert(status.siteId, status.agentState);
        if (states != m_siteStates) {
            m_siteStates = states;
            emit siteStatesChanged();
        }
    });
}

void FarmController::refreshAll()
{
    refreshSiteStates();
    m_loader.load(FarmLoader::All, [this](const FarmSnapshot &snapshot) {
        if (snapshot.complete() || !snapshot.sites.isEmpty())
            m_sites.setSites(snapshot.sites);
        const QHash<int, QString> names = m_sites.names();
        m_brokers.setSiteNames(names);
        m_gateways.setSiteNames(names);
        // A part that failed keeps what the views showed; the others refresh.
        QSet<QString> failed;
        for (const auto &error : snapshot.errors)
            failed.insert(error.path);
        if (!failed.contains(QStringLiteral("api/Broker")))
            m_brokers.setBrokers(snapshot.brokers);
        if (!failed.contains(QStringLiteral("api/Broker/status")))
            m_brokers.setStatuses(snapshot.brokerStatus);
        if (!failed.contains(QStringLiteral("api/Gateway")))
            m_gateways.setGateways(snapshot.gateways);
        if (!failed.contains(QStringLiteral("api/Gateway/status")))
            m_gateways.setStatuses(snapshot.gatewayStatus);
        if (!failed.contains(QStringLiteral("api/ClientPolicies")))
            m_policies.setPolicies(snapshot.policies);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QList<int> ids;
        for (const auto &status : snapshot.brokerStatus) {
            m_history.record(status.numericId, now, status.cpuLoad, status.memLoad);
            ids << status.numericId;
        }
        if (snapshot.complete())
            m_history.retain(ids);
        m_snapshot = snapshot;
        m_lastRefresh = QDateTime::currentDateTime();
        emit loaded(snapshot);
        if (!snapshot.errors.isEmpty())
            emit operationFailed(tr("Part of the farm could not be loaded: %1").arg(snapshot.errors.first().toString()));
    });
}

void FarmController::refreshStatus()
{
    if (m_statusLoading || m_loader.isLoading())
        return;
    m_statusLoading = true;
    refreshSiteStates();
    BrokerService(&m_client).statusAll(this, [this](const RasResult<QList<BrokerStatus>> &result) {
        m_statusLoading = false;
        if (!result)
            return; // the next tick tries again; a lasting failure shows in the request log
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        m_brokers.setStatuses(result.value(), now);
        for (const auto &status : result.value())
            m_history.record(status.numericId, now, status.cpuLoad, status.memLoad);
        m_brokers.refreshAges();
        m_lastRefresh = QDateTime::currentDateTime();
        emit loaded(m_snapshot);
    });
    GatewayService(&m_client).statusAll(this, [this](const RasResult<QList<GatewayStatus>> &result) {
        if (result) {
            m_gateways.setStatuses(result.value());
            m_gateways.refreshAges();
        }
    });
}

void FarmController::setAutoRefreshSeconds(int seconds)
{
    m_autoRefreshSeconds = seconds;
    if (seconds <= 0) {
        m_statusTimer.stop();
        return;
    }
    m_statusTimer.setInterval(seconds * 1000);
    if (m_client.isLoggedOn() || m_client.hasCredentials())
        m_statusTimer.start();
}

void FarmController::runOperation(const QString &action, const QString &kind, const QString &object, int objectId,
                                  const Start &start, QObject *receiver, Finished finished)
{
    const QPointer<QObject> guard(receiver);
    const bool fromDialog = static_cast<bool>(finished);
    start([this, action, kind, object, objectId, guard, fromDialog, finished](const RasResult<Done> &result) {
        if (!result) {
            // A dialog shows the refusal itself and keeps its input; otherwise the banner does.
            if (fromDialog) {
                if (guard)
                    finished(result.error().message);
            } else {
                emit operationFailed(result.error().message);
            }
            return;
        }
        m_pending.add({QDateTime::currentDateTime(), action, kind, object, objectId});
        emit operationDone(tr("%1 %2 %3.").arg(action, kind, object));
        if (fromDialog && guard)
            finished(QString());
        refreshAll();
    });
}

void FarmController::addBroker(const BrokerAddRequest &request, QObject *receiver, Finished finished)
{
    runOperation(tr("Added"), tr("Connection Broker"), request.server.trimmed(), 0,
                 [this, request](auto done) {
                     BrokerService(&m_client).add(request, this, [done](const RasResult<Broker> &result) {
                         done(result ? RasResult<Done>(Done{}) : RasResult<Done>(result.error()));
                     });
                 },
                 receiver, std::move(finished));
}

void FarmController::updateBroker(int id, const BrokerChanges &changes, QObject *receiver, Finished finished)
{
    runOperation(tr("Changed"), tr("Connection Broker"), brokerName(id), id,
                 [this, id, changes](auto done) { BrokerService(&m_client).update(id, changes, this, done); }, receiver,
                 std::move(finished));
}

void FarmController::addGateway(const QString &server, int siteId, QObject *receiver, Finished finished)
{
    runOperation(tr("Added"), tr("Secure Gateway"), server.trimmed(), 0,
                 [this, server, siteId](auto done) {
                     GatewayService(&m_client).add(server, siteId, this, [done](const RasResult<Gateway> &result) {
                         done(result ? RasResult<Done>(Done{}) : RasResult<Done>(result.error()));
                     });
                 },
                 receiver, std::move(finished));
}

void FarmController::updateGateway(int id, const QJsonObject &changes, QObject *receiver, Finished finished)
{
    runOperation(tr("Changed"), tr("Secure Gateway"), gatewayName(id), id,
                 [this, id, changes](auto done) { GatewayService(&m_client).update(id, changes, this, done); }, receiver,
                 std::move(finished));
}

void FarmController::addPolicy(const PolicyChanges &policy, QObject *receiver, Finished finished)
{
    runOperation(tr("Added"), tr("Client policy"), policy.name.value_or(QString()), 0,
                 [this, policy](auto done) {
                     PolicyService(&m_client).add(policy, this, [done](const RasResult<ClientPolicy> &result) {
                         done(result ? RasResult<Done>(Done{}) : RasResult<Done>(result.error()));
                     });
                 },
                 receiver, std::move(finished));
}

void FarmController::updatePolicy(int id, const PolicyChanges &changes, QObject *receiver, Finished finished)
{
    runOperation(tr("Changed"), tr("Client policy"), policyName(id), id,
                 [this, id, changes](auto done) { PolicyService(&m_client).update(id, changes, this, done); }, receiver,
                 std::move(finished));
}

void FarmController::addConnection(int policyId, const SecondaryConnection &connection, QObject *receiver, Finished finished)
{
    runOperation(tr("Added a secondary connection to"), tr("client policy"), policyName(policyId), policyId,
                 [this, policyId, connection](auto done) {
                     PolicyService(&m_client).addConnection(policyId, connection, this, done);
                 },
                 receiver, std::move(finished));
}

void FarmController::removeConnection(int policyId, const SecondaryConnection &connection, QObject *receiver,
                                      Finished finished)
{
    runOperation(tr("Removed a secondary connection from"), tr("client policy"), policyName(policyId), policyId,
                 [this, policyId, connection](auto done) {
                     PolicyService(&m_client).removeConnection(policyId, connection, this, done);
                 },
                 receiver, std::move(finished));
}

void FarmController::loadConnections(int policyId, QObject *receiver,
                                     std::function<void(const RasResult<QList<SecondaryConnection>> &)> done)
{
    PolicyService(&m_client).connections(policyId, receiver, std::move(done));
}

QString FarmController::brokerName(int id) const
{
    const int row = m_brokers.rowOf(id);
    return row >= 0 ? m_brokers.brokerAt(row)->server : QString::number(id);
}

QString FarmController::gatewayName(int id) const
{
    const Gateway *gateway = m_gateways.gatewayAt(m_gateways.rowOf(id));
    return gateway ? gateway->server : QString::number(id);
}

QString FarmController::policyName(int id) const
{
    const int row = m_policies.rowOf(id);
    return row >= 0 ? m_policies.policyAt(row)->name : QString::number(id);
}

void FarmController::apply()
{
    SettingsService(&m_client).apply(this, [this](const RasResult<Done> &result) {
        if (!result) {
            emit operationFailed(result.error().message);
            return;
        }
        m_pending.clear();
        emit operationDone(tr("Settings applied."));
        refreshAll();
    });
}

void FarmController::moveBroker(int id, bool up)
{
    runOperation(up ? tr("Moved up") : tr("Moved down"), tr("Connection Broker"), brokerName(id), id,
                 [this, id, up](auto done) { BrokerService(&m_client).move(id, up, this, done); });
}

void FarmController::promoteBroker(int id)
{
    runOperation(tr("Promoted to primary"), tr("Connection Broker"), brokerName(id), id,
                 [this, id](auto done) { BrokerService(&m_client).promote(id, this, done); });
}

void FarmController::removeBroker(int id, bool keepAgent)
{
    runOperation(tr("Deleted"), tr("Connection Broker"), brokerName(id), id,
                 [this, id, keepAgent](auto done) { BrokerService(&m_client).remove(id, keepAgent, this, done); });
}

void FarmController::setBrokerEnabled(int id, bool enabled)
{
    BrokerChanges changes;
    changes.enabled = enabled;
    runOperation(enabled ? tr("Enabled") : tr("Disabled"), tr("Connection Broker"), brokerName(id), id,
                 [this, id, changes](auto done) { BrokerService(&m_client).update(id, changes, this, done); });
}

void FarmController::removeGateway(int id)
{
    runOperation(tr("Deleted"), tr("Secure Gateway"), gatewayName(id), id,
                 [this, id](auto done) { GatewayService(&m_client).remove(id, this, done); });
}

void FarmController::movePolicy(int id, bool up)
{
    runOperation(up ? tr("Moved up") : tr("Moved down"), tr("Client policy"), policyName(id), id,
                 [this, id, up](auto done) { PolicyService(&m_client).move(id, up, this, done); });
}

void FarmController::removePolicy(int id)
{
    runOperation(tr("Deleted"), tr("Client policy"), policyName(id), id,
                 [this, id](auto done) { PolicyService(&m_client).remove(id, this, done); });
}
