#include "BrokerModel.h"
#include "HealthWatch.h"
#include "ModelFixtures.h"

#include <QAbstractItemModelTester>
#include <QtTest>

// Problem counts per Site and the servers that just started or stopped needing attention.
class TestHealthWatch : public QObject
{
    Q_OBJECT

private slots:
    void countsAndTransitions();
    void newServerStartsAtItsFirstReport();
};

void TestHealthWatch::countsAndTransitions()
{
    BrokerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    HealthWatch watch(&model, BrokerModel::Server, BrokerModel::State);
    QSignalSpy transitioned(&watch, &HealthWatch::transitioned);
    QSignalSpy counts(&watch, &HealthWatch::countsChanged);
    model.setBrokers({Fixtures::broker(1, QStringLiteral("b1"), 1, 0), Fixtures::broker(2, QStringLiteral("b2"), 1, 1),
                      Fixtures::broker(3, QStringLiteral("b3"), 2, 0)});
    model.setStatuses({Fixtures::status(1, Ras::AgentState::Ok, 10), Fixtures::status(2, Ras::AgentState::Disconnected, 0),
                       Fixtures::status(3, Ras::AgentState::StandBy, 5)});
    QTRY_COMPARE(counts.size(), 1);
    QCOMPARE(watch.serverCount(), 3);
    QCOMPARE(watch.problemCount(), 1);
    QCOMPARE(watch.problemCount(1), 1);
    QCOMPARE(watch.problemCount(2), 0); // standby is no problem
    QCOMPARE(watch.serverCount(2), 1);
    // The first look is no change.
    QCOMPARE(transitioned.size(), 0);

    model.setStatuses({Fixtures::status(1, Ras::AgentState::Disconnected, 0), Fixtures::status(2, Ras::AgentState::Ok, 12),
                       Fixtures::status(3, Ras::AgentState::StandBy, 5)});
    QTRY_COMPARE(transitioned.size(), 1);
    const auto transitions = transitioned.first().first().value<QList<HealthTransition>>();
    QCOMPARE(transitions.size(), 2);
    QCOMPARE(transitions.at(0).name, QStringLiteral("b1"));
    QVERIFY(transitions.at(0).becameProblem());
    QCOMPARE(transitions.at(0).state, Ras::displayName(Ras::AgentState::Disconnected));
    QCOMPARE(transitions.at(1).name, QStringLiteral("b2"));
    QVERIFY(!transitions.at(1).becameProblem());
    QCOMPARE(watch.problemCount(), 1);

    // A burst of changes is counted once.
    counts.clear();
    model.setStatuses({Fixtures::status(1, Ras::AgentState::Ok, 1), Fixtures::status(2, Ras::AgentState::Ok, 1),
                       Fixtures::status(3, Ras::AgentState::Ok, 1)});
    model.setStatuses({Fixtures::status(1, Ras::AgentState::Ok, 2), Fixtures::status(2, Ras::AgentState::Ok, 2),
                       Fixtures::status(3, Ras::AgentState::Ok, 2)});
    QTRY_COMPARE(counts.size(), 1);
    QCOMPARE(watch.problemCount(), 0);
}

void TestHealthWatch::newServerStartsAtItsFirstReport()
{
    BrokerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    HealthWatch watch(&model, BrokerModel::Server, BrokerModel::State);
    QSignalSpy transitioned(&watch, &HealthWatch::transitioned);
    QSignalSpy counts(&watch, &HealthWatch::countsChanged);
    model.setBrokers({Fixtures::broker(1, QStringLiteral("b1"), 1, 0)});
    model.setStatuses({Fixtures::status(1, Ras::AgentState::Ok, 10)});
    QTRY_COMPARE(counts.size(), 1);

    // A broker just added shows "No status" until its agent answers "Not applied": never on the
    // farm, it was never in trouble and is not "fine again".
    model.upsertBroker(Fixtures::broker(2, QStringLiteral("b2"), 1, 1));
    QTRY_COMPARE(watch.serverCount(), 2);
    model.setStatus(Fixtures::status(2, Ras::AgentState::NotApplied, 0));
    QTRY_COMPARE(watch.problemCount(), 0);
    // Deleted again before Apply: still nothing to announce.
    model.removeBroker(2);
    QTRY_COMPARE(watch.serverCount(), 1);
    QCOMPARE(transitioned.size(), 0);

    // A server that did report and then stops reporting is announced, once, and so is its return.
    model.setStatuses({});
    QTRY_COMPARE(transitioned.size(), 1);
    QVERIFY(transitioned.first().first().value<QList<HealthTransition>>().first().becameProblem());
    model.setStatuses({});
    model.upsertBroker(Fixtures::broker(1, QStringLiteral("b1 renamed"), 1, 0));
    watch.recount();
    QCOMPARE(transitioned.size(), 1);
    model.setStatuses({Fixtures::status(1, Ras::AgentState::Ok, 12)});
    QTRY_COMPARE(transitioned.size(), 2);
    QVERIFY(!transitioned.last().first().value<QList<HealthTransition>>().first().becameProblem());
}

QTEST_GUILESS_MAIN(TestHealthWatch)
#include "tst_healthwatch.moc"
