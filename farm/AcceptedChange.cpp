#include "AcceptedChange.h"

namespace AcceptedChange {

Broker updated(Broker broker, const BrokerChanges &changes)
{
    if (changes.enabled)
        broker.enabled = *changes.enabled;
    if (changes.description)
        broker.description = *changes.description;
    if (changes.ip)
        broker.ip = *changes.ip;
    if (changes.alternativeIps)
        broker.alternativeIps = *changes.alternativeIps;
    if (changes.standby)
        broker.standby = *changes.standby;
    return broker;
}

Gateway updated(Gateway gateway, const GatewayChanges &changes)
{
    const QJsonObject sent = changes.toJson();
    for (const QString &name : changes.fieldNames()) {
        if (const GatewayField *field = GatewayField::find(name))
            field->write(gateway, sent.value(name));
    }
    return gateway;
}

ClientPolicy updated(ClientPolicy policy, const PolicyChanges &changes)
{
    if (changes.name)
        policy.name = *changes.name;
    if (changes.description)
        policy.description = *changes.description;
    if (changes.enabled)
        policy.enabled = *changes.enabled;
    return policy;
}

namespace {

const Broker *find(const QList<Broker> &brokers, int id)
{
    for (const Broker &broker : brokers) {
        if (broker.id == id)
            return &broker;
    }
    return nullptr;
}

} // namespace

QList<Broker> promoted(const QList<Broker> &brokers, int id)
{
    const Broker *target = find(brokers, id);
    if (!target)
        return {};
    QList<Broker> changed;
    for (const Broker &broker : brokers) {
        if (broker.siteId == target->siteId && broker.id != id && broker.priority < target->priority) {
            Broker moved = broker;
            ++moved.priority;
            changed << moved;
        }
    }
    Broker primary = *target;
    primary.priority = 0;
    primary.enabled = true;
    primary.standby = false;
    changed << primary;
    return changed;
}

QList<Broker> afterRemoval(const QList<Broker> &brokers, int id)
{
    const Broker *target = find(brokers, id);
    if (!target)
        return {};
    QList<Broker> changed;
    for (const Broker &broker : brokers) {
        if (broker.siteId == target->siteId && broker.priority > target->priority) {
            Broker moved = broker;
            --moved.priority;
            changed << moved;
        }
    }
    return changed;
}

QList<Broker> swapped(const QList<Broker> &brokers, int id, bool up)
{
    const Broker *target = find(brokers, id);
    if (!target)
        return {};
    // The nearest broker of the same Site in the direction of the move.
    const Broker *neighbour = nullptr;
    for (const Broker &broker : brokers) {
        if (broker.siteId != target->siteId || broker.id == id)
            continue;
        const bool onThatSide = up ? broker.priority < target->priority : broker.priority > target->priority;
        if (onThatSide
            && (!neighbour || (up ? broker.priority > neighbour->priority : broker.priority < neighbour->priority)))
            neighbour = &broker;
    }
    if (!neighbour)
        return {};
    Broker first = *target;
    Broker second = *neighbour;
    std::swap(first.priority, second.priority);
    return {first, second};
}

} // namespace AcceptedChange
