#include "FarmChangesLabel.h"
#include "FarmController.h"
#include "RasEmulatorServer.h"

#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QtTest>

// The status bar says what a reload found changed outside the console, and when (tooltip).
class TestFarmChangesLabel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void showsWhatChangedElsewhere();
};

void TestFarmChangesLabel::showsWhatChangedElsewhere()
{
    EmulatorOptions options;
    options.port = 0;
    options.password = QStringLiteral("pw");
    RasEmulatorServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QNetworkAccessManager manager;
    FarmController farm(&manager);
    farm.setAutoRefreshSeconds(0);
    QVERIFY(farm.setServer(server.url(), &error));
    FarmChangesLabel label(&farm);
    label.show();

    QSignalSpy loaded(&farm, &FarmController::loaded);
    farm.logOn(QStringLiteral("administrator"), QStringLiteral("pw"), nullptr, {});
    QVERIFY(loaded.wait(10000));
    QVERIFY(label.text().isEmpty()); // the first load is not news

    FarmState &state = server.router().farm();
    state.gateways[0].insert(QStringLiteral("description"), QStringLiteral("Changed by another administrator"));
    state.gateways[1].insert(QStringLiteral("enabled"), false);
    ++state.generation;
    farm.refreshAll();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(label.text(), QStringLiteral("Secure Gateways changed on the server: 2."));
    QVERIFY(label.toolTip().contains(QLatin1String("Secure Gateways: 0 added, 2 changed, 0 removed.")));

    // A reload that finds nothing new leaves the last finding on show.
    farm.refreshAll();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(label.text(), QStringLiteral("Secure Gateways changed on the server: 2."));
}

QTEST_MAIN(TestFarmChangesLabel)
#include "tst_farmchangeslabel.moc"
