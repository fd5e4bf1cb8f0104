#include "HostileServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

// The real rasctl binary against a server that misbehaves on purpose: honest exit codes for lost
// and broken answers, bounded memory and time, and nothing a server sends can drive the terminal.
class TestRasctlHostile : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HostileServer> m_server;

    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    // The server lives in this process, so wait with the event loop running.
    Run rasctl(const QStringList &arguments, const QHash<QString, QString> &extraEnv = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RAS_SERVER"), m_server->url());
        env.insert(QStringLiteral("RAS_PASSWORD"), QStringLiteral("pw"));
        env.remove(QStringLiteral("RAS_USER"));
        for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
            env.insert(it.key(), it.value());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(RAS_BIN_DIR "/rasctl"), arguments);
        process.closeWriteChannel();
        Run run;
        if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 60000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.code = process.exitCode();
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    static QStringList args(const char *line) { return QString::fromLatin1(line).split(QLatin1Char(' ')); }

    static bool hasControlCharacters(const QByteArray &text)
    {
        return std::any_of(text.cbegin(), text.cend(), [](char c) {
            const auto u = static_cast<unsigned char>(c);
            return (u < 0x20 && u != '\n') || u == 0x7F;
        });
    }

private slots:
    void init()
    {
        m_server = std::make_unique<HostileServer>();
        QVERIFY(m_server->listen());
    }
    void cleanup() { m_server.reset(); }

    void lostAnswerToAChangeExitsFive_data();
    void lostAnswerToAChangeExitsFive();
    void endlessAnswerStopsAtTheCap();
    void trickleStopsAtTheTimeout();
    void serverStringsCannotDriveTheTerminal();
    void hugeServerMessageIsCutVisibly();
    void serverErrorDuringLogonIsNotAWrongPassword();
    void tokenWithCrLfIsRefused();
    void plainHttpToAnotherMachineNeedsAllowHttp();
};

void TestRasctlHostile::lostAnswerToAChangeExitsFive_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("successText");
    QTest::newRow("connections remove")
        << "policies connections remove 1 --mode gateway --server gw1.example.com --port 443" << "Removed";
    QTest::newRow("brokers update") << "brokers update 2 --description x" << "Updated";
    QTest::newRow("apply") << "apply" << "applied";
}

void TestRasctlHostile::lostAnswerToAChangeExitsFive()
{
    QFETCH(QString, command);
    QFETCH(QString, successText);
    m_server->setMode(HostileServer::Mode::HeaderThenDrop);
    const Run run = rasctl(command.split(QLatin1Char(' ')));
    QCOMPARE(run.code, 5);
    QVERIFY2(run.err.contains("may have been made"), run.err.constData());
    QVERIFY2(run.err.contains("Check before retrying"), run.err.constData());
    QVERIFY2(!run.out.contains(successText.toUtf8()), run.out.constData());
    // The change went out once (beside the read of the session's rights): it was not retried behind
    // the user's back.
    int changes = 0;
    for (const QByteArray &head : m_server->requestHeads())
        changes += !head.startsWith("GET ") && !head.contains("/api/Session/") ? 1 : 0;
    QCOMPARE(changes, 1);
}

void TestRasctlHostile::endlessAnswerStopsAtTheCap()
{
    m_server->setMode(HostileServer::Mode::EndlessChunked);
    const Run run = rasctl(args("brokers list"), {{QStringLiteral("RAS_MAX_ANSWER_MB"), QStringLiteral("8")}});
    QCOMPARE(run.code, 3);
    QVERIFY2(run.err.contains("larger than 8 MB"), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY2(m_server->bodyBytesSent() < 64 * 1024 * 1024, qPrintable(QString::number(m_server->bodyBytesSent())));
    const Run bad = rasctl(args("brokers list"), {{QStringLiteral("RAS_MAX_ANSWER_MB"), QStringLiteral("lots")}});
    QCOMPARE(bad.code, 2);
}

void TestRasctlHostile::trickleStopsAtTheTimeout()
{
    m_server->setMode(HostileServer::Mode::SlowDrip);
    m_server->setDripIntervalMs(100);
    const Run run = rasctl(args("--timeout 2 brokers list"));
    QCOMPARE(run.code, 3);
    QVERIFY2(run.err.contains("Timed out"), run.err.constData());
    QVERIFY2(!run.err.contains("device not open"), run.err.constData());
}

void TestRasctlHostile::serverStringsCannotDriveTheTerminal()
{
    // A forged row after a CR, a window-title OSC, a CSI, a NUL that used to end the output, a
    // C1 control and a right-to-left override.
    const QByteArray body = R"([{"id":1,"siteId":1,"priority":0,"server":"cb1\r2    1    0 (primary)  forged","enabled":true,)"
                            R"("description":"\u001b]0;owned\u0007\u001b[2J"},)"
                            R"({"id":2,"siteId":1,"priority":1,"server":"cb2\u0000hidden","enabled":true,)"
                            R"("description":"\u009b31m \u202egnp.exe"},)"
                            R"({"id":3,"siteId":1,"priority":2,"server":"cb3-last","enabled":true,"description":""}])";
    m_server->setCanned(200, body);
    const Run table = rasctl(args("brokers list"));
    QCOMPARE(table.code, 0);
    QVERIFY2(!hasControlCharacters(table.out), table.out.toHex().constData());
    QVERIFY(!table.out.contains("\xc2\x9b"));     // C1 CSI in UTF-8
    QVERIFY(!table.out.contains("\xe2\x80\xae")); // RIGHT-TO-LEFT OVERRIDE
    QVERIFY2(table.out.contains("cb1\\r2"), table.out.constData());
    QVERIFY2(table.out.contains("\\e]0;owned\\x07"), table.out.constData());
    QVERIFY2(table.out.contains("cb2\\0hidden"), table.out.constData());
    QVERIFY(table.out.contains("\\u202e"));
    QVERIFY2(table.out.contains("cb3-last"), table.out.constData()); // nothing after a NUL is lost
    QCOMPARE(table.out.count('\n'), 4);                              // a header and three rows, no forged one

    const Run json = rasctl(args("--json brokers list"));
    QCOMPARE(json.code, 0);
    QVERIFY(!hasControlCharacters(json.out));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(document.array().at(1).toObject().value(QLatin1String("server")).toString(),
             QStringLiteral("cb2") + QChar(0) + QStringLiteral("hidden"));
}

void TestRasctlHostile::hugeServerMessageIsCutVisibly()
{
    m_server->setCanned(400, "{\"title\":\"Bad\",\"detail\":\"\\u001b[31m" + QByteArray(10 * 1024 * 1024, 'A') + "\"}");
    const Run run = rasctl(args("brokers show 2"));
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.size() < 8192, qPrintable(QString::number(run.err.size())));
    QVERIFY(run.err.contains("cut"));
    QVERIFY(run.err.contains("\\e[31m"));
    QVERIFY(!hasControlCharacters(run.err));
}

void TestRasctlHostile::serverErrorDuringLogonIsNotAWrongPassword()
{
    m_server->setMode(HostileServer::Mode::LogonServerError);
    const Run run = rasctl(args("sites list"));
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains("the server failed during log-on"), run.err.constData());
    QVERIFY(!run.err.contains("log-on failed"));
}

void TestRasctlHostile::tokenWithCrLfIsRefused()
{
    m_server->setMode(HostileServer::Mode::CrlfToken);
    const Run run = rasctl(args("sites list"));
    QCOMPARE(run.code, 3);
    QVERIFY2(run.err.contains("authToken"), run.err.constData());
    for (const QByteArray &head : m_server->requestHeads())
        QVERIFY2(!head.toLower().contains("x-injected"), head.constData());
}

void TestRasctlHostile::plainHttpToAnotherMachineNeedsAllowHttp()
{
    // 192.0.2.0/24 is reserved for documentation: nothing answers there.
    const Run refused = rasctl(args("--server http://192.0.2.10 sites list"));
    QCOMPARE(refused.code, 2);
    QVERIFY2(refused.err.contains("--allow-http"), refused.err.constData());
    const Run allowed = rasctl(args("--server http://192.0.2.10 --allow-http --timeout 0.5 sites list"));
    QCOMPARE(allowed.code, 3);
    const Run loopback = rasctl(args("sites list")); // the local server over http: no consent needed
    QCOMPARE(loopback.code, 0);
}

QTEST_GUILESS_MAIN(TestRasctlHostile)
#include "tst_rasctlhostile.moc"
