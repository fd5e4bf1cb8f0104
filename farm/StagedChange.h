#pragma once

#include "Broker.h"
#include "ClientPolicy.h"
#include "FarmOperation.h"
#include "Gateway.h"
#include "GatewayChanges.h"
#include "PendingChange.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

// What the pending-changes list keeps of a change the server accepted: the fields sent set beside
// the record as the console held it before, each labelled and formatted as the administrator
// reads it. The farm controller asks for this when the server says yes and before the models take
// the change in, so "before" is what the administrator saw when making it.
class StagedChange
{
    Q_DECLARE_TR_FUNCTIONS(StagedChange)

public:
    // The object and the step the operation names, stamped with when; no details yet.
    static PendingChange of(const FarmOperation &operation, const QDateTime &when);

    // The fields of an edit; before is null when the console did not hold the record.
    static QList<PendingChange::Field> brokerFields(const Broker *before, const BrokerChanges &changes);
    static QList<PendingChange::Field> gatewayFields(const Gateway *before, const GatewayChanges &changes);
    static QList<PendingChange::Field> policyFields(const ClientPolicy *before, const PolicyChanges &changes);
    // What a new policy was given beyond the defaults (a description, created disabled).
    static QList<PendingChange::Field> newPolicyFields(const ClientPolicy &created);

    // A value as the list shows it: "Yes"/"No", a quoted text or "(empty)".
    static QString yesNo(bool value);
    static QString quoted(const QString &text);
};
