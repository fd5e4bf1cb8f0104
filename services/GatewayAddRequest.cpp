#include "GatewayAddRequest.h"

#include "RasEnums.h"

#include <QJsonObject>

namespace {

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

GatewayAddRequest GatewayAddRequest::forServer(const QString &server, int siteId)
{
    GatewayAddRequest request;
    request.server = server;
    request.siteId = siteId;
    return request;
}

QUrlQuery GatewayAddRequest::query() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("noInstall"), boolText(!installAgent));
    if (installAgent) {
        query.addQueryItem(QStringLiteral("noRestart"), boolText(!restartAfterInstall));
        query.addQueryItem(QStringLiteral("noFireWallRules"), boolText(!addFirewallRules));
        if (!installUser.isEmpty()) {
            query.addQueryItem(QStringLiteral("username"), installUser);
            query.addQueryItem(QStringLiteral("password"), installPassword);
        }
    }
    return query;
}

QJsonObject GatewayAddRequest::body() const
{
    QJsonObject body{{QStringLiteral("server"), server.trimmed()}};
    if (siteId > 0)
        body.insert(QStringLiteral("siteId"), siteId);
    return body;
}

GatewayChanges GatewayAddRequest::settingsFor(const Gateway &created) const
{
    Gateway wanted = created;
    wanted.gwMode = mode;
    if (mode == static_cast<int>(Ras::GatewayMode::Forwarding))
        wanted.forwardGatewayServers = forwardTo.join(QLatin1Char(';'));
    // The wizard's HTML5 switch turns on the web client and the SSL it runs over; off leaves SSL alone.
    wanted.enableUserPortal = enableHtml5;
    if (enableHtml5)
        wanted.enableSSL = true;
    return GatewayChanges::between(created, wanted);
}
