#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

// The in-memory farm: every object in the canonical JSON shape the RAS API answers with, so the
// routes hand out exactly what was stored. Owned by the router; not thread-safe (one event loop).
class FarmState
{
public:
    enum class Kind { Broker, Gateway };

    QList<QJsonObject> sites;
    QList<QJsonObject> brokers;  // kept sorted by (siteId, priority)
    QList<QJsonObject> gateways;
    QList<QJsonObject> policies; // kept sorted by order

    // Objects added since the last Apply report agent state 24 (NotApplied) in status.
    QSet<int> unappliedBrokers;
    QSet<int> unappliedGateways;
    // Settings changes waiting for Apply (any write), so Apply has something to commit.
    int pendingChanges = 0;
    // Bumped by every write that succeeds, so answers computed from the farm can be reused until then.
    quint64 generation = 0;
    int appliedCount = 0;

    // Demo farms move their CPU and memory over time so status views look alive.
    bool liveLoads = false;
    QDateTime bootTime = QDateTime::currentDateTimeUtc().addDays(-3);
    QDateTime serviceStartTime = QDateTime::currentDateTimeUtc().addDays(-1);
    // The same two times as the free text status answers carry, formatted once: thousands of status
    // entries per request would otherwise format them again and again.
    QString bootTimeText = statusTimeText(bootTime);
    QString serviceStartTimeText = statusTimeText(serviceStartTime);
    static QString statusTimeText(const QDateTime &time);

    int nextSiteId = 1;
    int nextBrokerId = 1;
    int nextGatewayId = 1;
    int nextPolicyId = 1;

    int siteIndex(int id) const;
    int brokerIndex(int id) const;
    int gatewayIndex(int id) const;
    int policyIndex(int id) const;
    bool siteExists(int id) const { return siteIndex(id) >= 0; }
    // Where a server created without a siteId goes (the guide: the Licensing Server's site).
    int licensingSiteId() const;

    // Case-insensitive: a farm cannot hold the same server twice as a broker or twice as a gateway.
    bool brokerServerTaken(const QString &server) const;
    bool gatewayServerTaken(const QString &server) const;
    bool policyNameTaken(const QString &name, int exceptId = -1) const;

    QList<int> brokerIndexesOfSite(int siteId) const; // in priority order
    void renumberBrokerPriorities(int siteId);
    void renumberPolicyOrder();
    void sortBrokers();
    void sortPolicies();

    // Stamps the common base fields (adminCreate/adminLastMod/timeCreate/timeLastMod).
    static void stampCreated(QJsonObject *object, const QString &admin);
    static void stampModified(QJsonObject *object, const QString &admin);
    static QString isoNow();
};
