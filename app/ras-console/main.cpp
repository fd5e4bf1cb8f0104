#include "ConsoleOptions.h"
#include "FarmController.h"
#include "LogonDialog.h"
#include "LogonFlow.h"
#include "MainWindow.h"
#include "ParentConsole.h"
#include "ProcessHardening.h"
#include "PasswordStore.h"
#include "ProcessMemory.h"
#include "RasEmulatorServer.h"
#include "ServerAddress.h"
#include "TimeFormat.h"
#include "Translations.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QIcon>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <cstdio>
#include <memory>

namespace {

QString randomPassword()
{
    return QString::number(QRandomGenerator::system()->generate64(), 36);
}

} // namespace

int main(int argc, char *argv[])
{
    ParentConsole::attach();
    // The password and the session token live in this process's memory: keep them out of core dumps.
    ProcessHardening::makeNonDumpable();
    // Before anything large is allocated: a farm's answers, decoder buffers and record lists go back
    // to the system when freed instead of staying resident in the C library's heaps.
    ProcessMemory::mapLargeBlocksApart();
    TimeFormat::readLocalTimeZoneOnce();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ras-console"));
    QApplication::setOrganizationName(QStringLiteral("RAS Console"));
    QApplication::setApplicationVersion(QStringLiteral(RAS_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/ras-console.svg")));

    QString error;
    const auto options = ConsoleOptions::parse(QApplication::arguments(), &error);
    if (!options) {
        std::fprintf(stderr, "ras-console: %s\n%s", qPrintable(error), qPrintable(ConsoleOptions::usage()));
        return 2;
    }
    if (options->help) {
        std::fputs(qPrintable(ConsoleOptions::usage()), stdout);
        return 0;
    }
    if (options->version) {
        std::printf("ras-console %s\n", RAS_VERSION);
        return 0;
    }
    Translations::install(&app, options->language, QStringLiteral(":/i18n"));

    QElapsedTimer sinceStart;
    sinceStart.start();

    // --demo: the emulator runs inside the console on a free loopback port with a throw-away password.
    std::unique_ptr<RasEmulatorServer> demoServer;
    QString server = options->server;
    QString user = options->user.isEmpty() ? QStringLiteral("administrator") : options->user;
    QString password;
    if (options->demo) {
        EmulatorOptions emulator;
        emulator.port = 0;
        emulator.seed = options->demoSeed;
        emulator.user = user;
        emulator.password = randomPassword();
        demoServer = std::make_unique<RasEmulatorServer>(emulator);
        if (!demoServer->start(&error)) {
            std::fprintf(stderr, "ras-console: the demo farm could not start: %s\n", qPrintable(error));
            return 1;
        }
        server = demoServer->url();
        password = emulator.password;
    } else {
        password = QProcessEnvironment::systemEnvironment().value(QStringLiteral("RAS_PASSWORD"));
    }

    QNetworkAccessManager manager;
    FarmController controller(&manager);
    MainWindow window(&controller, options->readOnly);

    PasswordStore passwords;
    if (options->exitAfterLoad) {
        if (server.isEmpty()) {
            std::fputs("ras-console: --exit-after-load needs --demo or --server\n", stderr);
            return 2;
        }
        if (!controller.setServer(server, &error)) {
            std::fprintf(stderr, "ras-console: %s\n", qPrintable(error));
            return 2;
        }
        qint64 logonMs = 0;
        auto logOn = [&](const QString &logonPassword) {
            controller.logOn(user, logonPassword, &app, [&](const RasResult<SessionInfo> &session) {
                if (!session) {
                    std::fprintf(stderr, "ras-console: log-on failed: %s\n", qPrintable(session.error().toString()));
                    QCoreApplication::exit(session.error().kind == RasError::Kind::Unauthorized ? 4 : 3);
                    return;
                }
                logonMs = sinceStart.elapsed();
            });
        };
        QObject::connect(&controller, &FarmController::loaded, &app, [&](const FarmSnapshot &snapshot) {
            std::printf("{\"logonMs\":%lld,\"loadedMs\":%lld,\"requests\":%lld,\"rows\":{\"brokers\":%d,\"gateways\":%d,"
                        "\"policies\":%d}}\n",
                        static_cast<long long>(logonMs), static_cast<long long>(sinceStart.elapsed()),
                        static_cast<long long>(controller.client()->requestCount()), controller.brokers()->rowCount(),
                        controller.gateways()->rowCount(), controller.policies()->rowCount());
            std::fflush(stdout);
            if (!snapshot.complete()) {
                // One line saying why, so a script sees more than the exit code.
                const QList<RasError> errors = snapshot.errors();
                std::fprintf(stderr, "ras-console: the farm could not be loaded completely: %s\n",
                             qPrintable(errors.first().toString().simplified()));
            }
            QCoreApplication::exit(snapshot.complete() ? 0 : 1);
        });
        window.show();
        if (!password.isEmpty()) {
            logOn(password);
        } else {
            // Neither --demo nor RAS_PASSWORD: the keychain is the last place a password may be.
            passwords.read(PasswordStore::keyFor(user, ServerAddress::key(controller.client()->baseUrl())),
                           [logOn](bool found, const QString &stored) {
                               if (!found) {
                                   std::fputs("ras-console: no password: set RAS_PASSWORD or remember it in the "
                                              "keychain from the log-on dialog\n", stderr);
                                   QCoreApplication::exit(2);
                                   return;
                               }
                               logOn(stored);
                           });
        }
        return app.exec();
    }

    if (!server.isEmpty() && !password.isEmpty()) {
        if (!controller.setServer(server, &error)) {
            std::fprintf(stderr, "ras-console: %s\n", qPrintable(error));
            return 2;
        }
        controller.logOn(user, password, &window, [&window](const RasResult<SessionInfo> &session) {
            if (!session)
                QMessageBox::critical(&window, QObject::tr("Log-on failed"), session.error().toString());
        });
        window.show();
        return app.exec();
    }

    // Interactive log-on: the dialog stays open with what was typed until the server says yes.
    LogonDialog logon;
    if (!server.isEmpty())
        logon.setServer(server);
    if (!options->user.isEmpty())
        logon.setUser(options->user);
    LogonFlow flow(&controller, &logon, &passwords);
    if (logon.exec() != QDialog::Accepted)
        return 0;
    window.show();
    return app.exec();
}
