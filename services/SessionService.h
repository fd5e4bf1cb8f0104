#pragma once

#include "AdminPermissions.h"
#include "RasClient.h"
#include "SessionInfo.h"
#include "SessionRights.h"

// Log-on, log-off and the current administrator's permissions.
class SessionService
{
public:
    explicit SessionService(RasClient *client)
        : m_client(client)
    {
    }

    void logOn(const QString &user, const QString &password, QObject *receiver,
               std::function<void(const RasResult<SessionInfo> &)> callback);
    // Treats a 404 as "all allowed" (servers without the endpoint).
    void permissions(QObject *receiver, std::function<void(const RasResult<AdminPermissions> &)> callback);
    // A custom administrator's rights per Site and object type; adminId is the log-on's userId.
    void customPermissions(int adminId, QObject *receiver, std::function<void(const RasResult<CustomPermissions> &)> callback);
    // Both of the above: what the administrator adminId (the log-on's userId) may do. An error means
    // the server would not say (never "everything allowed").
    void rights(int adminId, QObject *receiver, std::function<void(const RasResult<SessionRights> &)> callback);
    // Best effort: the token is forgotten whatever the server says.
    void logOff(QObject *receiver, std::function<void(const RasResult<Done> &)> callback);

private:
    RasClient *m_client;
};
