#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

// One rasctl command line, parsed and checked before anything touches the network.
struct RasctlInvocation
{
    // Global options (before the command).
    QString server;
    QString user;
    bool passwordStdin = false;
    bool allowHttp = false; // plain http:// to a host other than this machine
    QString fingerprint;
    int timeoutMs = 30000;
    qint64 maxAnswerBytes = 0; // $RAS_MAX_ANSWER_MB; 0: the client's default
    bool json = false;
    bool help = false;
    bool version = false;

    QString command;        // "brokers add", "policies connections list", ...
    QStringList positional; // the command's own arguments
    QHash<QString, QString> options; // "--site" -> "2"
    QSet<QString> flags;             // "--no-install"

    QString option(const char *name) const { return options.value(QLatin1String(name)); }
    bool hasOption(const char *name) const { return options.contains(QLatin1String(name)); }
    bool flag(const char *name) const { return flags.contains(QLatin1String(name)); }

    // Parses arguments (without the program name) and the RAS_SERVER / RAS_USER fallbacks.
    // Options take their value as "--site 2" or "--site=2"; "--" ends the options.
    static std::optional<RasctlInvocation> parse(const QStringList &arguments, QString *error);
    static QString usage();
    // The usage of one command ("brokers add"), or empty when unknown.
    static QString commandUsage(const QString &command);
};
