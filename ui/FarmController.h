#pragma once

#include "AdminPermissions.h"
#include "BrokerModel.h"
#include "FarmLoader.h"
#include "GatewayModel.h"
#include "PendingChangesModel.h"
#include "PolicyModel.h"
#include "RasClient.h"
#include "RequestLogModel.h"
#include "SessionInfo.h"
#include "SiteModel.h"
#include "StatusHistory.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

// The console's one connection to a farm: logs on, keeps the models filled (a full load on
// refresh, status on a timer), and carries out the operations the window asks for, reporting each
// outcome once. It knows services and models, never widgets.
class FarmController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FarmController)

public:
    explicit FarmController(QNetworkAccessManager *manager, QObject *parent = nullptr);

    RasClient *client() { return &m_client; }
    BrokerModel *brokers() { return &m_brokers; }
    GatewayModel *gateways() { return &m_gateways; }
    PolicyModel *policies() { return &m_policies; }
    SiteModel *sites() { return &m_sites; }
    PendingChangesModel *pendingChanges() { return &m_pending; }
    RequestLogModel *requestLog() { return &m_requestLog; }
    const StatusHistory &history() const { return m_history; }
    const SessionInfo &session() const { return m_session; }
    const AdminPermissions &permissions() const { return m_permissions; }
    // Why this administrator may not change anything (a custom administrator who may only view, or
    // rights the server would not tell), or empty when the session's rights allow changes.
    QString readOnlyReason() const { return m_readOnlyReason; }
    enum class Restriction { None, ViewOnlyAdministrator, RightsUnknown };
    Restriction restriction() const { return m_restriction; }
    QDateTime lastRefresh() const { return m_lastRefresh; }
    // Each Site's health as api/Site/status reports it (its primary broker's agent state); empty when
    // the server has no such resource.
    const QHash<int, Ras::AgentState> &siteStates() const { return m_siteStates; }
    const FarmSnapshot &lastSnapshot() const { return m_snapshot; }

    // Also loads the certificate pinned for that server, if any.
    bool setServer(const QString &server, QString *error);
    // Pins a certificate for the current server (kept in settings: a fingerprint is no secret).
    void trustCertificate(const QString &sha256);
    void forgetTrustedCertificate();
    bool hasTrustedCertificate() const { return !m_client.pinnedFingerprint().isEmpty(); }
    void logOn(const QString &user, const QString &password);
    void logOff();
    void refreshAll();
    void refreshStatus();
    // 0 pauses the status refresh.
    void setAutoRefreshSeconds(int seconds);
    int autoRefreshSeconds() const { return m_autoRefreshSeconds; }

    void apply();
    void moveBroker(int id, bool up);
    void promoteBroker(int id);
    void removeBroker(int id, bool keepAgent);
    void setBrokerEnabled(int id, bool enabled);
    void removeGateway(int id);
    void movePolicy(int id, bool up);
    void removePolicy(int id);

    // Operations started from dialogs: finished runs once with an empty string on success or the
    // server's refusal, so the dialog can stay open with the administrator's input.
    using Finished = std::function<void(const QString &error)>;
    void addBroker(const BrokerAddRequest &request, QObject *receiver, Finished finished);
    void updateBroker(int id, const BrokerChanges &changes, QObject *receiver, Finished finished);
    void addGateway(const QString &server, int siteId, QObject *receiver, Finished finished);
    void updateGateway(int id, const QJsonObject &changes, QObject *receiver, Finished finished);
    void addPolicy(const PolicyChanges &policy, QObject *receiver, Finished finished);
    void updatePolicy(int id, const PolicyChanges &changes, QObject *receiver, Finished finished);
    void addConnection(int policyId, const SecondaryConnection &connection, QObject *receiver, Finished finished);
    void removeConnection(int policyId, const SecondaryConnection &connection, QObject *receiver, Finished finished);
    void loadConnections(int policyId, QObject *receiver,
                         std::function<void(const RasResult<QList<SecondaryConnection>> &)> done);

signals:
    void loggedOn();
    void logonFailed(const RasError &error);
    void loaded(const FarmSnapshot &snapshot);
    void operationDone(const QString &message);
    void operationFailed(const QString &message);
    void sessionLost(const RasError &error);
    void siteStatesChanged();

private:
    using Start = std::function<void(std::function<void(const RasResult<Done> &)>)>;
    void runOperation(const QString &action, const QString &kind, const QString &object, int objectId, const Start &start,
                      QObject *receiver = nullptr, Finished finished = {});
    void takePermissions(const RasResult<AdminPermissions> &permissions);
    void finishLogOn();
    void refreshSiteStates();
    QString brokerName(int id) const;
    QString gatewayName(int id) const;
    QString policyName(int id) const;

    RasClient m_client;
    FarmLoader m_loader;
    BrokerModel m_brokers;
    GatewayModel m_gateways;
    PolicyModel m_policies;
    SiteModel m_sites;
    PendingChangesModel m_pending;
    RequestLogModel m_requestLog;
    StatusHistory m_history;
    SessionInfo m_session;
    AdminPermissions m_permissions = AdminPermissions::everything();
    QString m_readOnlyReason;
    QHash<int, Ras::AgentState> m_siteStates;
    Restriction m_restriction = Restriction::None;
    FarmSnapshot m_snapshot;
    QDateTime m_lastRefresh;
    QTimer m_statusTimer;
    int m_autoRefreshSeconds = 15;
    bool m_statusLoading = false;
};
