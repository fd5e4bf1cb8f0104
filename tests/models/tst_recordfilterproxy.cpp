#include "BrokerModel.h"
#include "ModelFixtures.h"
#include "RecordFilterProxy.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Fixtures;

class TestRecordFilterProxy : public QObject
{
    Q_OBJECT

private slots:
    void textFilterStateFilterAndNaturalSort();
};

void TestRecordFilterProxy::textFilterStateFilterAndNaturalSort()
{
    BrokerModel model;
    RecordFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setBrokers({broker(1, QStringLiteral("cb-10"), 1, 0), broker(2, QStringLiteral("cb-2"), 1, 1),
                      broker(3, QStringLiteral("CB-1"), 1, 2)});
    model.setStatuses({status(1, Ras::AgentState::Ok, 9), status(2, Ras::AgentState::Disconnected, 10),
                       status(3, Ras::AgentState::NeedsUpdate, 100)});

    proxy.sort(BrokerModel::Server);
    auto column = [&](int c) {
        QStringList values;
        for (int row = 0; row < proxy.rowCount(); ++row)
            values << proxy.index(row, c).data().toString();
        return values;
    };
    QCOMPARE(column(BrokerModel::Server), (QStringList{QStringLiteral("CB-1"), QStringLiteral("cb-2"), QStringLiteral("cb-10")}));
    proxy.sort(BrokerModel::Cpu, Qt::DescendingOrder);
    // Numbers sort as numbers; the disconnected broker measured nothing and comes last.
    QCOMPARE(column(BrokerModel::Cpu), (QStringList{QStringLiteral("100 %"), QStringLiteral("9 %"), QStringLiteral("\u2014")}));

    proxy.setText(QStringLiteral("CB-1"));
    QCOMPARE(column(BrokerModel::Server), (QStringList{QStringLiteral("CB-1"), QStringLiteral("cb-10")})); // still by CPU
    proxy.setText(QStringLiteral("disconnected"));
    QCOMPARE(column(BrokerModel::Server), QStringList{QStringLiteral("cb-2")});
    proxy.setSearchColumns({BrokerModel::Server});
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setText(QString());
    proxy.setProblemsOnly(true);
    QCOMPARE(proxy.rowCount(), 2); // Disconnected and Needs update
    model.setStatuses({status(1, Ras::AgentState::Ok, 9), status(2, Ras::AgentState::Ok, 10),
                       status(3, Ras::AgentState::NeedsUpdate, 100)});
    QCOMPARE(proxy.rowCount(), 1); // the filter follows live changes
    proxy.setProblemsOnly(false);
    QCOMPARE(proxy.rowCount(), 3);
    model.setBrokers({broker(1, QStringLiteral("cb-10"), 1, 0), broker(2, QStringLiteral("cb-2"), 1, 1),
                      broker(3, QStringLiteral("CB-1"), 2, 0)});
    proxy.setSiteId(2);
    QCOMPARE(column(BrokerModel::Server), QStringList{QStringLiteral("CB-1")});
    proxy.setSiteId(0);
    QCOMPARE(proxy.rowCount(), 3);
}

QTEST_MAIN(TestRecordFilterProxy)
#include "tst_recordfilterproxy.moc"
