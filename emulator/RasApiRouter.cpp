#include "RasApiRouter.h"

#include "LenientJson.h"
#include "StatusSimulator.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QUuid>

RasApiRouter::RasApiRouter(const QString &user, const QString &password, int tokenIdleSeconds)
    : m_user(user)
    , m_password(password)
    , m_sessions(tokenIdleSeconds)
    , m_brokerRoutes(m_farm)
    , m_gatewayRoutes(m_farm)
    , m_policyRoutes(m_farm)
{
}

bool RasApiRouter::splitPath(const QString &path, QStringList *segments)
{
    QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty() || parts.first().compare(QLatin1String("api"), Qt::CaseInsensitive) != 0)
        return false;
    parts.removeFirst();
    for (auto &part : parts)
        part = part.toLower();
    *segments = parts;
    return true;
}

ApiResponse RasApiRouter::handle(const ApiRequest &request)
{
    if (request.segments.isEmpty())
        return ApiResponse::problem(404, QStringLiteral("No resource matches api/."));
    const QString resource = request.segments.first();
    RouteContext context{request, request.segments.mid(1), QString()};

    if (resource == QLatin1String("session")) {
        if (context.rest == QStringList{QStringLiteral("logon")})
            return context.is("POST") ? logon(request) : Routes::methodNotAllowed(context);
    }

    const SessionStore::Session *session = m_sessions.touch(request.authToken);
    if (!session)
        return ApiResponse::problem(401, QStringLiteral("The session is not valid or has expired. Log on again."));
    context.admin = session->user;

    const bool useCache = cacheable(request);
    const QString cacheKey = useCache ? request.segments.join(QLatin1Char('/')) + QLatin1Char('?')
                                            + request.query.toString(QUrl::FullyEncoded).toLower()
                                      : QString();
    if (useCache) {
        if (m_cacheGeneration != m_farm.generation) {
            m_answerCache.clear();
            m_cacheGeneration = m_farm.generation;
        }
        const auto cached = m_answerCache.constFind(cacheKey);
        if (cached != m_answerCache.constEnd())
            return *cached;
    }

    ApiResponse response;
    if (const auto refusal = refusedByRole(context, resource))
        response = *refusal;
    else if (resource == QLatin1String("session"))
        response = handleSession(context, request.authToken);
    else if (resource == QLatin1String("broker"))
        response = routeBroker(context, false);
    else if (resource == QLatin1String("connectionbroker"))
        response = routeBroker(context, true);
    else if (resource == QLatin1String("adminaccount"))
        response = handleAdminAccount(context);
    else if (resource == QLatin1String("gateway"))
        response = m_gatewayRoutes.handle(context);
    else if (resource == QLatin1String("clientpolicies"))
        response = m_policyRoutes.handle(context);
    else if (resource == QLatin1String("site"))
        response = handleSites(context);
    else if (resource == QLatin1String("settings"))
        response = handleSettings(context);
    else
        response = Routes::routeNotFound(context);

    if (context.endSession)
        m_sessions.close(request.authToken);
    if (request.method != QLatin1String("GET") && response.status >= 200 && response.status < 300)
        ++m_farm.generation;
    else if (useCache && response.status == 200)
        m_answerCache.insert(cacheKey, response);
    return response;
}

std::optional<ApiResponse> RasApiRouter::refusedByRole(const RouteContext &context, const QString &resource) const
{
    // REST rights are the console rights (the CustomPermission flags this emulator serves).
    if (resource == QLatin1String("session") || resource == QLatin1String("adminaccount") || resource == QLatin1String("site"))
        return std::nullopt;
    const bool write = !context.is("GET");
    switch (m_role) {
    case EmulatorOptions::Role::Root:
    case EmulatorOptions::Role::Power:
        return std::nullopt;
    case EmulatorOptions::Role::CustomViewer:
        if (!write)
            return std::nullopt;
        break;
    case EmulatorOptions::Role::CustomMixed:
        // Gateways: everything (and so Apply Settings); brokers: view; client policies: not even that.
        if (resource == QLatin1String("gateway") || resource == QLatin1String("settings"))
            return std::nullopt;
        if (resource == QLatin1String("clientpolicies"))
            return ApiResponse::problem(403, QStringLiteral("Administrator '%1' has no permission to view this "
                                                            "resource.").arg(context.admin));
        if (!write)
            return std::nullopt;
        break;
    }
    return ApiResponse::problem(403, QStringLiteral("Administrator '%1' has no permission to modify this "
                                                    "resource.").arg(context.admin));
}

ApiResponse RasApiRouter::routeBroker(RouteContext &context, bool movedPath)
{
    // Version 21 writes brokers under api/ConnectionBroker only and still reads them under both paths;
    // version 20 knows only api/Broker.
    if (m_rasVersion < 21 && movedPath)
        return Routes::routeNotFound(context);
    if (m_rasVersion >= 21 && !movedPath && !context.is("GET"))
        return Routes::routeNotFound(context);
    return m_brokerRoutes.handle(context);
}

bool RasApiRouter::cacheable(const ApiRequest &request) const
{
    if (request.method != QLatin1String("GET") || request.segments.isEmpty())
        return false;
    const QString &resource = request.segments.first();
    if (resource == QLatin1String("session"))
        return false; // per-admin answers
    // Status loads move with time on a live (demo) farm; everything else depends on the farm only.
    const bool isStatus = request.segments.last() == QLatin1String("status");
    return !isStatus || !m_farm.liveLoads;
}

bool RasApiRouter::constantTimeEquals(const QString &a, const QString &b)
{
    // Comparing digests makes the time independent of the lengths as well as the contents.
    const QByteArray x = QCryptographicHash::hash(a.toUtf8(), QCryptographicHash::Sha256);
    const QByteArray y = QCryptographicHash::hash(b.toUtf8(), QCryptographicHash::Sha256);
    unsigned char difference = 0;
    for (qsizetype i = 0; i < x.size(); ++i)
        difference |= static_cast<unsigned char>(x.at(i) ^ y.at(i));
    return difference == 0;
}

ApiResponse RasApiRouter::logon(const ApiRequest &request)
{
    if (const int retryAfter = m_throttle.retryAfterSeconds(request.remoteAddress); retryAfter > 0) {
        ApiResponse throttled =
            ApiResponse::problem(429, QStringLiteral("Too many failed log-ons from this address. Try again in %1 s.")
                                          .arg(retryAfter));
        throttled.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter)});
        return throttled;
    }
    ApiResponse error;
    const auto body = LenientJson::parseObject(request.body, &error);
    if (!body)
        return error;
    const QJsonValue user = LenientJson::valueOf(*body, QStringLiteral("username"));
    const QJsonValue password = LenientJson::valueOf(*body, QStringLiteral("password"));
    if (!user.isString() || user.toString().isEmpty() || user.toString().size() > 255)
        return ApiResponse::validation(QStringLiteral("username"), QStringLiteral("The username field is required."));
    if (!password.isString())
        return ApiResponse::validation(QStringLiteral("password"), QStringLiteral("The password field is required."));
    const bool userMatches = user.toString().compare(m_user, Qt::CaseInsensitive) == 0;
    const bool passwordMatches = constantTimeEquals(password.toString(), m_password);
    if (!userMatches || !passwordMatches) {
        m_throttle.recordFailure(request.remoteAddress);
        return ApiResponse::problem(401, QStringLiteral("Invalid user name or password."));
    }
    m_throttle.recordSuccess(request.remoteAddress);

    const QByteArray token = m_sessions.open(m_user);
    const SessionStore::Session *session = m_sessions.touch(token);
    const QJsonObject answer{
        {QStringLiteral("authToken"), QString::fromLatin1(token)},
        {QStringLiteral("localAuth"), false},
        {QStringLiteral("userId"), 1},
        {QStringLiteral("applySettingsEnabled"), true},
        {QStringLiteral("connectedSiteId"), m_farm.sites.isEmpty() ? 1 : m_farm.sites.first().value(QLatin1String("id")).toInt()},
        {QStringLiteral("settingsId"), m_farm.appliedCount + 1},
        {QStringLiteral("sessionId"), session ? session->sessionId : 0},
        {QStringLiteral("connectedServer"), m_farm.brokers.isEmpty()
                                                ? QStringLiteral("localhost")
                                                : m_farm.brokers.first().value(QLatin1String("server")).toString()},
        {QStringLiteral("licensingServer"), m_farm.brokers.isEmpty()
                                                ? QStringLiteral("localhost")
                                                : m_farm.brokers.first().value(QLatin1String("server")).toString()},
        {QStringLiteral("primaryBrokerConnection"), true},
        {QStringLiteral("licensingServerConnection"), true},
        {QStringLiteral("domain"), QStringLiteral("corp.example.com")},
        {QStringLiteral("farmName"), QStringLiteral("Emulated RAS Farm")},
        {QStringLiteral("farmGUID"), QUuid::createUuidV5(QUuid(), QStringLiteral("ras-emulator")).toString(QUuid::WithoutBraces)},
    };
    return ApiResponse::json(200, answer);
}

ApiResponse RasApiRouter::handleSession(RouteContext &context, const QByteArray &token)
{
    const QStringList &rest = context.rest;
    if (rest == QStringList{QStringLiteral("logoff")}) {
        if (!context.is("POST"))
            return Routes::methodNotAllowed(context);
        m_sessions.close(token);
        return ApiResponse::empty(200);
    }
    if (rest == QStringList{QStringLiteral("currentadminpermissions")})
        return context.is("GET") ? permissions(context.admin) : Routes::methodNotAllowed(context);
    if (rest.size() == 2 && rest.at(1) == QLatin1String("logoff")) {
        const auto id = Routes::parseId(rest.first());
        if (!id)
            return Routes::routeNotFound(context);
        if (!context.is("POST"))
            return Routes::methodNotAllowed(context);
        if (!m_sessions.closeById(*id))
            return ApiResponse::problem(404, QStringLiteral("Administrator session %1 was not found.").arg(*id));
        return ApiResponse::noContent();
    }
    return Routes::routeNotFound(context);
}

ApiResponse RasApiRouter::permissions(const QString &admin) const
{
    QJsonArray sites;
    for (const auto &site : m_farm.sites)
        sites.append(site.value(QLatin1String("id")));
    // permissions: the "Administrator type" enum, 0 PowerAdmin, 1 RootAdmin, 2 CustomAdmin.
    const bool custom = m_role == EmulatorOptions::Role::CustomViewer || m_role == EmulatorOptions::Role::CustomMixed;
    const int type = custom ? 2 : m_role == EmulatorOptions::Role::Power ? 0 : 1;
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("adminName"), admin},
                                              {QStringLiteral("adminType"), 0},
                                              {QStringLiteral("email"), QStringLiteral("ras-admin@corp.example.com")},
                                              {QStringLiteral("groupName"), QString()},
                                              {QStringLiteral("mobile"), QString()},
                                              {QStringLiteral("sid"), QStringLiteral("S-1-5-21-1004336348-1177238915-682003330-512")},
                                              {QStringLiteral("permissions"), type},
                                              {QStringLiteral("runtimeSitesList"), sites},
                                              {QStringLiteral("farmMode"), 0},
                                              {QStringLiteral("monitoring"), true},
                                              {QStringLiteral("reporting"), !custom},
                                              {QStringLiteral("licensing"), !custom},
                                              {QStringLiteral("quickKeypad"), !custom},
                                              {QStringLiteral("policies"), m_role != EmulatorOptions::Role::CustomMixed}});
}

ApiResponse RasApiRouter::handleSites(const RouteContext &context) const
{
    if (!context.is("GET"))
        return Routes::methodNotAllowed(context);
    if (context.rest.isEmpty()) {
        const QString name = context.request.queryValue(QStringLiteral("Name"));
        QJsonArray result;
        for (const auto &site : m_farm.sites) {
            if (name.isEmpty() || site.value(QLatin1String("name")).toString().compare(name, Qt::CaseInsensitive) == 0)
                result.append(site);
        }
        return ApiResponse::json(200, result);
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (context.rest == QStringList{QStringLiteral("status")}) {
        QJsonArray result;
        for (const auto &site : m_farm.sites)
            result.append(StatusSimulator::siteStatus(m_farm, site, now));
        return ApiResponse::json(200, result);
    }
    const bool status = context.rest.size() == 2 && context.rest.at(1) == QLatin1String("status");
    const auto id = context.rest.size() == 1 || status ? Routes::parseId(context.rest.first()) : std::nullopt;
    if (!id)
        return Routes::routeNotFound(context);
    const int index = m_farm.siteIndex(*id);
    if (index < 0)
        return ApiResponse::notFound(QStringLiteral("Site"), *id);
    if (status)
        return ApiResponse::json(200, StatusSimulator::siteStatus(m_farm, m_farm.sites.at(index), now));
    return ApiResponse::json(200, m_farm.sites.at(index));
}

ApiResponse RasApiRouter::handleAdminAccount(const RouteContext &context) const
{
    // Only what a console needs about itself: GET AdminAccount/{id}/CustomPermission for the main
    // account (user id 1, as log-on answers), with the flags the guide documents (1 View, 2 Modify,
    // 8 Add, 16 Delete, ...). The view-only custom administrator may view brokers, gateways and
    // client policies; the mixed one may view brokers, manage gateways and has no client policies.
    if (context.rest.size() != 2 || context.rest.at(1) != QLatin1String("custompermission"))
        return Routes::routeNotFound(context);
    if (!context.is("GET"))
        return Routes::methodNotAllowed(context);
    const auto id = Routes::parseId(context.rest.first());
    if (!id)
        return Routes::routeNotFound(context);
    if (*id != 1)
        return ApiResponse::notFound(QStringLiteral("Administrator"), *id);
    const bool mixed = m_role == EmulatorOptions::Role::CustomMixed;
    if (m_role != EmulatorOptions::Role::CustomViewer && !mixed)
        return ApiResponse::problem(400, QStringLiteral("Administrator %1 is not a custom administrator.").arg(*id));
    constexpr int kView = 1, kModify = 2, kAdd = 8, kDelete = 16;
    auto granting = [](int flags) {
        return QJsonObject{{QStringLiteral("sitePermission"), QJsonObject{{QStringLiteral("permissions"), flags}}},
                           {QStringLiteral("objectPermissions"), QJsonArray()}};
    };
    QJsonArray perSite;
    for (const auto &site : m_farm.sites) {
        perSite.append(QJsonObject{{QStringLiteral("siteId"), site.value(QLatin1String("id"))},
                                   {QStringLiteral("brokers"), granting(kView)},
                                   {QStringLiteral("gateways"), granting(mixed ? kView | kModify | kAdd | kDelete : kView)},
                                   {QStringLiteral("rdsHosts"), granting(0)},
                                   {QStringLiteral("halb"), granting(0)}});
    }
    // The farm-wide categories' shape is inferred (the guide names globalPermissions only).
    const QJsonObject global{{QStringLiteral("clientPolicies"), QJsonObject{{QStringLiteral("permissions"), mixed ? 0 : kView}}}};
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("sitePermissions"), perSite},
                                              {QStringLiteral("globalPermissions"), global}});
}

ApiResponse RasApiRouter::handleSettings(RouteContext &context)
{
    if (context.rest != QStringList{QStringLiteral("apply")})
        return Routes::routeNotFound(context);
    if (!context.is("POST"))
        return Routes::methodNotAllowed(context);
    m_farm.unappliedBrokers.clear();
    m_farm.unappliedGateways.clear();
    m_farm.pendingChanges = 0;
    ++m_farm.appliedCount;
    return ApiResponse::noContent();
}
