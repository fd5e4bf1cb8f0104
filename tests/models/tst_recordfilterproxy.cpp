#include "BrokerModel.h"
#include "ModelFixtures.h"
#include "RecordFilterProxy.h"
#include "RecordTableModel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Fixtures;

class TestRecordFilterProxy : public QObject
{
    Q_OBJECT

private slots:
    void textFilterStateFilterAndNaturalSort();
    void searchTextsArePreparedWhileIdle();
    void aLargeChangeIsFilteredOnceItsTextsAreRead();
    void manyScatteredChangesAreOneLayoutChange();
    void bootTimesSortInTimeOrder();
    void columnOrdersArePreparedWhileIdle();
    void aTickingColumnIsNotSearched();
};

namespace {

// A table that counts how often its cells are formatted for display.
class CountingModel final : public QAbstractTableModel
{
public:
    int rows = 2000;
    mutable int displayReads = 0;
    mutable int sortReads = 0;
    int sortBase = 0;
    int clockColumn = -1;
    QString prefix = QStringLiteral("server-");
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (role == RecordTableModel::FollowsClockRole)
            return section == clockColumn;
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : rows; }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 3; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == RecordTableModel::SortRole) {
            ++sortReads;
            // Column 1 runs against the rows (and ties in pairs), column 2 is text ("n-10" after "n-9").
            if (index.column() == 1)
                return sortBase + (rows - index.row()) / 2;
            if (index.column() == 2)
                return QStringLiteral("n-%1").arg(index.row() % 100);
            return index.row();
        }
        if (role != Qt::DisplayRole)
            return {};
        ++displayReads;
        return QString(prefix + QString::number(index.row() * 3 + index.column()));
    }
    void rename(const QString &newPrefix)
    {
        renameRows(newPrefix, 0, rows - 1);
    }
    // Only these rows are reported as changed (the others would show the new prefix too, but
    // the proxy has no reason to read them again).
    void renameRows(const QString &newPrefix, int first, int last)
    {
        prefix = newPrefix;
        emit dataChanged(index(first, 0), index(last, 2), {Qt::DisplayRole});
    }
};

} // namespace

void TestRecordFilterProxy::searchTextsArePreparedWhileIdle()
{
    // The first keystroke after a load must not format every cell of a large page: the texts are
    // read while the event loop is idle, and a keystroke afterwards only searches.
    CountingModel model;
    RecordFilterProxy proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    const int cells = model.rows * 3;
    // (The model tester reads a few cells of its own as rows come and go.)
    constexpr int kTesterReads = 20;
    QTRY_VERIFY(model.displayReads >= cells);
    int before = model.displayReads;
    proxy.setText(QStringLiteral("SERVER-5999"));
    QVERIFY2(model.displayReads - before < kTesterReads, qPrintable(QString::number(model.displayReads - before)));
    QCOMPARE(proxy.rowCount(), 1);

    // Changed cells are read again in the background too, and the filter follows them.
    before = model.displayReads;
    model.rename(QStringLiteral("host-"));
    QTRY_VERIFY(model.displayReads >= before + cells);
    before = model.displayReads;
    proxy.setText(QStringLiteral("host-5999"));
    QVERIFY2(model.displayReads - before < kTesterReads, qPrintable(QString::number(model.displayReads - before)));
    QCOMPARE(proxy.rowCount(), 1);
}

void TestRecordFilterProxy::aLargeChangeIsFilteredOnceItsTextsAreRead()
{
    // A status refresh changes most rows of a large page at once: with a filter typed, reading
    // every row's text inside the model's signal froze the window. The rows keep their old texts
    // (and the filter its result) until the new ones are read while idle; a small change is read
    // and filtered at once.
    CountingModel model;
    RecordFilterProxy proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    proxy.sort(0);
    const int cells = model.rows * 3;
    constexpr int kTesterReads = 20;
    QTRY_VERIFY(model.displayReads >= cells);
    proxy.setText(QStringLiteral("server-5999"));
    QCOMPARE(proxy.rowCount(), 1);

    int before = model.displayReads;
    model.rename(QStringLiteral("host-"));
    QVERIFY2(model.displayReads - before < kTesterReads, qPrintable(QString::number(model.displayReads - before)));
    QCOMPARE(proxy.rowCount(), 1); // by the old text, for now
    QTRY_COMPARE(proxy.rowCount(), 0);
    QVERIFY(model.displayReads >= before + cells);
    proxy.setText(QStringLiteral("host-5999"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 2).data().toString(), QStringLiteral("host-5999"));

    // Back to "server-" for every row, and most rows now match: one layout change, still sorted.
    proxy.setText(QStringLiteral("server-"));
    QCOMPARE(proxy.rowCount(), 0);
    QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
    model.rename(QStringLiteral("server-"));
    QTRY_COMPARE(proxy.rowCount(), model.rows);
    QCOMPARE(layouts.size(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("server-0"));
    QCOMPARE(proxy.index(model.rows - 1, 0).data().toString(), QStringLiteral("server-%1").arg((model.rows - 1) * 3));

    // A few rows: read and filtered within the signal.
    proxy.setText(QStringLiteral("node-"));
    QCOMPARE(proxy.rowCount(), 0);
    model.renameRows(QStringLiteral("node-"), 0, 9);
    QCOMPARE(proxy.rowCount(), 10);
}

void TestRecordFilterProxy::manyScatteredChangesAreOneLayoutChange()
{
    // A view answers each removal report by walking its rows: thousands of scattered reports froze
    // a 10,000-row page for a quarter of a second. Many changes are one layout change; a few are
    // reported row by row (the view keeps its place); none, nothing at all.
    CountingModel model;
    RecordFilterProxy proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    proxy.sort(0, Qt::DescendingOrder);
    QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy removals(&proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy insertions(&proxy, &QAbstractItemModel::rowsInserted);
    const auto reset = [&] {
        layouts.clear();
        removals.clear();
        insertions.clear();
    };

    // Only the first column is searched: its cells read "server-0", "server-3" ... "server-5997".
    proxy.setSearchColumns({0});
    QCOMPARE(layouts.size() + removals.size(), 0);
    const auto matching = [&model](const QString &text) {
        int count = 0;
        for (int row = 0; row < model.rows; ++row)
            count += QStringLiteral("server-%1").arg(row * 3).contains(text) ? 1 : 0;
        return count;
    };

    proxy.setText(QStringLiteral("server-1")); // most rows vanish, scattered by the sort
    QCOMPARE(proxy.rowCount(), matching(QStringLiteral("server-1")));
    QCOMPARE(layouts.size(), 1);
    QCOMPARE(removals.size(), 0);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("server-1998")); // still sorted
    reset();
    proxy.setText(QStringLiteral("server-19")); // hundreds more
    QCOMPARE(proxy.rowCount(), matching(QStringLiteral("server-19")));
    QCOMPARE(layouts.size(), 1);
    reset();
    proxy.setText(QStringLiteral("server-199")); // a few dozen: reported one by one
    QCOMPARE(proxy.rowCount(), matching(QStringLiteral("server-199")));
    QCOMPARE(layouts.size(), 0);
    QVERIFY(removals.size() >= 1);
    reset();
    proxy.setText(QStringLiteral("server-19"));
    QCOMPARE(proxy.rowCount(), matching(QStringLiteral("server-19")));
    QCOMPARE(layouts.size(), 0);
    QVERIFY(insertions.size() >= 1);
    reset();
    proxy.setText(QStringLiteral(" server-19 ")); // the same filter: nothing happens
    proxy.setText(QStringLiteral("SERVER-19")); // the same rows: nothing happens
    QCOMPARE(layouts.size() + removals.size() + insertions.size(), 0);
}

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

void TestRecordFilterProxy::bootTimesSortInTimeOrder()
{
    // In a day-first locale the shown text "03.12.2026" sorts before "14.05.2019" by characters;
    // the column must sort by the time itself, and what is not a time comes first.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    BrokerModel model;
    RecordFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setBrokers({broker(1, QStringLiteral("a"), 1, 0), broker(2, QStringLiteral("b"), 1, 1),
                      broker(3, QStringLiteral("c"), 1, 2), broker(4, QStringLiteral("d"), 1, 3)});
    const QStringList boots{QStringLiteral("Thu Dec  3 08:00:00 2026"), QStringLiteral("Tue May 14 12:10:39 2019"),
                            QStringLiteral("Unknown"), QStringLiteral("Sat Jan  2 09:30:00 2027")};
    QList<AgentStatus> statuses;
    for (int id = 1; id <= 4; ++id) {
        AgentStatus entry = status(id, Ras::AgentState::Ok, 10);
        entry.systemBootTime = boots.at(id - 1);
        statuses << entry;
    }
    model.setStatuses(statuses);
    proxy.sort(BrokerModel::BootTime);
    QList<int> ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids << proxy.index(row, 0).data(RecordTableModel::IdRole).toInt();
    QCOMPARE(ids, (QList<int>{3, 2, 1, 4}));
    QLocale::setDefault(QLocale::c());
}

void TestRecordFilterProxy::columnOrdersArePreparedWhileIdle()
{
    CountingModel model;
    RecordFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTRY_VERIFY(proxy.knowsOrderOf(0) && proxy.knowsOrderOf(1) && proxy.knowsOrderOf(2));

    // A click on a header now reads no cell, and gives the order reading them would give.
    const auto sortedRows = [&](int column, Qt::SortOrder order) {
        model.sortReads = 0;
        proxy.sort(column, order);
        QList<int> rows;
        for (int row = 0; row < proxy.rowCount(); ++row)
            rows << proxy.mapToSource(proxy.index(row, 0)).row();
        return rows;
    };
    const QList<int> byColumn1 = sortedRows(1, Qt::AscendingOrder);
    QCOMPARE(model.sortReads, 0);
    QCOMPARE(byColumn1.first(), model.rows - 1);
    QCOMPARE(byColumn1.mid(0, 3), (QList<int>{model.rows - 1, model.rows - 3, model.rows - 2})); // a tie keeps source order
    const QList<int> byText = sortedRows(2, Qt::AscendingOrder);
    QCOMPARE(model.sortReads, 0);
    const int perValue = model.rows / 100;
    QCOMPARE(byText.first() % 100, 0);                 // "n-0" first
    QCOMPARE(byText.at(perValue * 9) % 100, 9);        // then "n-9"
    QCOMPARE(byText.at(perValue * 10) % 100, 10);      // before "n-10"
    QCOMPARE(byText.last() % 100, 99);

    // Changed values: that column's order is read from the cells again, then prepared again.
    model.sortBase = 1;
    emit model.dataChanged(model.index(0, 1), model.index(model.rows - 1, 1), {RecordTableModel::SortRole});
    QVERIFY(!proxy.knowsOrderOf(1));
    QVERIFY(proxy.knowsOrderOf(2));
    QCOMPARE(sortedRows(1, Qt::DescendingOrder).first(), 0);
    QVERIFY(model.sortReads > 0);
    QTRY_VERIFY(proxy.knowsOrderOf(1));
    QList<int> values;
    for (const int row : sortedRows(1, Qt::AscendingOrder))
        values << (model.rows - row) / 2;
    QCOMPARE(model.sortReads, 0);
    QVERIFY(std::is_sorted(values.cbegin(), values.cend()));
    QCOMPARE(values.size(), model.rows);
}

void TestRecordFilterProxy::aTickingColumnIsNotSearched()
{
    // "Updated 5 s ago" ticks on every row every few seconds: no row's searchable text is read
    // again for that, and its text is not what a filter finds.
    CountingModel model;
    model.clockColumn = 2;
    RecordFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    QTRY_VERIFY(model.displayReads >= model.rows * 2);
    QTRY_VERIFY(proxy.knowsOrderOf(2));
    const int before = model.displayReads;
    emit model.dataChanged(model.index(0, 2), model.index(model.rows - 1, 2), {Qt::DisplayRole, Qt::ToolTipRole});
    proxy.setText(QStringLiteral("server-5999"));
    QVERIFY2(model.displayReads - before < 20, qPrintable(QString::number(model.displayReads - before)));
    QCOMPARE(proxy.rowCount(), 0); // 5999 is row 1999's third column: the ticking one
    proxy.setText(QStringLiteral("server-5998"));
    QCOMPARE(proxy.rowCount(), 1);
    QVERIFY(proxy.knowsOrderOf(2)); // its order is the time itself, which did not change
}

QTEST_MAIN(TestRecordFilterProxy)
#include "tst_recordfilterproxy.moc"
