#include "GatewayModel.h"
#include "ModelFixtures.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Fixtures;

class TestGatewayModel : public QObject
{
    Q_OBJECT

private slots:
    void loadMergeAndStatus();
    void upsertAndRemoveOneGateway();
    void firstLoadSharesTheRecords();
};

void TestGatewayModel::loadMergeAndStatus()
{
    GatewayModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<Gateway> gateways{gateway(1, QStringLiteral("gw1")), gateway(2, QStringLiteral("gw2"), 2)};
    gateways[1].enableHSTS = true;
    gateways[1].hstsMaxAge = 24;
    gateways[1].enableGWPort = false;
    model.setGateways(gateways);
    model.setSiteNames({{1, QStringLiteral("HQ")}, {2, QStringLiteral("DR")}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, GatewayModel::Site).data().toString(), QStringLiteral("DR"));
    QCOMPARE(model.index(0, GatewayModel::Ports).data().toString(), QStringLiteral("80, 443 (SSL)"));
    QCOMPARE(model.index(1, GatewayModel::Ports).data().toString(), QStringLiteral("443 (SSL)"));
    QCOMPARE(model.index(1, GatewayModel::Hsts).data().toString(), QStringLiteral("24 months"));
    QCOMPARE(model.index(0, GatewayModel::Tls).data().toString(), QStringLiteral("TLS 1.0 to TLS 1.2"));
    QCOMPARE(model.index(0, GatewayModel::WebPortal).data().toString(), QStringLiteral("Port 20020"));

    SignalCounter counter(&model);
    model.setGateways(gateways);
    QCOMPARE(counter.total(), 0);

    gateways[0].enabled = false;
    gateways.append(gateway(3, QStringLiteral("gw3")));
    model.setGateways(gateways);
    QCOMPARE(counter.inserted(), 1);
    QCOMPARE(counter.dataChanged(), 1);
    QCOMPARE(model.index(0, GatewayModel::Enabled).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

    counter.clear();
    model.setStatuses({status(3, Ras::AgentState::NotApplied, 0)});
    QCOMPARE(model.index(2, GatewayModel::State).data().toString(), QStringLiteral("Not applied"));
    QCOMPARE(counter.dataChanged(), 1);
    QCOMPARE(model.index(0, GatewayModel::State).data().toString(), QStringLiteral("No status"));

    gateways.removeFirst();
    model.setGateways(gateways);
    QCOMPARE(model.rowCount(), 2);
    model.resetFarm();
    QCOMPARE(model.rowCount(), 0);
}

void TestGatewayModel::upsertAndRemoveOneGateway()
{
    GatewayModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setGateways({gateway(1, QStringLiteral("gw1")), gateway(3, QStringLiteral("gw3"))});
    model.setStatuses({status(1, Ras::AgentState::Ok, 10), status(3, Ras::AgentState::Ok, 20)});
    SignalCounter counter(&model);
    Gateway changed = gateway(3, QStringLiteral("gw3"));
    changed.description = QStringLiteral("DMZ");
    model.upsertGateway(changed);
    QCOMPARE(counter.total(), 1);
    QCOMPARE(model.index(1, GatewayModel::Description).data().toString(), QStringLiteral("DMZ"));

    model.upsertGateway(gateway(2, QStringLiteral("gw2")));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOf(2), 1);
    QCOMPARE(model.rowOf(3), 2);

    model.removeGateway(1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(3), 1);
    QVERIFY(!model.statusOf(1));
    QCOMPARE(model.statusOf(3)->cpuLoad, 20);
}

QTEST_MAIN(TestGatewayModel)
void TestGatewayModel::firstLoadSharesTheRecords()
{
    // The first load takes the decoded list as it is (one insert, no copy of each record); a later
    // merge changes the model's rows without touching the caller's list.
    GatewayModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<Gateway> gateways;
    for (int id = 1; id <= 300; ++id)
        gateways << gateway(id, QStringLiteral("gw%1").arg(id));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setGateways(gateways);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 300);
    QCOMPARE(model.lastMerge().inserted, 300);
    QCOMPARE(model.gatewayAt(0), &std::as_const(gateways).at(0)); // the same records, not a copy

    QList<Gateway> changed = gateways;
    changed[5].description = QStringLiteral("Spare");
    model.setGateways(changed);
    QCOMPARE(model.gatewayAt(5)->description, QStringLiteral("Spare"));
    QCOMPARE(gateways.at(5).description, gateway(6, QStringLiteral("gw6")).description);
    QCOMPARE(model.index(5, 0).data(RecordTableModel::IdRole).toInt(), 6);
}

#include "tst_gatewaymodel.moc"
