#pragma once

#include <QString>
#include <QStringList>
#include <optional>

// The ras-console command line (see README).
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

    static std::optional<ConsoleOptions> parse(const QStringList &arguments, QString *error);
    static QString usage();
};
