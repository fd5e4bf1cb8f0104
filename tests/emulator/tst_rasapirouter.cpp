#include "FarmSeeder.h"
#include "RasApiRouter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

// The emulated API without a socket: every route, its refusals, and the rule that a refused
// request never changes the farm.
class TestRasApiRouter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RasApiRouter> m_router;
    QByteArray m_token;

    ApiResponse call(const char *method, const QString &path, const QByteArray &body = {}, bool auth = true)
    {
        ApiRequest request;
        request.method = QString::fromLatin1(method);
        const int question = static_cast<int>(path.indexOf(QLatin1Char('?')));
        RasApiRouter::splitPath(question < 0 ? path : path.left(question), &request.segments);
        if (question >= 0)
            request.query = QUrlQuery(path.mid(question + 1));
        request.body = body;
        if (auth)
            request.authToken = m_token;
        return m_router->handle(request);
    }
    static QJsonObject object(const ApiResponse &response) { return QJsonDocument::fromJson(response.body).object(); }
    static QJsonArray array(const ApiResponse &response) { return QJsonDocument::fromJson(response.body).array(); }
    QByteArray farmSnapshot() const
    {
        const FarmState &farm = m_router->farm();
        QJsonArray all;
        for (const auto *list : {&farm.sites, &farm.brokers, &farm.gateways, &farm.policies}) {
            QJsonArray part;
            for (const auto &item : *list)
                part.append(item);
            all.append(part);
        }
        return QJsonDocument(all).toJson(QJsonDocument::Compact);
    }

private slots:
    void init();
    void logonAndAuthentication();
    void pathsInAnyCase();
    void brokerListFilters();
    void brokerCreateAndDuplicates();
    void brokerUpdateAcceptsSampleAndSchemaNames();
    void brokerPrimaryRules();
    void brokerMovesAndPromote();
    void brokerStatusShape();
    void unappliedUntilApply();
    void gatewayCrud();
    void gatewayUpdateValidation();
    void policyCrudAndOrder();
    void secondaryConnections();
    void sites();
    void siteStatus();
    void version21MovesBrokerWrites();
    void rolesAndPermissions();
    void mixedCustomRights();
    void badInputNeverChangesTheFarm_data();
    void badInputNeverChangesTheFarm();
    void unknownRoutesAndMethods();
    void largeSeed();
};

void TestRasApiRouter::init()
{
    m_router = std::make_unique<RasApiRouter>(QStringLiteral("administrator"), QStringLiteral("secret"), 0);
    FarmSeeder::seedDemo(&m_router->farm());
    const ApiResponse logon = call("POST", QStringLiteral("/api/Session/logon"),
                                   R"({"username":"administrator","password":"secret"})", false);
    QCOMPARE(logon.status, 200);
    m_token = object(logon).value(QLatin1String("authToken")).toString().toLatin1();
    QVERIFY(!m_token.isEmpty());
}

void TestRasApiRouter::logonAndAuthentication()
{
    const ApiResponse logon = call("POST", QStringLiteral("api/session/LOGON"),
                                   R"({"username":"Administrator","password":"secret"})", false);
    QCOMPARE(logon.status, 200);
    const QJsonObject session = object(logon);
    for (const char *key : {"authToken", "localAuth", "userId", "applySettingsEnabled", "connectedSiteId", "settingsId",
                            "sessionId", "connectedServer", "licensingServer", "primaryBrokerConnection",
                            "licensingServerConnection", "domain", "farmName", "farmGUID"})
        QVERIFY2(session.contains(QLatin1String(key)), key);

    const ApiResponse wrong = call("POST", QStringLiteral("api/Session/logon"), R"({"username":"administrator","password":"nope"})", false);
    QCOMPARE(wrong.status, 401);
    QCOMPARE(object(wrong).value(QLatin1String("status")).toInt(), 401);
    QVERIFY(!object(wrong).value(QLatin1String("detail")).toString().isEmpty());
    QCOMPARE(call("POST", QStringLiteral("api/Session/logon"), R"({"username":"administrator"})", false).status, 400);
    QCOMPARE(call("POST", QStringLiteral("api/Session/logon"), "not json", false).status, 400);

    QCOMPARE(call("GET", QStringLiteral("api/Broker"), {}, false).status, 401);
    QCOMPARE(call("GET", QStringLiteral("api/Session/CurrentAdminPermissions")).status, 200);
    QCOMPARE(object(call("GET", QStringLiteral("api/Session/CurrentAdminPermissions"))).value(QLatin1String("adminName")).toString(),
             QStringLiteral("administrator"));

    // Log off other admin by session id, then ourselves.
    const int otherSession = session.value(QLatin1String("sessionId")).toInt();
    QCOMPARE(call("POST", QStringLiteral("api/Session/%1/logoff").arg(otherSession)).status, 204);
    QCOMPARE(call("POST", QStringLiteral("api/Session/%1/logoff").arg(otherSession)).status, 404);
    QCOMPARE(call("POST", QStringLiteral("api/Session/logoff")).status, 200);
    QCOMPARE(call("GET", QStringLiteral("api/Broker")).status, 401);
}

void TestRasApiRouter::pathsInAnyCase()
{
    QCOMPARE(call("GET", QStringLiteral("api/broker")).status, 200);
    QCOMPARE(call("GET", QStringLiteral("/API/BROKER/1")).status, 200);
    QCOMPARE(call("GET", QStringLiteral("api/clientpolicies/1/secondaryconnections")).status, 200);
    QCOMPARE(call("GET", QStringLiteral("api/Gateway/Status")).status, 200);
}

void TestRasApiRouter::brokerListFilters()
{
    QCOMPARE(array(call("GET", QStringLiteral("api/Broker"))).size(), 3);
    QCOMPARE(array(call("GET", QStringLiteral("api/Broker?SiteId=2"))).size(), 1);
    QCOMPARE(array(call("GET", QStringLiteral("api/Broker?siteid=1"))).size(), 2);
    QCOMPARE(array(call("GET", QStringLiteral("api/Broker?Server=RAS-CB02.corp.example.com"))).size(), 1);
    QCOMPARE(call("GET", QStringLiteral("api/Broker?SiteId=x")).status, 400);
}

void TestRasApiRouter::brokerCreateAndDuplicates()
{
    const ApiResponse created = call("POST", QStringLiteral("api/broker?noInstall=true&noRestart=false"),
                                     R"({"server":"192.12.0.8","siteId":"1"})");
    QCOMPARE(created.status, 201);
    const QJsonObject broker = object(created);
    QCOMPARE(broker.value(QLatin1String("priority")).toInt(), 2);
    QCOMPARE(broker.value(QLatin1String("ip")).toString(), QStringLiteral("192.12.0.8"));
    QCOMPARE(broker.value(QLatin1String("siteId")).toInt(), 1);
    QCOMPARE(broker.value(QLatin1String("adminCreate")).toString(), QStringLiteral("administrator"));
    QCOMPARE(call("POST", QStringLiteral("api/broker"), R"({"server":"192.12.0.8"})").status, 409);
    QCOMPARE(call("POST", QStringLiteral("api/broker"), R"({"server":"new","siteId":99})").status, 400);
    QCOMPARE(call("POST", QStringLiteral("api/broker?noInstall=maybe"), R"({"server":"x1"})").status, 400);
    QCOMPARE(call("POST", QStringLiteral("api/broker"), R"({"siteId":1})").status, 400);

    // Without a siteId the server goes to the Licensing Server's site, whichever that is.
    QList<QJsonObject> &sites = m_router->farm().sites;
    sites[0].insert(QStringLiteral("licensingSite"), false);
    sites[1].insert(QStringLiteral("licensingSite"), true);
    const ApiResponse defaulted = call("POST", QStringLiteral("api/broker?noInstall=true"), R"({"server":"cb-lic.example.com"})");
    QCOMPARE(defaulted.status, 201);
    QCOMPARE(object(defaulted).value(QLatin1String("siteId")).toInt(), sites[1].value(QLatin1String("id")).toInt());
    const ApiResponse gateway = call("POST", QStringLiteral("api/gateway"), R"({"server":"gw-lic.example.com"})");
    QCOMPARE(gateway.status, 201);
    QCOMPARE(object(gateway).value(QLatin1String("siteId")).toInt(), sites[1].value(QLatin1String("id")).toInt());
}

void TestRasApiRouter::brokerUpdateAcceptsSampleAndSchemaNames()
{
    QCOMPARE(call("PUT", QStringLiteral("api/broker/2"), R"({"enable":"false","description":"alternative publishing agent"})").status, 204);
    QJsonObject broker = object(call("GET", QStringLiteral("api/broker/2")));
    QCOMPARE(broker.value(QLatin1String("enabled")).toBool(), false);
    QCOMPARE(broker.value(QLatin1String("description")).toString(), QStringLiteral("alternative publishing agent"));
    QCOMPARE(call("PUT", QStringLiteral("api/broker/2"), R"({"enabled":true,"alternativeIPs":"1.2.3.4;5.6.7.8","standby":"true"})").status, 204);
    broker = object(call("GET", QStringLiteral("api/broker/2")));
    QCOMPARE(broker.value(QLatin1String("enabled")).toBool(), true);
    QCOMPARE(broker.value(QLatin1String("standby")).toBool(), true);
    QCOMPARE(broker.value(QLatin1String("alternativeIPs")).toString(), QStringLiteral("1.2.3.4;5.6.7.8"));
    QCOMPARE(call("PUT", QStringLiteral("api/broker/2"), R"({"priority":0})").status, 400);
    QCOMPARE(call("PUT", QStringLiteral("api/broker/99"), R"({"enabled":true})").status, 404);
}

void TestRasApiRouter::brokerPrimaryRules()
{
    const ApiResponse disable = call("PUT", QStringLiteral("api/broker/1"), R"({"enabled":false})");
    QCOMPARE(disable.status, 400);
    QVERIFY(!object(disable).value(QLatin1String("msg")).toString().isEmpty());
    QCOMPARE(call("DELETE", QStringLiteral("api/broker/1")).status, 400);
    QCOMPARE(call("DELETE", QStringLiteral("api/broker/2?noUninstall=true")).status, 204);
    QCOMPARE(call("GET", QStringLiteral("api/broker/2")).status, 404);
}

void TestRasApiRouter::brokerMovesAndPromote()
{
    QCOMPARE(call("POST", QStringLiteral("api/broker"), R"({"server":"cb-new","siteId":1})").status, 201);
    // Priorities in site 1: 1 (primary), 2, 4 (new).
    const QByteArray up = R"({"direction":"up"})";
    const QByteArray down = R"({"direction":"Down"})";
    const ApiResponse refused = call("PUT", QStringLiteral("api/broker/2/priority"), up);
    QCOMPARE(refused.status, 400);
    QCOMPARE(object(refused), QJsonDocument::fromJson(R"({"code":0,"msg":"Cannot move selected Publishing Agent up."})").object());
    QCOMPARE(call("PUT", QStringLiteral("api/broker/1/priority"), down).status, 400);
    QCOMPARE(call("PUT", QStringLiteral("api/broker/4/priority"), down).status, 400);
    QCOMPARE(call("PUT", QStringLiteral("api/broker/4/priority"), up).status, 204);
    QCOMPARE(object(call("GET", QStringLiteral("api/broker/4"))).value(QLatin1String("priority")).toInt(), 1);
    QCOMPARE(object(call("GET", QStringLiteral("api/broker/2"))).value(QLatin1String("priority")).toInt(), 2);
    QCOMPARE(call("PUT", QStringLiteral("api/broker/4/priority"), R"({"direction":"sideways"})").status, 400);

    const ApiResponse promotePrimary = call("POST", QStringLiteral("api/broker/1/Promote"));
    QCOMPARE(promotePrimary.status, 400);
    QCOMPARE(object(promotePrimary).value(QLatin1String("msg")).toString(),
             QStringLiteral("Cannot promote RAS Connection Broker - The selected Connection Broker is already set as primary."));
    QCOMPARE(call("POST", QStringLiteral("api/broker/2/promote")).status, 204);
    // The promote ended our session, as on a real farm.
    QCOMPARE(call("GET", QStringLiteral("api/broker/2")).status, 401);
    init();
    // A fresh router: check the order after promoting the last broker.
    QCOMPARE(call("POST", QStringLiteral("api/broker/2/promote")).status, 204);
    init();
}

void TestRasApiRouter::brokerStatusShape()
{
    const QJsonArray status = array(call("GET", QStringLiteral("api/broker/status")));
    QCOMPARE(status.size(), 3);
    const QJsonObject sample = QJsonDocument::fromJson(R"({"cpuLoad":0,"memLoad":0,"diskRead":0,"diskWrite":0,"enabled":true,
        "id":"1","server":"x","siteId":1,"agentVer":"","serverOS":"","serviceStartTime":"","systemBootTime":"",
        "unhandledExceptions":0,"agentState":0,"serverType":7,"logLevel":3})").object();
    for (const auto &entry : status) {
        const QJsonObject item = entry.toObject();
        QCOMPARE(item.keys(), sample.keys());
        QVERIFY(item.value(QLatin1String("id")).isString());
        QCOMPARE(item.value(QLatin1String("serverType")).toInt(), 7);
    }
    const QJsonObject one = object(call("GET", QStringLiteral("api/broker/3/status")));
    QCOMPARE(one.value(QLatin1String("id")).toString(), QStringLiteral("3"));
    QCOMPARE(object(call("GET", QStringLiteral("api/gateway/1/status"))).value(QLatin1String("serverType")).toInt(), 3);
}

void TestRasApiRouter::unappliedUntilApply()
{
    const int brokerId = object(call("POST", QStringLiteral("api/broker"), R"({"server":"cb-9"})")).value(QLatin1String("id")).toInt();
    const int gatewayId = object(call("POST", QStringLiteral("api/gateway"), R"({"server":"gw-9"})")).value(QLatin1String("id")).toInt();
    QCOMPARE(object(call("GET", QStringLiteral("api/broker/%1/status").arg(brokerId))).value(QLatin1String("agentState")).toInt(), 24);
    QCOMPARE(object(call("GET", QStringLiteral("api/gateway/%1/status").arg(gatewayId))).value(QLatin1String("agentState")).toInt(), 24);
    QCOMPARE(call("POST", QStringLiteral("api/Settings/Apply")).status, 204);
    QCOMPARE(object(call("GET", QStringLiteral("api/broker/%1/status").arg(brokerId))).value(QLatin1String("agentState")).toInt(), 0);
    QCOMPARE(object(call("GET", QStringLiteral("api/gateway/%1/status").arg(gatewayId))).value(QLatin1String("agentState")).toInt(), 0);
    QCOMPARE(call("GET", QStringLiteral("api/Settings/Apply")).status, 405);
}

void TestRasApiRouter::gatewayCrud()
{
    const ApiResponse created = call("POST", QStringLiteral("api/gateway"), R"({"server":"126.0.0.6","siteId":"2"})");
    QCOMPARE(created.status, 201);
    const QJsonObject gateway = object(created);
    QCOMPARE(gateway.size(), 50);
    QVERIFY(gateway.contains(QLatin1String("iPs")));
    QVERIFY(gateway.contains(QLatin1String("UserPortalPort")));
    const int id = gateway.value(QLatin1String("id")).toInt();
    QCOMPARE(object(call("GET", QStringLiteral("api/gateway/%1").arg(id))), gateway);
    QCOMPARE(array(call("GET", QStringLiteral("api/gateway?SiteId=2"))).size(), 3);
    QCOMPARE(call("POST", QStringLiteral("api/gateway"), R"({"server":"126.0.0.6"})").status, 409);
    QCOMPARE(call("DELETE", QStringLiteral("api/gateway/%1").arg(id)).status, 204);
    QCOMPARE(call("GET", QStringLiteral("api/gateway/%1").arg(id)).status, 404);
    QCOMPARE(call("DELETE", QStringLiteral("api/gateway/%1").arg(id)).status, 404);
}

void TestRasApiRouter::gatewayUpdateValidation()
{
    QCOMPARE(call("PUT", QStringLiteral("api/gateway/1"), R"({"ipversion":"bothVersions","enableGWPort":"false"})").status, 204);
    QJsonObject gateway = object(call("GET", QStringLiteral("api/gateway/1")));
    QCOMPARE(gateway.value(QLatin1String("ipVersion")).toInt(), 2);
    QCOMPARE(gateway.value(QLatin1String("enableGWPort")).toBool(), false);
    QCOMPARE(call("PUT", QStringLiteral("api/gateway/1"),
                  R"({"userportalport":"8443","hstsMaxAge":120,"macAllowOnlyLst":["00:11:22:33:44:55"],"gwMode":"forwarding","minSSLVersion":"TLSv1_2"})")
                 .status,
             204);
    gateway = object(call("GET", QStringLiteral("api/gateway/1")));
    QCOMPARE(gateway.value(QLatin1String("UserPortalPort")).toInt(), 8443);
    QCOMPARE(gateway.value(QLatin1String("gwMode")).toInt(), 1);
    QCOMPARE(gateway.value(QLatin1String("minSSLVersion")).toInt(), 4);
    QCOMPARE(gateway.value(QLatin1String("macAllowOnlyLst")).toArray().size(), 1);
    for (const char *bad : {R"({"gwPort":0})", R"({"gwPort":70000})", R"({"hstsMaxAge":3})", R"({"enableSSL":"maybe"})",
                            R"({"ipVersion":"version5"})", R"({"id":5})", R"({"server":"elsewhere"})", R"({"macAllowOnlyLst":"x"})"}) {
        const ApiResponse response = call("PUT", QStringLiteral("api/gateway/1"), bad);
        QVERIFY2(response.status == 400, bad);
        QVERIFY(object(response).contains(QLatin1String("errors")));
    }
}

void TestRasApiRouter::policyCrudAndOrder()
{
    QCOMPARE(array(call("GET", QStringLiteral("api/ClientPolicies"))).size(), 6);
    QCOMPARE(array(call("GET", QStringLiteral("api/ClientPolicies?name=helpdesk"))).size(), 1);
    const ApiResponse created = call("POST", QStringLiteral("api/ClientPolicies"), R"({"name":"Kiosk","description":"Lobby","enabled":"false"})");
    QCOMPARE(created.status, 201);
    const QJsonObject policy = object(created);
    QCOMPARE(policy.value(QLatin1String("order")).toInt(), 7);
    QCOMPARE(policy.value(QLatin1String("enabled")).toBool(), false);
    QVERIFY(policy.value(QLatin1String("clientPolicy")).toObject().contains(QLatin1String("redirection")));
    const int id = policy.value(QLatin1String("id")).toInt();
    QCOMPARE(call("POST", QStringLiteral("api/ClientPolicies"), R"({"name":"kiosk"})").status, 409);
    QCOMPARE(call("PUT", QStringLiteral("api/ClientPolicies/%1").arg(id), R"({"name":"Kiosk 2","enabled":true})").status, 204);
    QCOMPARE(call("PUT", QStringLiteral("api/ClientPolicies/%1").arg(id), R"({"name":"Helpdesk"})").status, 409);
    QCOMPARE(call("PUT", QStringLiteral("api/ClientPolicies/%1/order").arg(id), R"({"direction":"down"})").status, 400);
    QCOMPARE(call("PUT", QStringLiteral("api/ClientPolicies/%1/order").arg(id), R"({"direction":"up"})").status, 204);
    QCOMPARE(object(call("GET", QStringLiteral("api/ClientPolicies/%1").arg(id))).value(QLatin1String("order")).toInt(), 6);
    QCOMPARE(call("PUT", QStringLiteral("api/ClientPolicies/1/order"), R"({"direction":"up"})").status, 400);
    QCOMPARE(call("DELETE", QStringLiteral("api/ClientPolicies/1")).status, 204);
    const QJsonArray remaining = array(call("GET", QStringLiteral("api/ClientPolicies")));
    QCOMPARE(remaining.size(), 6);
    for (int i = 0; i < remaining.size(); ++i)
        QCOMPARE(remaining.at(i).toObject().value(QLatin1String("order")).toInt(), i + 1);
}

void TestRasApiRouter::secondaryConnections()
{
    const QString path = QStringLiteral("api/ClientPolicies/2/SecondaryConnections");
    QCOMPARE(array(call("GET", path)).size(), 2);
    const ApiResponse added = call("POST", path, R"({"mode":"DirectSSLMode","server":"cb.example.com","serverPort":"443"})");
    QCOMPARE(added.status, 201);
    QVERIFY(added.body.isEmpty());
    const QJsonArray list = array(call("GET", path));
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.last().toObject(), QJsonDocument::fromJson(R"({"mode":3,"server":"cb.example.com","serverPort":443})").object());
    QCOMPARE(call("POST", path, R"({"mode":3,"server":"cb.example.com","serverPort":443})").status, 409);
    QCOMPARE(call("POST", path, R"({"mode":4,"server":"x","serverPort":1})").status, 400);
    QCOMPARE(call("POST", path, R"({"mode":0,"server":"","serverPort":1})").status, 400);
    QCOMPARE(call("POST", path, R"({"mode":0,"server":"x"})").status, 400);
    QCOMPARE(call("DELETE", path, R"({"mode":3,"server":"CB.example.com","serverPort":443})").status, 204);
    QCOMPARE(call("DELETE", path, R"({"mode":3,"server":"cb.example.com","serverPort":443})").status, 404);
    QCOMPARE(call("GET", QStringLiteral("api/ClientPolicies/999/SecondaryConnections")).status, 404);
}

void TestRasApiRouter::sites()
{
    QCOMPARE(array(call("GET", QStringLiteral("api/Site"))).size(), 2);
    QCOMPARE(array(call("GET", QStringLiteral("api/Site?Name=dr-frankfurt"))).size(), 1);
    QCOMPARE(object(call("GET", QStringLiteral("api/Site/1"))).value(QLatin1String("licensingSite")).toBool(), true);
    QCOMPARE(call("GET", QStringLiteral("api/Site/9")).status, 404);
}

void TestRasApiRouter::siteStatus()
{
    const QJsonArray all = array(call("GET", QStringLiteral("api/Site/status")));
    QCOMPARE(all.size(), 2);
    const QJsonObject first = all.first().toObject();
    QCOMPARE(first.value(QLatin1String("id")).toString(), QStringLiteral("1")); // a string, as agent statuses carry it
    QCOMPARE(first.value(QLatin1String("siteId")).toInt(), 1);
    QCOMPARE(first.value(QLatin1String("serverType")).toInt(), 9);
    QCOMPARE(first.value(QLatin1String("server")).toString(), QStringLiteral("ras-cb01.corp.example.com"));
    QCOMPARE(first.value(QLatin1String("agentState")).toInt(), 0);
    QCOMPARE(object(call("GET", QStringLiteral("api/site/2/status"))).value(QLatin1String("server")).toString(),
             QStringLiteral("ras-cb03.dr.example.com"));
    QCOMPARE(call("GET", QStringLiteral("api/Site/9/status")).status, 404);
    QCOMPARE(call("POST", QStringLiteral("api/Site/status")).status, 405);
    // A site whose primary broker is offline reports it.
    m_router->farm().brokers[m_router->farm().brokerIndex(3)].insert(QStringLiteral("description"), QStringLiteral("offline"));
    QCOMPARE(object(call("GET", QStringLiteral("api/Site/2/status"))).value(QLatin1String("agentState")).toInt(), -1);
}

void TestRasApiRouter::version21MovesBrokerWrites()
{
    // Version 20 (the default) has no api/ConnectionBroker at all.
    QCOMPARE(call("PUT", QStringLiteral("api/ConnectionBroker/2"), R"({"description":"x"})").status, 404);
    QCOMPARE(call("GET", QStringLiteral("api/ConnectionBroker")).status, 404);

    m_router->setRasVersion(21);
    const QByteArray before = farmSnapshot();
    // The old write paths are gone and change nothing...
    QCOMPARE(call("PUT", QStringLiteral("api/Broker/2"), R"({"description":"x"})").status, 404);
    QCOMPARE(call("POST", QStringLiteral("api/Broker"), R"({"server":"cb9"})").status, 404);
    QCOMPARE(call("PUT", QStringLiteral("api/Broker/3/priority"), R"({"direction":"up"})").status, 404);
    QCOMPARE(call("POST", QStringLiteral("api/Broker/2/promote")).status, 404);
    QCOMPARE(call("DELETE", QStringLiteral("api/Broker/2")).status, 404);
    QCOMPARE(farmSnapshot(), before);
    // ...reads answer under both paths...
    QCOMPARE(array(call("GET", QStringLiteral("api/Broker"))).size(), 3);
    QCOMPARE(array(call("GET", QStringLiteral("api/ConnectionBroker"))).size(), 3);
    QCOMPARE(array(call("GET", QStringLiteral("api/Broker/status"))).size(), 3);
    // ...and every write works under api/ConnectionBroker.
    QCOMPARE(call("PUT", QStringLiteral("api/ConnectionBroker/2"), R"({"description":"moved"})").status, 204);
    QCOMPARE(object(call("GET", QStringLiteral("api/Broker/2"))).value(QLatin1String("description")).toString(), QStringLiteral("moved"));
    const ApiResponse created = call("POST", QStringLiteral("api/ConnectionBroker?noInstall=true"), R"({"server":"cb9","siteId":1})");
    QCOMPARE(created.status, 201);
    const int id = object(created).value(QLatin1String("id")).toInt();
    QCOMPARE(call("PUT", QStringLiteral("api/ConnectionBroker/%1/priority").arg(id), R"({"direction":"up"})").status, 204);
    QCOMPARE(call("DELETE", QStringLiteral("api/connectionbroker/%1").arg(id)).status, 204);
    QCOMPARE(call("PUT", QStringLiteral("api/ConnectionBroker/99"), R"({"description":"x"})").status, 404);
    QCOMPARE(call("POST", QStringLiteral("api/ConnectionBroker/2/promote")).status, 204);
}

void TestRasApiRouter::rolesAndPermissions()
{
    // The main account is a root administrator (permissions 1) unless --role says otherwise.
    QJsonObject permissions = object(call("GET", QStringLiteral("api/Session/CurrentAdminPermissions")));
    QCOMPARE(permissions.value(QLatin1String("permissions")).toInt(), 1);
    QCOMPARE(permissions.value(QLatin1String("runtimeSitesList")).toArray().size(), 2);
    QCOMPARE(call("GET", QStringLiteral("api/AdminAccount/1/CustomPermission")).status, 400);

    m_router->setRole(EmulatorOptions::Role::Power);
    QCOMPARE(object(call("GET", QStringLiteral("api/Session/CurrentAdminPermissions"))).value(QLatin1String("permissions")).toInt(), 0);

    m_router->setRole(EmulatorOptions::Role::CustomViewer);
    permissions = object(call("GET", QStringLiteral("api/Session/CurrentAdminPermissions")));
    QCOMPARE(permissions.value(QLatin1String("permissions")).toInt(), 2);
    QCOMPARE(permissions.value(QLatin1String("policies")).toBool(), true);
    const QJsonObject custom = object(call("GET", QStringLiteral("api/AdminAccount/1/CustomPermission")));
    const QJsonArray sites = custom.value(QLatin1String("sitePermissions")).toArray();
    QCOMPARE(sites.size(), 2);
    const auto flags = [&](const char *objectType) {
        return sites.first().toObject().value(QLatin1String(objectType)).toObject().value(QLatin1String("sitePermission"))
            .toObject().value(QLatin1String("permissions")).toInt();
    };
    QCOMPARE(flags("brokers"), 1); // View only
    QCOMPARE(flags("gateways"), 1);
    QCOMPARE(call("GET", QStringLiteral("api/AdminAccount/7/CustomPermission")).status, 404);
    // A viewer may look but not change: every write answers 403 and the farm stays as it was.
    const QByteArray before = farmSnapshot();
    QCOMPARE(call("GET", QStringLiteral("api/Broker")).status, 200);
    QCOMPARE(call("PUT", QStringLiteral("api/Broker/2"), R"({"description":"x"})").status, 403);
    QCOMPARE(call("POST", QStringLiteral("api/Gateway"), R"({"server":"gw9"})").status, 403);
    QCOMPARE(call("DELETE", QStringLiteral("api/ClientPolicies/1")).status, 403);
    QCOMPARE(call("POST", QStringLiteral("api/Settings/Apply")).status, 403);
    QCOMPARE(farmSnapshot(), before);
    QCOMPARE(call("POST", QStringLiteral("api/Session/logoff")).status, 200); // logging off is no change
}

void TestRasApiRouter::mixedCustomRights()
{
    // --role custom-mixed: view brokers, manage gateways, no client policies at all.
    m_router->setRole(EmulatorOptions::Role::CustomMixed);
    const QJsonObject permissions = object(call("GET", QStringLiteral("api/Session/CurrentAdminPermissions")));
    QCOMPARE(permissions.value(QLatin1String("permissions")).toInt(), 2);
    QCOMPARE(permissions.value(QLatin1String("policies")).toBool(), false);
    const QJsonObject custom = object(call("GET", QStringLiteral("api/AdminAccount/1/CustomPermission")));
    const QJsonObject site = custom.value(QLatin1String("sitePermissions")).toArray().first().toObject();
    const auto flags = [&](const char *objectType) {
        return site.value(QLatin1String(objectType)).toObject().value(QLatin1String("sitePermission")).toObject()
            .value(QLatin1String("permissions")).toInt();
    };
    QCOMPARE(flags("brokers"), 1);            // View
    QCOMPARE(flags("gateways"), 1 | 2 | 8 | 16); // View, Modify, Add, Delete
    QCOMPARE(custom.value(QLatin1String("globalPermissions")).toObject().value(QLatin1String("clientPolicies")).toObject()
                 .value(QLatin1String("permissions")).toInt(), 0);

    // What the role may not do is refused with 403 and a ProblemDetails body, and changes nothing.
    const QByteArray before = farmSnapshot();
    QCOMPARE(call("GET", QStringLiteral("api/Broker")).status, 200);
    const ApiResponse refused = call("PUT", QStringLiteral("api/Broker/2"), R"({"description":"x"})");
    QCOMPARE(refused.status, 403);
    QCOMPARE(object(refused).value(QLatin1String("status")).toInt(), 403);
    QVERIFY(object(refused).value(QLatin1String("detail")).toString().contains(QLatin1String("no permission to modify")));
    QCOMPARE(call("POST", QStringLiteral("api/Broker?noInstall=true"), R"({"server":"cb9","siteId":1})").status, 403);
    QCOMPARE(call("DELETE", QStringLiteral("api/Broker/2")).status, 403);
    QCOMPARE(call("GET", QStringLiteral("api/ClientPolicies")).status, 403);
    QCOMPARE(call("POST", QStringLiteral("api/ClientPolicies"), R"({"name":"p"})").status, 403);
    QCOMPARE(farmSnapshot(), before);
    // What it may do works: gateways, and applying its own changes.
    QCOMPARE(call("PUT", QStringLiteral("api/Gateway/1"), R"({"description":"edited"})").status, 204);
    QCOMPARE(call("DELETE", QStringLiteral("api/Gateway/2")).status, 204);
    QCOMPARE(call("POST", QStringLiteral("api/Settings/Apply")).status, 204);
}

void TestRasApiRouter::badInputNeverChangesTheFarm_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("broker malformed") << QByteArray("POST") << QStringLiteral("api/broker") << QByteArray("{\"server\":") << 400;
    QTest::newRow("broker array body") << QByteArray("POST") << QStringLiteral("api/broker") << QByteArray("[]") << 400;
    QTest::newRow("broker wrong type") << QByteArray("POST") << QStringLiteral("api/broker") << QByteArray(R"({"server":42})") << 400;
    QTest::newRow("broker huge server") << QByteArray("POST") << QStringLiteral("api/broker")
                                        << (QByteArray(R"({"server":")") + QByteArray(300, 'a') + "\"}") << 400;
    QTest::newRow("broker update half bad") << QByteArray("PUT") << QStringLiteral("api/broker/2")
                                            << QByteArray(R"({"description":"ok","standby":"perhaps"})") << 400;
    QTest::newRow("broker unknown id") << QByteArray("DELETE") << QStringLiteral("api/broker/77") << QByteArray() << 404;
    QTest::newRow("broker id not int") << QByteArray("GET") << QStringLiteral("api/broker/abc") << QByteArray() << 404;
    QTest::newRow("gateway invalid utf8") << QByteArray("PUT") << QStringLiteral("api/gateway/1")
                                          << QByteArray("{\"description\":\"\xff\xfe\"}") << 400;
    QTest::newRow("gateway deep nesting") << QByteArray("PUT") << QStringLiteral("api/gateway/1") << QByteArray(5000, '[') << 400;
    QTest::newRow("policy no name") << QByteArray("POST") << QStringLiteral("api/ClientPolicies") << QByteArray(R"({"description":"x"})") << 400;
    QTest::newRow("priority no body") << QByteArray("PUT") << QStringLiteral("api/broker/2/priority") << QByteArray() << 400;
    QTest::newRow("secondary null") << QByteArray("POST") << QStringLiteral("api/ClientPolicies/1/SecondaryConnections")
                                    << QByteArray("null") << 400;
}

void TestRasApiRouter::badInputNeverChangesTheFarm()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const QByteArray before = farmSnapshot();
    const ApiResponse response = call(method.constData(), path, body);
    QCOMPARE(response.status, status);
    const QJsonObject problem = object(response);
    QVERIFY(problem.contains(QLatin1String("title")));
    QCOMPARE(problem.value(QLatin1String("status")).toInt(), status);
    QCOMPARE(farmSnapshot(), before);
}

void TestRasApiRouter::unknownRoutesAndMethods()
{
    QCOMPARE(call("GET", QStringLiteral("api/NoSuchThing")).status, 404);
    QCOMPARE(call("GET", QStringLiteral("api/broker/1/nothing")).status, 404);
    QCOMPARE(call("PATCH", QStringLiteral("api/broker/1")).status, 405);
    QCOMPARE(call("GET", QStringLiteral("api/broker/1/promote")).status, 405);
    QCOMPARE(call("DELETE", QStringLiteral("api/Site")).status, 405);
}

void TestRasApiRouter::largeSeed()
{
    RasApiRouter router(QStringLiteral("a"), QStringLiteral("b"), 0);
    FarmSeeder::seedLarge(&router.farm(), 1000);
    QCOMPARE(router.farm().brokers.size(), 1000);
    QCOMPARE(router.farm().gateways.size(), 1000);
    QCOMPARE(router.farm().policies.size(), 1000);
    const QList<int> site1 = router.farm().brokerIndexesOfSite(1);
    QCOMPARE(site1.size(), 500);
    for (int i = 0; i < site1.size(); ++i)
        QCOMPARE(router.farm().brokers.at(site1.at(i)).value(QLatin1String("priority")).toInt(), i);
    QString error;
    FarmState other;
    QVERIFY(!FarmSeeder::seed(&other, QStringLiteral("large:0"), &error));
    QVERIFY(!FarmSeeder::seed(&other, QStringLiteral("huge"), &error));
    QVERIFY(error.contains(QLatin1String("huge")));
}

QTEST_GUILESS_MAIN(TestRasApiRouter)
#include "tst_rasapirouter.moc"
