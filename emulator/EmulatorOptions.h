#pragma once

#include "ConnectionGuard.h"

#include <QString>
#include <QStringList>
#include <optional>

// The ras-emulator command line (see README), shared by the program and by the console's demo mode.
struct EmulatorOptions
{
    // What Session/CurrentAdminPermissions says the main account is, and what it may do.
    enum class Role { Root, Power, CustomViewer, CustomMixed };

    QString host = QStringLiteral("127.0.0.1");
    int port = 20443; // 0: any free port
    QString user = QStringLiteral("administrator");
    QString password;
    bool passwordGiven = false; // --password or $RAS_EMULATOR_PASSWORD, not the documented default
    QString seed = QStringLiteral("demo");
    int latencyMs = 0;
    double failRate = 0.0;
    static constexpr int kDefaultTokenIdleSeconds = 30 * 60;
    int tokenIdleSeconds = kDefaultTokenIdleSeconds; // 0: tokens never expire
    bool tls = false;
    QString certFile;
    QString keyFile;
    bool logRequests = false;
    int rasVersion = 20; // 21: broker writes only under api/ConnectionBroker
    Role role = Role::Root;
    ConnectionLimits limits; // not on the command line: the defaults suit every use; tests lower them

    // Parses the arguments after the program name. On a usage error returns nullopt and sets error.
    static std::optional<EmulatorOptions> fromArguments(const QStringList &arguments, QString *error);
    static QString usage();
};
