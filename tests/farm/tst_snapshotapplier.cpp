#include "BrokerModel.h"
#include "GatewayModel.h"
#include "IdleWork.h"
#include "PolicyModel.h"
#include "SiteModel.h"
#include "SnapshotApplier.h"
#include "StatusHistory.h"

#include <QAbstractItemModelTester>
#include <QtTest>

class TestSnapshotApplier : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void smallFarmGoesInAtOnceAndCountsWhatChanged();
    void largeFarmGoesInTableByTableAndTheNewestWins();
    void aFailedPartKeepsWhatTheTableShowed();

private:
    static FarmSnapshot snapshot(int brokers, const QString &description = QString());

    std::unique_ptr<SiteModel> m_sites;
    std::unique_ptr<BrokerModel> m_brokers;
    std::unique_ptr<GatewayModel> m_gateways;
    std::unique_ptr<PolicyModel> m_policies;
    std::unique_ptr<StatusHistory> m_history;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<SnapshotApplier> m_applier;
};

FarmSnapshot TestSnapshotApplier::snapshot(int brokers, const QString &description)
{
    QList<Broker> list;
    QList<BrokerStatus> statuses;
    for (int i = 0; i < brokers; ++i) {
        Broker broker;
        broker.id = i + 1;
        broker.siteId = 1;
        broker.priority = i;
        broker.server = QStringLiteral("cb-%1").arg(i + 1);
        broker.description = description;
        list << broker;
        BrokerStatus status;
        status.numericId = broker.id;
        status.id = QString::number(broker.id);
        status.agentState = Ras::AgentState::Ok;
        statuses << status;
    }
    Site site;
    site.id = 1;
    site.name = QStringLiteral("HQ");
    FarmSnapshot farm;
    farm.sites.set(QList<Site>{site});
    farm.brokers.set(list);
    farm.brokerStatus.set(statuses);
    farm.gateways.set(QList<Gateway>{});
    farm.gatewayStatus.set(QList<GatewayStatus>{});
    farm.policies.set(QList<ClientPolicy>{});
    return farm;
}

void TestSnapshotApplier::init()
{
    m_sites = std::make_unique<SiteModel>();
    m_brokers = std::make_unique<BrokerModel>();
    m_gateways = std::make_unique<GatewayModel>();
    m_policies = std::make_unique<PolicyModel>();
    m_history = std::make_unique<StatusHistory>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_brokers.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_applier = std::make_unique<SnapshotApplier>(
        SnapshotApplier::Models{m_sites.get(), m_brokers.get(), m_gateways.get(), m_policies.get(), m_history.get()});
}

void TestSnapshotApplier::cleanup()
{
    m_applier.reset();
    m_tester.reset();
    QVERIFY(!IdleWork::instance()->isHeld());
}

void TestSnapshotApplier::smallFarmGoesInAtOnceAndCountsWhatChanged()
{
    QSignalSpy applied(m_applier.get(), &SnapshotApplier::applied);
    m_applier->apply(snapshot(3));
    QCOMPARE(applied.count(), 1); // before apply() returned
    QCOMPARE(m_brokers->rowCount(), 3);
    QCOMPARE(m_brokers->index(0, BrokerModel::Site).data().toString(), QStringLiteral("HQ"));
    QVERIFY(m_brokers->statusOf(2));
    QVERIFY(applied.first().at(1).value<FarmChanges>().isEmpty()); // a first load is not news

    // Changed outside the console: every broker's description, and one more broker.
    m_applier->apply(snapshot(4, QStringLiteral("moved to rack 7")));
    QCOMPARE(applied.count(), 2);
    const auto changes = applied.last().at(1).value<FarmChanges>();
    QCOMPARE(changes.brokers.added, 1);
    QCOMPARE(changes.brokers.changed, 3);
    QCOMPARE(changes.gateways.total(), 0);
}

void TestSnapshotApplier::largeFarmGoesInTableByTableAndTheNewestWins()
{
    QSignalSpy applied(m_applier.get(), &SnapshotApplier::applied);
    m_applier->apply(snapshot(1500));
    QCOMPARE(applied.count(), 0); // the rest comes turn by turn
    QVERIFY(IdleWork::instance()->isHeld());
    // A newer load arrives before the older one is fully shown: only the newer one finishes.
    m_applier->apply(snapshot(1200, QStringLiteral("newer")));
    QTRY_COMPARE(applied.count(), 1);
    QCOMPARE(applied.first().at(0).value<FarmSnapshot>().brokers.records().size(), 1200);
    QCOMPARE(m_brokers->rowCount(), 1200);
    QCOMPARE(m_brokers->index(0, BrokerModel::Description).data().toString(), QStringLiteral("newer"));
    QVERIFY(!IdleWork::instance()->isHeld());
    QTest::qWait(20); // no step of the older load comes late
    QCOMPARE(applied.count(), 1);
    QCOMPARE(m_brokers->rowCount(), 1200);
}

void TestSnapshotApplier::aFailedPartKeepsWhatTheTableShowed()
{
    m_applier->apply(snapshot(3));
    FarmSnapshot failed = snapshot(0);
    failed.brokers.set(RasError{});
    failed.brokerStatus.set(RasError{});
    QSignalSpy applied(m_applier.get(), &SnapshotApplier::applied);
    m_applier->apply(failed);
    QCOMPARE(applied.count(), 1);
    QCOMPARE(m_brokers->rowCount(), 3);
    QVERIFY(m_brokers->statusOf(1));
    QVERIFY(applied.first().at(1).value<FarmChanges>().isEmpty());
}

QTEST_GUILESS_MAIN(TestSnapshotApplier)
#include "tst_snapshotapplier.moc"
