// ras-gallery: every dialog of the console, fresh and with a long message, photographed for a review
// of layout and translations (run under a real X server; pick the language with --lang and the scale
// with QT_SCALE_FACTOR). Usage: ras-gallery OUTDIR [--lang de|fr]
#include "BrokerAddDialog.h"
#include "BrokerPropertiesDialog.h"
#include "FarmController.h"
#include "GatewayAddDialog.h"
#include "GatewayNames.h"
#include "GatewayPropertiesDialog.h"
#include "LogonDialog.h"
#include "PolicyDialog.h"
#include "RasEmulatorServer.h"
#include "SecondaryConnectionsDialog.h"
#include "SiteModel.h"
#include "Translations.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTabWidget>
#include <cstdio>

namespace {

void settle(int ms = 300)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

bool save(QWidget *widget, const QString &path)
{
    const bool saved = widget->grab().save(path);
    std::printf("%s %s\n", saved ? "wrote" : "FAILED", qPrintable(path));
    return saved;
}

// Every tab of a dialog, as opened and then with a long refusal shown.
bool photograph(QDialog *dialog, const QString &directory, const QString &name, const std::function<void()> &showMessage)
{
    bool ok = true;
    dialog->show();
    settle();
    const auto shootTabs = [&](const QString &suffix) {
        QTabWidget *tabs = dialog->findChild<QTabWidget *>();
        const int count = tabs ? tabs->count() : 1;
        for (int tab = 0; tab < count; ++tab) {
            if (tabs)
                tabs->setCurrentIndex(tab);
            settle(100);
            const QString file = count > 1 ? QStringLiteral("%1-%2-tab%3.png").arg(name, suffix).arg(tab)
                                           : QStringLiteral("%1-%2.png").arg(name, suffix);
            ok &= save(dialog, QDir(directory).filePath(file));
        }
        if (tabs)
            tabs->setCurrentIndex(0);
    };
    shootTabs(QStringLiteral("fresh"));
    showMessage();
    settle();
    shootTabs(QStringLiteral("message"));
    dialog->close();
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("RAS Console Gallery"));
    QSettings().clear();
    const QStringList arguments = QApplication::arguments().mid(1);
    const QString directory = arguments.value(0, QStringLiteral("gallery"));
    const int langAt = static_cast<int>(arguments.indexOf(QStringLiteral("--lang")));
    const QString language = langAt >= 0 ? arguments.value(langAt + 1) : QString();
    QDir().mkpath(directory);
    // The console's own installation of its and Qt's translations, from the build's .qm files.
    if (!language.isEmpty() && !Translations::install(&app, language, QStringLiteral(RAS_QM_DIR)).console)
        std::fprintf(stderr, "no translation for %s in %s\n", qPrintable(language), RAS_QM_DIR);

    EmulatorOptions options;
    options.port = 0;
    options.password = QStringLiteral("gallery");
    RasEmulatorServer server(options);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QNetworkAccessManager manager;
    FarmController controller(&manager);
    controller.setAutoRefreshSeconds(0);
    controller.setServer(server.url(), &error);
    bool loaded = false;
    QObject::connect(&controller, &FarmController::loaded, &app, [&loaded] { loaded = true; });
    controller.logOn(QStringLiteral("administrator"), options.password, &app, [](const RasResult<SessionInfo> &) {});
    for (int i = 0; i < 100 && !loaded; ++i)
        settle(100);

    const QString refusal = QStringLiteral(
        "The server refused the change: the address 10.0.0.300 is not valid for this Site, and the Site's licensing "
        "server could not be reached to check it (https://ras-licensing.corp.example.com:20443).");
    bool ok = true;
    {
        LogonDialog dialog;
        dialog.setServer(QStringLiteral("ras.corp.example.com"));
        ok &= photograph(&dialog, directory, QStringLiteral("logon"), [&dialog] {
            dialog.showError(QStringLiteral(
                "The server presented a different certificate than the one trusted for it (SHA-256 "
                "3A:9F:1C:77:0B:E4:52:6D:88:A1:C3:5E:0F:94:27:DB:61:7A:C8:3E:B5:0D:12:F6:49:AE:80:3C:D7:65:1B:E2). The "
                "connection was refused.\nIf the certificate was replaced on purpose, choose \"Forget trusted "
                "certificate\" and log on again."));
            dialog.setCertificatePinned(true);
        });
    }
    const auto refuse = [&refusal](OperationDialog *dialog) { return [dialog, &refusal] { dialog->showError(refusal); }; };
    {
        BrokerAddDialog dialog(controller.sites(), 1);
        ok &= photograph(&dialog, directory, QStringLiteral("broker-add"), refuse(&dialog));
    }
    {
        GatewayAddDialog dialog(controller.sites(), 1,
                                GatewayNames::gather(1, *controller.sites(), *controller.brokers(), *controller.gateways())
                                    .farmGateways);
        ok &= photograph(&dialog, directory, QStringLiteral("gateway-add"), refuse(&dialog));
    }
    if (const ClientPolicy *policy = controller.policies()->policyAt(0)) {
        PolicyDialog dialog(policy, false);
        ok &= photograph(&dialog, directory, QStringLiteral("policy-properties"), refuse(&dialog));
        SecondaryConnectionsDialog connections(&controller, policy->id, policy->name, false, {});
        ok &= photograph(&connections, directory, QStringLiteral("secondary-connections"), [] {});
    }
    if (const Broker *broker = controller.brokers()->brokerAt(1)) {
        BrokerPropertiesDialog dialog(*broker, false);
        dialog.setAgentStatus(controller.brokers()->statusOf(broker->id));
        ok &= photograph(&dialog, directory, QStringLiteral("broker-properties"), refuse(&dialog));
    }
    // A gateway in normal mode and one that forwards (the demo farm's fourth).
    for (const int row : {0, 3}) {
        const Gateway *gateway = controller.gateways()->gatewayAt(row);
        if (!gateway)
            continue;
        GatewayPropertiesDialog dialog(*gateway,
                                       GatewayNames::gather(gateway->siteId, *controller.sites(), *controller.brokers(),
                                                            *controller.gateways()),
                                       false);
        ok &= photograph(&dialog, directory,
                         row == 0 ? QStringLiteral("gateway-properties") : QStringLiteral("gateway-forwarding-properties"),
                         refuse(&dialog));
    }
    return ok ? 0 : 1;
}
