#include "PendingChangesModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QtTest>

// The pending changes read as an administrator checks them before Apply: one row per object, what
// was done to it underneath in whole sentences, before and after where the console knew them.
class TestPendingChangesModel : public QObject
{
    Q_OBJECT

private slots:
    void changesToOneObjectAreGroupedUnderIt();
    void sentencesSayWhatChangesFromWhatToWhat();
    void addedThenDeletedReadsAsBothStepsAndTheirEffect();
    void objectKnownByNameUntilItsIdArrives();
    void renumberedNeighboursAreListedUnderTheirOwnObjects();
    void clearEmptiesTheList();

private:
    static PendingChange change(PendingChange::Kind kind, PendingChange::Step step, int id, const QString &name)
    {
        PendingChange made;
        made.when = QDateTime::currentDateTime();
        made.kind = kind;
        made.step = step;
        made.objectId = id;
        made.objectName = name;
        return made;
    }
    static QStringList linesOf(const PendingChangesModel &model, int row)
    {
        QStringList lines;
        const QModelIndex object = model.index(row, PendingChangesModel::Change);
        for (int line = 0; line < model.rowCount(object); ++line)
            lines << model.index(line, PendingChangesModel::Change, object).data().toString();
        return lines;
    }
};

void TestPendingChangesModel::changesToOneObjectAreGroupedUnderIt()
{
    using Kind = PendingChange::Kind;
    using Step = PendingChange::Step;
    PendingChangesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy count(&model, &PendingChangesModel::countChanged);
    const QString broker = QStringLiteral("rds-01.corp.local");

    PendingChange edit = change(Kind::Broker, Step::Changed, 2, broker);
    edit.fields << PendingChange::Field{QStringLiteral("Standby"), QStringLiteral("No"), QStringLiteral("Yes")};
    model.add(edit);
    PendingChange connection = change(Kind::Policy, Step::ConnectionAdded, 5, QStringLiteral("Finance"));
    connection.connection = SecondaryConnection{Ras::SecondaryConnectionMode::GatewaySsl, QStringLiteral("gw2.corp.local"), 8443};
    model.add(connection);
    PendingChange move = change(Kind::Broker, Step::MovedUp, 2, broker);
    move.positionBefore = 3;
    move.positionAfter = 2;
    model.add(move);
    // Same id, other kind: another object.
    model.add(change(Kind::Gateway, Step::Deleted, 2, QStringLiteral("gw-old")));

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.objectCount(), 3);
    QCOMPARE(model.count(), 4); // what Apply commits: every change, not every object
    QCOMPARE(count.count(), 4);
    QCOMPARE(count.last().at(0).toInt(), 4);
    QCOMPARE(model.index(0, PendingChangesModel::Change).data().toString(),
             QStringLiteral("Connection Broker rds-01.corp.local"));
    QCOMPARE(model.index(0, PendingChangesModel::Effect).data().toString(), QStringLiteral("Changed"));
    QCOMPARE(linesOf(model, 0), (QStringList{QStringLiteral("Standby changed: No → Yes."),
                                             QStringLiteral("Moved up: priority 3 → 2.")}));
    QCOMPARE(model.index(1, PendingChangesModel::Change).data().toString(), QStringLiteral("Client policy Finance"));
    QCOMPARE(linesOf(model, 1),
             QStringList{QStringLiteral("Secondary connection added: gw2.corp.local on port 8443, mode Gateway SSL.")});
    QCOMPARE(model.index(2, PendingChangesModel::Change).data().toString(), QStringLiteral("Secure Gateway gw-old"));
    QCOMPARE(model.index(2, PendingChangesModel::Effect).data().toString(), QStringLiteral("Deleted"));
    // Each line and object carries its time; an object's is its latest change's.
    const QModelIndex firstObject = model.index(0, 0);
    QCOMPARE(model.index(0, PendingChangesModel::When).data(PendingChangesModel::WhenRole).toDateTime(), move.when);
    QVERIFY(!model.index(1, PendingChangesModel::When, firstObject).data().toString().isEmpty());
    QCOMPARE(model.index(1, 0, firstObject).data(PendingChangesModel::ObjectIdRole).toInt(), 2);
    QVERIFY(firstObject.data(Qt::FontRole).value<QFont>().bold()); // objects stand out from their lines
    QVERIFY(!model.index(0, 0, firstObject).data(Qt::FontRole).isValid());
    // A collapsed object's tooltip still tells all of it.
    QCOMPARE(firstObject.data(Qt::ToolTipRole).toString(),
             QStringLiteral("Connection Broker rds-01.corp.local\nStandby changed: No → Yes.\nMoved up: priority 3 → 2."));
}

void TestPendingChangesModel::sentencesSayWhatChangesFromWhatToWhat()
{
    using Kind = PendingChange::Kind;
    using Step = PendingChange::Step;
    PendingChangesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    // One edit of several fields: one sentence per field; a field whose old value was not known
    // says only what it is now.
    PendingChange edit = change(Kind::Policy, Step::Changed, 4, QStringLiteral("Finance 2"));
    edit.fields << PendingChange::Field{QStringLiteral("Name"), QStringLiteral("“Finance”"), QStringLiteral("“Finance 2”")}
                << PendingChange::Field{QStringLiteral("Description"), std::nullopt, QStringLiteral("“Accounts”")};
    model.add(edit);
    PendingChange promote = change(Kind::Broker, Step::Promoted, 3, QStringLiteral("cb3"));
    promote.positionBefore = 2;
    model.add(promote);
    PendingChange added = change(Kind::Broker, Step::Added, 9, QStringLiteral("cb9"));
    added.siteName = QStringLiteral("London");
    added.positionAfter = 3;
    model.add(added);
    PendingChange gone = change(Kind::Broker, Step::Deleted, 7, QStringLiteral("cb7"));
    gone.agentKept = true;
    model.add(gone);
    PendingChange policyMove = change(Kind::Policy, Step::MovedDown, 6, QStringLiteral("Kiosks"));
    policyMove.positionBefore = 1;
    policyMove.positionAfter = 2;
    model.add(policyMove);
    PendingChange removed = change(Kind::Policy, Step::ConnectionRemoved, 6, QStringLiteral("Kiosks"));
    removed.connection = SecondaryConnection{Ras::SecondaryConnectionMode::Direct, QStringLiteral("10.0.0.5"), 3389};
    model.add(removed);
    model.add(change(Kind::Gateway, Step::Added, 11, QStringLiteral("gw11")));

    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Client policy Finance 2"));
    QCOMPARE(linesOf(model, 0), (QStringList{QStringLiteral("Name changed: “Finance” → “Finance 2”."),
                                             QStringLiteral("Description set to “Accounts”.")}));
    QCOMPARE(linesOf(model, 1), QStringList{QStringLiteral("Promoted to primary: priority 2 → primary.")});
    QCOMPARE(linesOf(model, 2), QStringList{QStringLiteral("Added to Site London with priority 3.")});
    QCOMPARE(model.index(2, PendingChangesModel::Effect).data().toString(), QStringLiteral("New"));
    QCOMPARE(linesOf(model, 3), QStringList{QStringLiteral("Deleted; its agent stays installed on the server.")});
    QCOMPARE(linesOf(model, 4), (QStringList{QStringLiteral("Moved down in the policy order: position 1 → 2."),
                                             QStringLiteral("Secondary connection removed: 10.0.0.5 on port 3389, mode Direct.")}));
    QCOMPARE(linesOf(model, 5), QStringList{QStringLiteral("Added.")});
    // No sentence is left with a placeholder in it.
    for (int row = 0; row < model.rowCount(); ++row) {
        for (const QString &line : linesOf(model, row))
            QVERIFY2(!line.contains(QLatin1Char('%')) && line.endsWith(QLatin1Char('.')), qPrintable(line));
    }
}

void TestPendingChangesModel::addedThenDeletedReadsAsBothStepsAndTheirEffect()
{
    using Kind = PendingChange::Kind;
    using Step = PendingChange::Step;
    PendingChangesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QString server = QStringLiteral("rds-09.corp.local");
    PendingChange added = change(Kind::Broker, Step::Added, 9, server);
    added.siteName = QStringLiteral("Paris");
    added.positionAfter = 2;
    model.add(added);
    PendingChange edit = change(Kind::Broker, Step::Changed, 9, server);
    edit.fields << PendingChange::Field{QStringLiteral("Description"), QStringLiteral("(empty)"), QStringLiteral("“Spare”")};
    model.add(edit);
    PendingChange move = change(Kind::Broker, Step::MovedUp, 9, server);
    move.positionBefore = 2;
    move.positionAfter = 1;
    model.add(move);
    QCOMPARE(model.index(0, PendingChangesModel::Effect).data().toString(), QStringLiteral("New"));
    PendingChange gone = change(Kind::Broker, Step::Deleted, 9, server);
    gone.agentKept = false;
    model.add(gone);

    // Four changes, one object: the steps in the order they were made, and what they come to.
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.count(), 4);
    QCOMPARE(linesOf(model, 0), (QStringList{QStringLiteral("Added to Site Paris with priority 2."),
                                             QStringLiteral("Description changed: (empty) → “Spare”."),
                                             QStringLiteral("Moved up: priority 2 → 1."),
                                             QStringLiteral("Deleted, and its agent is uninstalled from the server.")}));
    QCOMPARE(model.index(0, PendingChangesModel::Effect).data().toString(), QStringLiteral("Added and deleted again"));

    // The same server added again is another object (another id), not the deleted one.
    model.add(change(Kind::Broker, Step::Added, 10, server));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, PendingChangesModel::Effect).data().toString(), QStringLiteral("New"));
}

void TestPendingChangesModel::objectKnownByNameUntilItsIdArrives()
{
    using Kind = PendingChange::Kind;
    using Step = PendingChange::Step;
    PendingChangesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // An add whose answer was lost and whose id the list read again did not give.
    PendingChange added = change(Kind::Gateway, Step::Added, 0, QStringLiteral("GW-9.corp.local"));
    added.confirmedAfterLostAnswer = true;
    model.add(added);
    model.add(change(Kind::Gateway, Step::Changed, 12, QStringLiteral("gw-9.corp.local")));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(PendingChangesModel::ObjectIdRole).toInt(), 12);
    QCOMPARE(linesOf(model, 0), (QStringList{QStringLiteral("Added; its answer was lost, but the list read again shows it."),
                                             QStringLiteral("Changed.")}));
    // From now on the id finds it.
    model.add(change(Kind::Gateway, Step::Deleted, 12, QStringLiteral("gw-9.corp.local")));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, PendingChangesModel::Effect).data().toString(), QStringLiteral("Added and deleted again"));
}

void TestPendingChangesModel::renumberedNeighboursAreListedUnderTheirOwnObjects()
{
    using Kind = PendingChange::Kind;
    using Step = PendingChange::Step;
    PendingChangesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    // cb1 is already in the list for an edit; cb2 is not.
    PendingChange edit = change(Kind::Broker, Step::Changed, 1, QStringLiteral("cb1"));
    edit.fields << PendingChange::Field{QStringLiteral("Standby"), QStringLiteral("No"), QStringLiteral("Yes")};
    model.add(edit);
    // Promoting cb3 moves the Site's primary and the next broker down by one.
    PendingChange promote = change(Kind::Broker, Step::Promoted, 3, QStringLiteral("cb3"));
    promote.positionBefore = 2;
    promote.renumbered << PendingChange::Renumbered{1, QStringLiteral("cb1"), 0, 1}
                       << PendingChange::Renumbered{2, QStringLiteral("cb2"), 1, 2};
    model.add(promote);
    // Moving cb2 up swaps it with cb1; deleting policy Old moves the one after it up.
    PendingChange move = change(Kind::Broker, Step::MovedUp, 2, QStringLiteral("cb2"));
    move.positionBefore = 2;
    move.positionAfter = 1;
    move.renumbered << PendingChange::Renumbered{1, QStringLiteral("cb1"), 1, 2};
    model.add(move);
    PendingChange deleted = change(Kind::Policy, Step::Deleted, 4, QStringLiteral("Old"));
    deleted.renumbered << PendingChange::Renumbered{5, QStringLiteral("Kiosks"), 3, 2};
    model.add(deleted);

    // Four changes on five objects: the server stages nothing for the neighbours.
    QCOMPARE(model.count(), 4);
    QCOMPARE(model.objectCount(), 5);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Connection Broker cb1"));
    QCOMPARE(linesOf(model, 0), (QStringList{QStringLiteral("Standby changed: No → Yes."),
                                             QStringLiteral("Moved down as cb3 was promoted to primary: priority primary → 1."),
                                             QStringLiteral("Moved down as cb2 moved up: priority 1 → 2.")}));
    QCOMPARE(model.index(0, PendingChangesModel::Effect).data().toString(), QStringLiteral("Changed"));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Connection Broker cb3"));
    QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("Connection Broker cb2"));
    QCOMPARE(linesOf(model, 2), (QStringList{QStringLiteral("Moved down as cb3 was promoted to primary: priority 1 → 2."),
                                             QStringLiteral("Moved up: priority 2 → 1.")}));
    QCOMPARE(model.index(2, PendingChangesModel::Effect).data().toString(), QStringLiteral("Changed"));
    QCOMPARE(model.index(2, 0).data(PendingChangesModel::ObjectIdRole).toInt(), 2);
    QCOMPARE(model.index(4, 0).data().toString(), QStringLiteral("Client policy Kiosks"));
    QCOMPARE(linesOf(model, 4),
             QStringList{QStringLiteral("Moved up in the policy order as Old was deleted: position 3 → 2.")});
    QCOMPARE(model.index(4, PendingChangesModel::When).data(PendingChangesModel::WhenRole).toDateTime(), deleted.when);
    QCOMPARE(model.index(4, 0).data(PendingChangesModel::KindRole).toInt(), static_cast<int>(Kind::Policy));
}

void TestPendingChangesModel::clearEmptiesTheList()
{
    PendingChangesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy count(&model, &PendingChangesModel::countChanged);
    model.add(change(PendingChange::Kind::Broker, PendingChange::Step::Promoted, 2, QStringLiteral("cb2")));
    model.add(change(PendingChange::Kind::Broker, PendingChange::Step::Enabled, 2, QStringLiteral("cb2")));
    QCOMPARE(model.count(), 2);
    QCOMPARE(linesOf(model, 0), (QStringList{QStringLiteral("Promoted to primary."), QStringLiteral("Enabled.")}));
    model.clear();
    QCOMPARE(model.count(), 0);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(count.last().at(0).toInt(), 0);
    model.clear(); // nothing to clear: no signal
    QCOMPARE(count.count(), 3);
    // The list starts again from nothing: the same object is a new row.
    model.add(change(PendingChange::Kind::Broker, PendingChange::Step::Disabled, 2, QStringLiteral("cb2")));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(linesOf(model, 0), QStringList{QStringLiteral("Disabled.")});
}

QTEST_MAIN(TestPendingChangesModel)
#include "tst_pendingchangesmodel.moc"
