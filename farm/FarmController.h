#pragma once

#include "AdminPermissions.h"
#include "BrokerModel.h"
#include "ChangeReadBack.h"
#include "FarmChanges.h"
#include "FarmLoader.h"
#include "GatewayChanges.h"
#include "GatewayAddRequest.h"
#include "GatewayModel.h"
#include "OperationOutcome.h"
#include "PendingChangesModel.h"
#include "PolicyModel.h"
#include "RasClient.h"
#include "RequestLogModel.h"
#include "SessionInfo.h"
#include "SessionRights.h"
#include "SiteModel.h"
#include "SnapshotApplier.h"
#include "StatusHistory.h"
#include "TrustStore.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

// One connection to one farm: logs on, keeps the models filled (a full load on refresh, status on a
// timer), carries out changes and keeps the list of changes not yet applied. Every operation ends
// in one typed result delivered to the caller that started it. Nothing here assumes it is the only
// connection (a window may one day show several farms), and it knows no widgets.
class FarmController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FarmController)

public:
    explicit FarmController(QNetworkAccessManager *manager, QObject *parent = nullptr);
    ~FarmController() override;

    RasClient *client() { return &m_client; }
    BrokerModel *brokers() { return &m_brokers; }
    GatewayModel *gateways() { return &m_gateways; }
    PolicyModel *policies() { return &m_policies; }
    SiteModel *sites() { return &m_sites; }
    PendingChangesModel *pendingChanges() { return &m_pending; }
    RequestLogModel *requestLog() { return &m_requestLog; }
    const StatusHistory &history() const { return m_history; }
    const SessionInfo &session() const { return m_session; }
    const AdminPermissions &permissions() const { return m_rights.admin(); }
    // What this administrator may do per kind of object (and Site).
    const SessionRights &rights() const { return m_rights; }
    // Why this administrator may not change anything (a custom administrator who may only view, or
    // rights the server would not tell), or empty when the session's rights allow changes.
    QString readOnlyReason() const { return m_readOnlyReason; }
    enum class Restriction { None, ViewOnlyAdministrator, RightsUnknown };
    Restriction restriction() const { return m_restriction; }
    QDateTime lastRefresh() const { return m_lastRefresh; }
    // Each Site's health as api/Site/status reports it (its primary broker's agent state); empty when
    // the server has no such resource.
    const QHash<int, Ras::AgentState> &siteStates() const { return m_siteStates; }

    // Also loads the certificate pinned for that server, if any.
    bool setServer(const QString &server, QString *error);
    // Pins a certificate for the current server (kept in settings: a fingerprint is no secret).
    void trustCertificate(const QString &sha256);
    void forgetTrustedCertificate();
    bool hasTrustedCertificate() const { return !m_client.pinnedFingerprint().isEmpty(); }
    // Logs on, reads the administrator's permissions, then loads the farm and starts the status
    // timer. done runs once, while receiver lives; loggedOn() tells every observer too.
    void logOn(const QString &user, const QString &password, QObject *receiver,
               std::function<void(const RasResult<SessionInfo> &)> done);
    // Ends the session on the server (best effort) and stops the timer; on quit.
    void logOff();
    void refreshAll();
    void refreshStatus();
    // 0 pauses the status refresh, and the configuration refresh with it.
    void setAutoRefreshSeconds(int seconds);
    int autoRefreshSeconds() const { return m_autoRefreshSeconds; }
    // The interval actually used: longer than autoRefreshSeconds while refreshes keep failing.
    int statusRefreshSeconds() const;
    int statusRefreshFailures() const { return m_statusFailures; }
    // The configuration (every object, not only status) is reloaded at its own slower pace, so
    // changes made elsewhere show without F5; 0 turns it off.
    void setConfigurationRefreshSeconds(int seconds);
    int configurationRefreshSeconds() const { return m_configurationRefreshSeconds; }
    // What the last reload found changed on the server (empty after the first load).
    const FarmChanges &lastChanges() const { return m_lastChanges; }

    // Changes. Each ends in exactly one OperationOutcome, handed to done while receiver lives (the
    // caller decides where to show it); a success is also recorded in the pending changes, whoever
    // is still listening. What a success did is shown at once (AcceptedChange) and then read back:
    // only the objects it touched, never the whole farm (changeMerged follows). The whole farm is
    // reloaded only when the answer leaves the state uncertain: an outcome unknown, an object found
    // gone, a read-back that failed.
    void apply(QObject *receiver, OutcomeHandler done);
    void moveBroker(int id, bool up, QObject *receiver, OutcomeHandler done);
    void promoteBroker(int id, QObject *receiver, OutcomeHandler done);
    void removeBroker(int id, bool keepAgent, QObject *receiver, OutcomeHandler done);
    void setBrokerEnabled(int id, bool enabled, QObject *receiver, OutcomeHandler done);
    void removeGateway(int id, QObject *receiver, OutcomeHandler done);
    void movePolicy(int id, bool up, QObject *receiver, OutcomeHandler done);
    void removePolicy(int id, QObject *receiver, OutcomeHandler done);
    void addBroker(const BrokerAddRequest &request, QObject *receiver, OutcomeHandler done);
    void updateBroker(int id, const BrokerChanges &changes, QObject *receiver, OutcomeHandler done);
    // With the push-install options; the request's wizard settings are sent afterwards with updateGateway.
    void addGateway(const GatewayAddRequest &request, QObject *receiver, OutcomeHandler done);
    void updateGateway(int id, const GatewayChanges &changes, QObject *receiver, OutcomeHandler done);
    void addPolicy(const PolicyChanges &policy, QObject *receiver, OutcomeHandler done);
    void updatePolicy(int id, const PolicyChanges &changes, QObject *receiver, OutcomeHandler done);
    void addConnection(int policyId, const SecondaryConnection &connection, QObject *receiver, OutcomeHandler done);
    void removeConnection(int policyId, const SecondaryConnection &connection, QObject *receiver, OutcomeHandler done);
    void loadConnections(int policyId, QObject *receiver,
                         std::function<void(const RasResult<QList<SecondaryConnection>> &)> done);

signals:
    // A log-on to the current server began, and how it ended when it failed (whoever asked is
    // told why; this only says that nothing is coming).
    void logOnStarted(const QString &user);
    void logOnFailed();
    // The session changed (a log-on succeeded): user, permissions and server are current.
    void loggedOn();
    // A full load finished. Each part of the snapshot carries its own outcome; the tables of the
    // parts that failed keep what they showed. The snapshot is only lent: the models hold the data.
    void loaded(const FarmSnapshot &snapshot);
    // The timer's status refresh reached the models.
    void statusRefreshed();
    // Status refreshes failed failures times in a row; the next one comes in nextSeconds (longer than
    // chosen once they keep failing). statusRefreshRecovered: a refresh worked again, normal pace.
    void statusRefreshFailing(int failures, int nextSeconds, const RasError &error);
    void statusRefreshRecovered();
    // The models hold what the server says after a change (its read-back merged, or the reload an
    // uncertain answer needed finished).
    void changeMerged(const FarmOperation &operation);
    // A reload (F5 or the configuration refresh) found objects added, changed or removed outside
    // this console.
    void changesFound(const FarmChanges &changes);
    void sessionLost(const RasError &error);
    void siteStatesChanged();

private:
    // A loaded snapshot is in the models (SnapshotApplier): the views and whoever waited are told.
    void finishSnapshot(const FarmSnapshot &snapshot, FarmChanges changes);
    using Start = std::function<void(std::function<void(const RasResult<Done> &)>)>;
    // Applies what an accepted change did to the models and asks readBack for what to confirm.
    using FollowUp = std::function<void(ChangeReadBack *readBack)>;
    // Adds to an accepted change's pending entry what the models know before they take it in: the
    // values an edit replaced, a priority before a move, a new object's id and Site.
    using Describe = std::function<void(PendingChange *change)>;
    void run(const FarmOperation &operation, const Start &start, const Describe &describe, const FollowUp &followUp,
             QObject *receiver, OutcomeHandler done);
    ChangeReadBack *newReadBack();
    // A full reload, after which changeMerged reports operation.
    void reloadAfter(const FarmOperation &operation);
    FarmOperation brokerOperation(FarmOperation::Action action, int id) const;
    // Whether the object is in the lists read again; foundId, if given, gets its id when it is.
    static FarmOperation::Presence presenceAfter(const FarmOperation &operation, const FarmSnapshot &snapshot,
                                                 int *foundId = nullptr);
    // The brokers of changed, other than id, whose priority differs from the models': the
    // neighbours a promote or delete renumbers, for the pending-changes list.
    void describeRenumbered(const QList<Broker> &changed, int id, PendingChange *change) const;
    FarmOperation gatewayOperation(FarmOperation::Action action, int id) const;
    FarmOperation policyOperation(FarmOperation::Action action, int id) const;
    void takeRights(const RasResult<SessionRights> &rights);
    void finishLogOn(const std::function<void()> &finished);
    void refreshSiteStates();
    void statusRefreshFailed(const RasError &error);
    void statusRefreshSucceeded();

    RasClient m_client;
    TrustStore m_trust;
    FarmLoader m_loader;
    BrokerModel m_brokers;
    GatewayModel m_gateways;
    PolicyModel m_policies;
    SiteModel m_sites;
    PendingChangesModel m_pending;
    RequestLogModel m_requestLog;
    StatusHistory m_history;
    SnapshotApplier m_applier; // after the models it fills
    SessionInfo m_session;
    SessionRights m_rights;
    QString m_readOnlyReason;
    QHash<int, Ras::AgentState> m_siteStates;
    Restriction m_restriction = Restriction::None;
    QDateTime m_lastRefresh;
    QTimer m_statusTimer;
    int m_autoRefreshSeconds = 15;
    int m_statusFailures = 0; // status refreshes failed in a row
    QTimer m_configurationTimer;
    int m_configurationRefreshSeconds = 300;
    FarmChanges m_lastChanges;
    void startTimers();
    bool m_statusLoading = false;
    // Run once by the next full load that finishes, with what it read.
    QList<std::function<void(const FarmSnapshot &)>> m_afterNextLoad;
    // Servers added since the last Apply: their status changes when it commits them.
    QList<int> m_addedBrokers;
    QList<int> m_addedGateways;
};
