#include "RasctlRunner.h"

#include "BrokerService.h"
#include "GatewayService.h"
#include "PolicyService.h"
#include "RasctlOutput.h"
#include "ServerAddress.h"
#include "SessionService.h"
#include "SettingsService.h"
#include "SiteService.h"
#include "TerminalText.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <cstdio>

namespace {

// fwrite, not fputs: output must never end silently at a NUL.
void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
}
void printErr(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
}
// A server's string inside one of rasctl's own sentences.
QString safe(const QString &text) { return TerminalText::escaped(text); }

bool validIp(const QString &text)
{
    QHostAddress address;
    return address.setAddress(text.trimmed());
}

} // namespace

RasctlRunner::RasctlRunner(const RasctlInvocation &invocation, QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_invocation(invocation)
    , m_client(manager)
{
}

bool RasctlRunner::parseId(const QString &text, int *id, QString *error) const
{
    bool ok = false;
    *id = text.toInt(&ok);
    if (!ok || *id <= 0) {
        *error = QStringLiteral("'%1' is not an id (a positive whole number)").arg(text);
        return false;
    }
    return true;
}

bool RasctlRunner::parseBool(const char *option, std::optional<bool> *value, QString *error) const
{
    if (!m_invocation.hasOption(option))
        return true;
    const QString text = m_invocation.option(option).trimmed().toLower();
    if (text == QLatin1String("true"))
        *value = true;
    else if (text == QLatin1String("false"))
        *value = false;
    else {
        *error = QStringLiteral("%1 needs true or false, not '%2'").arg(QLatin1String(option), m_invocation.option(option));
        return false;
    }
    return true;
}

bool RasctlRunner::prepare(QString *error)
{
    const RasctlInvocation &inv = m_invocation;
    if (inv.server.trimmed().isEmpty()) {
        *error = QStringLiteral("no server: give --server URL or set RAS_SERVER");
        return false;
    }
    m_client.setAllowPlainHttp(inv.allowHttp);
    if (!m_client.setServer(inv.server, error)) {
        if (ServerAddress::needsPlainHttpConsent(ServerAddress::parse(inv.server, error)))
            *error = QStringLiteral("plain http:// would send the password unencrypted to another machine; use "
                                    "https:// or give --allow-http");
        return false;
    }
    m_client.setTimeoutMs(inv.timeoutMs);
    // --json prints the answer exactly as the server sent it (decoded too, so a broken one still fails).
    connect(&m_client, &RasClient::answerReceived, this, [this](const QByteArray &body) { m_lastAnswer = body; });
    if (inv.maxAnswerBytes > 0)
        m_client.setMaxAnswerBytes(inv.maxAnswerBytes);
    if (!inv.fingerprint.isEmpty())
        m_client.setPinnedFingerprint(inv.fingerprint);

    const QString &command = inv.command;
    const QStringList &args = inv.positional;
    if (inv.hasOption("--site") && !parseId(inv.option("--site"), &m_siteId, error))
        return false;

    const bool takesId = !(command == QLatin1String("brokers add") || command == QLatin1String("gateways add")
                           || command == QLatin1String("policies add"))
                         && !args.isEmpty();
    if (takesId && !parseId(args.first(), &m_id, error))
        return false;

    if (command == QLatin1String("brokers add") || command == QLatin1String("gateways add")) {
        const QString problem = BrokerService::validateServer(args.first());
        if (!problem.isEmpty()) {
            *error = problem;
            return false;
        }
    } else if (command == QLatin1String("brokers move") || command == QLatin1String("policies move")) {
        const QString direction = args.at(1).toLower();
        if (direction != QLatin1String("up") && direction != QLatin1String("down")) {
            *error = QStringLiteral("the direction is up or down, not '%1'").arg(args.at(1));
            return false;
        }
        m_up = direction == QLatin1String("up");
    } else if (command == QLatin1String("brokers update")) {
        if (!parseBool("--enabled", &m_brokerChanges.enabled, error) || !parseBool("--standby", &m_brokerChanges.standby, error))
            return false;
        if (inv.hasOption("--description"))
            m_brokerChanges.description = inv.option("--description");
        if (inv.hasOption("--ip")) {
            if (!validIp(inv.option("--ip"))) {
                *error = QStringLiteral("--ip needs an IPv4 or IPv6 address, not '%1'").arg(inv.option("--ip"));
                return false;
            }
            m_brokerChanges.ip = inv.option("--ip").trimmed();
        }
        if (inv.hasOption("--alternative-ips")) {
            QStringList ips = inv.option("--alternative-ips").split(QRegularExpression(QStringLiteral("[;,\\s]+")), Qt::SkipEmptyParts);
            for (const auto &ip : ips) {
                if (!validIp(ip)) {
                    *error = QStringLiteral("--alternative-ips: '%1' is not an IP address").arg(ip);
                    return false;
                }
            }
            m_brokerChanges.alternativeIps = ips.join(QLatin1Char(',')); // the schema's separator
        }
        if (m_brokerChanges.isEmpty()) {
            *error = QStringLiteral("nothing to update: give at least one of --enabled, --description, --ip, "
                                    "--alternative-ips, --standby");
            return false;
        }
    } else if (command == QLatin1String("gateways update")) {
        for (const auto &assignment : args.mid(1)) {
            const int equals = static_cast<int>(assignment.indexOf(QLatin1Char('=')));
            if (equals <= 0) {
                *error = QStringLiteral("'%1' is not FIELD=VALUE").arg(assignment);
                return false;
            }
            const QString name = assignment.left(equals);
            const GatewayField *field = GatewayField::find(name);
            if (!field) {
                *error = QStringLiteral("'%1' is not a gateway field (see 'rasctl gateways show ID')").arg(name);
                return false;
            }
            if (!field->writable) {
                *error = QStringLiteral("%1 cannot be changed").arg(QLatin1String(field->apiName));
                return false;
            }
            if (!m_gatewayChanges.assign(*field, assignment.mid(equals + 1), error))
                return false;
        }
    } else if (command == QLatin1String("policies add")) {
        m_policyChanges.name = args.first();
        if (inv.hasOption("--description"))
            m_policyChanges.description = inv.option("--description");
        m_policyChanges.enabled = !inv.flag("--disabled");
    } else if (command == QLatin1String("policies update")) {
        if (inv.hasOption("--name"))
            m_policyChanges.name = inv.option("--name");
        if (inv.hasOption("--description"))
            m_policyChanges.description = inv.option("--description");
        if (!parseBool("--enabled", &m_policyChanges.enabled, error))
            return false;
        if (m_policyChanges.isEmpty()) {
            *error = QStringLiteral("nothing to update: give at least one of --name, --description, --enabled");
            return false;
        }
    } else if (command == QLatin1String("policies connections add") || command == QLatin1String("policies connections remove")) {
        for (const char *required : {"--mode", "--server", "--port"}) {
            if (!inv.hasOption(required)) {
                *error = QStringLiteral("%1 is required").arg(QLatin1String(required));
                return false;
            }
        }
        static const QHash<QString, Ras::SecondaryConnectionMode> modes{
            {QStringLiteral("gateway"), Ras::SecondaryConnectionMode::Gateway},
            {QStringLiteral("direct"), Ras::SecondaryConnectionMode::Direct},
            {QStringLiteral("gateway-ssl"), Ras::SecondaryConnectionMode::GatewaySsl},
            {QStringLiteral("direct-ssl"), Ras::SecondaryConnectionMode::DirectSsl}};
        const QString mode = inv.option("--mode").toLower();
        if (!modes.contains(mode)) {
            *error = QStringLiteral("--mode is gateway, direct, gateway-ssl or direct-ssl, not '%1'").arg(inv.option("--mode"));
            return false;
        }
        m_connection.mode = modes.value(mode);
        m_connection.server = inv.option("--server");
        bool ok = false;
        m_connection.serverPort = inv.option("--port").toInt(&ok);
        if (!ok)
            m_connection.serverPort = -1;
        const QString problem = m_connection.validate();
        if (!problem.isEmpty()) {
            *error = problem;
            return false;
        }
    }
    if (const QString problem = m_policyChanges.validate(); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    return true;
}

void RasctlRunner::start(const QString &password)
{
    SessionService session(&m_client);
    const QString user = m_invocation.user.isEmpty() ? QStringLiteral("administrator") : m_invocation.user;
    session.logOn(user, password, this, [this](const RasResult<SessionInfo> &result) {
        // One command needs one log-on: the password has no further use in this process.
        m_client.forgetCredentials();
        if (!result) {
            fail(result.error(), true);
            return;
        }
        m_adminId = result.value().userId;
        runIfAllowed();
    });
}

bool RasctlRunner::neededRight(SessionRights::Object *object, SessionRights::Operation *operation) const
{
    using Object = SessionRights::Object;
    using Operation = SessionRights::Operation;
    static const QHash<QString, std::pair<Object, Operation>> writes{
        {QStringLiteral("brokers add"), {Object::Brokers, Operation::Add}},
        {QStringLiteral("brokers update"), {Object::Brokers, Operation::Modify}},
        {QStringLiteral("brokers move"), {Object::Brokers, Operation::Modify}},
        {QStringLiteral("brokers promote"), {Object::Brokers, Operation::Modify}},
        {QStringLiteral("brokers remove"), {Object::Brokers, Operation::Delete}},
        {QStringLiteral("gateways add"), {Object::Gateways, Operation::Add}},
        {QStringLiteral("gateways update"), {Object::Gateways, Operation::Modify}},
        {QStringLiteral("gateways remove"), {Object::Gateways, Operation::Delete}},
        {QStringLiteral("policies add"), {Object::ClientPolicies, Operation::Add}},
        {QStringLiteral("policies update"), {Object::ClientPolicies, Operation::Modify}},
        {QStringLiteral("policies move"), {Object::ClientPolicies, Operation::Modify}},
        {QStringLiteral("policies remove"), {Object::ClientPolicies, Operation::Delete}},
        {QStringLiteral("policies connections add"), {Object::ClientPolicies, Operation::Modify}},
        {QStringLiteral("policies connections remove"), {Object::ClientPolicies, Operation::Modify}},
        {QStringLiteral("apply"), {Object::Settings, Operation::Modify}}};
    const auto found = writes.constFind(m_invocation.command);
    if (found == writes.constEnd())
        return false;
    *object = found->first;
    *operation = found->second;
    return true;
}

void RasctlRunner::runIfAllowed()
{
    SessionRights::Object object;
    SessionRights::Operation operation;
    if (!neededRight(&object, &operation)) {
        run();
        return;
    }
    SessionService(&m_client).rights(m_adminId, this, [this, object, operation](const RasResult<SessionRights> &rights) {
        // Only an add names its Site; for the others any Site that allows it may be the object's,
        // and the server has the last word.
        const int site = m_invocation.command.endsWith(QLatin1String(" add")) ? m_siteId : 0;
        if (!rights || rights.value().allows(object, operation, site)) {
            run();
            return;
        }
        const char *objects = object == SessionRights::Object::Brokers    ? "Connection Brokers"
                              : object == SessionRights::Object::Gateways ? "Secure Gateways"
                              : object == SessionRights::Object::ClientPolicies ? "client policies"
                                                                                : "applying farm settings";
        const char *verb = object == SessionRights::Object::Settings ? ""
                           : operation == SessionRights::Operation::Add    ? "adding "
                           : operation == SessionRights::Operation::Delete ? "deleting "
                                                                           : "changing ";
        const QString where = site != 0 ? QStringLiteral(" in Site %1").arg(site) : QString();
        printErr(QStringLiteral("rasctl: your administrator rights (%1) do not allow %2%3%4; nothing was sent.\n")
                     .arg(safe(rights.value().admin().typeName()), QLatin1String(verb), QLatin1String(objects), where));
        finish(Refused);
    });
}

QString RasctlRunner::answerText() const
{
    // As received, with one exception: control characters a lenient server left raw inside strings
    // (JSON wants them escaped) are written as the escapes they should have been, so the same JSON
    // reaches the script but no terminal sequence reaches the terminal.
    QString text;
    text.reserve(m_lastAnswer.size() + 1);
    for (const QChar c : QString::fromUtf8(m_lastAnswer)) {
        const char16_t code = c.unicode();
        if ((code < 0x20 && code != u'\t' && code != u'\n' && code != u'\r') || code == 0x7f)
            text += QStringLiteral("\\u%1").arg(int(code), 4, 16, QLatin1Char('0'));
        else
            text += c;
    }
    if (!text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    return text;
}

void RasctlRunner::run()
{
    const QString &command = m_invocation.command;
    const bool json = m_invocation.json;
    const QStringList &args = m_invocation.positional;
    BrokerService brokers(&m_client);
    GatewayService gateways(&m_client);
    PolicyService policies(&m_client);
    auto doneWith = [this](const QString &message) {
        return onResult<Done>([this, message](const Done &) { succeed(m_invocation.json ? QString() : message + QLatin1Char('\n')); });
    };
    const QString applyHint = QStringLiteral(" Run 'rasctl apply' to commit it.");

    if (command == QLatin1String("sites list")) {
        SiteService(&m_client).list(this, onResult<QList<Site>>([this, json](const QList<Site> &list) {
            succeed(json ? answerText() : RasctlOutput::sites(list));
        }));
    } else if (command == QLatin1String("brokers list")) {
        brokers.list(m_siteId, this, onResult<QList<Broker>>([this, json](const QList<Broker> &list) {
            succeed(json ? answerText() : RasctlOutput::brokers(list));
        }));
    } else if (command == QLatin1String("brokers show")) {
        brokers.get(m_id, this, onResult<Broker>([this, json](const Broker &broker) {
            succeed(json ? answerText() : RasctlOutput::broker(broker));
        }));
    } else if (command == QLatin1String("brokers status")) {
        if (args.isEmpty()) {
            brokers.statusAll(this, onResult<QList<BrokerStatus>>([this, json](const QList<BrokerStatus> &list) {
                succeed(json ? answerText() : RasctlOutput::statuses(list));
            }));
        } else {
            brokers.status(m_id, this, onResult<BrokerStatus>([this, json](const BrokerStatus &status) {
                succeed(json ? answerText() : RasctlOutput::statuses({status}));
            }));
        }
    } else if (command == QLatin1String("brokers add")) {
        BrokerAddRequest request;
        request.server = args.first();
        request.siteId = m_siteId;
        request.installAgent = !m_invocation.flag("--no-install");
        request.restartAfterInstall = !m_invocation.flag("--no-restart");
        request.addFirewallRules = !m_invocation.flag("--no-firewall-rules");
        brokers.add(request, this, onResult<Broker>([this, json, applyHint](const Broker &broker) {
            succeed(json ? answerText()
                         : QStringLiteral("Added Connection Broker %1 (%2, priority %3).%4\n")
                               .arg(broker.id)
                               .arg(safe(broker.server))
                               .arg(broker.priority)
                               .arg(applyHint));
        }));
    } else if (command == QLatin1String("brokers update")) {
        brokers.update(m_id, m_brokerChanges, this, doneWith(QStringLiteral("Updated Connection Broker %1.").arg(m_id) + applyHint));
    } else if (command == QLatin1String("brokers move")) {
        brokers.move(m_id, m_up, this, doneWith(QStringLiteral("Moved Connection Broker %1 %2.").arg(m_id).arg(m_up ? QStringLiteral("up") : QStringLiteral("down"))));
    } else if (command == QLatin1String("brokers promote")) {
        brokers.promote(m_id, this, doneWith(QStringLiteral("Connection Broker %1 is now the primary.").arg(m_id)));
    } else if (command == QLatin1String("brokers remove")) {
        brokers.remove(m_id, m_invocation.flag("--keep-agent"), this, doneWith(QStringLiteral("Removed Connection Broker %1.").arg(m_id) + applyHint));
    } else if (command == QLatin1String("gateways list")) {
        gateways.list(m_siteId, this, onResult<QList<Gateway>>([this, json](const QList<Gateway> &list) {
            succeed(json ? answerText() : RasctlOutput::gateways(list));
        }));
    } else if (command == QLatin1String("gateways show")) {
        gateways.get(m_id, this, onResult<Gateway>([this, json](const Gateway &gateway) {
            succeed(json ? answerText() : RasctlOutput::gateway(gateway));
        }));
    } else if (command == QLatin1String("gateways status")) {
        gateways.statusAll(this, onResult<QList<GatewayStatus>>([this, json](const QList<GatewayStatus> &list) {
            succeed(json ? answerText() : RasctlOutput::statuses(list));
        }));
    } else if (command == QLatin1String("gateways add")) {
        gateways.add(args.first(), m_siteId, this, onResult<Gateway>([this, json, applyHint](const Gateway &gateway) {
            succeed(json ? answerText()
                         : QStringLiteral("Added Secure Gateway %1 (%2).%3\n").arg(gateway.id).arg(safe(gateway.server), applyHint));
        }));
    } else if (command == QLatin1String("gateways update")) {
        gateways.update(m_id, m_gatewayChanges, this, doneWith(QStringLiteral("Updated Secure Gateway %1.").arg(m_id) + applyHint));
    } else if (command == QLatin1String("gateways remove")) {
        gateways.remove(m_id, this, doneWith(QStringLiteral("Removed Secure Gateway %1.").arg(m_id) + applyHint));
    } else if (command == QLatin1String("policies list")) {
        policies.list(this, onResult<QList<ClientPolicy>>([this, json](const QList<ClientPolicy> &list) {
            succeed(json ? answerText() : RasctlOutput::policies(list));
        }));
    } else if (command == QLatin1String("policies show")) {
        policies.get(m_id, this, onResult<ClientPolicy>([this, json](const ClientPolicy &policy) {
            succeed(json ? answerText() : RasctlOutput::policy(policy));
        }));
    } else if (command == QLatin1String("policies add")) {
        policies.add(m_policyChanges, this, onResult<ClientPolicy>([this, json, applyHint](const ClientPolicy &policy) {
            succeed(json ? answerText()
                         : QStringLiteral("Added client policy %1 (%2, order %3).%4\n")
                               .arg(policy.id)
                               .arg(safe(policy.name))
                               .arg(policy.order)
                               .arg(applyHint));
        }));
    } else if (command == QLatin1String("policies update")) {
        policies.update(m_id, m_policyChanges, this, doneWith(QStringLiteral("Updated client policy %1.").arg(m_id) + applyHint));
    } else if (command == QLatin1String("policies move")) {
        policies.move(m_id, m_up, this, doneWith(QStringLiteral("Moved client policy %1 %2.").arg(m_id).arg(m_up ? QStringLiteral("up") : QStringLiteral("down"))));
    } else if (command == QLatin1String("policies remove")) {
        policies.remove(m_id, this, doneWith(QStringLiteral("Removed client policy %1.").arg(m_id) + applyHint));
    } else if (command == QLatin1String("policies connections list")) {
        policies.connections(m_id, this, onResult<QList<SecondaryConnection>>([this, json](const QList<SecondaryConnection> &list) {
            succeed(json ? answerText() : RasctlOutput::connections(list));
        }));
    } else if (command == QLatin1String("policies connections add")) {
        policies.addConnection(m_id, m_connection, this, doneWith(QStringLiteral("Added the secondary connection to client policy %1.").arg(m_id) + applyHint));
    } else if (command == QLatin1String("policies connections remove")) {
        policies.removeConnection(m_id, m_connection, this, doneWith(QStringLiteral("Removed the secondary connection from client policy %1.").arg(m_id) + applyHint));
    } else if (command == QLatin1String("apply")) {
        SettingsService(&m_client).apply(this, doneWith(QStringLiteral("Settings applied.")));
    } else {
        printErr(QStringLiteral("rasctl: unknown command '%1'\n").arg(command));
        finish(BadInput);
    }
}

void RasctlRunner::succeed(const QString &text)
{
    printOut(text);
    finish(Success);
}

void RasctlRunner::fail(const RasError &error, bool duringLogon)
{
    // Everything a server said is escaped and bounded before it reaches the terminal.
    const QString message = TerminalText::message(error.message);
    if (error.outcomeUnknown) {
        printErr(QStringLiteral("rasctl: the change may have been made, but its answer was lost (%1: %2). "
                                "Check before retrying.\n")
                     .arg(RasError::kindName(error.kind), message));
        finish(OutcomeUnknown);
        return;
    }
    int code = Refused;
    switch (error.kind) {
    case RasError::Kind::Network:
    case RasError::Kind::Timeout:
        code = NetworkFailure;
        printErr(QStringLiteral("rasctl: %1: %2\n").arg(RasError::kindName(error.kind), message));
        break;
    case RasError::Kind::Tls: {
        code = NetworkFailure;
        const CertificateInfo &cert = error.certificate;
        printErr(QStringLiteral("rasctl: %1\n").arg(message));
        if (!cert.isNull()) {
            printErr(QStringLiteral("  SHA-256:  %1\n  subject:  %2\n  issuer:   %3\n  valid:    %4 to %5\n")
                         .arg(cert.sha256, safe(cert.subject), safe(cert.issuer), cert.validFrom.toString(Qt::ISODate),
                              cert.validTo.toString(Qt::ISODate)));
            if (!error.certificateChanged)
                printErr(QStringLiteral("If you trust it, run again with --trust-fingerprint %1\n").arg(cert.sha256));
        }
        break;
    }
    case RasError::Kind::Malformed:
        code = NetworkFailure;
        printErr(QStringLiteral("rasctl: %1: %2\n").arg(RasError::kindName(error.kind), message));
        break;
    case RasError::Kind::Server:
        // A server failing during log-on says nothing about the password.
        code = Refused;
        if (duringLogon)
            printErr(QStringLiteral("rasctl: the server failed during log-on: %1\n").arg(message));
        else
            printErr(message + QLatin1Char('\n'));
        break;
    default:
        // The server's own words (escaped).
        code = duringLogon ? LogonFailed : Refused;
        if (duringLogon)
            printErr(QStringLiteral("rasctl: log-on failed: %1\n").arg(message));
        else
            printErr(message + QLatin1Char('\n'));
    }
    finish(code);
}

void RasctlRunner::finish(int code)
{
    // Log off best effort, then report; the session must not linger on the server.
    if (!m_client.isLoggedOn()) {
        emit finished(code);
        return;
    }
    SessionService(&m_client).logOff(this, [this, code](const RasResult<Done> &) { emit finished(code); });
}
