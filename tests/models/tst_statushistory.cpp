#include "StatusHistory.h"

#include <QtTest>

class TestStatusHistory : public QObject
{
    Q_OBJECT

private slots:
    void ringKeepsTheLastHourInBoundedMemory();
    void aGapIsNotAZero();
    // Disconnected and not-applied servers report 0 %: that is no measurement.
    void statusWithoutLoadIsAGap();
};

void TestStatusHistory::ringKeepsTheLastHourInBoundedMemory()
{
    StatusHistory history;
    const qint64 start = 1'000'000'000;
    for (int i = 0; i < 2000; ++i)
        history.record(1, start + i * 5000, i % 101, 50);
    const qint64 now = start + 1999 * 5000;
    const QList<StatusHistory::Sample> samples = history.samples(1, now);
    QCOMPARE(samples.size(), StatusHistory::kCapacity);
    QCOMPARE(samples.last().timeMs, now);
    QVERIFY(samples.first().timeMs < samples.last().timeMs);
    for (int i = 1; i < samples.size(); ++i)
        QVERIFY(samples.at(i - 1).timeMs < samples.at(i).timeMs);
    // Older than an hour is not shown.
    QVERIFY(history.samples(1, now + 2 * StatusHistory::kWindowMs).isEmpty());
    history.record(1, now + 1, 250, -3);
    QCOMPARE(history.samples(1, now + 1).last().cpu, 100);
    QCOMPARE(history.samples(1, now + 1).last().memory, 0);
    history.record(2, now, 1, 1);
    history.retain({2});
    QCOMPARE(history.serverCount(), 1);
    QVERIFY(history.samples(1, now).isEmpty());
}

void TestStatusHistory::aGapIsNotAZero()
{
    StatusHistory history;
    history.record(1, 1000, 40, 50);
    history.recordGap(1, 2000);
    history.record(1, 3000, 45, 55);
    const QList<StatusHistory::Sample> samples = history.samples(1, 3000);
    QCOMPARE(samples.size(), 3);
    QVERIFY(samples.at(0).measured);
    QVERIFY(!samples.at(1).measured);
    QCOMPARE(samples.at(1).timeMs, 2000);
    QVERIFY(samples.at(2).measured);
    QCOMPARE(samples.at(2).cpu, 45);
}

void TestStatusHistory::statusWithoutLoadIsAGap()
{
    StatusHistory history;
    AgentStatus status;
    status.numericId = 7;
    status.cpuLoad = 0;
    status.memLoad = 0;
    for (const auto state : {Ras::AgentState::Disconnected, Ras::AgentState::NotApplied}) {
        status.agentState = state;
        history.record(status, 1000);
    }
    status.agentState = Ras::AgentState::Ok;
    status.cpuLoad = 12;
    history.record(status, 2000);
    const QList<StatusHistory::Sample> samples = history.samples(7, 2000);
    QCOMPARE(samples.size(), 3);
    QVERIFY(!samples.at(0).measured);
    QVERIFY(!samples.at(1).measured);
    QVERIFY(samples.at(2).measured);
    QCOMPARE(samples.at(2).cpu, 12);
}

QTEST_GUILESS_MAIN(TestStatusHistory)
#include "tst_statushistory.moc"
