#include "PendingChangeText.h"

#include "RasEnums.h"

#include <QLocale>

namespace {

QString priorityText(int priority)
{
    // The broker table calls priority 0 "Primary": the list says it the same way.
    return priority == 0 ? PendingChangeText::tr("primary", "a broker's priority 0") : QString::number(priority);
}

QString addedSentence(const PendingChange &change)
{
    using Kind = PendingChange::Kind;
    if (change.confirmedAfterLostAnswer)
        return PendingChangeText::tr("Added; its answer was lost, but the list read again shows it.");
    switch (change.kind) {
    case Kind::Broker:
        if (!change.siteName.isEmpty() && change.positionAfter == 0)
            return PendingChangeText::tr("Added to Site %1 as its primary broker.").arg(change.siteName);
        if (!change.siteName.isEmpty() && change.positionAfter)
            return PendingChangeText::tr("Added to Site %1 with priority %2.").arg(change.siteName).arg(*change.positionAfter);
        break;
    case Kind::Gateway:
        break;
    case Kind::Policy:
        if (change.positionAfter)
            return PendingChangeText::tr("Added at position %1 of the policy order.").arg(*change.positionAfter);
        return PendingChangeText::tr("Added.");
    }
    if (!change.siteName.isEmpty())
        return PendingChangeText::tr("Added to Site %1.").arg(change.siteName);
    return PendingChangeText::tr("Added.");
}

QString deletedSentence(const PendingChange &change)
{
    if (change.confirmedAfterLostAnswer)
        return PendingChangeText::tr("Deleted; its answer was lost, but the list read again no longer shows it.");
    if (change.agentKept)
        return *change.agentKept ? PendingChangeText::tr("Deleted; its agent stays installed on the server.")
                                 : PendingChangeText::tr("Deleted, and its agent is uninstalled from the server.");
    return PendingChangeText::tr("Deleted.");
}

QString movedSentence(const PendingChange &change, bool up)
{
    const bool known = change.positionBefore && change.positionAfter;
    if (change.kind == PendingChange::Kind::Broker && known)
        return up ? PendingChangeText::tr("Moved up: priority %1 → %2.")
                        .arg(priorityText(*change.positionBefore), priorityText(*change.positionAfter))
                  : PendingChangeText::tr("Moved down: priority %1 → %2.")
                        .arg(priorityText(*change.positionBefore), priorityText(*change.positionAfter));
    if (known)
        return up ? PendingChangeText::tr("Moved up in the policy order: position %1 → %2.")
                        .arg(*change.positionBefore)
                        .arg(*change.positionAfter)
                  : PendingChangeText::tr("Moved down in the policy order: position %1 → %2.")
                        .arg(*change.positionBefore)
                        .arg(*change.positionAfter);
    return up ? PendingChangeText::tr("Moved up.") : PendingChangeText::tr("Moved down.");
}

QString connectionSentence(const PendingChange &change, bool added)
{
    if (!change.connection)
        return added ? PendingChangeText::tr("A secondary connection was added.")
                     : PendingChangeText::tr("A secondary connection was removed.");
    const SecondaryConnection &connection = *change.connection;
    const QString mode = Ras::displayName(connection.mode);
    return added ? PendingChangeText::tr("Secondary connection added: %1 on port %2, mode %3.")
                       .arg(connection.server)
                       .arg(connection.serverPort)
                       .arg(mode)
                 : PendingChangeText::tr("Secondary connection removed: %1 on port %2, mode %3.")
                       .arg(connection.server)
                       .arg(connection.serverPort)
                       .arg(mode);
}

QString fieldSentence(const PendingChange::Field &field)
{
    if (field.before && *field.before != field.after)
        return PendingChangeText::tr("%1 changed: %2 → %3.", "a field's label, its value before and after")
            .arg(field.label, *field.before, field.after);
    return PendingChangeText::tr("%1 set to %2.", "a field's label and its new value").arg(field.label, field.after);
}

} // namespace

QString PendingChangeText::title(PendingChange::Kind kind, const QString &name)
{
    switch (kind) {
    case PendingChange::Kind::Broker: return tr("Connection Broker %1").arg(name);
    case PendingChange::Kind::Gateway: return tr("Secure Gateway %1").arg(name);
    case PendingChange::Kind::Policy: return tr("Client policy %1").arg(name);
    }
    return name;
}

QStringList PendingChangeText::sentences(const PendingChange &change)
{
    using Step = PendingChange::Step;
    QStringList lines;
    switch (change.step) {
    case Step::Added: lines << addedSentence(change); break;
    case Step::Changed:
        if (change.fields.isEmpty())
            lines << tr("Changed.");
        break;
    case Step::Deleted: lines << deletedSentence(change); break;
    case Step::MovedUp: lines << movedSentence(change, true); break;
    case Step::MovedDown: lines << movedSentence(change, false); break;
    case Step::Promoted:
        lines << (change.positionBefore ? tr("Promoted to primary: priority %1 → primary.").arg(*change.positionBefore)
                                        : tr("Promoted to primary."));
        break;
    case Step::Enabled: lines << tr("Enabled."); break;
    case Step::Disabled: lines << tr("Disabled."); break;
    case Step::ConnectionAdded: lines << connectionSentence(change, true); break;
    case Step::ConnectionRemoved: lines << connectionSentence(change, false); break;
    }
    for (const PendingChange::Field &field : change.fields)
        lines << fieldSentence(field);
    return lines;
}

QString PendingChangeText::renumberedSentence(const PendingChange &cause, const PendingChange::Renumbered &neighbour)
{
    using Step = PendingChange::Step;
    const QString &by = cause.objectName;
    if (cause.kind == PendingChange::Kind::Broker) {
        const QString before = priorityText(neighbour.before);
        const QString after = priorityText(neighbour.after);
        switch (cause.step) {
        case Step::Promoted:
            return tr("Moved down as %1 was promoted to primary: priority %2 → %3.").arg(by, before, after);
        case Step::MovedUp: return tr("Moved down as %1 moved up: priority %2 → %3.").arg(by, before, after);
        case Step::MovedDown: return tr("Moved up as %1 moved down: priority %2 → %3.").arg(by, before, after);
        case Step::Deleted: return tr("Moved up as %1 was deleted: priority %2 → %3.").arg(by, before, after);
        default: return tr("Priority changed as %1 changed: %2 → %3.").arg(by, before, after);
        }
    }
    const QString before = QString::number(neighbour.before);
    const QString after = QString::number(neighbour.after);
    switch (cause.step) {
    case Step::MovedUp:
        return tr("Moved down in the policy order as %1 moved up: position %2 → %3.").arg(by, before, after);
    case Step::MovedDown:
        return tr("Moved up in the policy order as %1 moved down: position %2 → %3.").arg(by, before, after);
    case Step::Deleted:
        return tr("Moved up in the policy order as %1 was deleted: position %2 → %3.").arg(by, before, after);
    default: return tr("Position in the policy order changed as %1 changed: %2 → %3.").arg(by, before, after);
    }
}

PendingChangeText::Effect PendingChangeText::effect(const QList<PendingChange> &steps)
{
    const bool added = !steps.isEmpty() && steps.first().step == PendingChange::Step::Added;
    const bool deleted = !steps.isEmpty() && steps.last().step == PendingChange::Step::Deleted;
    if (added && deleted)
        return Effect::AddedAndDeleted;
    if (added)
        return Effect::Added;
    return deleted ? Effect::Deleted : Effect::Changed;
}

QString PendingChangeText::effectText(Effect effect)
{
    switch (effect) {
    case Effect::Added: return tr("New", "what an object's pending changes do");
    case Effect::Changed: return tr("Changed", "what an object's pending changes do");
    case Effect::Deleted: return tr("Deleted", "what an object's pending changes do");
    case Effect::AddedAndDeleted: return tr("Added and deleted again", "what an object's pending changes do");
    }
    return {};
}
