#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"
#include "BrokerRoutes.h"
#include "EmulatorOptions.h"
#include "FarmState.h"
#include "GatewayRoutes.h"
#include "LogonThrottle.h"
#include "PolicyRoutes.h"
#include "SessionStore.h"

#include <QHash>
#include <QString>
#include <optional>

// The emulated RAS Web Administration Service without its transport: takes a request, answers it
// from the in-memory farm. Session handling, authentication and the small resources live here;
// brokers, gateways and policies have route classes of their own.
class RasApiRouter
{
public:
    RasApiRouter(const QString &user, const QString &password, int tokenIdleSeconds);

    ApiResponse handle(const ApiRequest &request);

    FarmState &farm() { return m_farm; }
    const FarmState &farm() const { return m_farm; }
    SessionStore &sessions() { return m_sessions; }

    // 21: broker writes only under api/ConnectionBroker (reads under api/Broker too), as the v21 guide
    // lists them; 20: everything under api/Broker, as the v20 guide and its samples show.
    void setRasVersion(int version) { m_rasVersion = version; }
    int rasVersion() const { return m_rasVersion; }
    void setRole(EmulatorOptions::Role role) { m_role = role; }
    EmulatorOptions::Role role() const { return m_role; }

    // Splits "/api/Broker/1/priority" into lower-cased segments after "api"; false when the path
    // is not under api/.
    static bool splitPath(const QString &path, QStringList *segments);
    // Equal or not in a time that does not depend on where the two first differ.
    static bool constantTimeEquals(const QString &a, const QString &b);

private:
    ApiResponse handleSession(RouteContext &context, const QByteArray &token);
    ApiResponse logon(const ApiRequest &request);
    ApiResponse permissions(const QString &admin) const;
    ApiResponse handleSites(const RouteContext &context) const;
    ApiResponse handleAdminAccount(const RouteContext &context) const;
    ApiResponse routeBroker(RouteContext &context, bool movedPath);
    // The 403 a real server gives when the account's rights do not cover the request.
    std::optional<ApiResponse> refusedByRole(const RouteContext &context, const QString &resource) const;
    ApiResponse handleSettings(RouteContext &context);

    // GET answers that depend only on the farm (not on time) are kept until the farm changes: a
    // 10,000-object list is then served without serializing it again.
    bool cacheable(const ApiRequest &request) const;
    QHash<QString, ApiResponse> m_answerCache;
    quint64 m_cacheGeneration = 0;

    int m_rasVersion = 20;
    EmulatorOptions::Role m_role = EmulatorOptions::Role::Root;
    QString m_user;
    QString m_password;
    LogonThrottle m_throttle;
    FarmState m_farm;
    SessionStore m_sessions;
    BrokerRoutes m_brokerRoutes;
    GatewayRoutes m_gatewayRoutes;
    PolicyRoutes m_policyRoutes;
};
