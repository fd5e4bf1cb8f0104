#include "EmulatorOptions.h"
#include "QuitOnSignal.h"
#include "RasEmulatorServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ras-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RAS_VERSION));

    // --help and --version answer before anything else is checked, wherever they stand.
    QCommandLineParser first;
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringLiteral("version"));
    first.addOptions({help, version});
    [[maybe_unused]] const bool known = first.parse(QCoreApplication::arguments()); // the rest is EmulatorOptions' to judge
    if (first.isSet(help)) {
        std::fputs(qPrintable(EmulatorOptions::usage()), stdout);
        return 0;
    }
    if (first.isSet(version)) {
        std::printf("ras-emulator %s\n", RAS_VERSION);
        return 0;
    }
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    QString error;
    const auto options = EmulatorOptions::fromArguments(arguments, &error);
    if (!options) {
        std::fprintf(stderr, "ras-emulator: %s\n%s", qPrintable(error), qPrintable(EmulatorOptions::usage()));
        return 2;
    }

    RasEmulatorServer server(*options);
    if (!server.start(&error)) {
        std::fprintf(stderr, "ras-emulator: %s\n", qPrintable(error));
        return 1;
    }
    QuitOnSignal quitOnSignal;
    // The first stdout line is a contract: tests and scripts read the URL from it.
    std::printf("listening on %s\n", qPrintable(server.url()));
    std::fflush(stdout);
    const int status = app.exec();
    std::fprintf(stderr, "ras-emulator: stopped after %lld requests\n", static_cast<long long>(server.requestCount()));
    return status;
}
