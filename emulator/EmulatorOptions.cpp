#include "EmulatorOptions.h"

#include <QCommandLineParser>
#include <QHostAddress>

namespace {

bool toInt(const QString &option, const QString &text, int min, int max, int *out, QString *error)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < min || value > max) {
        *error = QStringLiteral("--%1 needs a whole number between %2 and %3, not '%4'").arg(option).arg(min).arg(max).arg(text);
        return false;
    }
    *out = value;
    return true;
}

} // namespace

std::optional<EmulatorOptions> EmulatorOptions::fromArguments(const QStringList &arguments, QString *error)
{
    EmulatorOptions options;
    options.password = QString::fromLocal8Bit(qgetenv("RAS_EMULATOR_PASSWORD"));
    options.passwordGiven = !options.password.isEmpty();
    if (options.password.isEmpty())
        options.password = QStringLiteral("RasAdmin1!");

    // Values as "--port 0" or "--port=0"; "--" ends the options (the emulator takes no arguments).
    QCommandLineParser parser;
    auto valued = [](const char *name) { return QCommandLineOption(QLatin1String(name), QString(), QStringLiteral("VALUE")); };
    const QCommandLineOption host = valued("host"), port = valued("port"), user = valued("user"), password = valued("password"),
                             seed = valued("seed"), latency = valued("latency-ms"), idle = valued("token-idle-s"),
                             failRate = valued("fail-rate"), cert = valued("cert"), key = valued("key"),
                             rasVersion = valued("ras-version"), role = valued("role");
    const QCommandLineOption tls(QStringLiteral("tls"));
    const QCommandLineOption log(QStringLiteral("log"));
    parser.addOptions({host, port, user, password, seed, latency, idle, failRate, cert, key, rasVersion, role, tls, log});
    if (!parser.parse(QStringList{QStringLiteral("ras-emulator")} + arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first());
        return std::nullopt;
    }
    options.tls = parser.isSet(tls);
    options.logRequests = parser.isSet(log);
    if (parser.isSet(host))
        options.host = parser.value(host);
    if (parser.isSet(user))
        options.user = parser.value(user);
    if (parser.isSet(password)) {
        options.password = parser.value(password);
        if (options.password.isEmpty()) {
            *error = QStringLiteral("--password must not be empty");
            return std::nullopt;
        }
        options.passwordGiven = true;
    }
    if (parser.isSet(seed))
        options.seed = parser.value(seed);
    options.certFile = parser.value(cert);
    options.keyFile = parser.value(key);
    if (parser.isSet(port) && !toInt(QStringLiteral("port"), parser.value(port), 0, 65535, &options.port, error))
        return std::nullopt;
    if (parser.isSet(latency)
        && !toInt(QStringLiteral("latency-ms"), parser.value(latency), 0, 600000, &options.latencyMs, error))
        return std::nullopt;
    if (parser.isSet(idle)
        && !toInt(QStringLiteral("token-idle-s"), parser.value(idle), 0, 86400 * 30, &options.tokenIdleSeconds, error))
        return std::nullopt;
    if (parser.isSet(failRate)) {
        bool ok = false;
        options.failRate = parser.value(failRate).toDouble(&ok);
        if (!ok || options.failRate < 0.0 || options.failRate > 1.0) {
            *error = QStringLiteral("--fail-rate needs a fraction between 0 and 1, not '%1'").arg(parser.value(failRate));
            return std::nullopt;
        }
    }
    if (parser.isSet(rasVersion)) {
        const QString value = parser.value(rasVersion);
        if (value != QLatin1String("20") && value != QLatin1String("21")) {
            *error = QStringLiteral("--ras-version is 20 or 21, not '%1'").arg(value);
            return std::nullopt;
        }
        options.rasVersion = value.toInt();
    }
    if (parser.isSet(role)) {
        const QString value = parser.value(role);
        if (value == QLatin1String("root")) {
            options.role = Role::Root;
        } else if (value == QLatin1String("power")) {
            options.role = Role::Power;
        } else if (value == QLatin1String("custom-viewer")) {
            options.role = Role::CustomViewer;
        } else if (value == QLatin1String("custom-mixed")) {
            options.role = Role::CustomMixed;
        } else {
            *error = QStringLiteral("--role is root, power, custom-viewer or custom-mixed, not '%1'").arg(value);
            return std::nullopt;
        }
    }
    if (options.user.isEmpty()) {
        *error = QStringLiteral("--user must not be empty");
        return std::nullopt;
    }
    if (options.tls && (options.certFile.isEmpty() || options.keyFile.isEmpty())) {
        *error = QStringLiteral("--tls needs --cert FILE and --key FILE (PEM)");
        return std::nullopt;
    }
    if (!options.tls && (!options.certFile.isEmpty() || !options.keyFile.isEmpty())) {
        *error = QStringLiteral("--cert and --key are only used with --tls");
        return std::nullopt;
    }
    // Reachable from other machines: no plain HTTP (the password would cross the network in
    // clear) and no documented default password.
    const QHostAddress address(options.host);
    const bool loopback = options.host == QLatin1String("localhost") || (!address.isNull() && address.isLoopback());
    if (!loopback && !options.tls) {
        *error = QStringLiteral("--host %1 is reachable from other machines: it needs --tls --cert FILE --key FILE")
                     .arg(options.host);
        return std::nullopt;
    }
    if (!loopback && !options.passwordGiven) {
        *error = QStringLiteral("--host %1 is reachable from other machines: give a password of your own with "
                                "--password or RAS_EMULATOR_PASSWORD")
                     .arg(options.host);
        return std::nullopt;
    }
    return options;
}

QString EmulatorOptions::usage()
{
    return QStringLiteral(
        "Usage: ras-emulator [options]\n"
        "A Parallels RAS REST API v1.0 server that keeps a farm in memory.\n\n"
        "  --host ADDRESS       address to listen on (default 127.0.0.1); any other than loopback\n"
        "                       needs --tls and a password of your own\n"
        "  --port N             port, 0 picks a free one (default 20443)\n"
        "  --user NAME          administrator user name (default administrator)\n"
        "  --password PW        administrator password (default: $RAS_EMULATOR_PASSWORD, else RasAdmin1!)\n"
        "  --seed SPEC          demo | empty | large:N (default demo)\n"
        "  --latency-ms N       delay every answer by N ms\n"
        "  --fail-rate P        turn a fraction P of requests into a 500, a dropped connection,\n"
        "                       a stall or malformed JSON\n"
        "  --token-idle-s N     end sessions idle for N seconds (default 1800; 0: never)\n"
        "  --tls --cert F --key F   serve HTTPS with a PEM certificate and key\n"
        "  --ras-version 20|21  the RAS release to behave like (default 20); 21 takes broker\n"
        "                       writes only under api/ConnectionBroker, as its guide lists them\n"
        "  --role ROLE          what the account is: root (default), power, custom-viewer (a\n"
        "                       custom administrator who may only view; writes answer 403) or\n"
        "                       custom-mixed (may view brokers, manage gateways, not see client\n"
        "                       policies; what it may not do answers 403)\n"
        "  --log                print one line per request on stderr (never tokens or passwords)\n"
        "  --version            print the version\n"
        "  --help               show this text\n\n"
        "Values follow as '--port 0' or '--port=0'.\n"
        "The first line on stdout is \"listening on http(s)://HOST:PORT\".\n"
        "Limits: headers 32 KB (else 431), bodies 1 MB (else 413), a request must arrive within 10 s,\n"
        "idle connections close after 30 s, 5 failed log-ons per address then 429 with Retry-After.\n");
}
