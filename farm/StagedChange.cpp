#include "StagedChange.h"

#include "RasEnums.h"

#include <QLocale>

#include <climits>

namespace {

PendingChange::Kind kindOf(FarmOperation::Target target)
{
    switch (target) {
    case FarmOperation::Target::Gateway: return PendingChange::Kind::Gateway;
    case FarmOperation::Target::Policy: return PendingChange::Kind::Policy;
    case FarmOperation::Target::Broker:
    case FarmOperation::Target::Farm: break;
    }
    return PendingChange::Kind::Broker;
}

PendingChange::Step stepOf(FarmOperation::Action action)
{
    using Action = FarmOperation::Action;
    using Step = PendingChange::Step;
    switch (action) {
    case Action::Add: return Step::Added;
    case Action::Delete: return Step::Deleted;
    case Action::MoveUp: return Step::MovedUp;
    case Action::MoveDown: return Step::MovedDown;
    case Action::Promote: return Step::Promoted;
    case Action::Enable: return Step::Enabled;
    case Action::Disable: return Step::Disabled;
    case Action::AddConnection: return Step::ConnectionAdded;
    case Action::RemoveConnection: return Step::ConnectionRemoved;
    case Action::Change:
    case Action::Apply: break;
    }
    return Step::Changed;
}

// A field whose before is known only when the record was.
template <typename Record, typename Format>
PendingChange::Field field(const QString &label, const Record *before, Format format, const QString &after)
{
    return {label, before ? std::optional<QString>(format(*before)) : std::nullopt, after};
}

// fwGWID's value for "forwards to no particular gateway" (the API's unsigned -1).
constexpr qint64 kNoForwardingGateway = 4294967295LL;

struct ServerNames
{
    const BrokerModel &brokers;
    const GatewayModel &gateways;
};

QString gatewayValue(const GatewayField &field, const Gateway &gateway, const ServerNames &names)
{
    const QLatin1String apiName(field.apiName);
    if (apiName == QLatin1String("preferredPAId")) {
        const int id = gateway.preferredPAId;
        if (id == 0)
            return StagedChange::tr("Any", "no preferred Connection Broker");
        const Broker *broker = names.brokers.brokerAt(names.brokers.rowOf(id));
        return broker ? broker->server : StagedChange::tr("Unknown Connection Broker (ID %1)").arg(id);
    }
    if (apiName == QLatin1String("fwGWID")) {
        const qint64 id = gateway.fwGWID;
        if (id == kNoForwardingGateway)
            return StagedChange::tr("None", "no forwarding Secure Gateway");
        const Gateway *target = id <= INT_MAX ? names.gateways.gatewayAt(names.gateways.rowOf(static_cast<int>(id))) : nullptr;
        return target ? target->server : StagedChange::tr("Unknown Secure Gateway (ID %1)").arg(id);
    }
    switch (field.kind) {
    case GatewayField::Kind::Bool: return StagedChange::yesNo(gateway.*field.boolean);
    case GatewayField::Kind::Enum:
        return field.entries ? Ras::displayName(*field.entries, gateway.*field.integer)
                             : QString::number(gateway.*field.integer);
    case GatewayField::Kind::String: return StagedChange::quoted(gateway.*field.string);
    case GatewayField::Kind::StringList: return StagedChange::quoted((gateway.*field.list).join(QStringLiteral(", ")));
    case GatewayField::Kind::Int:
    case GatewayField::Kind::Int64: break;
    }
    return GatewayChanges::textOf(field, gateway);
}

} // namespace

PendingChange StagedChange::of(const FarmOperation &operation, const QDateTime &when)
{
    PendingChange change;
    change.when = when;
    change.kind = kindOf(operation.target);
    change.step = stepOf(operation.action);
    change.objectId = operation.objectId;
    change.objectName = operation.objectName;
    return change;
}

QString StagedChange::yesNo(bool value)
{
    return value ? tr("Yes", "a setting's value") : tr("No", "a setting's value");
}

QString StagedChange::quoted(const QString &text)
{
    return text.isEmpty() ? tr("(empty)", "a text setting's value") : QLocale().quoteString(text);
}

QList<PendingChange::Field> StagedChange::brokerFields(const Broker *before, const BrokerChanges &changes)
{
    QList<PendingChange::Field> fields;
    if (changes.enabled)
        fields << field(tr("Enabled"), before, [](const Broker &b) { return yesNo(b.enabled); }, yesNo(*changes.enabled));
    if (changes.standby)
        fields << field(tr("Standby"), before, [](const Broker &b) { return yesNo(b.standby); }, yesNo(*changes.standby));
    if (changes.ip)
        fields << field(tr("IP"), before, [](const Broker &b) { return quoted(b.ip); }, quoted(*changes.ip));
    if (changes.alternativeIps)
        fields << field(tr("Alternative IPs"), before, [](const Broker &b) { return quoted(b.alternativeIps); },
                        quoted(*changes.alternativeIps));
    if (changes.description)
        fields << field(tr("Description"), before, [](const Broker &b) { return quoted(b.description); },
                        quoted(*changes.description));
    return fields;
}

QList<PendingChange::Field> StagedChange::gatewayFields(const Gateway *before, const GatewayChanges &changes,
                                                       const BrokerModel &brokers, const GatewayModel &gateways)
{
    const ServerNames names{brokers, gateways};
    // The values sent, read through a gateway that holds them, so each is formatted by its field's kind.
    Gateway after = before ? *before : Gateway();
    const QJsonObject sent = changes.toJson();
    QList<PendingChange::Field> fields;
    for (const QString &name : changes.fieldNames()) {
        const GatewayField *gatewayField = GatewayField::find(name);
        if (!gatewayField)
            continue;
        gatewayField->write(after, sent.value(name));
        // Outside the General tab a label alone can be unclear ("Max age (months)"): the tab names it.
        QString label = QCoreApplication::translate("GatewayField", gatewayField->label);
        if (qstrcmp(gatewayField->group, "General") != 0)
            label = tr("%1 › %2", "a gateway properties tab and one of its settings")
                        .arg(QCoreApplication::translate("GatewayField", gatewayField->group), label);
        fields << PendingChange::Field{label,
                                       before ? std::optional<QString>(gatewayValue(*gatewayField, *before, names))
                                              : std::nullopt,
                                       gatewayValue(*gatewayField, after, names)};
    }
    return fields;
}

QList<PendingChange::Field> StagedChange::policyFields(const ClientPolicy *before, const PolicyChanges &changes)
{
    QList<PendingChange::Field> fields;
    if (changes.name)
        fields << field(tr("Name"), before, [](const ClientPolicy &p) { return quoted(p.name); }, quoted(*changes.name));
    if (changes.enabled)
        fields << field(tr("Enabled"), before, [](const ClientPolicy &p) { return yesNo(p.enabled); },
                        yesNo(*changes.enabled));
    if (changes.description)
        fields << field(tr("Description"), before, [](const ClientPolicy &p) { return quoted(p.description); },
                        quoted(*changes.description));
    return fields;
}

QList<PendingChange::Field> StagedChange::newPolicyFields(const ClientPolicy &created)
{
    QList<PendingChange::Field> fields;
    if (!created.enabled)
        fields << PendingChange::Field{tr("Enabled"), std::nullopt, yesNo(false)};
    if (!created.description.isEmpty())
        fields << PendingChange::Field{tr("Description"), std::nullopt, quoted(created.description)};
    return fields;
}
