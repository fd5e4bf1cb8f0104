#include "GatewayAddRequest.h"
#include "GatewayChanges.h"

#include <QJsonArray>
#include <QtTest>

// A gateway update as typed values: what the dialog and rasctl build, and the body the service sends.
class TestGatewayChanges : public QObject
{
    Q_OBJECT

private slots:
    void betweenHoldsOnlyChangedWritableFields();
    void assignParsesTextAndRefusesWhatDoesNotFit();
    void textRoundTripsThroughEveryKind();
    void addRequestSendsOnlyWhatTheCreateTakes();
};

void TestGatewayChanges::betweenHoldsOnlyChangedWritableFields()
{
    Gateway before;
    before.id = 7;
    before.server = QStringLiteral("gw.example.com");
    QVERIFY(GatewayChanges::between(before, before).isEmpty());

    Gateway after = before;
    after.server = QStringLiteral("renamed.example.com"); // read-only: never sent
    after.hstsMaxAge = 36;
    after.enableGWPort = false;
    after.ipVersion = static_cast<int>(Ras::IpVersion::Both);
    after.macAllowOnlyList = {QStringLiteral("00:11:22:33:44:55")};
    const GatewayChanges changes = GatewayChanges::between(before, after);
    // Table order, not alphabetical: the order in which the dialog shows the fields.
    QCOMPARE(changes.fieldNames(), (QStringList{QStringLiteral("ipVersion"), QStringLiteral("enableGWPort"),
                                                QStringLiteral("hstsMaxAge"), QStringLiteral("macAllowOnlyLst")}));
    QVERIFY(changes.contains(QStringLiteral("HSTSMAXAGE")));
    QVERIFY(!changes.contains(QStringLiteral("server")));
    const QJsonObject body = changes.toJson();
    QCOMPARE(body.size(), 4);
    QCOMPARE(body.value(QLatin1String("enableGWPort")), QJsonValue(false)); // a real boolean
    QCOMPARE(body.value(QLatin1String("ipVersion")), QJsonValue(2));
    QCOMPARE(body.value(QLatin1String("hstsMaxAge")), QJsonValue(36));
    QCOMPARE(body.value(QLatin1String("macAllowOnlyLst")).toArray().size(), 1);
}

void TestGatewayChanges::assignParsesTextAndRefusesWhatDoesNotFit()
{
    GatewayChanges changes;
    QString error;
    QVERIFY(changes.assign(*GatewayField::find(QStringLiteral("sslport")), QStringLiteral(" 8443 "), &error));
    QVERIFY(changes.assign(*GatewayField::find(QStringLiteral("enableSSL")), QStringLiteral("yes"), &error));
    QVERIFY(changes.assign(*GatewayField::find(QStringLiteral("ipVersion")), QStringLiteral("bothVersions"), &error));
    // The same field twice: the last value wins and it is sent once.
    QVERIFY(changes.assign(*GatewayField::find(QStringLiteral("sslPort")), QStringLiteral("9443"), &error));
    QCOMPARE(changes.fieldNames(),
             (QStringList{QStringLiteral("ipVersion"), QStringLiteral("enableSSL"), QStringLiteral("sslPort")}));
    QCOMPARE(changes.toJson().value(QLatin1String("sslPort")), QJsonValue(9443));
    QCOMPARE(changes.toJson().value(QLatin1String("enableSSL")), QJsonValue(true));

    QVERIFY(!changes.assign(*GatewayField::find(QStringLiteral("sslPort")), QStringLiteral("70000"), &error));
    QVERIFY(error.contains(QLatin1String("1 to 65535")));
    QVERIFY(!changes.assign(*GatewayField::find(QStringLiteral("enableRDP")), QStringLiteral("maybe"), &error));
    QVERIFY(error.contains(QLatin1String("true or false")));
    QVERIFY(!changes.assign(*GatewayField::find(QStringLiteral("server")), QStringLiteral("x"), &error));
    QVERIFY(error.contains(QLatin1String("cannot be changed")));
    // A refused assignment changes nothing that was already there.
    QCOMPARE(changes.toJson().value(QLatin1String("sslPort")), QJsonValue(9443));
    QCOMPARE(changes.fieldNames().size(), 3);
}

void TestGatewayChanges::textRoundTripsThroughEveryKind()
{
    Gateway gateway;
    gateway.fwGWID = 4000000000LL;
    gateway.macAllowExceptList = {QStringLiteral("aa"), QStringLiteral("bb")};
    gateway.cipher = QStringLiteral("HIGH");
    for (const auto &field : GatewayField::all()) {
        if (!field.writable)
            continue;
        Gateway copy;
        QString error;
        QVERIFY2(GatewayChanges::writeText(field, GatewayChanges::textOf(field, gateway), &copy, &error), field.apiName);
        QVERIFY2(!GatewayChanges::between(gateway, copy).contains(QLatin1String(field.apiName)), field.apiName);
    }
    QCOMPARE(GatewayChanges::textOf(*GatewayField::find(QStringLiteral("macAllowExceptLst")), gateway),
             QStringLiteral("aa, bb"));
    QCOMPARE(GatewayChanges::textOf(*GatewayField::find(QStringLiteral("fwGWID")), gateway), QStringLiteral("4000000000"));
}

void TestGatewayChanges::addRequestSendsOnlyWhatTheCreateTakes()
{
    GatewayAddRequest request;
    request.server = QStringLiteral(" ras-gw05.corp.example.com ");
    request.siteId = 2;
    request.mode = 1;
    request.forwardTo = {QStringLiteral("ras-gw01.corp.example.com"), QStringLiteral("ras-gw02.corp.example.com")};
    request.enableHtml5 = false;
    // The body is the create's schema: server and siteId, nothing of the wizard's settings.
    const QJsonObject body = request.body();
    QCOMPARE(body.keys(), (QStringList{QStringLiteral("server"), QStringLiteral("siteId")}));
    QCOMPARE(body.value(QLatin1String("server")).toString(), QStringLiteral("ras-gw05.corp.example.com"));
    QCOMPARE(request.query().query(), QStringLiteral("noInstall=false&noRestart=false&noFireWallRules=false"));
    request.installAgent = false;
    QCOMPARE(request.query().query(), QStringLiteral("noInstall=true"));
    // The wizard's settings, as changes of what the server created.
    Gateway created;
    created.id = 9;
    created.server = QStringLiteral("ras-gw05.corp.example.com");
    const GatewayChanges settings = request.settingsFor(created);
    QCOMPARE(settings.fieldNames(), (QStringList{QStringLiteral("gwMode"), QStringLiteral("forwardGatewayServers"),
                                                 QStringLiteral("enableUserPortal")}));
    QCOMPARE(settings.toJson().value(QLatin1String("forwardGatewayServers")).toString(),
             QStringLiteral("ras-gw01.corp.example.com;ras-gw02.corp.example.com"));
    // A gateway created as asked needs no update.
    GatewayAddRequest plain;
    plain.server = created.server;
    QVERIFY(plain.settingsFor(created).isEmpty());
}

QTEST_GUILESS_MAIN(TestGatewayChanges)
#include "tst_gatewaychanges.moc"
