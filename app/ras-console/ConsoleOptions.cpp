#include "ConsoleOptions.h"

std::optional<ConsoleOptions> ConsoleOptions::parse(const QStringList &arguments, QString *error)
{
    ConsoleOptions options;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        auto value = [&]() -> std::optional<QString> {
            if (i + 1 >= arguments.size()) {
                *error = QStringLiteral("%1 needs a value").arg(arg);
                return std::nullopt;
            }
            return arguments.at(++i);
        };
        if (arg == QLatin1String("--demo")) {
            options.demo = true;
        } else if (arg == QLatin1String("--read-only")) {
            options.readOnly = true;
        } else if (arg == QLatin1String("--exit-after-load")) {
            options.exitAfterLoad = true;
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            options.help = true;
        } else if (arg == QLatin1String("--demo-seed") || arg == QLatin1String("--server") || arg == QLatin1String("--user")
                   || arg == QLatin1String("--lang")) {
            const auto v = value();
            if (!v)
                return std::nullopt;
            if (arg == QLatin1String("--demo-seed"))
                options.demoSeed = *v;
            else if (arg == QLatin1String("--server"))
                options.server = *v;
            else if (arg == QLatin1String("--user"))
                options.user = *v;
            else
                options.language = *v;
        } else if (arg.startsWith(QLatin1Char('-')) && arg != QLatin1String("-platform")) {
            *error = QStringLiteral("unknown option '%1'").arg(arg);
            return std::nullopt;
        }
    }
    if (options.demoSeed != QLatin1String("demo") && !options.demoSeed.startsWith(QLatin1String("large:"))) {
        *error = QStringLiteral("--demo-seed is demo or large:N, not '%1'").arg(options.demoSeed);
        return std::nullopt;
    }
    return options;
}

QString ConsoleOptions::usage()
{
    return QStringLiteral(
        "Usage: ras-console [--demo] [--demo-seed demo|large:N] [--server URL] [--user NAME] [--read-only]\n"
        "                   [--lang CODE] [--exit-after-load]\n\n"
        "  --demo              run on a built-in demo farm (an emulated RAS server inside the console)\n"
        "  --demo-seed SPEC    the demo farm: demo (default) or large:N\n"
        "  --server URL        the RAS Web Administration Service (host, host:port or URL; https, port 20443)\n"
        "  --user NAME         administrator account\n"
        "  --read-only         helpdesk mode: nothing can be changed\n"
        "  --lang CODE         user interface language (default: the system's)\n"
        "  --exit-after-load   log on, load every page once, print timings as one JSON line and exit\n"
        "                      (the password comes from RAS_PASSWORD unless --demo)\n");
}
