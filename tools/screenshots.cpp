// ras-screenshots: the console on the demo farm, photographed page by page and dialog by dialog
// for the README (docs/*.png). Run it through scripts/screenshots.sh, which gives it a real X server.
#include "BrokerPropertiesDialog.h"
#include "FarmController.h"
#include "GatewayPropertiesDialog.h"
#include "MainWindow.h"
#include "RasEmulatorServer.h"
#include "RecordTablePage.h"
#include "SecondaryConnectionsDialog.h"
#include "Translations.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <cstdio>

namespace {

void waitFor(const std::function<bool()> &condition, int timeoutMs = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

void settle(int ms = 400)
{
    waitFor([] { return false; }, ms);
}

bool save(QWidget *widget, const QString &directory, const QString &name)
{
    const QString path = QDir(directory).filePath(name);
    const bool saved = widget->grab().save(path);
    std::printf("%s %s\n", saved ? "wrote" : "FAILED", qPrintable(path));
    return saved;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("RAS Console Screenshots"));
    QSettings().clear(); // photograph the defaults, not the last run's column widths
    // ras-screenshots [--lang CODE] [DIRECTORY]: the console in that language (the .qm files the build wrote).
    QStringList arguments = QApplication::arguments().mid(1);
    QString language = QStringLiteral("en");
    if (arguments.size() >= 2 && arguments.first() == QLatin1String("--lang")) {
        language = arguments.at(1);
        arguments = arguments.mid(2);
    }
    Translations::install(&app, language, QStringLiteral(RAS_QM_DIR));
    const QString directory = arguments.isEmpty() ? QStringLiteral("docs") : arguments.first();
    QDir().mkpath(directory);

    EmulatorOptions options;
    options.port = 0;
    options.password = QStringLiteral("screenshots");
    RasEmulatorServer server(options);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QNetworkAccessManager manager;
    FarmController controller(&manager);
    controller.setServer(server.url(), &error);
    MainWindow window(&controller, false);
    window.resize(1360, 820);
    window.show();
    bool loaded = false;
    QObject::connect(&controller, &FarmController::loaded, &window, [&loaded] { loaded = true; });
    controller.logOn(QStringLiteral("administrator"), options.password);
    waitFor([&] { return loaded; });
    // A second status sample so "Updated" and the history look like a running console.
    settle(1200);
    controller.refreshAll();
    settle(800);

    bool ok = true;
    window.brokerPage()->selectId(2);
    settle();
    ok &= save(&window, directory, QStringLiteral("brokers.png"));
    window.showGateways(0);
    window.gatewayPage()->selectId(3);
    settle();
    ok &= save(&window, directory, QStringLiteral("gateways.png"));
    window.showPolicies();
    window.policyPage()->selectId(2);
    settle();
    ok &= save(&window, directory, QStringLiteral("policies.png"));

    window.showBrokers(0);
    window.brokerPage()->selectId(2);
    window.action(QStringLiteral("properties"))->trigger();
    settle();
    if (auto *dialog = window.findChild<BrokerPropertiesDialog *>()) {
        ok &= save(dialog, directory, QStringLiteral("broker-properties.png"));
        dialog->reject();
    }
    window.showGateways(0);
    window.gatewayPage()->selectId(2);
    window.action(QStringLiteral("properties"))->trigger();
    settle();
    if (auto *dialog = window.findChild<GatewayPropertiesDialog *>()) {
        ok &= save(dialog, directory, QStringLiteral("gateway-properties.png"));
        dialog->reject();
    }
    window.showPolicies();
    window.policyPage()->selectId(2);
    window.action(QStringLiteral("connections"))->trigger();
    settle(800);
    if (auto *dialog = window.findChild<SecondaryConnectionsDialog *>()) {
        ok &= save(dialog, directory, QStringLiteral("secondary-connections.png"));
        dialog->reject();
    }
    return ok ? 0 : 1;
}
