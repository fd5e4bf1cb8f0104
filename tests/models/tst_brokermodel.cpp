#include "BrokerModel.h"
#include "ModelFixtures.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QtTest>

using namespace Fixtures;

class TestBrokerModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<BrokerModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QString cell(int row, int column) const { return m_model->index(row, column).data().toString(); }
    QList<int> ids() const
    {
        QList<int> list;
        for (int row = 0; row < m_model->rowCount(); ++row)
            list << m_model->index(row, 0).data(RecordTableModel::IdRole).toInt();
        return list;
    }
    static QList<Broker> farm()
    {
        return {broker(1, QStringLiteral("cb1"), 1, 0), broker(2, QStringLiteral("cb2"), 1, 1),
                broker(3, QStringLiteral("cb3"), 2, 0)};
    }

private slots:
    void init()
    {
        m_model = std::make_unique<BrokerModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }
    void initialLoadOrdersBySiteAndPriority();
    void identicalRefreshEmitsNothing();
    void insertsAndRemovals();
    void priorityMoveAndPromoteMoveRows();
    void changedCellsOnly();
    void statusJoinedById();
    void rolesAndHeaders();
    void enabledCheckboxRequestsChange();
    void farmSwitchResets();
    void halfTheRowsChangedIsOneSignal();
    void everyStatusIsOneSignalOverTheStatusColumns();
    void rowsByIdFollowEveryRefresh();
    void upsertTouchesOneRow();
    void upsertMovesAndInsertsByPriority();
    void removeTakesItsStatus();
    void statusesInAnyOrderJoinTheirRows();
    void oneStatusUpdatesOneRow();
    void rowsThatCameTogetherAreOneInsert();
};

void TestBrokerModel::initialLoadOrdersBySiteAndPriority()
{
    QList<Broker> brokers = farm();
    std::reverse(brokers.begin(), brokers.end());
    m_model->setBrokers(brokers);
    QCOMPARE(ids(), (QList<int>{1, 2, 3}));
    QCOMPARE(cell(0, BrokerModel::Priority), QStringLiteral("Primary"));
    QCOMPARE(cell(1, BrokerModel::Priority), QStringLiteral("1"));
}

void TestBrokerModel::identicalRefreshEmitsNothing()
{
    m_model->setBrokers(farm());
    m_model->setStatuses({status(1, Ras::AgentState::Ok, 10), status(2, Ras::AgentState::Ok, 20)});
    SignalCounter counter(m_model.get());
    m_model->setBrokers(farm());
    m_model->setStatuses({status(1, Ras::AgentState::Ok, 10), status(2, Ras::AgentState::Ok, 20)});
    m_model->setSiteNames({});
    QCOMPARE(counter.total(), 0);
}

void TestBrokerModel::insertsAndRemovals()
{
    m_model->setBrokers(farm());
    SignalCounter counter(m_model.get());
    QList<Broker> next = farm();
    next.removeAt(1);
    next << broker(4, QStringLiteral("cb4"), 1, 2);
    m_model->setBrokers(next);
    QCOMPARE(ids(), (QList<int>{1, 4, 3}));
    QCOMPARE(counter.inserted(), 1);
    QCOMPARE(counter.removed(), 1);
    QCOMPARE(counter.resets(), 0);
    m_model->setBrokers({});
    QCOMPARE(m_model->rowCount(), 0);
}

void TestBrokerModel::priorityMoveAndPromoteMoveRows()
{
    QList<Broker> brokers = farm();
    brokers << broker(4, QStringLiteral("cb4"), 1, 2);
    m_model->setBrokers(brokers);
    SignalCounter counter(m_model.get());
    // Promote cb4: it becomes primary, the others shift down.
    brokers[0].priority = 1;
    brokers[1].priority = 2;
    brokers[3].priority = 0;
    m_model->setBrokers(brokers);
    QCOMPARE(ids(), (QList<int>{4, 1, 2, 3}));
    QCOMPARE(counter.moved(), 1);
    QCOMPARE(counter.inserted() + counter.removed() + counter.resets(), 0);
    QCOMPARE(cell(0, BrokerModel::Priority), QStringLiteral("Primary"));
}

void TestBrokerModel::changedCellsOnly()
{
    m_model->setBrokers(farm());
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QList<Broker> next = farm();
    next[2].description = QStringLiteral("DR");
    m_model->setBrokers(next);
    QCOMPARE(changed.count(), 1);
    const auto from = changed.first().at(0).value<QModelIndex>();
    const auto to = changed.first().at(1).value<QModelIndex>();
    QCOMPARE(from.row(), 2);
    QCOMPARE(to.row(), 2);
    QCOMPARE(from.column(), int(BrokerModel::Description));
    QCOMPARE(to.column(), int(BrokerModel::Description));
}

void TestBrokerModel::statusJoinedById()
{
    m_model->setBrokers(farm());
    QCOMPARE(cell(0, BrokerModel::State), QStringLiteral("No status"));
    m_model->setStatuses({status(2, Ras::AgentState::Disconnected, 0), status(1, Ras::AgentState::Ok, 37, 61)});
    QCOMPARE(cell(0, BrokerModel::State), QStringLiteral("OK"));
    QCOMPARE(cell(0, BrokerModel::Cpu), QStringLiteral("37 %"));
    QCOMPARE(cell(0, BrokerModel::Memory), QStringLiteral("61 %"));
    QCOMPARE(m_model->index(0, BrokerModel::Cpu).data(RecordTableModel::SortRole).toInt(), 37);
    QCOMPARE(cell(1, BrokerModel::State), QStringLiteral("Disconnected"));
    // A disconnected server measured nothing: a dash and no load bar, never "0 %".
    QCOMPARE(cell(1, BrokerModel::Cpu), QStringLiteral("\u2014"));
    QCOMPARE(cell(1, BrokerModel::Memory), QStringLiteral("\u2014"));
    QCOMPARE(m_model->index(1, BrokerModel::Cpu).data(RecordTableModel::SortRole).toInt(), -1);
    // An export writes the numbers and times themselves, and nothing for what was not measured.
    QCOMPARE(m_model->index(0, BrokerModel::Cpu).data(RecordTableModel::ExportRole), QVariant(37));
    QCOMPARE(m_model->index(1, BrokerModel::Cpu).data(RecordTableModel::ExportRole), QVariant(QString()));
    QCOMPARE(m_model->index(0, BrokerModel::Updated).data(RecordTableModel::ExportRole).typeId(), QMetaType::QDateTime);
    QVERIFY(cell(0, BrokerModel::Updated).endsWith(QLatin1String("ago")));
    QCOMPARE(m_model->index(1, 0).data(RecordTableModel::HealthRole).toInt(), int(Ras::Health::Bad));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setStatuses({status(2, Ras::AgentState::Disconnected, 0), status(1, Ras::AgentState::Ok, 38, 61)});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 0);
    m_model->refreshAges();
    QCOMPARE(changed.count(), 2);
}

void TestBrokerModel::rolesAndHeaders()
{
    m_model->setBrokers(farm());
    m_model->setStatuses({status(1, Ras::AgentState::Disconnected, 0)});
    // Before the Sites' names are known (or when they could not be read), a Site says what it is.
    QCOMPARE(cell(2, BrokerModel::Site), QStringLiteral("Site 2"));
    m_model->setSiteNames({{1, QStringLiteral("HQ")}, {2, QStringLiteral("DR")}});
    QCOMPARE(cell(2, BrokerModel::Site), QStringLiteral("DR"));
    QCOMPARE(m_model->index(0, BrokerModel::State).data(Qt::DecorationRole).value<QColor>(), QColor(0xc6, 0x28, 0x28));
    QVERIFY(m_model->index(0, BrokerModel::State).data(Qt::ToolTipRole).toString().contains(QLatin1String("Disconnected")));
    QCOMPARE(m_model->index(0, 0).data(RecordTableModel::IdRole).toInt(), 1);
    for (int column = 0; column < BrokerModel::ColumnCount; ++column) {
        QVERIFY(!m_model->headerData(column, Qt::Horizontal).toString().isEmpty());
        QVERIFY(!m_model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    }
}

void TestBrokerModel::enabledCheckboxRequestsChange()
{
    m_model->setBrokers(farm());
    QSignalSpy requested(m_model.get(), &BrokerModel::enabledChangeRequested);
    QVERIFY(!(m_model->flags(m_model->index(0, BrokerModel::Enabled)) & Qt::ItemIsUserCheckable)); // the primary
    QVERIFY(m_model->flags(m_model->index(1, BrokerModel::Enabled)) & Qt::ItemIsUserCheckable);
    QVERIFY(!m_model->setData(m_model->index(1, BrokerModel::Enabled), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().at(0).toInt(), 2);
    QCOMPARE(requested.first().at(1).toBool(), false);
    QCOMPARE(m_model->index(1, BrokerModel::Enabled).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
}

void TestBrokerModel::farmSwitchResets()
{
    m_model->setBrokers(farm());
    SignalCounter counter(m_model.get());
    m_model->resetFarm();
    QCOMPARE(counter.resets(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    m_model->setBrokers({broker(9, QStringLiteral("other"), 1, 0)});
    QCOMPARE(m_model->rowCount(), 1);
}

void TestBrokerModel::halfTheRowsChangedIsOneSignal()
{
    QList<Broker> brokers;
    for (int i = 0; i < 10; ++i)
        brokers << broker(i + 1, QStringLiteral("cb%1").arg(i), 1, i);
    m_model->setBrokers(brokers);
    for (int i = 0; i < 6; ++i)
        brokers[i].description = QStringLiteral("changed");
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setBrokers(brokers);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->lastMerge().changedRows, 6);
}

void TestBrokerModel::everyStatusIsOneSignalOverTheStatusColumns()
{
    // A status refresh of a large farm changes every row, but only from State to Updated: a proxy
    // sorted by the server's name or priority must not be made to sort every row again.
    QList<Broker> brokers;
    QList<AgentStatus> statuses;
    for (int i = 0; i < 10; ++i) {
        brokers << broker(i + 1, QStringLiteral("cb%1").arg(i), 1, i);
        statuses << status(i + 1, Ras::AgentState::Ok, i);
    }
    m_model->setBrokers(brokers);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setStatuses(statuses);
    QCOMPARE(changed.count(), 1);
    const QModelIndex from = changed.first().at(0).toModelIndex();
    const QModelIndex to = changed.first().at(1).toModelIndex();
    QCOMPARE(from.row(), 0);
    QCOMPARE(to.row(), 9);
    QCOMPARE(from.column(), int(BrokerModel::State));
    QCOMPARE(to.column(), int(BrokerModel::Updated));
}

void TestBrokerModel::rowsByIdFollowEveryRefresh()
{
    // The index of rows by id is rebuilt only when rows came, went or moved; it must stay right
    // through a refresh that only changed what rows say, and through one that shifted them.
    QList<Broker> brokers;
    for (int i = 0; i < 6; ++i)
        brokers << broker(i + 1, QStringLiteral("cb%1").arg(i), 1, i);
    m_model->setBrokers(brokers);
    brokers[2].description = QStringLiteral("changed");
    m_model->setBrokers(brokers);
    QVERIFY(!m_model->lastMerge().rowsShifted());
    for (int i = 0; i < 6; ++i)
        QCOMPARE(m_model->rowOf(i + 1), i);
    brokers.removeAt(1);
    for (int i = 1; i < brokers.size(); ++i)
        brokers[i].priority = i;
    m_model->setBrokers(brokers);
    QVERIFY(m_model->lastMerge().rowsShifted());
    QCOMPARE(m_model->rowOf(2), -1);
    QCOMPARE(m_model->rowOf(3), 1);
    QCOMPARE(m_model->rowOf(6), 4);
}

void TestBrokerModel::upsertTouchesOneRow()
{
    m_model->setBrokers(farm());
    SignalCounter counter(m_model.get());
    Broker changed = farm().at(1);
    changed.description = QStringLiteral("changed");
    m_model->upsertBroker(changed);
    QCOMPARE(ids(), (QList<int>{1, 2, 3}));
    QCOMPARE(counter.total(), 1);
    QCOMPARE(counter.dataChanged(), 1);
    QCOMPARE(cell(1, BrokerModel::Description), QStringLiteral("changed"));
    QCOMPARE(m_model->lastMerge().changedRows, 1);

    // The same record again changes nothing.
    counter.clear();
    m_model->upsertBroker(changed);
    QCOMPARE(counter.total(), 0);
}

void TestBrokerModel::upsertMovesAndInsertsByPriority()
{
    m_model->setBrokers(farm());
    SignalCounter counter(m_model.get());
    m_model->upsertBroker(broker(4, QStringLiteral("cb4"), 1, 2));
    QCOMPARE(ids(), (QList<int>{1, 2, 4, 3}));
    QCOMPARE(counter.inserted(), 1);
    QCOMPARE(m_model->rowOf(4), 2);
    QCOMPARE(m_model->rowOf(3), 3);

    // A move down: broker 2 takes priority 2 and broker 4 priority 1.
    counter.clear();
    m_model->upsertBroker(broker(2, QStringLiteral("cb2"), 1, 2));
    m_model->upsertBroker(broker(4, QStringLiteral("cb4"), 1, 1));
    QCOMPARE(ids(), (QList<int>{1, 4, 2, 3}));
    QCOMPARE(counter.inserted(), 0);
    QCOMPARE(counter.removed(), 0);
    QCOMPARE(counter.moved(), 1);
    QCOMPARE(m_model->rowOf(2), 2);

    // A promote: broker 2 becomes primary, the others of its site shift down by one.
    m_model->upsertBroker(broker(1, QStringLiteral("cb1"), 1, 1));
    m_model->upsertBroker(broker(4, QStringLiteral("cb4"), 1, 2));
    m_model->upsertBroker(broker(2, QStringLiteral("cb2"), 1, 0));
    QCOMPARE(ids(), (QList<int>{2, 1, 4, 3}));
    QCOMPARE(cell(0, BrokerModel::Priority), QStringLiteral("Primary"));
    for (const int id : {1, 2, 3, 4})
        QCOMPARE(m_model->index(m_model->rowOf(id), 0).data(RecordTableModel::IdRole).toInt(), id);

    // A broker moved to another site sorts there.
    m_model->upsertBroker(broker(4, QStringLiteral("cb4"), 2, 1));
    QCOMPARE(ids(), (QList<int>{2, 1, 3, 4}));
}

void TestBrokerModel::removeTakesItsStatus()
{
    m_model->setBrokers(farm());
    m_model->setStatuses({status(1, Ras::AgentState::Ok, 10), status(2, Ras::AgentState::Ok, 20)});
    SignalCounter counter(m_model.get());
    m_model->removeBroker(2);
    QCOMPARE(ids(), (QList<int>{1, 3}));
    QCOMPARE(counter.removed(), 1);
    QVERIFY(!m_model->statusOf(2));
    QCOMPARE(m_model->rowOf(3), 1);
    m_model->removeBroker(99); // unknown: nothing happens
    QCOMPARE(counter.total(), 1);
}

void TestBrokerModel::statusesInAnyOrderJoinTheirRows()
{
    // Statuses are compared position by position while the server keeps its order; any other
    // order, a server listed twice, one that stops reporting or one that comes must still land
    // on the right rows and signal exactly the rows that changed. Six brokers, row = id - 1.
    QList<Broker> brokers;
    for (int id = 1; id <= 6; ++id)
        brokers << broker(id, QStringLiteral("cb%1").arg(id), 1, id - 1);
    m_model->setBrokers(brokers);
    const auto ok = [](int id, int cpu) { return status(id, Ras::AgentState::Ok, cpu); };
    m_model->setStatuses({ok(1, 10), ok(2, 20), ok(3, 30), ok(4, 40), ok(5, 50), ok(6, 60)});
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    const auto changedRows = [&changed] {
        QList<int> rows;
        for (const auto &arguments : std::as_const(changed)) {
            for (int row = arguments.at(0).toModelIndex().row(); row <= arguments.at(1).toModelIndex().row(); ++row)
                rows << row;
        }
        changed.clear();
        return rows;
    };
    // The same statuses in another order: nothing changed.
    m_model->setStatuses({ok(6, 60), ok(3, 30), ok(1, 10), ok(2, 20), ok(5, 50), ok(4, 40)});
    QCOMPARE(changedRows(), QList<int>());
    // In that order again, one changed: only its row.
    m_model->setStatuses({ok(6, 60), ok(3, 31), ok(1, 10), ok(2, 20), ok(5, 50), ok(4, 40)});
    QCOMPARE(changedRows(), QList<int>{2});
    QCOMPARE(cell(2, BrokerModel::Cpu), QStringLiteral("31 %"));
    // Broker 2 listed twice (the later entry counts), broker 5 no longer reports.
    m_model->setStatuses({ok(6, 60), ok(3, 31), ok(2, 20), ok(1, 10), status(2, Ras::AgentState::Disconnected, 0),
                          ok(4, 40)});
    QCOMPARE(changedRows(), (QList<int>{1, 4}));
    QVERIFY(!m_model->statusOf(5));
    QCOMPARE(cell(4, BrokerModel::State), QStringLiteral("No status"));
    QCOMPARE(m_model->statusOf(2)->agentState, Ras::AgentState::Disconnected);
    QCOMPARE(m_model->statusOf(3)->cpuLoad, 31);
    // The same list again (with its duplicate): nothing changed.
    m_model->setStatuses({ok(6, 60), ok(3, 31), ok(2, 20), ok(1, 10), status(2, Ras::AgentState::Disconnected, 0),
                          ok(4, 40)});
    QCOMPARE(changedRows(), QList<int>());
    // A broker removed takes its status; the others keep theirs and the next refresh finds them.
    m_model->removeBroker(2);
    QVERIFY(!m_model->statusOf(2));
    QCOMPARE(m_model->statusOf(3)->cpuLoad, 31);
    changed.clear();
    m_model->setStatuses({ok(6, 60), ok(3, 31), ok(1, 10), ok(4, 44), ok(5, 50)});
    // Rows now: 1, 3, 4, 5, 6. Broker 4 changed, broker 5 reports again.
    QCOMPARE(changedRows(), (QList<int>{2, 3}));
    QCOMPARE(cell(2, BrokerModel::Cpu), QStringLiteral("44 %"));
    QCOMPARE(cell(3, BrokerModel::Cpu), QStringLiteral("50 %"));
    QCOMPARE(cell(1, BrokerModel::Cpu), QStringLiteral("31 %"));
}

void TestBrokerModel::oneStatusUpdatesOneRow()
{
    m_model->setBrokers(farm());
    m_model->setStatuses({status(1, Ras::AgentState::Ok, 10), status(2, Ras::AgentState::Ok, 20)});
    SignalCounter counter(m_model.get());
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setStatus(status(2, Ras::AgentState::DisabledFromSettings, 0));
    QCOMPARE(counter.total(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);
    QCOMPARE(m_model->statusOf(2)->agentState, Ras::AgentState::DisabledFromSettings);
    QCOMPARE(m_model->statusOf(1)->cpuLoad, 10); // the others keep theirs
    // A server that had no status yet gets one.
    m_model->setStatus(status(3, Ras::AgentState::Ok, 5));
    QCOMPARE(cell(2, BrokerModel::Cpu), QStringLiteral("5 %"));
}

void TestBrokerModel::rowsThatCameTogetherAreOneInsert()
{
    // The first load of a large farm: one insert for all rows, not one per row.
    QList<Broker> brokers;
    for (int id = 1; id <= 500; ++id)
        brokers << broker(id, QStringLiteral("cb%1").arg(id), 1 + id % 2, id / 2);
    SignalCounter counter(m_model.get());
    m_model->setBrokers(brokers);
    QCOMPARE(m_model->rowCount(), 500);
    QCOMPARE(counter.inserted(), 1);
    QCOMPARE(m_model->lastMerge().inserted, 500);

    // Two separate runs that came later: two inserts, every row where its priority puts it.
    counter.clear();
    brokers << broker(501, QStringLiteral("cb501"), 1, 1000) << broker(502, QStringLiteral("cb502"), 1, 1001)
            << broker(503, QStringLiteral("cb503"), 2, 1000);
    m_model->setBrokers(brokers);
    QCOMPARE(counter.inserted(), 2);
    QCOMPARE(m_model->rowOf(502), 251);
    QCOMPARE(m_model->rowOf(503), 502);
}

QTEST_MAIN(TestBrokerModel)
#include "tst_brokermodel.moc"
