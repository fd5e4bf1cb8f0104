// ras-screenshots: the console on the demo farm, photographed page by page and dialog by dialog
// for the README (docs/*.png). Run it through scripts/screenshots.sh, which gives it a real X server.
#include "BrokerPropertiesDialog.h"
#include "BrokersPage.h"
#include "ConsoleActions.h"
#include "FarmController.h"
#include "GatewayPropertiesDialog.h"
#include "GatewaysPage.h"
#include "MainWindow.h"
#include "PoliciesPage.h"
#include "RasEmulatorServer.h"
#include "RecordTablePage.h"
#include "SecondaryConnectionsDialog.h"
#include "Translations.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QNetworkAccessManager>
#include <QPalette>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
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
    // Settings of its own, apart from the administrator's: photograph the defaults, not the last
    // run's column widths.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    // ras-screenshots [--lang CODE] [--dark] [DIRECTORY]: the console in that language (the .qm files
    // the build wrote); --dark: the Fusion style with a dark palette, to check that every colour reads.
    QStringList arguments = QApplication::arguments().mid(1);
    const bool dark = arguments.removeAll(QStringLiteral("--dark")) > 0;
    QString language = QStringLiteral("en");
    if (arguments.size() >= 2 && arguments.first() == QLatin1String("--lang")) {
        language = arguments.at(1);
        arguments = arguments.mid(2);
    }
    Translations::install(&app, language, QStringLiteral(RAS_QM_DIR));
    if (dark) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QPalette palette;
        palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        palette.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb4));
        palette.setColor(QPalette::HighlightedText, Qt::white);
        palette.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
        palette.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
        palette.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
        palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x90, 0x90, 0x90));
        palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x90, 0x90, 0x90));
        palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x90, 0x90, 0x90));
        QApplication::setPalette(palette);
    }
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
    controller.logOn(QStringLiteral("administrator"), options.password, nullptr, {});
    waitFor([&] { return loaded; });
    // A second status sample so "Updated" and the history look like a running console.
    settle(1200);
    controller.refreshAll();
    settle(800);

    bool ok = true;
    window.brokerPage()->table()->selectId(2);
    settle();
    ok &= save(&window, directory, QStringLiteral("brokers.png"));
    window.showGateways(0);
    window.gatewayPage()->table()->selectId(3);
    settle();
    ok &= save(&window, directory, QStringLiteral("gateways.png"));
    window.showPolicies();
    window.policyPage()->table()->selectId(2);
    settle();
    ok &= save(&window, directory, QStringLiteral("policies.png"));

    window.showBrokers(0);
    window.brokerPage()->table()->selectId(2);
    window.consoleActions().properties->trigger();
    settle();
    if (auto *dialog = window.findChild<BrokerPropertiesDialog *>()) {
        ok &= save(dialog, directory, QStringLiteral("broker-properties.png"));
        dialog->reject();
    }
    window.showGateways(0);
    window.gatewayPage()->table()->selectId(2);
    window.consoleActions().properties->trigger();
    settle();
    if (auto *dialog = window.findChild<GatewayPropertiesDialog *>()) {
        ok &= save(dialog, directory, QStringLiteral("gateway-properties.png"));
        dialog->reject();
    }
    window.showPolicies();
    window.policyPage()->table()->selectId(2);
    window.consoleActions().connections->trigger();
    settle(800);
    if (auto *dialog = window.findChild<SecondaryConnectionsDialog *>()) {
        ok &= save(dialog, directory, QStringLiteral("secondary-connections.png"));
        dialog->reject();
    }
    return ok ? 0 : 1;
}
