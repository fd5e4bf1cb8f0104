#pragma once

#include <QList>
#include <QString>

class BrokerModel;
class GatewayModel;
class SiteModel;

// The names a gateway dialog shows where the API holds ids (its Site, the preferred broker, the
// gateways it forwards to), gathered from the farm's tables and handed over as plain data, so the
// dialog neither decodes nor looks anything up.
struct GatewayNames
{
    struct Entry
    {
        qint64 id = 0;
        QString name; // the server's name as the farm knows it
        QString site; // the name of its Site
        int siteId = 0;
    };

    QString siteName;          // the gateway's own Site
    QList<Entry> siteBrokers;  // the Connection Brokers of that Site, in the order the table shows them
    QList<Entry> farmGateways; // every Secure Gateway in the farm: those of the same Site first

    static GatewayNames gather(int siteId, const SiteModel &sites, const BrokerModel &brokers,
                               const GatewayModel &gateways);
};
