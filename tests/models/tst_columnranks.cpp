#include "ColumnRanks.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QStandardItemModel>
#include <QtTest>
#include <numeric>

class TestColumnRanks : public QObject
{
    Q_OBJECT

private slots:
    void ranksComeInPiecesAndInOrder();
};

void TestColumnRanks::ranksComeInPiecesAndInOrder()
{
    // Texts that sort naturally ("n-9" before "n-10"), many of them equal.
    constexpr int kRows = 3000;
    QStandardItemModel model(kRows, 1);
    QRandomGenerator random(42);
    for (int row = 0; row < kRows; ++row)
        model.setData(model.index(row, 0), QStringLiteral("n-%1").arg(random.bounded(500)), Qt::UserRole);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    // Each call with a slice that has already run out still does one piece of the work, and only
    // one: reading some keys, sorting a run of rows, or merging two runs.
    ColumnRanks ranks;
    ranks.reset(1, kRows);
    QElapsedTimer expired;
    expired.start();
    int calls = 1;
    while (!ranks.prepareSome(&model, Qt::UserRole, expired, 0)) {
        ++calls;
        QVERIFY(calls < 100000);
    }
    QVERIFY(ranks.isReady(0));
    QVERIFY2(calls > kRows / 64, qPrintable(QString::number(calls))); // not sorted in one go

    // The ranks give the natural order; equal texts share a rank.
    QList<int> rows(kRows);
    std::iota(rows.begin(), rows.end(), 0);
    std::sort(rows.begin(), rows.end(), [&](int a, int b) { return ranks.rank(0, a) < ranks.rank(0, b); });
    for (int i = 1; i < kRows; ++i) {
        const SortKey previous = SortKey::from(model.index(rows.at(i - 1), 0).data(Qt::UserRole));
        const SortKey current = SortKey::from(model.index(rows.at(i), 0).data(Qt::UserRole));
        QVERIFY(!SortKey::less(current, previous));
        QCOMPARE(ranks.rank(0, rows.at(i)) == ranks.rank(0, rows.at(i - 1)), !SortKey::less(previous, current));
    }
    QCOMPARE(model.index(rows.first(), 0).data(Qt::UserRole).toString(), QStringLiteral("n-0"));
}

QTEST_GUILESS_MAIN(TestColumnRanks)
#include "tst_columnranks.moc"
