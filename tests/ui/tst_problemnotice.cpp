#include "ProblemNotice.h"

#include <QtTest>

// The note a console left open all day shows when servers start or stop needing attention.
class TestProblemNotice : public QObject
{
    Q_OBJECT

private slots:
    void namesFewAndCountsMany();
    void largeCountsGroupedAsTheLocaleWritesThem();
};

namespace {
HealthTransition transition(const QString &name, Ras::Health before, Ras::Health after, const QString &state)
{
    HealthTransition result;
    result.name = name;
    result.before = before;
    result.after = after;
    result.state = state;
    return result;
}
} // namespace

void TestProblemNotice::namesFewAndCountsMany()
{
    QWidget window;
    auto *notice = new ProblemNotice(&window);
    window.show();
    QVERIFY(!notice->isVisible());
    notice->report(ProblemNotice::Kind::Broker,
                   {transition(QStringLiteral("ras-br02"), Ras::Health::Good, Ras::Health::Bad, QStringLiteral("Disconnected"))});
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->lines().size(), 1);
    QVERIFY(notice->lines().first().contains(QLatin1String("ras-br02")));
    QVERIFY(notice->lines().first().contains(QLatin1String("Disconnected")));
    QVERIFY(notice->lines().first().contains(QLatin1String("needs attention")));
    notice->report(ProblemNotice::Kind::Gateway,
                   {transition(QStringLiteral("gw1"), Ras::Health::Bad, Ras::Health::Good, QStringLiteral("OK"))});
    QCOMPARE(notice->lines().size(), 2);
    QVERIFY(notice->lines().first().contains(QLatin1String("fine again"))); // newest first
    QList<HealthTransition> many;
    for (int i = 0; i < 40; ++i)
        many << transition(QStringLiteral("gw%1").arg(i), Ras::Health::Good, Ras::Health::Bad, QStringLiteral("Disconnected"));
    notice->report(ProblemNotice::Kind::Gateway, many);
    QCOMPARE(notice->lines().size(), 3);
    QVERIFY(notice->lines().first().contains(QLatin1String("40")));
    for (int i = 0; i < 10; ++i)
        notice->report(ProblemNotice::Kind::Gateway, many);
    QCOMPARE(notice->lines().size(), ProblemNotice::kLines);
    notice->dismiss();
    QVERIFY(!notice->isVisible());
    QVERIFY(notice->lines().isEmpty());
}

void TestProblemNotice::largeCountsGroupedAsTheLocaleWritesThem()
{
    // A farm of thousands of servers: "2,500", and in German "2.500", never "2500".
    QList<HealthTransition> many;
    for (int i = 0; i < 2500; ++i)
        many << transition(QStringLiteral("gw%1").arg(i), Ras::Health::Good, Ras::Health::Bad, QStringLiteral("Disconnected"));
    QWidget window;
    auto *notice = new ProblemNotice(&window);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    notice->report(ProblemNotice::Kind::Gateway, many);
    QVERIFY2(notice->lines().first().contains(QLatin1String("2,500 Secure Gateways")), qPrintable(notice->lines().first()));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    notice->report(ProblemNotice::Kind::Broker, many);
    QVERIFY2(notice->lines().first().contains(QLatin1String("2.500 Connection Brokers")), qPrintable(notice->lines().first()));
    QLocale::setDefault(QLocale::c());
}

QTEST_MAIN(TestProblemNotice)
#include "tst_problemnotice.moc"
