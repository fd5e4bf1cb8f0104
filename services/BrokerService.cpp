#include "BrokerService.h"

#include "ServiceSupport.h"

#include <QPointer>

using namespace ServiceSupport;

namespace {

const QString kReads = QStringLiteral("broker-reads");
const QString kWrites = QStringLiteral("broker-writes");

QString queryFlag(bool value) { return value ? QStringLiteral("true") : QStringLiteral("false"); }
QString idSuffix(int id) { return QStringLiteral("/%1").arg(id); }
// 404 and 405 mean the server has no such route: nothing was executed, so trying the other path is safe.
bool routeMissing(const RasError &error) { return error.httpStatus == 404 || error.httpStatus == 405; }
// Any HTTP answer other than those shows the route exists (a refusal too); a lost answer shows nothing.
bool routeAnswered(const RasResult<RasClient::Reply> &result)
{
    return result.ok() || (result.error().httpStatus > 0 && !routeMissing(result.error()));
}

} // namespace

const QString &BrokerService::documentedPath()
{
    static const QString path = QStringLiteral("api/Broker");
    return path;
}

const QString &BrokerService::movedPath()
{
    static const QString path = QStringLiteral("api/ConnectionBroker");
    return path;
}

QString BrokerService::readPath(const QString &suffix) const
{
    const QString learnt = m_client->learntPath(kReads);
    return (learnt.isEmpty() ? documentedPath() : learnt) + suffix;
}

void BrokerService::send(const Request &request, QObject *receiver, RasClient::Callback callback)
{
    RasClient *client = m_client;
    const QString learnt = client->learntPath(request.family);
    if (!learnt.isEmpty()) {
        client->send(request.method, learnt + request.suffix, request.query, request.body, receiver, std::move(callback));
        return;
    }
    client->send(request.method, documentedPath() + request.suffix, request.query, request.body, receiver,
                 [client, request, receiver, callback](const RasResult<RasClient::Reply> &result) {
                     if (routeAnswered(result))
                         client->learnPath(request.family, documentedPath());
                     if (result.ok() || !routeMissing(result.error())) {
                         callback(result);
                         return;
                     }
                     BrokerService(client).sendMoved(request, result.error(), receiver, callback);
                 });
}

void BrokerService::sendMoved(const Request &request, const RasError &first, QObject *receiver,
                              RasClient::Callback callback)
{
    RasClient *client = m_client;
    client->send(request.method, movedPath() + request.suffix, request.query, request.body, receiver,
                 [client, request, first, receiver, callback](const RasResult<RasClient::Reply> &result) {
                     if (routeAnswered(result)) {
                         client->learnPath(request.family, movedPath());
                         callback(result);
                         return;
                     }
                     if (result.ok() || !routeMissing(result.error())) {
                         callback(result); // a lost answer: its outcome is unknown, say so
                         return;
                     }
                     // 405 under api/Broker means that path exists for other methods (as on version 21,
                     // which still reads there): the 404 under api/ConnectionBroker is about the broker.
                     if (first.httpStatus == 405) {
                         client->learnPath(request.family, movedPath());
                         callback(result);
                         return;
                     }
                     BrokerService(client).reportBothMissing(request, first, receiver, callback);
                 });
}

void BrokerService::reportBothMissing(const Request &request, const RasError &first, QObject *receiver,
                                      RasClient::Callback callback)
{
    // Both paths answered 404: either the broker does not exist or neither path does. One read, which
    // every version serves, tells which, so the user sees one clear "not found" for a missing broker.
    if (request.brokerId <= 0) {
        callback(first);
        return;
    }
    m_client->send("GET", readPath(idSuffix(request.brokerId)), {}, {}, receiver,
                   [first, callback](const RasResult<RasClient::Reply> &result) {
                       if (!result.ok() && result.error().httpStatus == 404) {
                           RasError missing = result.error();
                           missing.method = first.method;
                           missing.path = first.path;
                           callback(missing);
                           return;
                       }
                       callback(first);
                   });
}

namespace {

RasClient::Callback toDone(std::function<void(const RasResult<Done> &)> callback)
{
    return [callback = std::move(callback)](const RasResult<RasClient::Reply> &result) {
        if (!result)
            callback(result.error());
        else
            callback(Done{});
    };
}

} // namespace

void BrokerService::list(int siteId, QObject *receiver, std::function<void(const RasResult<QList<Broker>> &)> callback)
{
    QUrlQuery query;
    if (siteId > 0)
        query.addQueryItem(QStringLiteral("SiteId"), QString::number(siteId));
    RasClient *client = m_client;
    const auto fetch = [client, query, receiver](const QString &path,
                                                 std::function<void(const RasResult<QList<Broker>> &)> done) {
        fetchList<Broker>(client, path, query, receiver, std::move(done));
    };
    const QString learnt = client->learntPath(kReads);
    if (!learnt.isEmpty()) {
        fetch(learnt, std::move(callback));
        return;
    }
    // Every version documented so far lists brokers under api/Broker; should one stop, the list is
    // looked for under the path writes moved to.
    fetch(documentedPath(), [client, fetch, callback](const RasResult<QList<Broker>> &result) {
        if (result.ok() || !routeMissing(result.error())) {
            if (result.ok() || result.error().httpStatus > 0)
                client->learnPath(kReads, documentedPath());
            callback(result);
            return;
        }
        const RasError first = result.error();
        fetch(movedPath(), [client, first, callback](const RasResult<QList<Broker>> &moved) {
            if (moved.ok() || (moved.error().httpStatus > 0 && !routeMissing(moved.error()))) {
                client->learnPath(kReads, movedPath());
                callback(moved);
                return;
            }
            callback(moved.error().httpStatus > 0 ? first : moved.error());
        });
    });
}

void BrokerService::get(int id, QObject *receiver, std::function<void(const RasResult<Broker> &)> callback)
{
    fetchObject<Broker>(m_client, "GET", readPath(idSuffix(id)), {}, {}, receiver, std::move(callback));
}

QString BrokerService::validateServer(const QString &server)
{
    const QString trimmed = server.trimmed();
    if (trimmed.isEmpty())
        return QCoreApplication::translate("BrokerService", "Enter the server's FQDN or IP address.");
    if (trimmed.size() > 255)
        return QCoreApplication::translate("BrokerService", "The server name may have at most 255 characters.");
    if (trimmed.contains(QLatin1Char(' ')) || trimmed.contains(QLatin1Char('/')))
        return QCoreApplication::translate("BrokerService", "The server name must not contain spaces or slashes.");
    return {};
}

void BrokerService::add(const BrokerAddRequest &request, QObject *receiver,
                        std::function<void(const RasResult<Broker> &)> callback)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("noInstall"), queryFlag(!request.installAgent));
    if (request.installAgent) {
        query.addQueryItem(QStringLiteral("noRestart"), queryFlag(!request.restartAfterInstall));
        query.addQueryItem(QStringLiteral("noFireWallRules"), queryFlag(!request.addFirewallRules));
        if (!request.installUser.isEmpty()) {
            query.addQueryItem(QStringLiteral("username"), request.installUser);
            query.addQueryItem(QStringLiteral("password"), request.installPassword);
        }
    }
    QJsonObject body{{QStringLiteral("server"), request.server.trimmed()}};
    if (request.siteId > 0)
        body.insert(QStringLiteral("siteId"), request.siteId);
    send({kWrites, "POST", QString(), query, toBody(body), 0}, receiver,
         [callback](const RasResult<RasClient::Reply> &result) {
             if (!result)
                 callback(result.error());
             else
                 callback(decodeObject<Broker>(result.value()));
         });
}

void BrokerService::update(int id, const BrokerChanges &changes, QObject *receiver,
                           std::function<void(const RasResult<Done> &)> callback)
{
    send({kWrites, "PUT", idSuffix(id), {}, toBody(changes.toJson()), id}, receiver, toDone(std::move(callback)));
}

void BrokerService::remove(int id, bool keepAgent, QObject *receiver, std::function<void(const RasResult<Done> &)> callback)
{
    QUrlQuery query;
    if (keepAgent)
        query.addQueryItem(QStringLiteral("noUninstall"), QStringLiteral("true"));
    send({kWrites, "DELETE", idSuffix(id), query, {}, id}, receiver, toDone(std::move(callback)));
}

void BrokerService::move(int id, bool up, QObject *receiver, std::function<void(const RasResult<Done> &)> callback)
{
    const QJsonObject body{{QStringLiteral("direction"), up ? QStringLiteral("up") : QStringLiteral("down")}};
    send({kWrites, "PUT", idSuffix(id) + QStringLiteral("/priority"), {}, toBody(body), id}, receiver,
         toDone(std::move(callback)));
}

void BrokerService::promote(int id, QObject *receiver, std::function<void(const RasResult<Done> &)> callback)
{
    RasClient *client = m_client;
    // The client itself receives the answer: the server ended our session whether or not the caller
    // still waits, so the token is dropped in any case (the next call logs on first instead of paying
    // for a 401). Only the callback depends on the caller.
    const QPointer<QObject> guard(receiver);
    const bool hadReceiver = receiver != nullptr;
    send({kWrites, "POST", idSuffix(id) + QStringLiteral("/Promote"), {}, {}, id}, client,
         toDone([client, guard, hadReceiver, callback](const RasResult<Done> &result) {
             if (result)
                 client->dropToken();
             if (!hadReceiver || guard)
                 callback(result);
         }));
}

void BrokerService::statusAll(QObject *receiver, std::function<void(const RasResult<QList<BrokerStatus>> &)> callback)
{
    fetchList<BrokerStatus>(m_client, readPath(QStringLiteral("/status")), {}, receiver, std::move(callback));
}

void BrokerService::status(int id, QObject *receiver, std::function<void(const RasResult<BrokerStatus> &)> callback)
{
    fetchObject<BrokerStatus>(m_client, "GET", readPath(idSuffix(id) + QStringLiteral("/status")), {}, {}, receiver,
                              std::move(callback));
}
