#include "EmulatorOptions.h"

namespace {

bool takeValue(const QStringList &arguments, int *i, QString *value, QString *error)
{
    const QString &option = arguments.at(*i);
    if (*i + 1 >= arguments.size()) {
        *error = QStringLiteral("%1 needs a value").arg(option);
        return false;
    }
    *value = arguments.at(++*i);
    return true;
}

bool toInt(const QString &option, const QString &text, int min, int max, int *out, QString *error)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < min || value > max) {
        *error = QStringLiteral("%1 needs a whole number between %2 and %3, not '%4'").arg(option).arg(min).arg(max).arg(text);
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
    if (options.password.isEmpty())
        options.password = QStringLiteral("RasAdmin1!");
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        QString value;
        if (arg == QLatin1String("--tls")) {
            options.tls = true;
        } else if (arg == QLatin1String("--log")) {
            options.logRequests = true;
        } else if (arg == QLatin1String("--host")) {
            if (!takeValue(arguments, &i, &options.host, error))
                return std::nullopt;
        } else if (arg == QLatin1String("--port")) {
            if (!takeValue(arguments, &i, &value, error) || !toInt(arg, value, 0, 65535, &options.port, error))
                return std::nullopt;
        } else if (arg == QLatin1String("--user")) {
            if (!takeValue(arguments, &i, &options.user, error))
                return std::nullopt;
        } else if (arg == QLatin1String("--password")) {
            if (!takeValue(arguments, &i, &options.password, error))
                return std::nullopt;
        } else if (arg == QLatin1String("--seed")) {
            if (!takeValue(arguments, &i, &options.seed, error))
                return std::nullopt;
        } else if (arg == QLatin1String("--latency-ms")) {
            if (!takeValue(arguments, &i, &value, error) || !toInt(arg, value, 0, 600000, &options.latencyMs, error))
                return std::nullopt;
        } else if (arg == QLatin1String("--token-idle-s")) {
            if (!takeValue(arguments, &i, &value, error)
                || !toInt(arg, value, 0, 86400 * 30, &options.tokenIdleSeconds, error))
                return std::nullopt;
        } else if (arg == QLatin1String("--fail-rate")) {
            if (!takeValue(arguments, &i, &value, error))
                return std::nullopt;
            bool ok = false;
            options.failRate = value.toDouble(&ok);
            if (!ok || options.failRate < 0.0 || options.failRate > 1.0) {
                *error = QStringLiteral("--fail-rate needs a fraction between 0 and 1, not '%1'").arg(value);
                return std::nullopt;
            }
        } else if (arg == QLatin1String("--ras-version")) {
            if (!takeValue(arguments, &i, &value, error))
                return std::nullopt;
            if (value != QLatin1String("20") && value != QLatin1String("21")) {
                *error = QStringLiteral("--ras-version is 20 or 21, not '%1'").arg(value);
                return std::nullopt;
            }
            options.rasVersion = value.toInt();
        } else if (arg == QLatin1String("--role")) {
            if (!takeValue(arguments, &i, &value, error))
                return std::nullopt;
            if (value == QLatin1String("root"))
                options.role = Role::Root;
            else if (value == QLatin1String("power"))
                options.role = Role::Power;
            else if (value == QLatin1String("custom-viewer"))
                options.role = Role::CustomViewer;
            else {
                *error = QStringLiteral("--role is root, power or custom-viewer, not '%1'").arg(value);
                return std::nullopt;
            }
        } else if (arg == QLatin1String("--cert")) {
            if (!takeValue(arguments, &i, &options.certFile, error))
                return std::nullopt;
        } else if (arg == QLatin1String("--key")) {
            if (!takeValue(arguments, &i, &options.keyFile, error))
                return std::nullopt;
        } else {
            *error = QStringLiteral("unknown option '%1'").arg(arg);
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
    return options;
}

QString EmulatorOptions::usage()
{
    return QStringLiteral(
        "Usage: ras-emulator [options]\n"
        "A Parallels RAS REST API v1.0 server that keeps a farm in memory.\n\n"
        "  --host ADDRESS       address to listen on (default 127.0.0.1)\n"
        "  --port N             port, 0 picks a free one (default 20443)\n"
        "  --user NAME          administrator user name (default administrator)\n"
        "  --password PW        administrator password (default: $RAS_EMULATOR_PASSWORD, else RasAdmin1!)\n"
        "  --seed SPEC          demo | empty | large:N (default demo)\n"
        "  --latency-ms N       delay every answer by N ms\n"
        "  --fail-rate P        turn a fraction P of requests into a 500, a dropped connection,\n"
        "                       a stall or malformed JSON\n"
        "  --token-idle-s N     end sessions idle for N seconds (default: never)\n"
        "  --tls --cert F --key F   serve HTTPS with a PEM certificate and key\n"
        "  --ras-version 20|21  the RAS release to behave like (default 20); 21 takes broker\n"
        "                       writes only under api/ConnectionBroker, as its guide lists them\n"
        "  --role ROLE          what the account is: root (default), power, or custom-viewer\n"
        "                       (a custom administrator who may only view; writes answer 403)\n"
        "  --log                print one line per request on stderr (never tokens or passwords)\n"
        "  --help               show this text\n\n"
        "The first line on stdout is \"listening on http(s)://HOST:PORT\".\n");
}
