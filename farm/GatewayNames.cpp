#include "GatewayNames.h"

#include "BrokerModel.h"
#include "GatewayModel.h"
#include "SiteModel.h"

#include <algorithm>

GatewayNames GatewayNames::gather(int siteId, const SiteModel &sites, const BrokerModel &brokers,
                                  const GatewayModel &gateways)
{
    const QHash<int, QString> siteNames = sites.names();
    GatewayNames names;
    names.siteName = siteNames.value(siteId);
    for (const Broker &broker : brokers.brokerList()) {
        if (broker.siteId == siteId)
            names.siteBrokers.append({broker.id, broker.server, names.siteName, broker.siteId});
    }
    for (int row = 0; row < gateways.rowCount(); ++row) {
        const Gateway *gateway = gateways.gatewayAt(row);
        names.farmGateways.append({gateway->id, gateway->server, siteNames.value(gateway->siteId), gateway->siteId});
    }
    // Forwarding usually stays within a Site, so its gateways come first; each group by name.
    std::stable_sort(names.farmGateways.begin(), names.farmGateways.end(), [&names](const Entry &a, const Entry &b) {
        const bool aHere = a.site == names.siteName;
        const bool bHere = b.site == names.siteName;
        if (aHere != bHere)
            return aHere;
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return names;
}
