#include "ModelFixtures.h"
#include "PolicyModel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Fixtures;

class TestPolicyModel : public QObject
{
    Q_OBJECT

private slots:
    void orderMovesAndChanges();
    void upsertAndRemoveOnePolicy();
};

void TestPolicyModel::orderMovesAndChanges()
{
    PolicyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<ClientPolicy> policies{policy(10, QStringLiteral("Default"), 1), policy(11, QStringLiteral("Finance"), 2),
                                 policy(12, QStringLiteral("Contractors"), 3)};
    policies[1].secondaryConnections = {{Ras::SecondaryConnectionMode::GatewaySsl, QStringLiteral("gw"), 443}};
    model.setPolicies(policies);
    QCOMPARE(model.index(1, PolicyModel::Name).data().toString(), QStringLiteral("Finance"));
    QCOMPARE(model.index(1, PolicyModel::Connections).data().toInt(), 1);
    QVERIFY(model.index(1, PolicyModel::Connections).data(Qt::ToolTipRole).toString().contains(QLatin1String("gw:443")));

    SignalCounter counter(&model);
    model.setPolicies(policies);
    QCOMPARE(counter.total(), 0);

    // Contractors moves up: orders swap.
    policies[1].order = 3;
    policies[2].order = 2;
    model.setPolicies(policies);
    QCOMPARE(model.index(1, PolicyModel::Name).data().toString(), QStringLiteral("Contractors"));
    QCOMPARE(counter.moved(), 1);
    QCOMPARE(counter.inserted() + counter.removed() + counter.resets(), 0);

    counter.clear();
    policies[0].enabled = false;
    model.setPolicies(policies);
    QCOMPARE(counter.dataChanged(), 1);
    QCOMPARE(model.index(0, PolicyModel::Enabled).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(model.rowOf(12), 1);
    model.resetFarm();
    QCOMPARE(model.rowCount(), 0);
}

void TestPolicyModel::upsertAndRemoveOnePolicy()
{
    PolicyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPolicies({policy(10, QStringLiteral("Default"), 1), policy(11, QStringLiteral("Finance"), 2),
                       policy(12, QStringLiteral("Contractors"), 3)});
    SignalCounter counter(&model);
    ClientPolicy finance = policy(11, QStringLiteral("Finance"), 2);
    finance.secondaryConnections = {{Ras::SecondaryConnectionMode::GatewaySsl, QStringLiteral("gw"), 443}};
    model.upsertPolicy(finance);
    QCOMPARE(counter.total(), 1);
    QCOMPARE(model.index(1, PolicyModel::Connections).data().toInt(), 1);

    // Moved up: Finance takes order 1 and Default order 2.
    finance.order = 1;
    model.upsertPolicy(finance);
    model.upsertPolicy(policy(10, QStringLiteral("Default"), 2));
    QCOMPARE(model.index(0, PolicyModel::Name).data().toString(), QStringLiteral("Finance"));
    QCOMPARE(model.index(1, PolicyModel::Name).data().toString(), QStringLiteral("Default"));
    QCOMPARE(model.rowOf(12), 2);

    model.removePolicy(10);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(12), 1);
}

QTEST_MAIN(TestPolicyModel)
#include "tst_policymodel.moc"
