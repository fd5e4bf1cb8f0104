#pragma once

#include "Gateway.h"
#include "GatewayChanges.h"

#include <QString>
#include <QStringList>
#include <QUrlQuery>

// Adding a Secure Gateway as the official wizard does. POST api/Gateway takes only the server and
// its Site in the body, and the push-install options in the query (as for brokers); the wizard's
// mode, forwarding targets and HTML5 switch are gateway settings the create does not take, so they
// follow as an update of the gateway the server created.
struct GatewayAddRequest
{
    QString server;
    int siteId = 0; // 0: the server's default Site
    bool installAgent = true;
    bool restartAfterInstall = true;
    bool addFirewallRules = true;
    QString installUser;     // empty: the RAS administrator's own credentials
    QString installPassword; // never logged
    int mode = 0;           // Ras::GatewayMode
    QStringList forwardTo;  // servers of the gateways to forward to (forwarding mode)
    bool enableHtml5 = true; // the User Portal (HTML5 client), which needs SSL

    // A gateway on server in the Site, with the wizard's defaults.
    static GatewayAddRequest forServer(const QString &server, int siteId);

    // The create call's query and body: exactly what the API documents for it.
    QUrlQuery query() const;
    QJsonObject body() const;
    // The wizard's settings as changes of the gateway the server created: only what differs from it,
    // so a gateway created as asked needs no update at all.
    GatewayChanges settingsFor(const Gateway &created) const;
};
