#pragma once

#include "Broker.h"
#include "ClientPolicy.h"
#include "Gateway.h"
#include "GatewayChanges.h"

#include <QList>

// What a change the server accepted does to the records the console already holds, worked out
// without asking the server: the fields that were sent take the values sent, and an order that
// moved renumbers the neighbours the way the API numbers them (priorities and orders stay
// consecutive). The console shows this at once, so a change that succeeded is never shown as if
// it had not, even when nothing can be read back afterwards; the read-back then brings the
// server's own version (its time stamps, anything it normalised).
namespace AcceptedChange {

Broker updated(Broker broker, const BrokerChanges &changes);
Gateway updated(Gateway gateway, const GatewayChanges &changes);
ClientPolicy updated(ClientPolicy policy, const PolicyChanges &changes);

// The brokers whose record a promote changes: the promoted one becomes primary (priority 0, enabled,
// not on standby) and each broker of its Site above it moves down by one.
QList<Broker> promoted(const QList<Broker> &brokers, int id);
// The brokers of the deleted broker's Site after it, each up by one.
QList<Broker> afterRemoval(const QList<Broker> &brokers, int id);
// The two records whose priorities swap when broker id moves up or down within its Site; empty
// when it has no such neighbour in the records held.
QList<Broker> swapped(const QList<Broker> &brokers, int id, bool up);

} // namespace AcceptedChange
