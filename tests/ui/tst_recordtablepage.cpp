#include "BrokerModel.h"
#include "RecordTablePage.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QSettings>
#include <QTableView>
#include <QtTest>

class TestRecordTablePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("RAS Console Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_recordtablepage"));
    }
    void init() { QSettings().clear(); } // the test's own settings (test mode), never the user's
    void columnsRememberedOnlyOnceFitted();
    void rememberedColumnsNeverCutTheirTitles();
};

namespace {

QList<Broker> brokers()
{
    QList<Broker> list;
    for (int id = 1; id <= 3; ++id) {
        Broker broker;
        broker.id = id;
        broker.siteId = 1;
        broker.priority = id - 1;
        broker.server = QStringLiteral("connection-broker-%1.branch-office.corp.example.com").arg(id);
        list << broker;
    }
    return list;
}

} // namespace

void TestRecordTablePage::columnsRememberedOnlyOnceFitted()
{
    const QString key = QStringLiteral("pages/brokers/header");
    BrokerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    {
        // Closed before the first load (rasctl-like quick runs, a failed log-on): the default
        // widths are not saved, or every later start would show "ras-cb…" columns.
        RecordTablePage page(QStringLiteral("brokers"), &model, BrokerModel::Priority);
        page.show();
    }
    QVERIFY(!QSettings().contains(key));

    int fittedWidth = 0;
    {
        RecordTablePage page(QStringLiteral("brokers"), &model, BrokerModel::Priority);
        page.show();
        model.setBrokers(brokers());
        const int needed = page.view()->fontMetrics().horizontalAdvance(brokers().first().server);
        QTRY_VERIFY(page.view()->columnWidth(BrokerModel::Server) >= needed);
        fittedWidth = page.view()->columnWidth(BrokerModel::Server);
    }
    QVERIFY(QSettings().contains(key));

    // The next start shows the remembered layout, even before any data.
    BrokerModel empty;
    RecordTablePage page(QStringLiteral("brokers"), &empty, BrokerModel::Priority);
    QCOMPARE(page.view()->columnWidth(BrokerModel::Server), fittedWidth);
}

void TestRecordTablePage::rememberedColumnsNeverCutTheirTitles()
{
    // A layout saved in English and restored in German (or before a title grew): the column keeps
    // the administrator's width unless that would cut its title.
    BrokerModel model;
    model.setBrokers(brokers());
    int serverWidth = 0;
    {
        RecordTablePage page(QStringLiteral("brokers"), &model, BrokerModel::Priority);
        page.show();
        QTRY_VERIFY(page.view()->columnWidth(BrokerModel::Server) > 100); // fitted to the rows
        page.view()->horizontalHeader()->moveSection(0, 1); // the administrator arranges the columns
        page.view()->setColumnWidth(BrokerModel::Memory, 12);
        serverWidth = page.view()->columnWidth(BrokerModel::Server);
    }
    RecordTablePage page(QStringLiteral("brokers"), &model, BrokerModel::Priority);
    QHeaderView *header = page.view()->horizontalHeader();
    QVERIFY(header->sectionSizeHint(BrokerModel::Memory) > 12);
    QCOMPARE(page.view()->columnWidth(BrokerModel::Memory), header->sectionSizeHint(BrokerModel::Memory));
    QCOMPARE(page.view()->columnWidth(BrokerModel::Server), serverWidth);
    QCOMPARE(header->visualIndex(0), 1);
}

QTEST_MAIN(TestRecordTablePage)
#include "tst_recordtablepage.moc"
