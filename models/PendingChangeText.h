#pragma once

#include "PendingChange.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// The words the pending-changes list uses: what an object is called, each sentence a change makes,
// and what all of an object's changes come to. Every sentence is written out whole per step, so
// translators can order the words as their language needs.
class PendingChangeText
{
    Q_DECLARE_TR_FUNCTIONS(PendingChangeText)

public:
    // What all of an object's changes together do once applied.
    enum class Effect { Added, Changed, Deleted, AddedAndDeleted };

    // "Connection Broker rds-01.corp.local", "Client policy Finance".
    static QString title(PendingChange::Kind kind, const QString &name);
    // One sentence per thing the change does: a field edit, a move, an added connection...
    // "Description changed: “old” → “new”.", "Moved up: priority 3 → 2."
    static QStringList sentences(const PendingChange &change);
    // What a change did to an object it renumbered: "Moved down as rds-03 was promoted to primary:
    // priority 1 → 2."
    static QString renumberedSentence(const PendingChange &cause, const PendingChange::Renumbered &neighbour);
    // An object with no steps of its own (only renumbered by others) is Changed.
    static Effect effect(const QList<PendingChange> &steps);
    // "New", "Changed", "Deleted", "Added and deleted again".
    static QString effectText(Effect effect);
};
