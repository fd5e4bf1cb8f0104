#include "OperationOutcome.h"
#include "PendingChangeText.h"
#include "StagedChange.h"

#include <QSet>
#include <QtTest>

// What an operation says about itself: whole sentences per action and kind, never glued words.
class TestFarmOperation : public QObject
{
    Q_OBJECT

private slots:
    void everyActionOfEveryKindHasItsOwnSentences();
    void outcomeSpeaksInTheServersWordsOrNamesTheObject();
};

namespace {

using Action = FarmOperation::Action;
using Target = FarmOperation::Target;

// The actions each kind of object supports in the console.
const QList<QPair<Target, QList<Action>>> &supported()
{
    static const QList<QPair<Target, QList<Action>>> table{
        {Target::Broker, {Action::Add, Action::Change, Action::Delete, Action::MoveUp, Action::MoveDown, Action::Promote,
                          Action::Enable, Action::Disable}},
        {Target::Gateway, {Action::Add, Action::Change, Action::Delete}},
        {Target::Policy, {Action::Add, Action::Change, Action::Delete, Action::MoveUp, Action::MoveDown,
                          Action::AddConnection, Action::RemoveConnection}},
    };
    return table;
}

} // namespace

void TestFarmOperation::everyActionOfEveryKindHasItsOwnSentences()
{
    QSet<QString> successes;
    QSet<QString> failures;
    QSet<QString> columns;
    for (const auto &[target, actions] : supported()) {
        for (const Action action : actions) {
            const FarmOperation operation{action, target, 7, QStringLiteral("obj-7")};
            const QString success = operation.successMessage();
            const QString failure = operation.failureMessage(QStringLiteral("REASON"));
            QVERIFY2(success.contains(QLatin1String("obj-7")) && success.endsWith(QLatin1Char('.')), qPrintable(success));
            QVERIFY2(failure.contains(QLatin1String("obj-7")) && failure.endsWith(QLatin1String(": REASON")), qPrintable(failure));
            QVERIFY2(!success.contains(QLatin1String("%")) && !failure.contains(QLatin1String("%")), qPrintable(success));
            // One sentence per action and kind: no two say the same.
            QVERIFY2(!successes.contains(success), qPrintable(success));
            QVERIFY2(!failures.contains(failure), qPrintable(failure));
            successes.insert(success);
            failures.insert(failure);
            QVERIFY(operation.isStaged());
            // The pending-changes list tells every action of every kind apart too.
            const PendingChange change = StagedChange::of(operation, QDateTime::currentDateTime());
            QCOMPARE(change.objectId, 7);
            QCOMPARE(change.objectName, QStringLiteral("obj-7"));
            columns.insert(PendingChangeText::title(change.kind, change.objectName) + QLatin1Char('/')
                           + PendingChangeText::sentences(change).join(QLatin1Char(' ')));
        }
    }
    QCOMPARE(columns.size(), successes.size());
    QCOMPARE(FarmOperation({Action::Promote, Target::Broker, 2, QStringLiteral("cb2")}).successMessage(),
             QStringLiteral("Connection Broker cb2 was promoted to primary."));
    QCOMPARE(FarmOperation({Action::AddConnection, Target::Policy, 3, QStringLiteral("Kiosks")}).failureMessage(QStringLiteral("no")),
             QStringLiteral("A secondary connection could not be added to client policy Kiosks: no"));

    const FarmOperation apply{Action::Apply, Target::Farm, 0, QString()};
    QVERIFY(!apply.isStaged());
    QCOMPARE(apply.successMessage(), QStringLiteral("Settings applied."));
    QCOMPARE(apply.failureMessage(QStringLiteral("busy")), QStringLiteral("The settings could not be applied: busy"));
}

void TestFarmOperation::outcomeSpeaksInTheServersWordsOrNamesTheObject()
{
    OperationOutcome outcome{{Action::Delete, Target::Gateway, 4, QStringLiteral("gw4")}, std::nullopt};
    QVERIFY(outcome.succeeded());
    QCOMPARE(outcome.message(), QStringLiteral("Secure Gateway gw4 was deleted."));
    QCOMPARE(outcome.describedMessage(), outcome.message());

    RasError refusal;
    refusal.kind = RasError::Kind::Conflict;
    refusal.message = QStringLiteral("The gateway is in use.");
    outcome.error = refusal;
    QVERIFY(!outcome.succeeded());
    QCOMPARE(outcome.message(), QStringLiteral("The gateway is in use."));
    QCOMPARE(outcome.describedMessage(), QStringLiteral("Secure Gateway gw4 could not be deleted: The gateway is in use."));
}

QTEST_GUILESS_MAIN(TestFarmOperation)
#include "tst_farmoperation.moc"
