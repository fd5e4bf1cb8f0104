#include "RasctlInvocation.h"

#include "CertificateInfo.h"

#include <QCommandLineParser>
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

namespace {

// "--site" -> "site": QCommandLineParser names options without dashes.
QString bare(const QString &option)
{
    return option.mid(2);
}

// The error text of a parser, with an option a command does not take named as such.
QString explain(const QCommandLineParser &parser, const QString &command)
{
    const QStringList unknown = parser.unknownOptionNames();
    if (!unknown.isEmpty() && !command.isEmpty()) {
        const QString name = unknown.first();
        return QStringLiteral("'%1' does not take %2%3").arg(command, name.size() > 1 ? QStringLiteral("--") : QStringLiteral("-"), name);
    }
    QString text = parser.errorText();
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text.isEmpty() ? text : text.at(0).toLower() + text.mid(1);
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

    // Global options come before the command; the first word that is not an option starts it.
    // Values may follow as "--server URL" or "--server=URL"; "--" ends the options.
    QCommandLineParser global;
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption server(QStringLiteral("server"), QString(), QStringLiteral("URL"));
    const QCommandLineOption user(QStringLiteral("user"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"));
    const QCommandLineOption fingerprint(QStringLiteral("trust-fingerprint"), QString(), QStringLiteral("SHA256"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QString(), QStringLiteral("S"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption allowHttp(QStringLiteral("allow-http"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringLiteral("version"));
    global.addOptions({server, user, passwordStdin, fingerprint, timeout, json, allowHttp, help, version});
    if (!global.parse(QStringList{QStringLiteral("rasctl")} + arguments)) {
        *error = explain(global, {});
        return std::nullopt;
    }
    invocation.help = global.isSet(help);
    invocation.version = global.isSet(version);
    invocation.json = global.isSet(json);
    invocation.passwordStdin = global.isSet(passwordStdin);
    invocation.allowHttp = global.isSet(allowHttp);
    if (global.isSet(server))
        invocation.server = global.value(server);
    if (global.isSet(user))
        invocation.user = global.value(user);
    if (global.isSet(fingerprint)) {
        invocation.fingerprint = CertificateInfo::normalizeFingerprint(global.value(fingerprint));
        if (invocation.fingerprint.isEmpty()) {
            *error = QStringLiteral("--trust-fingerprint needs a SHA-256 fingerprint (64 hex digits), not '%1'")
                         .arg(global.value(fingerprint));
            return std::nullopt;
        }
    }
    if (global.isSet(timeout)) {
        bool ok = false;
        const double seconds = global.value(timeout).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600) {
            *error = QStringLiteral("--timeout needs seconds between 0 and 3600, not '%1'").arg(global.value(timeout));
            return std::nullopt;
        }
        invocation.timeoutMs = static_cast<int>(seconds * 1000);
    }
    if (invocation.version)
        return invocation;

    // The command: the longest run of words that names one.
    const QStringList rest = global.positionalArguments();
    const CommandSpec *spec = nullptr;
    qsizetype taken = 0;
    for (qsizetype take = 3; take >= 1 && !spec; --take) {
        if (take > rest.size())
            continue;
        spec = findSpec(rest.mid(0, take).join(QLatin1Char(' ')));
        if (spec)
            taken = take;
    }
    if (!spec) {
        if (invocation.help)
            return invocation;
        *error = !rest.isEmpty() ? QStringLiteral("unknown command '%1'").arg(rest.join(QLatin1Char(' ')))
                                 : QStringLiteral("no command given");
        return std::nullopt;
    }
    invocation.command = QLatin1String(spec->name);

    // The command's own options may come before, between or after its arguments.
    QCommandLineParser own;
    own.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    own.addOption(help);
    for (const QString &name : spec->valueOptions)
        own.addOption(QCommandLineOption(bare(name), QString(), QStringLiteral("VALUE")));
    for (const QString &name : spec->flagOptions)
        own.addOption(QCommandLineOption(bare(name)));
    if (!own.parse(QStringList{QStringLiteral("rasctl")} + rest.mid(taken))) {
        *error = explain(own, invocation.command);
        return std::nullopt;
    }
    invocation.help = invocation.help || own.isSet(help);
    for (const QString &name : spec->valueOptions) {
        if (own.isSet(bare(name)))
            invocation.options.insert(name, own.value(bare(name)));
    }
    for (const QString &name : spec->flagOptions) {
        if (own.isSet(bare(name)))
            invocation.flags.insert(name);
    }
    invocation.positional = own.positionalArguments();
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
        "  --json                    print the server's JSON instead of a table\n"
        "  --version                 print the version\n\n"
        "Options take their value as '--server URL' or '--server=URL'; '--' ends the options, so an\n"
        "argument that starts with '-' (a description, a name) can follow it.\n\n"
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
