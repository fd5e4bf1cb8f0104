#include "RasctlInvocation.h"

#include "CertificateInfo.h"

#include <QProcessEnvironment>

namespace {

struct CommandSpec
{
    const char *name;
    int minPositional;
    int maxPositional; // -1: unlimited
    QStringList valueOptions;
    QStringList flagOptions;
    const char *synopsis;
};

const QList<CommandSpec> &specs()
{
    static const QList<CommandSpec> list{
        {"sites list", 0, 0, {}, {}, "sites list                      list the Sites of the farm"},
        {"brokers list", 0, 0, {QStringLiteral("--site")}, {}, "brokers list [--site ID]        list Connection Brokers in priority order"},
        {"brokers show", 1, 1, {}, {}, "brokers show ID                 show one broker"},
        {"brokers status", 0, 1, {}, {}, "brokers status [ID]             agent state, CPU, memory, version"},
        {"brokers add", 1, 1, {QStringLiteral("--site")},
         {QStringLiteral("--no-install"), QStringLiteral("--no-restart"), QStringLiteral("--no-firewall-rules")},
         "brokers add SERVER [--site ID] [--no-install] [--no-restart] [--no-firewall-rules]"},
        {"brokers update", 1, 1,
         {QStringLiteral("--enabled"), QStringLiteral("--description"), QStringLiteral("--ip"),
          QStringLiteral("--alternative-ips"), QStringLiteral("--standby")},
         {},
         "brokers update ID [--enabled true|false] [--description T] [--ip IP] [--alternative-ips LIST] [--standby true|false]"},
        {"brokers move", 2, 2, {}, {}, "brokers move ID up|down         change a secondary broker's priority"},
        {"brokers promote", 1, 1, {}, {}, "brokers promote ID              make a secondary broker the primary"},
        {"brokers remove", 1, 1, {}, {QStringLiteral("--keep-agent")}, "brokers remove ID [--keep-agent]"},
        {"gateways list", 0, 0, {QStringLiteral("--site")}, {}, "gateways list [--site ID]       list Secure Gateways"},
        {"gateways show", 1, 1, {}, {}, "gateways show ID                show every field of one gateway"},
        {"gateways status", 0, 0, {}, {}, "gateways status                 agent state of every gateway"},
        {"gateways add", 1, 1, {QStringLiteral("--site")}, {}, "gateways add SERVER [--site ID]"},
        {"gateways update", 2, -1, {}, {}, "gateways update ID FIELD=VALUE...   fields as in 'gateways show'"},
        {"gateways remove", 1, 1, {}, {}, "gateways remove ID"},
        {"policies list", 0, 0, {}, {}, "policies list                   client policies in order"},
        {"policies show", 1, 1, {}, {}, "policies show ID"},
        {"policies add", 1, 1, {QStringLiteral("--description")}, {QStringLiteral("--disabled")},
         "policies add NAME [--description T] [--disabled]"},
        {"policies update", 1, 1, {QStringLiteral("--name"), QStringLiteral("--description"), QStringLiteral("--enabled")}, {},
         "policies update ID [--name N] [--description T] [--enabled true|false]"},
        {"policies move", 2, 2, {}, {}, "policies move ID up|down"},
        {"policies remove", 1, 1, {}, {}, "policies remove ID"},
        {"policies connections list", 1, 1, {}, {}, "policies connections list ID"},
        {"policies connections add", 1, 1, {QStringLiteral("--mode"), QStringLiteral("--server"), QStringLiteral("--port")}, {},
         "policies connections add ID --mode gateway|direct|gateway-ssl|direct-ssl --server HOST --port N"},
        {"policies connections remove", 1, 1, {QStringLiteral("--mode"), QStringLiteral("--server"), QStringLiteral("--port")}, {},
         "policies connections remove ID --mode gateway|direct|gateway-ssl|direct-ssl --server HOST --port N"},
        {"apply", 0, 0, {}, {}, "apply                           commit staged changes (Apply Settings)"},
    };
    return list;
}

const CommandSpec *findSpec(const QString &name)
{
    for (const auto &spec : specs()) {
        if (name == QLatin1String(spec.name))
            return &spec;
    }
    return nullptr;
}

} // namespace

std::optional<RasctlInvocation> RasctlInvocation::parse(const QStringList &arguments, QString *error)
{
    RasctlInvocation invocation;
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    invocation.server = env.value(QStringLiteral("RAS_SERVER"));
    invocation.user = env.value(QStringLiteral("RAS_USER"));
    if (env.contains(QStringLiteral("RAS_MAX_ANSWER_MB"))) {
        bool ok = false;
        const qint64 megabytes = env.value(QStringLiteral("RAS_MAX_ANSWER_MB")).toLongLong(&ok);
        if (!ok || megabytes < 1 || megabytes > 64 * 1024) {
            *error = QStringLiteral("RAS_MAX_ANSWER_MB needs a size in MB between 1 and 65536, not '%1'")
                         .arg(env.value(QStringLiteral("RAS_MAX_ANSWER_MB")));
            return std::nullopt;
        }
        invocation.maxAnswerBytes = megabytes * 1024 * 1024;
    }

    int i = 0;
    auto value = [&](const QString &option) -> std::optional<QString> {
        if (i + 1 >= arguments.size()) {
            *error = QStringLiteral("%1 needs a value").arg(option);
            return std::nullopt;
        }
        return arguments.at(++i);
    };
    // Global options come before the command.
    for (; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (!arg.startsWith(QLatin1String("--")) && arg != QLatin1String("-h"))
            break;
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            invocation.help = true;
        } else if (arg == QLatin1String("--json")) {
            invocation.json = true;
        } else if (arg == QLatin1String("--password-stdin")) {
            invocation.passwordStdin = true;
        } else if (arg == QLatin1String("--allow-http")) {
            invocation.allowHttp = true;
        } else if (arg == QLatin1String("--server")) {
            const auto v = value(arg);
            if (!v)
                return std::nullopt;
            invocation.server = *v;
        } else if (arg == QLatin1String("--user")) {
            const auto v = value(arg);
            if (!v)
                return std::nullopt;
            invocation.user = *v;
        } else if (arg == QLatin1String("--trust-fingerprint")) {
            const auto v = value(arg);
            if (!v)
                return std::nullopt;
            invocation.fingerprint = CertificateInfo::normalizeFingerprint(*v);
            if (invocation.fingerprint.isEmpty()) {
                *error = QStringLiteral("--trust-fingerprint needs a SHA-256 fingerprint (64 hex digits), not '%1'").arg(*v);
                return std::nullopt;
            }
        } else if (arg == QLatin1String("--timeout")) {
            const auto v = value(arg);
            if (!v)
                return std::nullopt;
            bool ok = false;
            const double seconds = v->toDouble(&ok);
            if (!ok || seconds <= 0 || seconds > 3600) {
                *error = QStringLiteral("--timeout needs seconds between 0 and 3600, not '%1'").arg(*v);
                return std::nullopt;
            }
            invocation.timeoutMs = static_cast<int>(seconds * 1000);
        } else {
            *error = QStringLiteral("unknown option '%1'").arg(arg);
            return std::nullopt;
        }
    }

    // The command: the longest run of words that names one.
    QStringList words;
    const CommandSpec *spec = nullptr;
    for (int take = 3; take >= 1 && !spec; --take) {
        if (i + take > arguments.size())
            continue;
        const QString name = arguments.mid(i, take).join(QLatin1Char(' '));
        spec = findSpec(name);
        if (spec)
            i += take;
    }
    if (!spec) {
        if (invocation.help)
            return invocation;
        *error = i < arguments.size() ? QStringLiteral("unknown command '%1'").arg(arguments.mid(i).join(QLatin1Char(' ')))
                                      : QStringLiteral("no command given");
        return std::nullopt;
    }
    invocation.command = QLatin1String(spec->name);

    for (; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            invocation.help = true;
        } else if (arg.startsWith(QLatin1String("--")) && !arg.contains(QLatin1Char('='))) {
            if (spec->flagOptions.contains(arg)) {
                invocation.flags.insert(arg);
            } else if (spec->valueOptions.contains(arg)) {
                const auto v = value(arg);
                if (!v)
                    return std::nullopt;
                invocation.options.insert(arg, *v);
            } else {
                *error = QStringLiteral("'%1' does not take %2").arg(invocation.command, arg);
                return std::nullopt;
            }
        } else {
            invocation.positional << arg;
        }
    }
    if (invocation.help)
        return invocation;
    const int count = static_cast<int>(invocation.positional.size());
    if (count < spec->minPositional || (spec->maxPositional >= 0 && count > spec->maxPositional)) {
        *error = QStringLiteral("usage: rasctl %1").arg(QString::fromLatin1(spec->synopsis).section(QStringLiteral("  "), 0, 0).trimmed());
        return std::nullopt;
    }
    return invocation;
}

QString RasctlInvocation::commandUsage(const QString &command)
{
    const CommandSpec *spec = findSpec(command);
    return spec ? QStringLiteral("usage: rasctl [global options] ") + QLatin1String(spec->synopsis) + QLatin1Char('\n') : QString();
}

QString RasctlInvocation::usage()
{
    QString text = QStringLiteral(
        "Usage: rasctl [--server URL] [--user NAME] [--password-stdin] [--trust-fingerprint SHA256]\n"
        "              [--timeout S] [--allow-http] [--json] COMMAND\n\n"
        "Manages a Parallels RAS farm through its REST API v1.0.\n\n"
        "Global options:\n"
        "  --server URL              host, host:port or URL; https and port 20443 by default ($RAS_SERVER)\n"
        "  --user NAME               administrator account ($RAS_USER, else administrator)\n"
        "  --password-stdin          read the password from the first line of standard input\n"
        "                            (else $RAS_PASSWORD, else a prompt without echo on a terminal)\n"
        "  --trust-fingerprint SHA   accept the server certificate with this SHA-256 fingerprint\n"
        "  --timeout S               seconds an answer may take, however slowly it arrives (default 30)\n"
        "  --allow-http              allow plain http:// to another machine (the password goes in clear)\n"
        "  --json                    print the server's JSON instead of a table\n\n"
        "Commands:\n");
    for (const auto &spec : specs())
        text += QStringLiteral("  ") + QLatin1String(spec.synopsis) + QLatin1Char('\n');
    text += QStringLiteral(
        "\nChanges are staged on the server until 'rasctl apply'.\n"
        "Exit codes: 0 done, 1 the server refused (its message on stderr), 2 bad usage or input,\n"
        "            3 network, TLS or timeout, 4 log-on failed,\n"
        "            5 a change was sent but its answer was lost: it may have been made, check before retrying.\n");
    return text;
}
