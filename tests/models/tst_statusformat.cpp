// Status text follows the user's language: boot times through QLocale, ages as plurals.
#include "StatusFormat.h"

#include <QStandardPaths>
#include <QTest>

class TestStatusFormat final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void bootTimeInTheUsersLocale_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("en_US") << QStringLiteral("en_US");
    }
    void bootTimeInTheUsersLocale()
    {
        QFETCH(QString, language);
        QLocale::setDefault(QLocale(language));
        const QDateTime boot(QDate(2019, 5, 14), QTime(12, 10, 39));
        // The agents' own form (the sample answers show it), whatever the console's language.
        QCOMPARE(StatusFormat::bootTime(QStringLiteral("Tue May 14 12:10:39 2019")),
                 QLocale(language).toString(boot, QLocale::ShortFormat));
        QVERIFY(!StatusFormat::bootTime(QStringLiteral("Tue May 14 12:10:39 2019")).contains(QLatin1String("Tue")));
    }

    void unreadableBootTimeShownAsSent()
    {
        QLocale::setDefault(QLocale(QStringLiteral("de")));
        QCOMPARE(StatusFormat::bootTime(QStringLiteral("Unknown")), QStringLiteral("Unknown"));
        QCOMPARE(StatusFormat::bootTime(QString()), QString());
    }
};

QTEST_GUILESS_MAIN(TestStatusFormat)
#include "tst_statusformat.moc"
