#include "FarmOperation.h"

// Each sentence is written out whole (no "%1 %2 %3" glued from an action and a kind), so German or
// French can put the verb where it belongs. %1 is always the object's name, %2 the server's reason.

QString FarmOperation::successMessage() const
{
    const QString &name = objectName;
    switch (target) {
    case Target::Broker:
        switch (action) {
        case Action::Add: return tr("Connection Broker %1 was added.").arg(name);
        case Action::Delete: return tr("Connection Broker %1 was deleted.").arg(name);
        case Action::MoveUp: return tr("Connection Broker %1 was moved up.").arg(name);
        case Action::MoveDown: return tr("Connection Broker %1 was moved down.").arg(name);
        case Action::Promote: return tr("Connection Broker %1 was promoted to primary.").arg(name);
        case Action::Enable: return tr("Connection Broker %1 was enabled.").arg(name);
        case Action::Disable: return tr("Connection Broker %1 was disabled.").arg(name);
        default: return tr("Connection Broker %1 was changed.").arg(name);
        }
    case Target::Gateway:
        switch (action) {
        case Action::Add: return tr("Secure Gateway %1 was added.").arg(name);
        case Action::Delete: return tr("Secure Gateway %1 was deleted.").arg(name);
        default: return tr("Secure Gateway %1 was changed.").arg(name);
        }
    case Target::Policy:
        switch (action) {
        case Action::Add: return tr("Client policy %1 was added.").arg(name);
        case Action::Delete: return tr("Client policy %1 was deleted.").arg(name);
        case Action::MoveUp: return tr("Client policy %1 was moved up.").arg(name);
        case Action::MoveDown: return tr("Client policy %1 was moved down.").arg(name);
        case Action::AddConnection: return tr("A secondary connection was added to client policy %1.").arg(name);
        case Action::RemoveConnection: return tr("A secondary connection was removed from client policy %1.").arg(name);
        default: return tr("Client policy %1 was changed.").arg(name);
        }
    case Target::Farm:
        break;
    }
    return tr("Settings applied.");
}

QString FarmOperation::unknownOutcomeMessage(Presence presence) const
{
    const QString &name = objectName;
    if (target == Target::Farm)
        return tr("The answer to Apply Settings was lost, so whether the settings were applied is unknown: check the "
                  "pending changes before applying again.");
    if (action == Action::Add && presence == Presence::Present)
        return tr("The answer was lost, but the list read again shows %1: it was added, so do not add it again.").arg(name);
    if (action == Action::Add && presence == Presence::Absent)
        return tr("The answer was lost, and the list read again does not show %1: it was not added, so you can try again.")
            .arg(name);
    if (action == Action::Delete && presence == Presence::Absent)
        return tr("The answer was lost, but the list read again no longer shows %1: it was deleted.").arg(name);
    if (action == Action::Delete && presence == Presence::Present)
        return tr("The answer was lost, and the list read again still shows %1: it was not deleted, so you can try again.")
            .arg(name);
    return tr("The answer was lost, so whether the change to %1 was made is unknown: check it before retrying.").arg(name);
}

QString FarmOperation::failureMessage(const QString &reason) const
{
    const QString &name = objectName;
    switch (target) {
    case Target::Broker:
        switch (action) {
        case Action::Add: return tr("Connection Broker %1 could not be added: %2").arg(name, reason);
        case Action::Delete: return tr("Connection Broker %1 could not be deleted: %2").arg(name, reason);
        case Action::MoveUp: return tr("Connection Broker %1 could not be moved up: %2").arg(name, reason);
        case Action::MoveDown: return tr("Connection Broker %1 could not be moved down: %2").arg(name, reason);
        case Action::Promote: return tr("Connection Broker %1 could not be promoted to primary: %2").arg(name, reason);
        case Action::Enable: return tr("Connection Broker %1 could not be enabled: %2").arg(name, reason);
        case Action::Disable: return tr("Connection Broker %1 could not be disabled: %2").arg(name, reason);
        default: return tr("Connection Broker %1 could not be changed: %2").arg(name, reason);
        }
    case Target::Gateway:
        switch (action) {
        case Action::Add: return tr("Secure Gateway %1 could not be added: %2").arg(name, reason);
        case Action::Delete: return tr("Secure Gateway %1 could not be deleted: %2").arg(name, reason);
        default: return tr("Secure Gateway %1 could not be changed: %2").arg(name, reason);
        }
    case Target::Policy:
        switch (action) {
        case Action::Add: return tr("Client policy %1 could not be added: %2").arg(name, reason);
        case Action::Delete: return tr("Client policy %1 could not be deleted: %2").arg(name, reason);
        case Action::MoveUp: return tr("Client policy %1 could not be moved up: %2").arg(name, reason);
        case Action::MoveDown: return tr("Client policy %1 could not be moved down: %2").arg(name, reason);
        case Action::AddConnection:
            return tr("A secondary connection could not be added to client policy %1: %2").arg(name, reason);
        case Action::RemoveConnection:
            return tr("A secondary connection could not be removed from client policy %1: %2").arg(name, reason);
        default: return tr("Client policy %1 could not be changed: %2").arg(name, reason);
        }
    case Target::Farm:
        break;
    }
    return tr("The settings could not be applied: %1").arg(reason);
}
