#pragma once

#include "SecondaryConnection.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

// One change the server accepted and Apply Settings has not committed yet, with what the console
// knew about the object when it was made: enough for the pending-changes list to say what Apply
// will commit in whole sentences ("Description changed: “old” → “new”.", "Moved up: priority 3 → 2.").
// The farm controller fills it in at the moment the server accepts the change, while the models
// still hold the record as it was before.
struct PendingChange
{
    enum class Kind { Broker, Gateway, Policy };
    enum class Step {
        Added,
        Changed,
        Deleted,
        MovedUp,
        MovedDown,
        Promoted,
        Enabled,
        Disabled,
        ConnectionAdded,
        ConnectionRemoved,
    };

    // One field a change set, labelled and formatted for the administrator (translated already).
    struct Field
    {
        QString label;
        std::optional<QString> before; // empty when the console did not hold the record before
        QString after;

        bool operator==(const Field &other) const
        {
            return label == other.label && before == other.before && after == other.after;
        }
    };

    QDateTime when;
    Kind kind = Kind::Broker;
    Step step = Step::Changed;
    int objectId = 0;   // 0 only for an added object whose id is not known
    QString objectName; // server or policy name after the change (a rename shows the new name)

    // Changed: the fields sent. Added: the settings given that differ from a default.
    QList<Field> fields;
    // A broker's priority or a policy's order before and after a move or promote; after alone for an add.
    std::optional<int> positionBefore;
    std::optional<int> positionAfter;
    // Added (brokers and gateways): the Site's name.
    QString siteName;
    // ConnectionAdded / ConnectionRemoved.
    std::optional<SecondaryConnection> connection;
    // Other objects whose place this change renumbers, as the API numbers them: the brokers of the
    // Site a promote moves down, the neighbour a move swaps with, the brokers or policies after a
    // deleted one. The list files each under its own object; they are no changes of their own.
    struct Renumbered
    {
        int id = 0;
        QString name;
        int before = 0;
        int after = 0;

        bool operator==(const Renumbered &other) const
        {
            return id == other.id && name == other.name && before == other.before && after == other.after;
        }
    };
    QList<Renumbered> renumbered;
    // Deleted broker: whether its agent stays installed on the server.
    std::optional<bool> agentKept;
    // The answer was lost, and the list read again showed that the add or delete was made.
    bool confirmedAfterLostAnswer = false;
};
