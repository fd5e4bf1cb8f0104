#include "ApiProbe.h"
#include "RasctlInvocation.h"
#include "TextTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

// The real rasctl binary against a real ras-emulator process: output, --json, exit codes.
class TestRasctl : public QObject
{
    Q_OBJECT

private:
    QProcess m_emulator;
    QString m_url;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    Run rasctl(const QStringList &arguments, const QByteArray &stdinData = {}, const QString &password = QStringLiteral("pw"))
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RAS_SERVER"), m_url);
        env.remove(QStringLiteral("RAS_USER"));
        if (password.isNull())
            env.remove(QStringLiteral("RAS_PASSWORD"));
        else
            env.insert(QStringLiteral("RAS_PASSWORD"), password);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(RAS_BIN_DIR "/rasctl"), arguments);
        process.write(stdinData);
        process.closeWriteChannel();
        if (!process.waitForFinished(20000))
            process.kill();
        return Run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                   QString::fromUtf8(process.readAllStandardError())};
    }

    static QString startEmulator(QProcess &process, const QStringList &extra = {})
    {
        process.start(QStringLiteral(RAS_BIN_DIR "/ras-emulator"),
                      QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--password"), QStringLiteral("pw")} + extra);
        if (!process.waitForStarted())
            return {};
        QElapsedTimer timer;
        timer.start();
        while (!process.canReadLine() && timer.elapsed() < 10000)
            process.waitForReadyRead(200);
        return QString::fromUtf8(process.readLine()).trimmed().mid(QStringLiteral("listening on ").size());
    }

private slots:
    void initTestCase();
    void cleanupTestCase();
    void helpExplainsEverything();
    void invocationParsing();
    void equalsFormVersionAndDoubleDash();
    void tablesAreAligned();
    void listsAndJson();
    void brokerWorkflow();
    void gatewayUpdateFields();
    void policiesAndConnections();
    void refusalsExitOneWithServerWords();
    void rightsCheckedBeforeAWrite();
    void badInputExitsTwoBeforeAnyRequest_data();
    void badInputExitsTwoBeforeAnyRequest();
    void networkFailureExitsThree();
    void logonFailureExitsFour();
    void passwordFromStdin();
    void tlsFingerprintAndTrust();
};

void TestRasctl::initTestCase()
{
    m_url = startEmulator(m_emulator);
    QVERIFY(!m_url.isEmpty());
}

void TestRasctl::cleanupTestCase()
{
    m_emulator.terminate();
    m_emulator.waitForFinished(5000);
}

void TestRasctl::helpExplainsEverything()
{
    const Run help = rasctl({QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    for (const char *needle : {"brokers promote ID", "gateways update ID FIELD=VALUE", "policies connections add", "apply",
                               "--trust-fingerprint", "RAS_PASSWORD", "Exit codes"})
        QVERIFY2(help.out.contains(QLatin1String(needle)), needle);
    const Run one = rasctl({QStringLiteral("brokers"), QStringLiteral("add"), QStringLiteral("--help")});
    QCOMPARE(one.code, 0);
    QVERIFY(one.out.contains(QLatin1String("--no-firewall-rules")));
}

void TestRasctl::invocationParsing()
{
    QString error;
    const auto parsed = RasctlInvocation::parse({QStringLiteral("--server"), QStringLiteral("ras"), QStringLiteral("--json"),
                                                 QStringLiteral("policies"), QStringLiteral("connections"), QStringLiteral("add"),
                                                 QStringLiteral("3"), QStringLiteral("--server"), QStringLiteral("gw"),
                                                 QStringLiteral("--mode"), QStringLiteral("gateway"), QStringLiteral("--port"),
                                                 QStringLiteral("80")},
                                                &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->server, QStringLiteral("ras"));
    QCOMPARE(parsed->command, QStringLiteral("policies connections add"));
    QCOMPARE(parsed->option("--server"), QStringLiteral("gw"));
    QVERIFY(parsed->json);
    QVERIFY(!RasctlInvocation::parse({QStringLiteral("brokers"), QStringLiteral("fly")}, &error));
    QVERIFY(!RasctlInvocation::parse({QStringLiteral("brokers"), QStringLiteral("list"), QStringLiteral("--bogus")}, &error));
    QVERIFY(!RasctlInvocation::parse({QStringLiteral("--timeout"), QStringLiteral("-1"), QStringLiteral("apply")}, &error));
}

void TestRasctl::equalsFormVersionAndDoubleDash()
{
    QString error;
    // "--option=value" is the same as "--option value", for global and command options alike.
    const auto parsed = RasctlInvocation::parse({QStringLiteral("--server=ras:20443"), QStringLiteral("--timeout=5"),
                                                 QStringLiteral("brokers"), QStringLiteral("list"), QStringLiteral("--site=2")},
                                                &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->server, QStringLiteral("ras:20443"));
    QCOMPARE(parsed->timeoutMs, 5000);
    QCOMPARE(parsed->option("--site"), QStringLiteral("2"));
    // "--" ends the options: a name that starts with a dash is a name.
    const auto dashed = RasctlInvocation::parse({QStringLiteral("policies"), QStringLiteral("add"), QStringLiteral("--description=x"),
                                                 QStringLiteral("--"), QStringLiteral("--kiosks")},
                                                &error);
    QVERIFY2(dashed, qPrintable(error));
    QCOMPARE(dashed->positional, QStringList{QStringLiteral("--kiosks")});
    QCOMPARE(dashed->option("--description"), QStringLiteral("x"));
    // An option another command takes is named in the refusal.
    QVERIFY(!RasctlInvocation::parse({QStringLiteral("brokers"), QStringLiteral("list"), QStringLiteral("--keep-agent")}, &error));
    QCOMPARE(error, QStringLiteral("'brokers list' does not take --keep-agent"));
    QVERIFY(!RasctlInvocation::parse({QStringLiteral("--server")}, &error));
    QVERIFY(error.contains(QLatin1String("server")));

    const Run version = rasctl({QStringLiteral("--version")});
    QCOMPARE(version.code, 0);
    QCOMPARE(version.out, QStringLiteral("rasctl " RAS_VERSION "\n"));
}

void TestRasctl::tablesAreAligned()
{
    TextTable table({QStringLiteral("ID"), QStringLiteral("NAME")});
    table.addRow({QStringLiteral("1"), QStringLiteral("short")});
    table.addRow({QStringLiteral("1000"), QString(80, QLatin1Char('x'))});
    const QStringList lines = table.render(20).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0).indexOf(QLatin1String("NAME")), lines.at(1).indexOf(QLatin1String("short")));
    QCOMPARE(lines.at(2).size(), 6 + 20);
}

void TestRasctl::listsAndJson()
{
    const Run table = rasctl({QStringLiteral("brokers"), QStringLiteral("list")});
    QCOMPARE(table.code, 0);
    QVERIFY(table.out.startsWith(QLatin1String("ID  SITE  PRIORITY")));
    QVERIFY(table.out.contains(QLatin1String("0 (primary)")));
    const Run json = rasctl({QStringLiteral("--json"), QStringLiteral("gateways"), QStringLiteral("list")});
    QCOMPARE(json.code, 0);
    const QJsonArray gateways = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(gateways.size(), 4);
    QVERIFY(gateways.first().toObject().contains(QLatin1String("UserPortalPort"))); // the server's own JSON
    const Run status = rasctl({QStringLiteral("--json"), QStringLiteral("brokers"), QStringLiteral("status"), QStringLiteral("1")});
    QCOMPARE(QJsonDocument::fromJson(status.out.toUtf8()).object().value(QLatin1String("id")).toString(), QStringLiteral("1"));
    // --json prints the answer byte for byte as the server sent it, not a re-encoding of it.
    ApiProbe probe(m_url);
    QVERIFY(probe.logon(QStringLiteral("administrator"), QStringLiteral("pw")));
    const QByteArray sent = probe.send("GET", QStringLiteral("api/Gateway")).body;
    QVERIFY(!sent.isEmpty());
    QCOMPARE(json.out.toUtf8(), sent.endsWith('\n') ? sent : sent + '\n');
    QCOMPARE(rasctl({QStringLiteral("sites"), QStringLiteral("list")}).code, 0);
    QVERIFY(rasctl({QStringLiteral("gateways"), QStringLiteral("status")}).out.contains(QLatin1String("Needs update")));
}

void TestRasctl::brokerWorkflow()
{
    Run run = rasctl({QStringLiteral("--json"), QStringLiteral("brokers"), QStringLiteral("add"), QStringLiteral("ras-cb20.corp.example.com"),
                      QStringLiteral("--site"), QStringLiteral("2"), QStringLiteral("--no-install")});
    QCOMPARE(run.code, 0);
    const int id = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("id")).toInt();
    QVERIFY(id > 0);
    const QString idText = QString::number(id);
    run = rasctl({QStringLiteral("brokers"), QStringLiteral("update"), idText, QStringLiteral("--description"), QStringLiteral("DR standby"),
                  QStringLiteral("--standby"), QStringLiteral("true"), QStringLiteral("--alternative-ips"), QStringLiteral("10.1.1.1,10.1.1.2")});
    QCOMPARE(run.code, 0);
    run = rasctl({QStringLiteral("--json"), QStringLiteral("brokers"), QStringLiteral("show"), idText});
    const QJsonObject broker = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(broker.value(QLatin1String("alternativeIPs")).toString(), QStringLiteral("10.1.1.1,10.1.1.2"));
    QCOMPARE(broker.value(QLatin1String("standby")).toBool(), true);
    QCOMPARE(rasctl({QStringLiteral("brokers"), QStringLiteral("promote"), idText}).code, 0);
    QVERIFY(rasctl({QStringLiteral("brokers"), QStringLiteral("list"), QStringLiteral("--site"), QStringLiteral("2")})
                .out.contains(QStringLiteral("%1   2     0 (primary)").arg(id)));
    QCOMPARE(rasctl({QStringLiteral("brokers"), QStringLiteral("remove"), QStringLiteral("3")}).code, 0);
    QCOMPARE(rasctl({QStringLiteral("apply")}).code, 0);
}

void TestRasctl::gatewayUpdateFields()
{
    const Run run = rasctl({QStringLiteral("gateways"), QStringLiteral("update"), QStringLiteral("2"), QStringLiteral("ipversion=bothVersions"),
                            QStringLiteral("enableGWPort=false"), QStringLiteral("macAllowOnlyLst=00:11:22:33:44:55,66:77:88:99:aa:bb"),
                            QStringLiteral("description=Edge gateway B"), QStringLiteral("minSSLVersion=tlsv1_2")});
    QCOMPARE(run.code, 0);
    const QJsonObject gateway = QJsonDocument::fromJson(
        rasctl({QStringLiteral("--json"), QStringLiteral("gateways"), QStringLiteral("show"), QStringLiteral("2")}).out.toUtf8()).object();
    QCOMPARE(gateway.value(QLatin1String("ipVersion")).toInt(), 2);
    QCOMPARE(gateway.value(QLatin1String("enableGWPort")).toBool(), false);
    QCOMPARE(gateway.value(QLatin1String("macAllowOnlyLst")).toArray().size(), 2);
    QCOMPARE(gateway.value(QLatin1String("description")).toString(), QStringLiteral("Edge gateway B"));
    QCOMPARE(gateway.value(QLatin1String("minSSLVersion")).toInt(), 4); // TLS 1.2 only, as RAS numbers it
    const Run show = rasctl({QStringLiteral("gateways"), QStringLiteral("show"), QStringLiteral("2")});
    QVERIFY(show.out.contains(QLatin1String("ipVersion:")));
    QVERIFY(show.out.contains(QLatin1String("IPv4 and IPv6 (bothVersions = 2)")));
    QVERIFY(show.out.contains(QLatin1String("TLS 1.2 only (strong) (TLSv1_2 = 4)")));
    // A name RAS does not have is refused before anything is sent.
    QCOMPARE(rasctl({QStringLiteral("gateways"), QStringLiteral("update"), QStringLiteral("2"), QStringLiteral("minSSLVersion=TLSv1_3")}).code, 2);
}

void TestRasctl::policiesAndConnections()
{
    Run run = rasctl({QStringLiteral("--json"), QStringLiteral("policies"), QStringLiteral("add"), QStringLiteral("Night shift"),
                      QStringLiteral("--description"), QStringLiteral("22:00-06:00"), QStringLiteral("--disabled")});
    QCOMPARE(run.code, 0);
    const QJsonObject policy = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(policy.value(QLatin1String("enabled")).toBool(), false);
    const QString id = QString::number(policy.value(QLatin1String("id")).toInt());
    QCOMPARE(rasctl({QStringLiteral("policies"), QStringLiteral("update"), id, QStringLiteral("--enabled"), QStringLiteral("true")}).code, 0);
    QCOMPARE(rasctl({QStringLiteral("policies"), QStringLiteral("move"), id, QStringLiteral("up")}).code, 0);
    QCOMPARE(rasctl({QStringLiteral("policies"), QStringLiteral("connections"), QStringLiteral("add"), id, QStringLiteral("--mode"),
                     QStringLiteral("gateway-ssl"), QStringLiteral("--server"), QStringLiteral("gw.example.com"), QStringLiteral("--port"),
                     QStringLiteral("443")})
                 .code,
             0);
    run = rasctl({QStringLiteral("policies"), QStringLiteral("connections"), QStringLiteral("list"), id});
    QVERIFY(run.out.contains(QLatin1String("Gateway SSL  gw.example.com  443")));
    QCOMPARE(rasctl({QStringLiteral("policies"), QStringLiteral("connections"), QStringLiteral("remove"), id, QStringLiteral("--mode"),
                     QStringLiteral("gateway-ssl"), QStringLiteral("--server"), QStringLiteral("gw.example.com"), QStringLiteral("--port"),
                     QStringLiteral("443")})
                 .code,
             0);
    QVERIFY(rasctl({QStringLiteral("policies"), QStringLiteral("show"), id}).out.contains(QLatin1String("Night shift")));
    QCOMPARE(rasctl({QStringLiteral("policies"), QStringLiteral("remove"), id}).code, 0);
}

void TestRasctl::refusalsExitOneWithServerWords()
{
    Run run = rasctl({QStringLiteral("brokers"), QStringLiteral("move"), QStringLiteral("1"), QStringLiteral("up")});
    QCOMPARE(run.code, 1);
    QCOMPARE(run.err, QStringLiteral("Cannot move selected Publishing Agent up.\n"));
    run = rasctl({QStringLiteral("gateways"), QStringLiteral("show"), QStringLiteral("999")});
    QCOMPARE(run.code, 1);
    QCOMPARE(run.err, QStringLiteral("Secure Gateway with ID 999 was not found.\n"));
    run = rasctl({QStringLiteral("gateways"), QStringLiteral("add"), QStringLiteral("ras-gw01.corp.example.com")});
    QCOMPARE(run.code, 1);
}

void TestRasctl::rightsCheckedBeforeAWrite()
{
    // A custom administrator who may view brokers, manage gateways and has no client policies.
    QProcess emulator;
    const QString url = startEmulator(emulator, {QStringLiteral("--role"), QStringLiteral("custom-mixed"), QStringLiteral("--log")});
    QVERIFY(!url.isEmpty());
    const QString ownUrl = m_url;
    m_url = url;
    auto restore = qScopeGuard([&] {
        m_url = ownUrl;
        emulator.terminate();
        emulator.waitForFinished(5000);
    });

    // Refused before sending: exit 1, one clear sentence, and the server never saw the write.
    Run run = rasctl({QStringLiteral("brokers"), QStringLiteral("update"), QStringLiteral("2"), QStringLiteral("--description"), QStringLiteral("x")});
    QCOMPARE(run.code, 1);
    QCOMPARE(run.err, QStringLiteral("rasctl: your administrator rights (Custom administrator) do not allow changing "
                                     "Connection Brokers; nothing was sent.\n"));
    run = rasctl({QStringLiteral("brokers"), QStringLiteral("add"), QStringLiteral("cb9.corp.example.com"), QStringLiteral("--site"), QStringLiteral("1")});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(QLatin1String("do not allow adding Connection Brokers in Site 1; nothing was sent.")), qPrintable(run.err));
    run = rasctl({QStringLiteral("policies"), QStringLiteral("add"), QStringLiteral("Kiosk")});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(QLatin1String("do not allow adding client policies")), qPrintable(run.err));
    // Reads and the writes the rights allow go through.
    QCOMPARE(rasctl({QStringLiteral("brokers"), QStringLiteral("list")}).code, 0);
    run = rasctl({QStringLiteral("gateways"), QStringLiteral("update"), QStringLiteral("1"), QStringLiteral("description=edited")});
    QCOMPARE(run.code, 0);
    QCOMPARE(rasctl({QStringLiteral("apply")}).code, 0);
    // The check passing does not mean the server agrees: its refusal is still reported with its words.
    run = rasctl({QStringLiteral("gateways"), QStringLiteral("remove"), QStringLiteral("999")});
    QCOMPARE(run.code, 1);
    QCOMPARE(run.err, QStringLiteral("Secure Gateway with ID 999 was not found.\n"));
    run = rasctl({QStringLiteral("policies"), QStringLiteral("list")});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(QLatin1String("no permission to view")), qPrintable(run.err));

    emulator.terminate();
    QVERIFY(emulator.waitForFinished(5000));
    const QString log = QString::fromUtf8(emulator.readAllStandardError());
    QVERIFY2(log.contains(QLatin1String("PUT /api/Gateway/1")), qPrintable(log));
    for (const char *never : {"PUT /api/Broker", "POST /api/Broker", "POST /api/ClientPolicies"})
        QVERIFY2(!log.contains(QLatin1String(never)), never);
}

void TestRasctl::badInputExitsTwoBeforeAnyRequest_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("bad id") << QStringList{QStringLiteral("brokers"), QStringLiteral("show"), QStringLiteral("x")};
    QTest::newRow("bad direction") << QStringList{QStringLiteral("brokers"), QStringLiteral("move"), QStringLiteral("2"), QStringLiteral("left")};
    QTest::newRow("bad bool") << QStringList{QStringLiteral("brokers"), QStringLiteral("update"), QStringLiteral("2"), QStringLiteral("--enabled"), QStringLiteral("maybe")};
    QTest::newRow("bad ip") << QStringList{QStringLiteral("brokers"), QStringLiteral("update"), QStringLiteral("2"), QStringLiteral("--ip"), QStringLiteral("300.1.1.1")};
    QTest::newRow("nothing to update") << QStringList{QStringLiteral("policies"), QStringLiteral("update"), QStringLiteral("2")};
    QTest::newRow("unknown gateway field") << QStringList{QStringLiteral("gateways"), QStringLiteral("update"), QStringLiteral("1"), QStringLiteral("color=red")};
    QTest::newRow("port out of range") << QStringList{QStringLiteral("gateways"), QStringLiteral("update"), QStringLiteral("1"), QStringLiteral("sslPort=0")};
    QTest::newRow("read-only field") << QStringList{QStringLiteral("gateways"), QStringLiteral("update"), QStringLiteral("1"), QStringLiteral("server=x")};
    QTest::newRow("bad mode") << QStringList{QStringLiteral("policies"), QStringLiteral("connections"), QStringLiteral("add"), QStringLiteral("1"),
                                             QStringLiteral("--mode"), QStringLiteral("teleport"), QStringLiteral("--server"), QStringLiteral("x"),
                                             QStringLiteral("--port"), QStringLiteral("1")};
    QTest::newRow("missing port") << QStringList{QStringLiteral("policies"), QStringLiteral("connections"), QStringLiteral("add"), QStringLiteral("1"),
                                                 QStringLiteral("--mode"), QStringLiteral("direct"), QStringLiteral("--server"), QStringLiteral("x")};
    QTest::newRow("empty name") << QStringList{QStringLiteral("policies"), QStringLiteral("add"), QStringLiteral(" ")};
    QTest::newRow("bad fingerprint") << QStringList{QStringLiteral("--trust-fingerprint"), QStringLiteral("zz"), QStringLiteral("apply")};
    QTest::newRow("server with space") << QStringList{QStringLiteral("brokers"), QStringLiteral("add"), QStringLiteral("bad host")};
}

void TestRasctl::badInputExitsTwoBeforeAnyRequest()
{
    QFETCH(QStringList, arguments);
    const QString saved = m_url;
    m_url = QStringLiteral("http://127.0.0.1:1"); // nothing listens: a request would exit 3, not 2
    const Run run = rasctl(arguments);
    m_url = saved;
    QCOMPARE(run.code, 2);
    QVERIFY(run.err.startsWith(QLatin1String("rasctl: ")));
}

void TestRasctl::networkFailureExitsThree()
{
    const Run run = rasctl({QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:1"), QStringLiteral("sites"), QStringLiteral("list")});
    QCOMPARE(run.code, 3);
    QVERIFY(run.err.contains(QLatin1String("Network error")));
    QProcess slow;
    const QString url = startEmulator(slow, {QStringLiteral("--latency-ms"), QStringLiteral("3000")});
    const Run timeout = rasctl({QStringLiteral("--server"), url, QStringLiteral("--timeout"), QStringLiteral("0.5"), QStringLiteral("sites"), QStringLiteral("list")});
    QCOMPARE(timeout.code, 3);
    QVERIFY(timeout.err.contains(QLatin1String("Timed out")));
    slow.terminate();
    slow.waitForFinished(5000);
}

void TestRasctl::logonFailureExitsFour()
{
    const Run run = rasctl({QStringLiteral("sites"), QStringLiteral("list")}, {}, QStringLiteral("wrong"));
    QCOMPARE(run.code, 4);
    QVERIFY(run.err.contains(QLatin1String("Invalid user name or password.")));
    const Run noPassword = rasctl({QStringLiteral("sites"), QStringLiteral("list")}, {}, QString());
    QCOMPARE(noPassword.code, 2); // no terminal to prompt on
}

void TestRasctl::passwordFromStdin()
{
    const Run run = rasctl({QStringLiteral("--password-stdin"), QStringLiteral("--user"), QStringLiteral("Administrator"),
                            QStringLiteral("sites"), QStringLiteral("list")},
                           "pw\n", QStringLiteral("not-this-one"));
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.contains(QLatin1String("HQ-London")));
}

void TestRasctl::tlsFingerprintAndTrust()
{
    QProcess tls;
    const QString url = startEmulator(tls, {QStringLiteral("--tls"), QStringLiteral("--cert"), QStringLiteral(RAS_TEST_DATA_DIR "/tls/server.crt"),
                                            QStringLiteral("--key"), QStringLiteral(RAS_TEST_DATA_DIR "/tls/server.key")});
    QVERIFY(url.startsWith(QLatin1String("https://")));
    const Run refused = rasctl({QStringLiteral("--server"), url, QStringLiteral("sites"), QStringLiteral("list")});
    QCOMPARE(refused.code, 3);
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("--trust-fingerprint ([0-9A-F:]{95})")).match(refused.err);
    QVERIFY2(match.hasMatch(), qPrintable(refused.err));
    const Run trusted = rasctl({QStringLiteral("--server"), url, QStringLiteral("--trust-fingerprint"), match.captured(1),
                                QStringLiteral("sites"), QStringLiteral("list")});
    QCOMPARE(trusted.code, 0);
    tls.terminate();
    tls.waitForFinished(5000);
}

QTEST_GUILESS_MAIN(TestRasctl)
#include "tst_rasctl.moc"
