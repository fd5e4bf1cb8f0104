#include "SessionService.h"

#include "ServiceSupport.h"

#include <QPointer>

void SessionService::logOn(const QString &user, const QString &password, QObject *receiver,
                           std::function<void(const RasResult<SessionInfo> &)> callback)
{
    m_client->setCredentials(user, password);
    m_client->logOn(receiver, [callback, user](const RasResult<RasClient::Reply> &result) {
        if (!result) {
            callback(result.error());
            return;
        }
        SessionInfo info = SessionInfo::fromJson(result.value().body);
        info.user = user;
        callback(info);
    });
}

void SessionService::permissions(QObject *receiver, std::function<void(const RasResult<AdminPermissions> &)> callback)
{
    m_client->send("GET", QStringLiteral("api/Session/CurrentAdminPermissions"), {}, {}, receiver,
                   [callback](const RasResult<RasClient::Reply> &result) {
                       if (!result) {
                           if (result.error().kind == RasError::Kind::NotFound)
                               callback(AdminPermissions::everything());
                           else
                               callback(result.error());
                           return;
                       }
                       callback(AdminPermissions::fromJson(result.value().body));
                   });
}

void SessionService::customPermissions(int adminId, QObject *receiver,
                                       std::function<void(const RasResult<CustomPermissions> &)> callback)
{
    m_client->send("GET", QStringLiteral("api/AdminAccount/%1/CustomPermission").arg(adminId), {}, {}, receiver,
                   [callback](const RasResult<RasClient::Reply> &result) {
                       if (!result) {
                           callback(result.error());
                           return;
                       }
                       callback(ServiceSupport::decodeObject<CustomPermissions>(result.value()));
                   });
}

void SessionService::rights(int adminId, QObject *receiver, std::function<void(const RasResult<SessionRights> &)> callback)
{
    RasClient *client = m_client;
    const QPointer<QObject> guard(receiver);
    permissions(receiver, [client, adminId, guard, callback](const RasResult<AdminPermissions> &admin) {
        if (!admin) {
            callback(admin.error());
            return;
        }
        if (!admin.value().isCustom()) {
            callback(SessionRights::of(admin.value()));
            return;
        }
        if (!guard)
            return;
        SessionService(client).customPermissions(adminId, guard, [admin, callback](const RasResult<CustomPermissions> &custom) {
            if (!custom)
                callback(custom.error());
            else
                callback(SessionRights::ofCustom(admin.value(), custom.value()));
        });
    });
}

void SessionService::logOff(QObject *receiver, std::function<void(const RasResult<Done> &)> callback)
{
    if (!m_client->isLoggedOn()) {
        callback(Done{});
        return;
    }
    RasClient *client = m_client;
    // Without credentials a 401 here cannot trigger a log-on just to log off.
    client->forgetCredentials();
    client->send("POST", QStringLiteral("api/Session/logoff"), {}, {}, receiver,
                 [client, callback](const RasResult<RasClient::Reply> &result) {
                     client->dropToken();
                     if (!result)
                         callback(result.error());
                     else
                         callback(Done{});
                 });
}
