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
    // A small log: the model tester checks the whole model after every change, so the full
    // 2,000-entry log would spend seconds on checks that a ten-entry one makes just as well.
    RequestLog log(10);
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
    // Past the capacity the oldest entries go, and the rows follow in step.
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    for (int i = 0; i < 3 * log.capacity(); ++i) {
        entry.durationMs = i;
        log.add(entry);
        QCOMPARE(model.rowCount(), static_cast<int>(log.entries().size()));
    }
    QVERIFY(removed.count() >= 2);
    QVERIFY(model.rowCount() <= log.capacity());
    QCOMPARE(model.index(model.rowCount() - 1, RequestLogModel::Duration).data().toString(),
             QStringLiteral("%1 ms").arg(3 * log.capacity() - 1)); // the newest is last
    log.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestRequestLogModel)
#include "tst_requestlogmodel.moc"
