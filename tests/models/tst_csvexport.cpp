#include "ClientPolicy.h"
#include "CsvExport.h"
#include "PolicyModel.h"
#include "TimeFormat.h"

#include <QAbstractItemModelTester>
#include <QtTest>

// What an export writes and what a time reads like.
class TestCsvExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany)); }
    void rawValuesAndIsoTimes();
    void fileNameNamesPageAndDate();
    void agentTimesInTheConsoleFormat();
};

void TestCsvExport::rawValuesAndIsoTimes()
{
    PolicyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ClientPolicy policy;
    policy.id = 7;
    policy.order = 1;
    policy.name = QStringLiteral("Finance, \"laptops\"");
    policy.enabled = false;
    policy.timeLastMod = QDateTime(QDate(2026, 12, 3), QTime(14, 2, 5), Qt::UTC);
    policy.adminLastMod = QStringLiteral("admin");
    model.setPolicies({policy});
    const QString csv = CsvExport::toCsv(&model, {PolicyModel::Order, PolicyModel::Name, PolicyModel::Enabled,
                                                  PolicyModel::Modified});
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).count(QLatin1Char(',')), 3);
    const QString expectedTime = policy.timeLastMod.toLocalTime().toOffsetFromUtc(policy.timeLastMod.toLocalTime().offsetFromUtc()).toString(Qt::ISODate);
    QCOMPARE(lines.at(1), QStringLiteral("1,\"Finance, \"\"laptops\"\"\",false,%1").arg(expectedTime));
    // The ISO time reads back as the same instant.
    QCOMPARE(QDateTime::fromString(expectedTime, Qt::ISODate).toUTC(), policy.timeLastMod);
}

void TestCsvExport::fileNameNamesPageAndDate()
{
    QCOMPARE(CsvExport::suggestedFileName(QStringLiteral("Connection Brokers"), QDate(2026, 12, 3)),
             QStringLiteral("ras-connection-brokers-2026-12-03.csv"));
    QCOMPARE(CsvExport::suggestedFileName(QStringLiteral("Secure Gateways / Berlin"), QDate(2026, 1, 9)),
             QStringLiteral("ras-secure-gateways-berlin-2026-01-09.csv"));
}

void TestCsvExport::agentTimesInTheConsoleFormat()
{
    const QDateTime boot = TimeFormat::parseAgentTime(QStringLiteral("Tue May 14 12:10:39 2019"));
    QCOMPARE(boot, QDateTime(QDate(2019, 5, 14), QTime(12, 10, 39)));
    QCOMPARE(TimeFormat::parseAgentTime(QStringLiteral("Sat May  4 08:00:01 2019")), QDateTime(QDate(2019, 5, 4), QTime(8, 0, 1)));
    QCOMPARE(TimeFormat::agentTime(QStringLiteral("Tue May 14 12:10:39 2019")),
             QLocale().toString(boot, QLocale::ShortFormat));
    QCOMPARE(TimeFormat::agentTime(QStringLiteral("Unknown")), QStringLiteral("Unknown"));
    QVERIFY(!TimeFormat::parseAgentTime(QString()).isValid());
    QCOMPARE(TimeFormat::parseAgentTime(QStringLiteral("  Wed Dec 31 23:59:59 2025\n")), QDateTime(QDate(2025, 12, 31), QTime(23, 59, 59)));
    QCOMPARE(TimeFormat::parseAgentTime(QStringLiteral("2019-05-14T12:10:39")), QDateTime(QDate(2019, 5, 14), QTime(12, 10, 39)));
    for (const char *odd : {"Tue Foo 14 12:10:39 2019", "Tue May 32 12:10:39 2019", "Tue May 14 25:10:39 2019",
                            "Tue May 14 12:10:39 2019 x", "Tue May 14 12-10-39 2019", "Xyz May 14 12:10:39 2019",
                            "Tue May 14 12:1a:39 2019", "Tue May 14 12:10:39 19999", "Tue Feb 30 12:10:39 2019"})
        QVERIFY2(!TimeFormat::parseAgentTime(QString::fromLatin1(odd)).isValid(), odd);
    const QDateTime created(QDate(2025, 5, 23), QTime(11, 35, 10), Qt::UTC);
    QCOMPARE(TimeFormat::dateTime(created), QLocale().toString(created.toLocalTime(), QLocale::ShortFormat));
    QVERIFY(TimeFormat::dateTime(QDateTime()).isEmpty());
}

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
