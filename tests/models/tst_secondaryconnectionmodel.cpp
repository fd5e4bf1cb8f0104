#include "ModelFixtures.h"
#include "SecondaryConnectionModel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Fixtures;

class TestSecondaryConnectionModel : public QObject
{
    Q_OBJECT

private slots:
    void mergeWithinPolicyResetAcross();
};

void TestSecondaryConnectionModel::mergeWithinPolicyResetAcross()
{
    SecondaryConnectionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const SecondaryConnection a{Ras::SecondaryConnectionMode::Gateway, QStringLiteral("gw1"), 80};
    const SecondaryConnection b{Ras::SecondaryConnectionMode::DirectSsl, QStringLiteral("cb1"), 443};
    model.setConnections(1, {a, b});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, SecondaryConnectionModel::Mode).data().toString(), QStringLiteral("Direct SSL"));
    QCOMPARE(model.index(1, SecondaryConnectionModel::Port).data().toInt(), 443);

    SignalCounter counter(&model);
    model.setConnections(1, {a, b});
    QCOMPARE(counter.total(), 0);
    const SecondaryConnection c{Ras::SecondaryConnectionMode::GatewaySsl, QStringLiteral("gw2"), 443};
    model.setConnections(1, {b, c});
    QCOMPARE(counter.removed(), 1);
    QCOMPARE(counter.inserted(), 1);
    QCOMPARE(counter.resets(), 0);
    QCOMPARE(*model.connectionAt(1), c);

    model.setConnections(2, {a});
    QCOMPARE(counter.resets(), 1);
    QCOMPARE(model.policyId(), 2);
}

QTEST_MAIN(TestSecondaryConnectionModel)
#include "tst_secondaryconnectionmodel.moc"
