#pragma once

#include <QString>
#include <QStringList>
#include <optional>

// The ras-console command line (see README). Options take their value as "--server URL" or
// "--server=URL"; "--" ends the options.
struct ConsoleOptions
{
    bool demo = false;
    QString demoSeed = QStringLiteral("demo");
    QString server;
    QString user;
    bool readOnly = false;
    QString language;
    bool exitAfterLoad = false;
    bool help = false;
    bool version = false;

    // arguments as the program got them, its name first. nullopt with error on bad usage.
    static std::optional<ConsoleOptions> parse(const QStringList &arguments, QString *error);
    static QString usage();
};
