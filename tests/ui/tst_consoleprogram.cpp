#include "HostileServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

// The ras-console program's command line: --demo --exit-after-load prints its one JSON line.
class TestConsoleProgram : public QObject
{
    Q_OBJECT

private slots:
    void exitAfterLoadOnTheDemoFarm();
    void exitAfterLoadSaysWhyItFailed();
    void badUsage();
    void versionAndOptionValuesAfterEquals();
};

void TestConsoleProgram::exitAfterLoadOnTheDemoFarm()
{
    QProcess console;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    console.setProcessEnvironment(env);
    console.start(QStringLiteral(RAS_BIN_DIR "/ras-console"), {QStringLiteral("--demo"), QStringLiteral("--exit-after-load")});
    QVERIFY(console.waitForFinished(30000));
    QCOMPARE(console.exitCode(), 0);
    const QList<QByteArray> lines = console.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    const QJsonObject figures = QJsonDocument::fromJson(lines.first()).object();
    for (const char *key : {"logonMs", "loadedMs", "requests", "rows"})
        QVERIFY2(figures.contains(QLatin1String(key)), key);
    const QJsonObject rows = figures.value(QLatin1String("rows")).toObject();
    QCOMPARE(rows.value(QLatin1String("brokers")).toInt(), 3);
    QCOMPARE(rows.value(QLatin1String("gateways")).toInt(), 4);
    QCOMPARE(rows.value(QLatin1String("policies")).toInt(), 6);
    QVERIFY(figures.value(QLatin1String("loadedMs")).toInt() >= figures.value(QLatin1String("logonMs")).toInt());
}

void TestConsoleProgram::exitAfterLoadSaysWhyItFailed()
{
    // A server that lets the administrator log on and then fails every list with a 500.
    HostileServer server;
    QVERIFY(server.listen());
    server.setCanned(500, R"({"status":500,"title":"Internal Server Error","detail":"The database is offline."})");
    QProcess console;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("RAS_PASSWORD"), QStringLiteral("pw"));
    console.setProcessEnvironment(env);
    QSignalSpy finished(&console, &QProcess::finished);
    console.start(QStringLiteral(RAS_BIN_DIR "/ras-console"), {QStringLiteral("--server"), server.url(), QStringLiteral("--exit-after-load")});
    QVERIFY(finished.wait(30000)); // the server answers from this event loop
    QCOMPARE(console.exitCode(), 1);
    // One line of its own (the offscreen platform may add warnings of Qt's).
    QList<QByteArray> lines;
    for (const QByteArray &line : console.readAllStandardError().split('\n')) {
        if (line.startsWith("ras-console:"))
            lines << line;
    }
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith("ras-console: the farm could not be loaded completely: "), lines.first().constData());
    QVERIFY2(lines.first().contains("The database is offline."), lines.first().constData());
}

void TestConsoleProgram::badUsage()
{
    QProcess console;
    console.start(QStringLiteral(RAS_BIN_DIR "/ras-console"), {QStringLiteral("--bogus")});
    QVERIFY(console.waitForFinished(10000));
    QCOMPARE(console.exitCode(), 2);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("RAS_PASSWORD"));
    console.setProcessEnvironment(env);
    console.start(QStringLiteral(RAS_BIN_DIR "/ras-console"), {QStringLiteral("--server"), QStringLiteral("ras"), QStringLiteral("--exit-after-load")});
    QVERIFY(console.waitForFinished(10000));
    QCOMPARE(console.exitCode(), 2);
}

void TestConsoleProgram::versionAndOptionValuesAfterEquals()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess console;
    console.setProcessEnvironment(env);
    console.start(QStringLiteral(RAS_BIN_DIR "/ras-console"), {QStringLiteral("--version")});
    QVERIFY(console.waitForFinished(10000));
    QCOMPARE(console.exitCode(), 0);
    QCOMPARE(console.readAllStandardOutput(), QByteArray("ras-console " RAS_VERSION "\n"));

    // "--option=value" is the same as "--option value".
    console.start(QStringLiteral(RAS_BIN_DIR "/ras-console"),
                  {QStringLiteral("--demo"), QStringLiteral("--demo-seed=large:7"), QStringLiteral("--exit-after-load")});
    QVERIFY(console.waitForFinished(30000));
    QCOMPARE(console.exitCode(), 0);
    const QJsonObject rows = QJsonDocument::fromJson(console.readAllStandardOutput().trimmed()).object().value(QLatin1String("rows")).toObject();
    QCOMPARE(rows.value(QLatin1String("brokers")).toInt(), 7);
    QCOMPARE(rows.value(QLatin1String("gateways")).toInt(), 7);

    // "--" ends the options; the console takes no other arguments, and says so.
    console.start(QStringLiteral(RAS_BIN_DIR "/ras-console"), {QStringLiteral("--"), QStringLiteral("--demo")});
    QVERIFY(console.waitForFinished(10000));
    QCOMPARE(console.exitCode(), 2);
    QVERIFY(console.readAllStandardError().contains("unexpected argument '--demo'"));
}

QTEST_GUILESS_MAIN(TestConsoleProgram)
#include "tst_consoleprogram.moc"
