#include "PendingChangesModel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

class TestPendingChangesModel : public QObject
{
    Q_OBJECT

private slots:
    void addAndClear();
};

void TestPendingChangesModel::addAndClear()
{
    PendingChangesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy count(&model, &PendingChangesModel::countChanged);
    model.add({QDateTime::currentDateTime(), QStringLiteral("Added"), QStringLiteral("Connection Broker"), QStringLiteral("cb9"), 9});
    model.add({QDateTime::currentDateTime(), QStringLiteral("Promoted"), QStringLiteral("Connection Broker"), QStringLiteral("cb2"), 2});
    QCOMPARE(model.count(), 2);
    QCOMPARE(count.count(), 2);
    QCOMPARE(count.last().at(0).toInt(), 2);
    QCOMPARE(model.index(1, PendingChangesModel::Action).data().toString(), QStringLiteral("Promoted"));
    QCOMPARE(model.index(0, PendingChangesModel::Object).data().toString(), QStringLiteral("cb9"));
    model.clear();
    QCOMPARE(model.count(), 0);
    QCOMPARE(count.last().at(0).toInt(), 0);
    model.clear();
    QCOMPARE(count.count(), 3);
}

QTEST_MAIN(TestPendingChangesModel)
#include "tst_pendingchangesmodel.moc"
