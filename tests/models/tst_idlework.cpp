#include "IdleWork.h"

#include <QAbstractItemModelTester>
#include <QStandardItemModel>
#include <QtTest>

class TestIdleWork : public QObject
{
    Q_OBJECT

private slots:
    void slicesTakeTurnsWithEachOtherAndTheEventLoop();
    void workOfAnOwnerThatIsGoneOrCancelledStops();
    void heldWorkWaitsForTheRelease();
};

void TestIdleWork::slicesTakeTurnsWithEachOtherAndTheEventLoop()
{
    // The work of two tables (a model each, as the console's filter proxies have): each slice of one
    // is followed by a slice of the other, and queued events get their turn between any two slices.
    QStandardItemModel first(3, 1);
    QStandardItemModel second(3, 1);
    QAbstractItemModelTester firstTester(&first);
    QAbstractItemModelTester secondTester(&second);
    QStringList order;
    int delivered = 0;
    int posted = 0;
    const auto work = [&](QStandardItemModel *model, const QString &name) {
        return [&, model, name](const QElapsedTimer &, qint64) {
            // What was posted during the previous slice has been delivered before this one.
            if (delivered != posted)
                return true; // ends the work early: the order check below then fails
            order << name;
            QMetaObject::invokeMethod(model, [&delivered] { ++delivered; }, Qt::QueuedConnection);
            ++posted;
            const int done = order.count(name);
            model->setData(model->index(done - 1, 0), done);
            return done == 3;
        };
    };
    IdleWork::instance()->schedule(&first, work(&first, QStringLiteral("first")));
    IdleWork::instance()->schedule(&second, work(&second, QStringLiteral("second")));
    QVERIFY(IdleWork::instance()->isScheduled(&first));
    QTRY_VERIFY(!IdleWork::instance()->isScheduled(&first) && !IdleWork::instance()->isScheduled(&second));
    QCOMPARE(order, (QStringList{QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("first"),
                                 QStringLiteral("second"), QStringLiteral("first"), QStringLiteral("second")}));
    QCOMPARE(first.index(2, 0).data().toInt(), 3);
}

void TestIdleWork::workOfAnOwnerThatIsGoneOrCancelledStops()
{
    int gone = 0;
    int cancelled = 0;
    int kept = 0;
    auto *temporary = new QObject;
    QObject cancelling;
    QObject keeping;
    const auto endless = [](int *count) {
        return [count](const QElapsedTimer &, qint64) {
            ++*count;
            return false;
        };
    };
    IdleWork::instance()->schedule(temporary, endless(&gone));
    IdleWork::instance()->schedule(&cancelling, endless(&cancelled));
    IdleWork::instance()->schedule(&keeping, [&kept](const QElapsedTimer &, qint64) { return ++kept == 50; });
    delete temporary;
    IdleWork::instance()->cancel(&cancelling);
    QTRY_VERIFY(!IdleWork::instance()->isScheduled(&keeping));
    QCOMPARE(kept, 50);
    QCOMPARE(gone, 0);
    QCOMPARE(cancelled, 0);
    // Scheduling again replaces the queued work rather than adding a second one.
    int a = 0;
    int b = 0;
    IdleWork::instance()->schedule(&keeping, [&a](const QElapsedTimer &, qint64) { return ++a > 0; });
    IdleWork::instance()->schedule(&keeping, [&b](const QElapsedTimer &, qint64) { return ++b > 0; });
    QTRY_VERIFY(!IdleWork::instance()->isScheduled(&keeping));
    QCOMPARE(a, 0);
    QCOMPARE(b, 1);
}

void TestIdleWork::heldWorkWaitsForTheRelease()
{
    QObject owner;
    int slices = 0;
    IdleWork::instance()->hold();
    IdleWork::instance()->hold(); // holds nest
    IdleWork::instance()->schedule(&owner, [&slices](const QElapsedTimer &, qint64) { return ++slices == 2; });
    // Turns of the event loop with other work in them (a queued call each) run no slice.
    int turns = 0;
    for (int i = 0; i < 20; ++i) {
        QMetaObject::invokeMethod(&owner, [&turns] { ++turns; }, Qt::QueuedConnection);
        QCoreApplication::processEvents();
    }
    QCOMPARE(turns, 20);
    QCOMPARE(slices, 0);
    IdleWork::instance()->release();
    QCoreApplication::processEvents();
    QCOMPARE(slices, 0);
    QVERIFY(IdleWork::instance()->isHeld());
    IdleWork::instance()->release();
    QVERIFY(!IdleWork::instance()->isHeld());
    QTRY_COMPARE(slices, 2);
}

QTEST_GUILESS_MAIN(TestIdleWork)
#include "tst_idlework.moc"
