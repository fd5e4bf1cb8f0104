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
    void badUsage();
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

QTEST_GUILESS_MAIN(TestConsoleProgram)
#include "tst_consoleprogram.moc"
