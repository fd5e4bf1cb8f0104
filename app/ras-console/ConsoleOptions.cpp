#include "ConsoleOptions.h"

#include <QCommandLineParser>

std::optional<ConsoleOptions> ConsoleOptions::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption demo(QStringLiteral("demo"));
    const QCommandLineOption demoSeed(QStringLiteral("demo-seed"), QString(), QStringLiteral("SPEC"));
    const QCommandLineOption server(QStringLiteral("server"), QString(), QStringLiteral("URL"));
    const QCommandLineOption user(QStringLiteral("user"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption readOnly(QStringLiteral("read-only"));
    const QCommandLineOption language(QStringLiteral("lang"), QString(), QStringLiteral("CODE"));
    const QCommandLineOption exitAfterLoad(QStringLiteral("exit-after-load"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringLiteral("version"));
    // Qt's own options, in case the platform plugin left one in place: accepted, not ours to check.
    QCommandLineOption platform(QStringLiteral("platform"), QString(), QStringLiteral("NAME"));
    platform.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({demo, demoSeed, server, user, readOnly, language, exitAfterLoad, help, version, platform});
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first());
        return std::nullopt;
    }
    ConsoleOptions options;
    options.demo = parser.isSet(demo);
    if (parser.isSet(demoSeed))
        options.demoSeed = parser.value(demoSeed);
    options.server = parser.value(server);
    options.user = parser.value(user);
    options.readOnly = parser.isSet(readOnly);
    options.language = parser.value(language);
    options.exitAfterLoad = parser.isSet(exitAfterLoad);
    options.help = parser.isSet(help);
    options.version = parser.isSet(version);
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
        "                      (the password comes from RAS_PASSWORD unless --demo)\n"
        "  --version           print the version\n"
        "  --help              show this text\n\n"
        "Options take their value as '--server URL' or '--server=URL'.\n");
}
