#include "FarmState.h"

#include <QLocale>

#include <algorithm>

namespace {

int indexById(const QList<QJsonObject> &objects, int id)
{
    for (int i = 0; i < objects.size(); ++i) {
        if (objects.at(i).value(QLatin1String("id")).toInt() == id)
            return i;
    }
    return -1;
}

bool serverTaken(const QList<QJsonObject> &objects, const QString &server)
{
    return std::any_of(objects.cbegin(), objects.cend(), [&server](const QJsonObject &object) {
        return object.value(QLatin1String("server")).toString().compare(server, Qt::CaseInsensitive) == 0;
    });
}

} // namespace

int FarmState::siteIndex(int id) const { return indexById(sites, id); }
int FarmState::licensingSiteId() const
{
    for (const auto &site : sites) {
        if (site.value(QLatin1String("licensingSite")).toBool())
            return site.value(QLatin1String("id")).toInt();
    }
    return sites.isEmpty() ? 1 : sites.first().value(QLatin1String("id")).toInt();
}

int FarmState::brokerIndex(int id) const { return indexById(brokers, id); }
int FarmState::gatewayIndex(int id) const { return indexById(gateways, id); }
int FarmState::policyIndex(int id) const { return indexById(policies, id); }

bool FarmState::brokerServerTaken(const QString &server) const { return serverTaken(brokers, server); }
bool FarmState::gatewayServerTaken(const QString &server) const { return serverTaken(gateways, server); }

bool FarmState::policyNameTaken(const QString &name, int exceptId) const
{
    return std::any_of(policies.cbegin(), policies.cend(), [&](const QJsonObject &policy) {
        return policy.value(QLatin1String("id")).toInt() != exceptId
               && policy.value(QLatin1String("name")).toString().compare(name, Qt::CaseInsensitive) == 0;
    });
}

QList<int> FarmState::brokerIndexesOfSite(int siteId) const
{
    QList<int> indexes;
    for (int i = 0; i < brokers.size(); ++i) {
        if (brokers.at(i).value(QLatin1String("siteId")).toInt() == siteId)
            indexes << i;
    }
    std::sort(indexes.begin(), indexes.end(), [this](int a, int b) {
        return brokers.at(a).value(QLatin1String("priority")).toInt()
               < brokers.at(b).value(QLatin1String("priority")).toInt();
    });
    return indexes;
}

void FarmState::renumberBrokerPriorities(int siteId)
{
    const QList<int> indexes = brokerIndexesOfSite(siteId);
    for (int priority = 0; priority < indexes.size(); ++priority)
        brokers[indexes.at(priority)].insert(QStringLiteral("priority"), priority);
    sortBrokers();
}

void FarmState::renumberPolicyOrder()
{
    sortPolicies();
    for (int order = 0; order < policies.size(); ++order)
        policies[order].insert(QStringLiteral("order"), order + 1);
}

void FarmState::sortBrokers()
{
    std::stable_sort(brokers.begin(), brokers.end(), [](const QJsonObject &a, const QJsonObject &b) {
        const int siteA = a.value(QLatin1String("siteId")).toInt();
        const int siteB = b.value(QLatin1String("siteId")).toInt();
        if (siteA != siteB)
            return siteA < siteB;
        return a.value(QLatin1String("priority")).toInt() < b.value(QLatin1String("priority")).toInt();
    });
}

void FarmState::sortPolicies()
{
    std::stable_sort(policies.begin(), policies.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QLatin1String("order")).toInt() < b.value(QLatin1String("order")).toInt();
    });
}

QString FarmState::isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

void FarmState::stampCreated(QJsonObject *object, const QString &admin)
{
    const QString now = isoNow();
    object->insert(QStringLiteral("adminCreate"), admin);
    object->insert(QStringLiteral("adminLastMod"), admin);
    object->insert(QStringLiteral("timeCreate"), now);
    object->insert(QStringLiteral("timeLastMod"), now);
}

void FarmState::stampModified(QJsonObject *object, const QString &admin)
{
    object->insert(QStringLiteral("adminLastMod"), admin);
    object->insert(QStringLiteral("timeLastMod"), isoNow());
}

QString FarmState::statusTimeText(const QDateTime &time)
{
    // The sample carries these as free text in the C asctime() style ("Tue May 14 12:10:39 2019").
    return QLocale::c().toString(time, QStringLiteral("ddd MMM d HH:mm:ss yyyy"));
}
