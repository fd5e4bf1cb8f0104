#include "RequestLog.h"
#include "RequestLogModel.h"
#include "RequestLogView.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>
#include <QtTest>

// The request log dock's table: the tail is followed only from the bottom, the right-clicked row
// is the one copied, and column widths survive a restart.
class TestRequestLogView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("RAS Console Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_requestlogview"));
    }
    void init() { QSettings().clear(); }
    void followsTheTailOnlyFromTheBottom();
    void copiesTheRightClickedRow();
    void remembersColumnWidths();

private:
    static void addEntries(RequestLog &log, int count)
    {
        for (int i = 0; i < count; ++i) {
            RequestLogEntry entry;
            entry.when = QDateTime::currentDateTime();
            entry.method = QStringLiteral("GET");
            entry.path = QStringLiteral("api/Broker/%1").arg(log.entries().size());
            entry.status = 200;
            log.add(entry);
        }
    }
};

void TestRequestLogView::followsTheTailOnlyFromTheBottom()
{
    RequestLog log;
    RequestLogModel model(&log);
    RequestLogView view(&model, [] { return QUrl(QStringLiteral("https://ras:20443/api/")); });
    view.resize(600, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    addEntries(log, 100);
    QScrollBar *bar = view.verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0 && bar->value() == bar->maximum());
    // Reading further up: new entries do not move the view.
    bar->setValue(10);
    addEntries(log, 5);
    QCoreApplication::processEvents();
    QCOMPARE(bar->value(), 10);
    QVERIFY(!view.followsTail());
    // Back at the bottom: it follows again.
    bar->setValue(bar->maximum());
    addEntries(log, 5);
    QTRY_COMPARE(bar->value(), bar->maximum());
    QVERIFY(view.followsTail());
}

void TestRequestLogView::copiesTheRightClickedRow()
{
    RequestLog log;
    RequestLogModel model(&log);
    RequestLogView view(&model, [] { return QUrl(QStringLiteral("https://ras:20443/api/")); });
    view.resize(600, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    addEntries(log, 5);
    view.selectRow(4);
    const QRect row2 = view.visualRect(model.index(2, RequestLogModel::Path));
    // The menu opens; choose its only entry.
    QTimer::singleShot(0, [] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        menu->actions().first()->trigger();
        menu->close();
    });
    QSignalSpy copied(&view, &RequestLogView::curlCopied);
    emit view.customContextMenuRequested(row2.center());
    QTRY_COMPARE(copied.size(), 1);
    QVERIFY(QApplication::clipboard()->text().contains(QLatin1String("api/Broker/2")));
    QCOMPARE(view.selectionModel()->selectedRows().value(0).row(), 2);
}

void TestRequestLogView::remembersColumnWidths()
{
    RequestLog log;
    RequestLogModel model(&log);
    int pathWidth = 0;
    {
        RequestLogView view(&model, {});
        // The path column starts wider than the size column.
        QVERIFY(view.columnWidth(RequestLogModel::Path) > view.columnWidth(RequestLogModel::Size));
        view.horizontalHeader()->resizeSection(RequestLogModel::Path, 517);
        pathWidth = view.columnWidth(RequestLogModel::Path);
    }
    RequestLogView again(&model, {});
    QCOMPARE(again.columnWidth(RequestLogModel::Path), pathWidth);
}

QTEST_MAIN(TestRequestLogView)
#include "tst_requestlogview.moc"
