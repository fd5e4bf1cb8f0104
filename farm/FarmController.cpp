#include "FarmController.h"

#include "AcceptedChange.h"
#include "BrokerService.h"
#include "GatewayService.h"
#include "PolicyService.h"
#include "ProcessMemory.h"
#include "SessionService.h"
#include "SettingsService.h"
#include "SiteService.h"
#include "SnapshotApplier.h"
#include "StagedChange.h"

#include <utility>

namespace {

// A failing server is asked less often: after this many status refreshes failed in a row the interval
// doubles with each further failure, up to kMaxBackOffSeconds.
constexpr int kBackOffAfterFailures = 3;
constexpr int kMaxBackOffSeconds = 300;

} // namespace

FarmController::FarmController(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_client(manager)
    , m_loader(&m_client)
    , m_requestLog(m_client.requestLog())
    , m_applier({&m_sites, &m_brokers, &m_gateways, &m_policies, &m_history})
{
    connect(&m_applier, &SnapshotApplier::applied, this, &FarmController::finishSnapshot);
    m_statusTimer.setInterval(m_autoRefreshSeconds * 1000);
    connect(&m_statusTimer, &QTimer::timeout, this, &FarmController::refreshStatus);
    m_configurationTimer.setInterval(m_configurationRefreshSeconds * 1000);
    connect(&m_configurationTimer, &QTimer::timeout, this, [this] {
        if (!m_loader.isLoading())
            refreshAll();
    });
    connect(&m_client, &RasClient::sessionLost, this, &FarmController::sessionLost);
    m_client.setOpensLoadConnections(true); // the farm load follows every log-on
}

FarmController::~FarmController() = default;

bool FarmController::setServer(const QString &server, QString *error)
{
    if (!m_client.setServer(server, error))
        return false;
    m_client.setPinnedFingerprint(m_trust.pinnedFingerprint(m_client.baseUrl()));
    return true;
}

void FarmController::trustCertificate(const QString &sha256)
{
    m_client.setPinnedFingerprint(sha256);
    m_trust.pin(m_client.baseUrl(), m_client.pinnedFingerprint());
}

void FarmController::forgetTrustedCertificate()
{
    m_client.setPinnedFingerprint(QString());
    m_trust.forget(m_client.baseUrl());
}

void FarmController::logOn(const QString &user, const QString &password, QObject *receiver,
                           std::function<void(const RasResult<SessionInfo> &)> done)
{
    const QPointer<QObject> guard(receiver);
    auto deliver = [guard, done = std::move(done)](const RasResult<SessionInfo> &result) {
        if (guard && done)
            done(result);
    };
    emit logOnStarted(user);
    SessionService(&m_client).logOn(user, password, this, [this, deliver](const RasResult<SessionInfo> &session) {
        if (!session) {
            emit logOnFailed();
            deliver(session);
            return;
        }
        m_session = session.value();
        m_readOnlyReason.clear();
        m_restriction = Restriction::None;
        SessionService(&m_client).rights(m_session.userId, this, [this, deliver](const RasResult<SessionRights> &rights) {
            takeRights(rights);
            finishLogOn([this, deliver] { deliver(m_session); });
        });
    });
}

void FarmController::takeRights(const RasResult<SessionRights> &rights)
{
    // The session's rights decide what the console offers. A server without the endpoint (404) grants
    // console rights, which SessionService turns into "unrestricted"; any other failure must not.
    if (!rights) {
        m_rights = SessionRights::viewOnly(AdminPermissions());
        m_restriction = Restriction::RightsUnknown;
        m_readOnlyReason = tr("The console is read-only because the server did not say what you may change: %1")
                               .arg(rights.error().message);
        return;
    }
    m_rights = rights.value();
    if (m_rights.isViewOnly()) {
        m_restriction = Restriction::ViewOnlyAdministrator;
        m_readOnlyReason = tr("The console is read-only because you are logged on as a custom administrator "
                              "who may only view.");
    }
}

void FarmController::finishLogOn(const std::function<void()> &finished)
{
    emit loggedOn();
    finished();
    refreshAll();
    startTimers();
}

void FarmController::startTimers()
{
    if (m_autoRefreshSeconds <= 0)
        return;
    m_statusTimer.start();
    if (m_configurationRefreshSeconds > 0)
        m_configurationTimer.start();
}

void FarmController::logOff()
{
    m_statusTimer.stop();
    m_configurationTimer.stop();
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
    // A reload resets the clock of the configuration refresh: F5 just did its work.
    if (m_configurationTimer.isActive())
        m_configurationTimer.start();
    refreshSiteStates();
    // A category the administrator may not even view is not asked for (the server would refuse it).
    int parts = FarmLoader::All;
    if (!m_rights.allows(SessionRights::Object::ClientPolicies, SessionRights::Operation::View))
        parts &= ~FarmLoader::Policies;
    m_loader.load(parts, [this](const FarmSnapshot &snapshot) { m_applier.apply(snapshot); });
}

void FarmController::finishSnapshot(const FarmSnapshot &snapshot, FarmChanges changes)
{
    m_lastRefresh = QDateTime::currentDateTime();
    emit loaded(snapshot);
    // Whoever waited for the lists to be read again (an operation whose answer was lost).
    const auto waiting = std::exchange(m_afterNextLoad, {});
    for (const auto &then : waiting)
        then(snapshot);
    if (!changes.isEmpty()) {
        changes.when = m_lastRefresh;
        m_lastChanges = changes;
        emit changesFound(changes);
    }
    // A large farm's answers were decoded on worker threads; once the data is on screen,
    // give the memory they freed back to the system.
    if (SnapshotApplier::isLarge(snapshot))
        QTimer::singleShot(0, this, &ProcessMemory::releaseFreed);
}

void FarmController::refreshStatus()
{
    if (m_statusLoading || m_loader.isLoading())
        return;
    m_statusLoading = true;
    refreshSiteStates();
    BrokerService(&m_client).statusAll(this, [this](const RasResult<QList<BrokerStatus>> &result) {
        m_statusLoading = false;
        if (!result) {
            statusRefreshFailed(result.error());
            return;
        }
        statusRefreshSucceeded();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        m_brokers.setStatuses(result.value(), now);
        for (const auto &status : result.value())
            m_history.record(status, now);
        m_brokers.refreshAges();
        m_lastRefresh = QDateTime::currentDateTime();
        emit statusRefreshed();
    });
    GatewayService(&m_client).statusAll(this, [this](const RasResult<QList<GatewayStatus>> &result) {
        if (result) {
            m_gateways.setStatuses(result.value());
            m_gateways.refreshAges();
        }
    });
}

void FarmController::statusRefreshFailed(const RasError &error)
{
    ++m_statusFailures;
    int seconds = m_autoRefreshSeconds;
    if (m_autoRefreshSeconds > 0 && m_statusFailures >= kBackOffAfterFailures) {
        const int doublings = qMin(m_statusFailures - kBackOffAfterFailures + 1, 16);
        seconds = static_cast<int>(qMin(qint64(m_autoRefreshSeconds) << doublings, qint64(qMax(kMaxBackOffSeconds, m_autoRefreshSeconds))));
        m_statusTimer.setInterval(seconds * 1000);
    }
    emit statusRefreshFailing(m_statusFailures, seconds, error);
}

void FarmController::statusRefreshSucceeded()
{
    if (m_statusFailures == 0)
        return;
    // Back to the pace the administrator chose.
    m_statusFailures = 0;
    if (m_autoRefreshSeconds > 0)
        m_statusTimer.setInterval(m_autoRefreshSeconds * 1000);
    emit statusRefreshRecovered();
}

int FarmController::statusRefreshSeconds() const
{
    return m_autoRefreshSeconds > 0 ? m_statusTimer.interval() / 1000 : 0;
}

void FarmController::setAutoRefreshSeconds(int seconds)
{
    m_autoRefreshSeconds = seconds;
    m_statusFailures = 0;
    if (seconds <= 0) {
        m_statusTimer.stop();
        m_configurationTimer.stop();
        return;
    }
    m_statusTimer.setInterval(seconds * 1000);
    if (m_client.isLoggedOn() || m_client.hasCredentials())
        startTimers();
}

void FarmController::setConfigurationRefreshSeconds(int seconds)
{
    m_configurationRefreshSeconds = seconds;
    if (seconds <= 0) {
        m_configurationTimer.stop();
        return;
    }
    m_configurationTimer.setInterval(seconds * 1000);
    if (m_client.isLoggedOn() || m_client.hasCredentials())
        startTimers();
}

void FarmController::run(const FarmOperation &operation, const Start &start, const Describe &describe,
                         const FollowUp &followUp, QObject *receiver, OutcomeHandler done)
{
    // The receiver guards only the delivery: the bookkeeping below happens even if the caller is gone.
    const QPointer<QObject> guard(receiver);
    start([this, operation, describe, followUp, guard, done = std::move(done)](const RasResult<Done> &result) {
        OperationOutcome outcome{operation, result ? std::nullopt : std::optional<RasError>(result.error())};
        // What the pending-changes list will say, taken while the models still show the object as it was.
        PendingChange change = StagedChange::of(operation, QDateTime::currentDateTime());
        if (operation.isStaged() && describe && (outcome.succeeded() || outcome.outcomeUnknown()))
            describe(&change);
        if (!outcome.succeeded()) {
            const RasError &error = *outcome.error;
            if (error.outcomeUnknown) {
                // The change may have been made: read the lists again before anyone offers a retry, and
                // say whether the object is there now. A retry of a change that was made makes it twice.
                m_afterNextLoad.append([this, outcome, change, guard, done](const FarmSnapshot &snapshot) mutable {
                    int foundId = 0;
                    outcome.presence = presenceAfter(outcome.operation, snapshot, &foundId);
                    if (outcome.madeAfterAll()) {
                        change.confirmedAfterLostAnswer = true;
                        if (change.objectId == 0)
                            change.objectId = foundId;
                        m_pending.add(change);
                    }
                    if (guard && done)
                        done(outcome);
                });
                reloadAfter(operation);
                return;
            }
            if (guard && done)
                done(outcome);
            // An object found gone means the tables are behind: only a full reload tells.
            if (error.kind == RasError::Kind::NotFound)
                reloadAfter(operation);
            return;
        }
        if (operation.isStaged())
            m_pending.add(change);
        else
            m_pending.clear();
        // The tables show the change before the caller hears of it, so a dialog that closes on
        // success uncovers the new values.
        ChangeReadBack *readBack = newReadBack();
        if (followUp)
            followUp(readBack);
        if (guard && done)
            done(outcome);
        readBack->finish([this, operation](bool certain) {
            if (certain)
                emit changeMerged(operation);
            else
                reloadAfter(operation);
        });
    });
}

FarmOperation::Presence FarmController::presenceAfter(const FarmOperation &operation, const FarmSnapshot &snapshot,
                                                      int *foundId)
{
    using Presence = FarmOperation::Presence;
    if (operation.action != FarmOperation::Action::Add && operation.action != FarmOperation::Action::Delete)
        return Presence::Unchecked;
    const bool add = operation.action == FarmOperation::Action::Add;
    // An added object has no id yet: it is known by its server or policy name.
    auto find = [&](const auto &part, auto nameOf) {
        if (!part.loaded())
            return Presence::Unchecked;
        for (const auto &record : part.records()) {
            const bool same = add ? nameOf(record).compare(operation.objectName, Qt::CaseInsensitive) == 0
                                  : record.id == operation.objectId;
            if (same) {
                if (foundId)
                    *foundId = record.id;
                return Presence::Present;
            }
        }
        return Presence::Absent;
    };
    switch (operation.target) {
    case FarmOperation::Target::Broker:
        return find(snapshot.brokers, [](const Broker &broker) { return broker.server; });
    case FarmOperation::Target::Gateway:
        return find(snapshot.gateways, [](const Gateway &gateway) { return gateway.server; });
    case FarmOperation::Target::Policy:
        return find(snapshot.policies, [](const ClientPolicy &policy) { return policy.name; });
    case FarmOperation::Target::Farm:
        break;
    }
    return Presence::Unchecked;
}

void FarmController::reloadAfter(const FarmOperation &operation)
{
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(this, &FarmController::loaded, this, [this, once, operation] {
        disconnect(*once);
        emit changeMerged(operation);
    });
    refreshAll();
}

ChangeReadBack *FarmController::newReadBack()
{
    return new ChangeReadBack(&m_client, {&m_brokers, &m_gateways, &m_policies}, this);
}

FarmOperation FarmController::brokerOperation(FarmOperation::Action action, int id) const
{
    const Broker *broker = m_brokers.brokerAt(m_brokers.rowOf(id));
    return {action, FarmOperation::Target::Broker, id, broker ? broker->server : QString::number(id)};
}

FarmOperation FarmController::gatewayOperation(FarmOperation::Action action, int id) const
{
    const Gateway *gateway = m_gateways.gatewayAt(m_gateways.rowOf(id));
    return {action, FarmOperation::Target::Gateway, id, gateway ? gateway->server : QString::number(id)};
}

FarmOperation FarmController::policyOperation(FarmOperation::Action action, int id) const
{
    const ClientPolicy *policy = m_policies.policyAt(m_policies.rowOf(id));
    return {action, FarmOperation::Target::Policy, id, policy ? policy->name : QString::number(id)};
}

namespace {

// Adds answer with the new object: kept in created for the models, while the operation itself
// needs only whether it worked.
template <typename T>
std::function<void(const RasResult<T> &)> keepingValue(std::shared_ptr<std::optional<T>> created,
                                                       std::function<void(const RasResult<Done> &)> done)
{
    return [created, done = std::move(done)](const RasResult<T> &result) {
        if (result)
            *created = result.value();
        done(result ? RasResult<Done>(Done{}) : RasResult<Done>(result.error()));
    };
}

} // namespace

void FarmController::addBroker(const BrokerAddRequest &request, QObject *receiver, OutcomeHandler done)
{
    // The answer (201) carries the new broker: nothing to read but its status.
    auto created = std::make_shared<std::optional<Broker>>();
    run({FarmOperation::Action::Add, FarmOperation::Target::Broker, 0, request.server.trimmed()},
        [this, request, created](auto finished) {
            BrokerService(&m_client).add(request, this, keepingValue<Broker>(created, finished));
        },
        [this, request, created](PendingChange *change) {
            // Without the answer (lost) only what was asked for is known.
            change->siteName = m_sites.names().value(*created ? (*created)->siteId : request.siteId);
            if (*created) {
                change->objectId = (*created)->id;
                change->positionAfter = (*created)->priority;
            }
        },
        [this, created](ChangeReadBack *readBack) {
            m_brokers.upsertBroker(**created);
            m_addedBrokers << (*created)->id;
            readBack->brokerStatus((*created)->id);
        },
        receiver, std::move(done));
}

void FarmController::updateBroker(int id, const BrokerChanges &changes, QObject *receiver, OutcomeHandler done)
{
    run(brokerOperation(FarmOperation::Action::Change, id),
        [this, id, changes](auto finished) { BrokerService(&m_client).update(id, changes, this, finished); },
        [this, id, changes](PendingChange *change) {
            change->fields = StagedChange::brokerFields(m_brokers.brokerAt(m_brokers.rowOf(id)), changes);
        },
        [this, id, changes](ChangeReadBack *readBack) {
            if (const Broker *broker = m_brokers.brokerAt(m_brokers.rowOf(id)))
                m_brokers.upsertBroker(AcceptedChange::updated(*broker, changes));
            readBack->broker(id);
            readBack->brokerStatus(id); // enabled and standby show in the agent's state
        },
        receiver, std::move(done));
}

void FarmController::addGateway(const GatewayAddRequest &request, QObject *receiver, OutcomeHandler done)
{
    auto created = std::make_shared<std::optional<Gateway>>();
    run({FarmOperation::Action::Add, FarmOperation::Target::Gateway, 0, request.server.trimmed()},
        [this, request, created](auto finished) {
            GatewayService(&m_client).add(request, this, keepingValue<Gateway>(created, finished));
        },
        [this, request, created](PendingChange *change) {
            change->siteName = m_sites.names().value(*created ? (*created)->siteId : request.siteId);
            if (*created)
                change->objectId = (*created)->id;
            // The wizard's settings that differ from a new gateway's: its mode, where it forwards, no HTML5.
            change->fields = StagedChange::gatewayFields(nullptr, request.settingsFor(Gateway()), m_brokers, m_gateways);
        },
        [this, created](ChangeReadBack *readBack) {
            m_gateways.upsertGateway(**created);
            m_addedGateways << (*created)->id;
            readBack->gatewayStatus((*created)->id);
        },
        receiver, std::move(done));
}

void FarmController::updateGateway(int id, const GatewayChanges &changes, QObject *receiver, OutcomeHandler done)
{
    run(gatewayOperation(FarmOperation::Action::Change, id),
        [this, id, changes](auto finished) { GatewayService(&m_client).update(id, changes, this, finished); },
        [this, id, changes](PendingChange *change) {
            change->fields
                = StagedChange::gatewayFields(m_gateways.gatewayAt(m_gateways.rowOf(id)), changes, m_brokers, m_gateways);
        },
        [this, id, changes](ChangeReadBack *readBack) {
            if (const Gateway *gateway = m_gateways.gatewayAt(m_gateways.rowOf(id)))
                m_gateways.upsertGateway(AcceptedChange::updated(*gateway, changes));
            readBack->gateway(id);
            readBack->gatewayStatus(id);
        },
        receiver, std::move(done));
}

void FarmController::addPolicy(const PolicyChanges &policy, QObject *receiver, OutcomeHandler done)
{
    auto created = std::make_shared<std::optional<ClientPolicy>>();
    run({FarmOperation::Action::Add, FarmOperation::Target::Policy, 0, policy.name.value_or(QString())},
        [this, policy, created](auto finished) {
            PolicyService(&m_client).add(policy, this, keepingValue<ClientPolicy>(created, finished));
        },
        [created](PendingChange *change) {
            if (!*created)
                return;
            change->objectId = (*created)->id;
            change->positionAfter = (*created)->order;
            change->fields = StagedChange::newPolicyFields(**created);
        },
        [this, created](ChangeReadBack *) { m_policies.upsertPolicy(**created); }, receiver, std::move(done));
}

void FarmController::updatePolicy(int id, const PolicyChanges &changes, QObject *receiver, OutcomeHandler done)
{
    run(policyOperation(FarmOperation::Action::Change, id),
        [this, id, changes](auto finished) { PolicyService(&m_client).update(id, changes, this, finished); },
        [this, id, changes](PendingChange *change) {
            change->fields = StagedChange::policyFields(m_policies.policyAt(m_policies.rowOf(id)), changes);
            if (changes.name)
                change->objectName = *changes.name;
        },
        [this, id, changes](ChangeReadBack *readBack) {
            if (const ClientPolicy *policy = m_policies.policyAt(m_policies.rowOf(id)))
                m_policies.upsertPolicy(AcceptedChange::updated(*policy, changes));
            readBack->policy(id);
        },
        receiver, std::move(done));
}

void FarmController::addConnection(int policyId, const SecondaryConnection &connection, QObject *receiver,
                                   OutcomeHandler done)
{
    run(policyOperation(FarmOperation::Action::AddConnection, policyId),
        [this, policyId, connection](auto finished) {
            PolicyService(&m_client).addConnection(policyId, connection, this, finished);
        },
        [connection](PendingChange *change) { change->connection = connection; },
        [this, policyId, connection](ChangeReadBack *readBack) {
            if (const ClientPolicy *policy = m_policies.policyAt(m_policies.rowOf(policyId))) {
                ClientPolicy changed = *policy;
                changed.secondaryConnections << connection;
                m_policies.upsertPolicy(changed);
            }
            // The policy carries its secondary connections: one read gives both.
            readBack->policy(policyId);
        },
        receiver, std::move(done));
}

void FarmController::removeConnection(int policyId, const SecondaryConnection &connection, QObject *receiver,
                                      OutcomeHandler done)
{
    run(policyOperation(FarmOperation::Action::RemoveConnection, policyId),
        [this, policyId, connection](auto finished) {
            PolicyService(&m_client).removeConnection(policyId, connection, this, finished);
        },
        [connection](PendingChange *change) { change->connection = connection; },
        [this, policyId, connection](ChangeReadBack *readBack) {
            if (const ClientPolicy *policy = m_policies.policyAt(m_policies.rowOf(policyId))) {
                ClientPolicy changed = *policy;
                changed.secondaryConnections.removeOne(connection);
                m_policies.upsertPolicy(changed);
            }
            readBack->policy(policyId);
        },
        receiver, std::move(done));
}

void FarmController::loadConnections(int policyId, QObject *receiver,
                                     std::function<void(const RasResult<QList<SecondaryConnection>> &)> done)
{
    PolicyService(&m_client).connections(policyId, receiver, std::move(done));
}

void FarmController::apply(QObject *receiver, OutcomeHandler done)
{
    run({FarmOperation::Action::Apply, FarmOperation::Target::Farm, 0, QString()},
        [this](auto finished) { SettingsService(&m_client).apply(this, finished); }, {},
        [this](ChangeReadBack *readBack) {
            // Apply commits configuration the tables already show; what it changes is the state of
            // the servers added since (no longer "Not applied"). A few are read one by one; more
            // take the status lists. Other administrators' servers show at the next status refresh.
            constexpr qsizetype kOneByOne = 3;
            const QList<int> brokers = std::exchange(m_addedBrokers, {});
            const QList<int> gateways = std::exchange(m_addedGateways, {});
            if (brokers.size() + gateways.size() > kOneByOne) {
                QTimer::singleShot(0, this, &FarmController::refreshStatus);
                return;
            }
            for (const int id : brokers)
                readBack->brokerStatus(id);
            for (const int id : gateways)
                readBack->gatewayStatus(id);
        },
        receiver, std::move(done));
}

void FarmController::moveBroker(int id, bool up, QObject *receiver, OutcomeHandler done)
{
    run(brokerOperation(up ? FarmOperation::Action::MoveUp : FarmOperation::Action::MoveDown, id),
        [this, id, up](auto finished) { BrokerService(&m_client).move(id, up, this, finished); },
        [this, id, up](PendingChange *change) {
            if (const Broker *broker = m_brokers.brokerAt(m_brokers.rowOf(id)))
                change->positionBefore = broker->priority;
            const QList<Broker> swapped = AcceptedChange::swapped(m_brokers.brokerList(), id, up);
            if (swapped.size() == 2) {
                change->positionAfter = swapped.first().priority;
                // The neighbour takes the place it left.
                const Broker &neighbour = swapped.last();
                change->renumbered << PendingChange::Renumbered{neighbour.id, neighbour.server,
                                                                swapped.first().priority, neighbour.priority};
            }
        },
        [this, id, up](ChangeReadBack *readBack) {
            // Two priorities swap: both records are read back.
            const QList<Broker> swapped = AcceptedChange::swapped(m_brokers.brokerList(), id, up);
            m_brokers.upsertBrokers(swapped);
            readBack->broker(id);
            if (swapped.size() == 2)
                readBack->broker(swapped.last().id);
            else
                readBack->markUncertain(); // no neighbour here: the tables are behind the server
        },
        receiver, std::move(done));
}

void FarmController::promoteBroker(int id, QObject *receiver, OutcomeHandler done)
{
    run(brokerOperation(FarmOperation::Action::Promote, id),
        [this, id](auto finished) { BrokerService(&m_client).promote(id, this, finished); },
        [this, id](PendingChange *change) {
            if (const Broker *broker = m_brokers.brokerAt(m_brokers.rowOf(id)))
                change->positionBefore = broker->priority;
            describeRenumbered(AcceptedChange::promoted(m_brokers.brokerList(), id), id, change);
        },
        [this, id](ChangeReadBack *readBack) {
            // The promoted broker is read back (after the log-on the promote makes necessary); the
            // rest of its Site moves down by one as the priorities are numbered, which the
            // configuration refresh confirms.
            m_brokers.upsertBrokers(AcceptedChange::promoted(m_brokers.brokerList(), id));
            readBack->broker(id);
        },
        receiver, std::move(done));
}

void FarmController::describeRenumbered(const QList<Broker> &changed, int id, PendingChange *change) const
{
    for (const Broker &after : changed) {
        const Broker *before = m_brokers.brokerAt(m_brokers.rowOf(after.id));
        if (after.id != id && before && before->priority != after.priority)
            change->renumbered << PendingChange::Renumbered{after.id, after.server, before->priority, after.priority};
    }
}

void FarmController::removeBroker(int id, bool keepAgent, QObject *receiver, OutcomeHandler done)
{
    run(brokerOperation(FarmOperation::Action::Delete, id),
        [this, id, keepAgent](auto finished) { BrokerService(&m_client).remove(id, keepAgent, this, finished); },
        [this, id, keepAgent](PendingChange *change) {
            change->agentKept = keepAgent;
            describeRenumbered(AcceptedChange::afterRemoval(m_brokers.brokerList(), id), id, change);
        },
        [this, id](ChangeReadBack *) {
            // Gone is gone (204): nothing to read; the brokers after it move up by one.
            const QList<Broker> renumbered = AcceptedChange::afterRemoval(m_brokers.brokerList(), id);
            m_brokers.removeBroker(id);
            m_brokers.upsertBrokers(renumbered);
            m_addedBrokers.removeAll(id);
        },
        receiver, std::move(done));
}

void FarmController::setBrokerEnabled(int id, bool enabled, QObject *receiver, OutcomeHandler done)
{
    BrokerChanges changes;
    changes.enabled = enabled;
    run(brokerOperation(enabled ? FarmOperation::Action::Enable : FarmOperation::Action::Disable, id),
        [this, id, changes](auto finished) { BrokerService(&m_client).update(id, changes, this, finished); }, {},
        [this, id, changes](ChangeReadBack *readBack) {
            if (const Broker *broker = m_brokers.brokerAt(m_brokers.rowOf(id)))
                m_brokers.upsertBroker(AcceptedChange::updated(*broker, changes));
            readBack->broker(id);
            readBack->brokerStatus(id);
        },
        receiver, std::move(done));
}

void FarmController::removeGateway(int id, QObject *receiver, OutcomeHandler done)
{
    run(gatewayOperation(FarmOperation::Action::Delete, id),
        [this, id](auto finished) { GatewayService(&m_client).remove(id, this, finished); }, {},
        [this, id](ChangeReadBack *) {
            m_gateways.removeGateway(id);
            m_addedGateways.removeAll(id);
        },
        receiver, std::move(done));
}

void FarmController::movePolicy(int id, bool up, QObject *receiver, OutcomeHandler done)
{
    run(policyOperation(up ? FarmOperation::Action::MoveUp : FarmOperation::Action::MoveDown, id),
        [this, id, up](auto finished) { PolicyService(&m_client).move(id, up, this, finished); },
        [this, id, up](PendingChange *change) {
            // Orders are consecutive: it takes its neighbour's place.
            const int row = m_policies.rowOf(id);
            const ClientPolicy *policy = m_policies.policyAt(row);
            const ClientPolicy *neighbour = m_policies.policyAt(up ? row - 1 : row + 1);
            if (policy)
                change->positionBefore = policy->order;
            if (policy && neighbour) {
                change->positionAfter = neighbour->order;
                change->renumbered << PendingChange::Renumbered{neighbour->id, neighbour->name, neighbour->order,
                                                                policy->order};
            }
        },
        [this, id, up](ChangeReadBack *readBack) {
            // Orders are consecutive: the neighbour in the table swaps with it.
            const int row = m_policies.rowOf(id);
            const ClientPolicy *policy = m_policies.policyAt(row);
            const ClientPolicy *neighbour = m_policies.policyAt(up ? row - 1 : row + 1);
            if (!policy || !neighbour) {
                readBack->markUncertain(); // the table is behind the server
                return;
            }
            ClientPolicy moved = *policy;
            ClientPolicy other = *neighbour;
            std::swap(moved.order, other.order);
            m_policies.upsertPolicy(moved);
            m_policies.upsertPolicy(other);
            readBack->policy(moved.id);
            readBack->policy(other.id);
        },
        receiver, std::move(done));
}

void FarmController::removePolicy(int id, QObject *receiver, OutcomeHandler done)
{
    run(policyOperation(FarmOperation::Action::Delete, id),
        [this, id](auto finished) { PolicyService(&m_client).remove(id, this, finished); },
        [this, id](PendingChange *change) {
            // The policies after it move up by one.
            const int row = m_policies.rowOf(id);
            for (int next = row + 1; row >= 0 && next < m_policies.rowCount(); ++next) {
                const ClientPolicy *policy = m_policies.policyAt(next);
                change->renumbered << PendingChange::Renumbered{policy->id, policy->name, policy->order, policy->order - 1};
            }
        },
        [this, id](ChangeReadBack *) {
            // The policies after it move up by one.
            const int row = m_policies.rowOf(id);
            if (row < 0)
                return;
            m_policies.removePolicy(id);
            QList<ClientPolicy> renumbered;
            for (int next = row; next < m_policies.rowCount(); ++next) {
                renumbered << *m_policies.policyAt(next);
                --renumbered.last().order;
            }
            m_policies.upsertPolicies(renumbered);
        },
        receiver, std::move(done));
}
