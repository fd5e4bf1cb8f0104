#include "EmulatorOptions.h"
#include "QuitOnSignal.h"
#include "RasEmulatorServer.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ras-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RAS_VERSION));

    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))) {
        std::fputs(qPrintable(EmulatorOptions::usage()), stdout);
        return 0;
    }
    if (arguments.contains(QLatin1String("--version"))) {
        std::printf("ras-emulator %s\n", RAS_VERSION);
        return 0;
    }
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
