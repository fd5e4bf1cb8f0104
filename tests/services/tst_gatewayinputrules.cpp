#include "Gateway.h"
#include "GatewayInputRules.h"

#include <QtTest>

// The formats of a gateway's free-text fields.
class TestGatewayInputRules : public QObject
{
    Q_OBJECT

private slots:
    void addresses();
    void forwardingTargets();
    void macAddressesAndUrl();
    void listsHoldEachEntryOnce();
    void listenersNeedPortsOfTheirOwn();
};

void TestGatewayInputRules::addresses()
{
    using namespace GatewayInputRules;
    QVERIFY(problem(QStringLiteral("iPs"), QStringLiteral("IPs"), QStringLiteral("10.0.0.5, fe80::1; 192.168.1.2")).isEmpty());
    const QString bad = problem(QStringLiteral("iPs"), QStringLiteral("IPs"), QStringLiteral("10.0.0.5, 999.1.1.1"));
    QVERIFY(bad.contains(QLatin1String("999.1.1.1")));
    QVERIFY(bad.startsWith(QLatin1String("IPs")));
    QVERIFY(!problem(QStringLiteral("iPs"), QStringLiteral("IPs"), QStringLiteral("10.1")).isEmpty());
    QVERIFY(!problem(QStringLiteral("bindV4Addresses"), QStringLiteral("Bind"), QStringLiteral("fe80::1")).isEmpty());
    QVERIFY(problem(QStringLiteral("bindV6Addresses"), QStringLiteral("Bind"), QStringLiteral("fe80::1 ::1")).isEmpty());
    QVERIFY(!problem(QStringLiteral("bindV6Addresses"), QStringLiteral("Bind"), QStringLiteral("10.0.0.1")).isEmpty());
    QVERIFY(problem(QStringLiteral("iPs"), QStringLiteral("IPs"), QString()).isEmpty());
    QVERIFY(problem(QStringLiteral("description"), QStringLiteral("Description"), QStringLiteral("999.1.1.1")).isEmpty());
}

void TestGatewayInputRules::forwardingTargets()
{
    using namespace GatewayInputRules;
    const QString field = QStringLiteral("forwardHttpServers");
    QVERIFY(problem(field, field, QStringLiteral("localhost:81")).isEmpty());
    QVERIFY(problem(field, field, QStringLiteral("web01.corp.example.com:8080, 10.0.0.9, [fe80::1]:443")).isEmpty());
    QVERIFY(!problem(field, field, QStringLiteral("web01:70000")).isEmpty());
    QVERIFY(!problem(field, field, QStringLiteral("bad_name:80")).isEmpty());
    QVERIFY(!problem(field, field, QStringLiteral("999.1.1.1:80")).isEmpty());
}

void TestGatewayInputRules::macAddressesAndUrl()
{
    using namespace GatewayInputRules;
    QVERIFY(problem(QStringLiteral("macAllowOnlyLst"), QStringLiteral("MAC"), QStringLiteral("00-1A-2B-3C-4D-5E, 00:1a:2b:3c:4d:5f")).isEmpty());
    QVERIFY(!problem(QStringLiteral("macAllowOnlyLst"), QStringLiteral("MAC"), QStringLiteral("00-1A-2B:3C-4D-5E")).isEmpty());
    QVERIFY(!problem(QStringLiteral("macAllowExceptLst"), QStringLiteral("MAC"), QStringLiteral("001A2B")).isEmpty());
    QVERIFY(problem(QStringLiteral("webRequestsURL"), QStringLiteral("URL"), QStringLiteral("https://portal.example.com/ras")).isEmpty());
    QVERIFY(!problem(QStringLiteral("webRequestsURL"), QStringLiteral("URL"), QStringLiteral("portal")).isEmpty());
}

void TestGatewayInputRules::listsHoldEachEntryOnce()
{
    using namespace GatewayInputRules;
    const QString twice = problem(QStringLiteral("macAllowOnlyLst"), QStringLiteral("MAC"),
                                  QStringLiteral("00-1A-2B-3C-4D-5E, 00-1a-2b-3c-4d-5e"));
    QVERIFY(twice.contains(QLatin1String("listed twice")));
    QVERIFY(!problem(QStringLiteral("forwardGatewayServers"), QStringLiteral("To"), QStringLiteral("gw1;GW1")).isEmpty());
    // Free text is not a list: a cipher string may repeat a word.
    QVERIFY(problem(QStringLiteral("cipher"), QStringLiteral("Cipher"), QStringLiteral("HIGH HIGH")).isEmpty());
}

void TestGatewayInputRules::listenersNeedPortsOfTheirOwn()
{
    using namespace GatewayInputRules;
    Gateway gateway; // gateway port 80, SSL 443, RDP 3389 but off
    QVERIFY(portClash(gateway).isEmpty());
    gateway.rdpPort = 443;
    QVERIFY(portClash(gateway).isEmpty()); // the RDP port is not opened
    gateway.enableRDP = true;
    QCOMPARE(portClash(gateway), QStringLiteral("RDP port and SSL port are both 443: each needs a port of its own."));
    gateway.enableSSL = false;
    QVERIFY(portClash(gateway).isEmpty());
}

QTEST_GUILESS_MAIN(TestGatewayInputRules)
#include "tst_gatewayinputrules.moc"
