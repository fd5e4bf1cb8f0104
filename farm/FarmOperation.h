#pragma once

#include <QCoreApplication>
#include <QString>

// One change the console makes to a farm: what is done to which object. It names the object in
// words for the banner; each message is one whole sentence per action
// and kind, so translators can order the words as their language needs.
struct FarmOperation
{
    Q_DECLARE_TR_FUNCTIONS(FarmOperation)

public:
    enum class Action { Add, Change, Delete, MoveUp, MoveDown, Promote, Enable, Disable, AddConnection, RemoveConnection, Apply };
    enum class Target { Broker, Gateway, Policy, Farm };
    // After an answer was lost and the list was read again: whether the object is in it.
    enum class Presence { Unchecked, Present, Absent };

    Action action = Action::Change;
    Target target = Target::Farm;
    int objectId = 0;   // 0 for an object that does not exist yet (an add) or for the farm
    QString objectName; // server or policy name as the administrator knows it

    // "Connection Broker ras-cb05 was added."
    QString successMessage() const;
    // "Connection Broker ras-cb05 could not be added: <the server's reason>"
    QString failureMessage(const QString &reason) const;
    // One sentence for a change whose answer was lost: its outcome is unknown, and what the list,
    // read again, shows about the object.
    QString unknownOutcomeMessage(Presence presence) const;
    // The list read again shows the change was made (an added object is there, a deleted one gone).
    bool madeAccordingTo(Presence presence) const
    {
        return (action == Action::Add && presence == Presence::Present)
               || (action == Action::Delete && presence == Presence::Absent);
    }
    // Whether a success is staged until Apply Settings (everything but Apply itself).
    bool isStaged() const { return action != Action::Apply; }
};
