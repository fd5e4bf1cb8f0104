#include "PasswordPrompt.h"
#include "ProcessHardening.h"
#include "RasctlInvocation.h"
#include "RasctlRunner.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <cstdio>

int main(int argc, char *argv[])
{
    // Before any secret is read: no core dump of this process may hold the password or the token.
    ProcessHardening::makeNonDumpable();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rasctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RAS_VERSION));

    QString error;
    const auto invocation = RasctlInvocation::parse(QCoreApplication::arguments().mid(1), &error);
    if (!invocation) {
        std::fprintf(stderr, "rasctl: %s\nTry 'rasctl --help'.\n", qPrintable(error));
        return RasctlRunner::BadInput;
    }
    if (invocation->version) {
        std::printf("rasctl %s\n", RAS_VERSION);
        return 0;
    }
    if (invocation->help) {
        const QString usage = invocation->command.isEmpty() ? RasctlInvocation::usage()
                                                            : RasctlInvocation::commandUsage(invocation->command);
        std::fputs(usage.toUtf8().constData(), stdout);
        return 0;
    }

    QNetworkAccessManager manager;
    RasctlRunner runner(*invocation, &manager);
    if (!runner.prepare(&error)) {
        std::fprintf(stderr, "rasctl: %s\n", qPrintable(error));
        return RasctlRunner::BadInput;
    }

    QString password;
    if (invocation->passwordStdin) {
        password = PasswordPrompt::readStdinLine();
    } else if (QProcessEnvironment::systemEnvironment().contains(QStringLiteral("RAS_PASSWORD"))) {
        password = QProcessEnvironment::systemEnvironment().value(QStringLiteral("RAS_PASSWORD"));
    } else if (const auto typed = PasswordPrompt::ask(QStringLiteral("Password: "))) {
        password = *typed;
    } else {
        std::fputs("rasctl: no password: use --password-stdin or set RAS_PASSWORD\n", stderr);
        return RasctlRunner::BadInput;
    }

    QObject::connect(&runner, &RasctlRunner::finished, &app, [](int code) { QCoreApplication::exit(code); });
    runner.start(password);
    // The client keeps its own copy only until log-on; this one is no longer needed.
    password.fill(QLatin1Char('\0'));
    password.clear();
    return app.exec();
}
