#include "RequestLog.h"
#include "RequestLogModel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

class TestRequestLogModel : public QObject
{
    Q_OBJECT

private slots:
    void followsTheLog();
};

void TestRequestLogModel::followsTheLog()
{
    RequestLog log;
    RequestLogModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    RequestLogEntry entry;
    entry.when = QDateTime::currentDateTime();
    entry.method = QStringLiteral("GET");
    entry.path = QStringLiteral("api/Broker");
    entry.status = 200;
    entry.durationMs = 12;
    entry.bytes = 2048;
    log.add(entry);
    entry.status = 0;
    entry.error = QStringLiteral("Connection refused");
    log.add(entry);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, RequestLogModel::Duration).data().toString(), QStringLiteral("12 ms"));
    QCOMPARE(model.index(1, RequestLogModel::Status).data().toString(), QStringLiteral("failed"));
    QCOMPARE(model.index(1, RequestLogModel::Path).data(Qt::ToolTipRole).toString(), QStringLiteral("Connection refused"));
    for (int i = 0; i < RequestLog::kCapacity; ++i)
        log.add(entry);
    QCOMPARE(model.rowCount(), static_cast<int>(log.entries().size()));
    log.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestRequestLogModel)
#include "tst_requestlogmodel.moc"
