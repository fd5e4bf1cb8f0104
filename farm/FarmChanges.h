#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// What a configuration refresh found changed on the server since the tables were last filled:
// objects that came, went or changed, per kind. Changes this console made are already in the tables
// (they are read back), so what is counted here was done elsewhere: another administrator, rasctl,
// a script.
struct FarmChanges
{
    Q_DECLARE_TR_FUNCTIONS(FarmChanges)

public:
    struct Counts
    {
        int added = 0;
        int changed = 0;
        int removed = 0;
        int total() const { return added + changed + removed; }
    };
    Counts brokers;
    Counts gateways;
    Counts policies;
    QDateTime when;

    bool isEmpty() const { return brokers.total() + gateways.total() + policies.total() == 0; }
    // One short sentence per kind that changed, for the status bar:
    // "Connection Brokers changed on the server: 2."
    QString summary() const;
    // The same with what happened to them, one sentence per kind, for a tooltip.
    QString details() const;
};
