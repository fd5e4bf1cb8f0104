#include "BrokerAddDialog.h"
#include "BrokerPropertiesDialog.h"
#include "BrokersPage.h"
#include "ConsoleStatusBar.h"
#include "ConsoleActions.h"
#include "FarmController.h"
#include "FarmState.h"
#include "FaultInjector.h"
#include "GatewayAddDialog.h"
#include "GatewayPropertiesDialog.h"
#include "GatewaysPage.h"
#include "PolicyDialog.h"
#include "PoliciesPage.h"
#include "SecondaryConnectionModel.h"
#include "SecondaryConnectionsDialog.h"
#include "LogonDialog.h"
#include "LoadHistoryChart.h"
#include "LoadStateBar.h"
#include "LogonFlow.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "PendingChangesDock.h"
#include "PendingChangesModel.h"
#include "ConsoleStatusBar.h"
#include "HealthWatch.h"
#include "ProblemNotice.h"
#include "Questions.h"
#include "RasEmulatorServer.h"
#include "RecordFilterProxy.h"
#include "RecordTablePage.h"
#include "RequestLog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QCheckBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QJsonArray>
#include <QTabWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTreeWidget>
#include <QTableView>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QtTest>

// The console against a real emulator over loopback, driven through its actions and dialogs; each
// test checks the emulator's farm afterwards, not only the widgets.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RasEmulatorServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<FarmController> m_controller;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QSignalSpy> m_merged; // every change the models took in since start()
    int m_mergedSeen = 0;

    // Sends the permissions request where the emulator answers 405, as a server would that refuses it.
    class PermissionsRefusingManager final : public QNetworkAccessManager
    {
    protected:
        QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request, QIODevice *data) override
        {
            QNetworkRequest changed = request;
            if (request.url().path().endsWith(QLatin1String("CurrentAdminPermissions"))) {
                QUrl url = request.url();
                url.setPath(QStringLiteral("/api/Session/logon"));
                changed.setUrl(url);
            }
            return QNetworkAccessManager::createRequest(operation, changed, data);
        }
    };

    // Sends the requests for one path to a resource the server does not have while broken is set: a
    // part of the farm load that fails while the others succeed.
    class PathBreakingManager final : public QNetworkAccessManager
    {
    public:
        explicit PathBreakingManager(const QString &path)
            : m_path(path)
        {
        }
        bool broken = true;

    protected:
        QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request, QIODevice *data) override
        {
            QNetworkRequest changed = request;
            if (broken && request.url().path() == m_path) {
                QUrl url = request.url();
                url.setPath(QStringLiteral("/api/NoSuchResource"));
                changed.setUrl(url);
            }
            return QNetworkAccessManager::createRequest(operation, changed, data);
        }

    private:
        QString m_path;
    };

    void start(bool readOnly = false, EmulatorOptions::Role role = EmulatorOptions::Role::Root,
               bool refusePermissions = false)
    {
        openWindow(readOnly, role, refusePermissions);
        if (QTest::currentTestFailed())
            return;
        QSignalSpy loaded(m_controller.get(), &FarmController::loaded);
        m_controller->logOn(QStringLiteral("administrator"), QStringLiteral("pw"), nullptr, {});
        QVERIFY(loaded.wait(10000));
    }
    // The emulator, a controller on it and the window, before anyone logs on.
    void openWindow(bool readOnly = false, EmulatorOptions::Role role = EmulatorOptions::Role::Root,
                    bool refusePermissions = false)
    {
        EmulatorOptions options;
        options.role = role;
        options.port = 0;
        options.password = QStringLiteral("pw");
        m_server = std::make_unique<RasEmulatorServer>(options);
        QString error;
        QVERIFY(m_server->start(&error));
        if (refusePermissions)
            m_manager = std::make_unique<PermissionsRefusingManager>();
        else
            m_manager = std::make_unique<QNetworkAccessManager>();
        m_controller = std::make_unique<FarmController>(m_manager.get());
        m_controller->setAutoRefreshSeconds(0);
        m_merged = std::make_unique<QSignalSpy>(m_controller.get(), &FarmController::changeMerged);
        m_mergedSeen = 0;
        QVERIFY(m_controller->setServer(m_server->url(), &error));
        m_window = std::make_unique<MainWindow>(m_controller.get(), readOnly);
        m_window->show();
    }
    int priorityOf(int id) const
    {
        const FarmState &farm = m_server->router().farm();
        return farm.brokers.at(farm.brokerIndex(id)).value(QLatin1String("priority")).toInt();
    }
    // Until the models hold what the server says after the next change (it is read back, often
    // before the dialog that sent it has closed, so the signals are counted from the start).
    void waitForReload()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_merged->count() > m_mergedSeen, 10000);
        m_mergedSeen = static_cast<int>(m_merged->count());
    }

private slots:
    void init() { QSettings().clear(); } // the test's own settings (test mode), never the user's
    void cleanup()
    {
        Questions::setNextAnswer(QMessageBox::Yes);
        m_window.reset();
        m_merged.reset();
        m_controller.reset();
        m_manager.reset();
        m_server.reset();
    }
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("RAS Console Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }
    void showsTheFarm();
    void moveAndPromoteABroker();
    void deleteAskedFirstAndApply();
    void serverRefusalShownInline();
    void readOnlyHidesMutations();
    void viewOnlyAdministratorGetsTheReadOnlyConsole();
    void rootAdministratorMayDoEverything();
    void mixedRightsDisableExactlyWhatIsNotAllowed();
    void siteNodesShowTheirHealth();
    void unreadableRightsGiveTheReadOnlyConsole();
    void quitWithPendingChangesAsks();
    void filterAndSiteNavigation();
    void logonDialogValidatesAndKeepsInput();
    void plainHttpToARemoteHostNeedsConsent();
    void untrustedCertificateAskedAndPinned();
    void lostSessionAsksForThePassword();
    void addBrokerThroughTheDialog();
    void refusedAddKeepsTheDialogAndInput();
    void closingWhileBusyStillShowsTheOutcome();
    void editBrokerProperties();
    void pendingChangesGroupedByObject();
    void addAndEditAGateway();
    void lostAnswerToAnAddIsCheckedBeforeARetry();
    void failingStatusRefreshSaysItSlowsDown();
    void addPolicyAndSecondaryConnection();
    void unreadableRefreshKeepsTheLastGoodRows();
    void failedFirstLoadSaysNotLoadedAndOffersRetry();
    void theFirstLoadSaysWhatItWaitsFor();
    void problemsCountedAndAnnounced();
    void lastPageAndRefreshIntervalRemembered();

private:
    template <typename Dialog>
    Dialog *openDialog(QAction *action)
    {
        action->trigger();
        Dialog *dialog = nullptr;
        [[maybe_unused]] const bool found = QTest::qWaitFor([&] { return (dialog = m_window->findChild<Dialog *>()) != nullptr; }, 10000);
        return dialog;
    }
    static QPushButton *okButton(QDialog *dialog)
    {
        return dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
    }
    void waitClosed(QDialog *dialog)
    {
        QPointer<QDialog> guard(dialog);
        QVERIFY(QTest::qWaitFor([&] { return !guard || !guard->isVisible(); }, 10000));
    }
};

void TestMainWindow::showsTheFarm()
{
    start();
    QCOMPARE(m_controller->brokers()->rowCount(), 3);
    QCOMPARE(m_controller->gateways()->rowCount(), 4);
    QCOMPARE(m_controller->policies()->rowCount(), 6);
    QCOMPARE(m_window->brokerPage()->table()->view()->model()->rowCount(), 3);
    QVERIFY(m_window->windowTitle() == QStringLiteral("RAS Console"));
    // The selected broker's load history is charted from the console's own samples.
    m_window->brokerPage()->table()->selectId(1);
    QVERIFY(m_window->brokerPage()->historyChart()->isVisible());
    QCOMPARE(m_window->brokerPage()->historyChart()->pointCount(), 1);
    m_controller->refreshStatus();
    QVERIFY(QTest::qWaitFor([&] { m_window->brokerPage()->table()->selectId(2); m_window->brokerPage()->table()->selectId(1);
                                  return m_window->brokerPage()->historyChart()->pointCount() == 2; }, 5000));
    m_window->showPolicies();
    QVERIFY(!m_window->brokerPage()->historyChart()->isVisible());
}

void TestMainWindow::moveAndPromoteABroker()
{
    start();
    // A third broker in the first Site, so secondaries can change places.
    BrokerAddRequest request;
    request.server = QStringLiteral("ras-cb05.corp.example.com");
    request.siteId = 1;
    request.installAgent = false;
    std::optional<OperationOutcome> added;
    m_controller->addBroker(request, m_window.get(), [&added](const OperationOutcome &outcome) { added = outcome; });
    QTRY_VERIFY_WITH_TIMEOUT(added.has_value(), 5000);
    QVERIFY(added->succeeded());
    QCOMPARE(added->operation.action, FarmOperation::Action::Add);
    QCOMPARE(added->message(), QStringLiteral("Connection Broker ras-cb05.corp.example.com was added."));
    waitForReload();
    m_window->brokerPage()->table()->selectId(4);
    QVERIFY(m_window->consoleActions().moveUp->isEnabled());
    QVERIFY(!m_window->consoleActions().moveDown->isEnabled()); // already last
    m_window->consoleActions().moveUp->trigger();
    waitForReload();
    QCOMPARE(priorityOf(4), 1);
    QCOMPARE(priorityOf(2), 2);
    QCOMPARE(m_window->brokerPage()->selectedId(), 4); // the selection followed the row
    m_controller->pendingChanges()->clear();

    QVERIFY(m_controller->client()->isLoggedOn());
    RecordTablePage *page = m_window->brokerPage()->table();
    QVERIFY(!m_window->consoleActions().moveUp->isEnabled()); // the first secondary cannot pass the primary
    page->selectId(2);
    QVERIFY(m_window->consoleActions().promote->isEnabled());
    Questions::setNextChoice(0);
    m_window->consoleActions().promote->trigger();
    // The buttons say what they do.
    QCOMPARE(Questions::lastChoices(), (QStringList{QStringLiteral("Promote to primary"), QStringLiteral("Cancel")}));
    waitForReload();
    QCOMPARE(priorityOf(2), 0);
    QCOMPARE(priorityOf(1), 1);
    QCOMPARE(priorityOf(4), 2);
    QCOMPARE(m_controller->pendingChanges()->count(), 1);
    QVERIFY(m_window->consoleActions().apply->text().contains(QLatin1String("(1)")));
    // The promote ended the session; the reload above already logged on again by itself.
    QVERIFY(m_controller->client()->isLoggedOn());
    // The status bar says again who is logged on, and as what, without waiting for a refresh.
    auto *session = m_window->statusBar()->findChild<QLabel *>(QStringLiteral("session"));
    QVERIFY(session);
    QTRY_VERIFY2(session->text().endsWith(QStringLiteral("as administrator — Root administrator")), qPrintable(session->text()));
}

void TestMainWindow::deleteAskedFirstAndApply()
{
    start();
    // A broker: the buttons say what they do; "Delete, keep agent" deletes it but keeps the agent installed.
    m_window->brokerPage()->table()->selectId(2);
    Questions::setNextChoice(1);
    m_window->consoleActions().remove->trigger();
    QCOMPARE(Questions::lastChoices(), (QStringList{QStringLiteral("Delete and uninstall agent"),
                                                    QStringLiteral("Delete, keep agent"), QStringLiteral("Cancel")}));
    waitForReload();
    QCOMPARE(m_server->router().farm().brokerIndex(2), -1);
    QCOMPARE(m_controller->pendingChanges()->count(), 1);
    // Its pending row says it was deleted; asked to show it, the window says why it cannot.
    auto *dock = m_window->findChild<PendingChangesDock *>();
    const QModelIndex deleted = dock->view()->model()->index(0, PendingChangesModel::Change);
    QCOMPARE(dock->view()->model()->index(0, PendingChangesModel::Change, deleted).data().toString(),
             QStringLiteral("Deleted; its agent stays installed on the server."));
    emit dock->view()->activated(deleted);
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("That object is no longer in the farm, so no page can show it."));
    m_window->consoleActions().apply->trigger();
    waitForReload();

    m_window->showPolicies();
    m_window->policyPage()->table()->selectId(6);
    const int asked = Questions::askedCount();
    const qint64 requests = m_controller->client()->requestCount();
    Questions::setNextChoice(1);
    m_window->consoleActions().remove->trigger();
    QCOMPARE(Questions::askedCount(), asked + 1);
    QCOMPARE(Questions::lastChoices(), (QStringList{QStringLiteral("Delete client policy"), QStringLiteral("Cancel")}));
    // A request would have been sent before trigger() returned: none was.
    QCOMPARE(m_controller->client()->requestCount(), requests);
    QCOMPARE(m_controller->client()->inFlight(), 0);
    QCOMPARE(m_server->router().farm().policies.size(), 6); // cancelled: nothing sent

    Questions::setNextChoice(0);
    m_window->consoleActions().remove->trigger();
    waitForReload();
    QCOMPARE(m_server->router().farm().policies.size(), 5);
    QCOMPARE(m_controller->pendingChanges()->count(), 1);
    m_window->consoleActions().apply->trigger();
    waitForReload();
    QCOMPARE(m_controller->pendingChanges()->count(), 0);
    QCOMPARE(m_server->router().farm().appliedCount, 2);
}

void TestMainWindow::serverRefusalShownInline()
{
    start();
    m_window->showPolicies();
    m_window->policyPage()->table()->selectId(1);
    // The window disables "move up" for the first policy; the controller still reports a refusal,
    // to the caller that asked, as a typed outcome.
    QVERIFY(!m_window->consoleActions().moveUp->isEnabled());
    std::optional<OperationOutcome> refused;
    m_controller->movePolicy(1, true, this, [&refused](const OperationOutcome &outcome) { refused = outcome; });
    QTRY_VERIFY_WITH_TIMEOUT(refused.has_value(), 5000);
    QVERIFY(!refused->succeeded());
    QCOMPARE(refused->error->message, QStringLiteral("Cannot move selected client policy up."));
    QCOMPARE(m_controller->pendingChanges()->count(), 0);

    // Another administrator moved policy 2 to the top meanwhile: the window still offers "move up",
    // and the server's refusal reaches the banner in the server's words.
    FarmState &farm = m_server->router().farm();
    farm.policies[1].insert(QStringLiteral("order"), 1);
    farm.policies[0].insert(QStringLiteral("order"), 2);
    farm.sortPolicies();
    ++farm.generation;
    m_window->policyPage()->table()->selectId(2);
    QVERIFY(m_window->consoleActions().moveUp->isEnabled());
    m_window->consoleActions().moveUp->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->banner()->isVisible(), 5000);
    QCOMPARE(m_window->banner()->text(), QStringLiteral("Cannot move selected client policy up."));
}

void TestMainWindow::readOnlyHidesMutations()
{
    start(true);
    QCOMPARE(m_controller->restriction(), FarmController::Restriction::None); // a root administrator
    bool named = false;
    for (const QLabel *label : m_window->statusBar()->findChildren<QLabel *>())
        named = named || label->text().contains(QStringLiteral("administrator — Root administrator"));
    QVERIFY(named);
    QVERIFY(m_window->windowTitle().contains(QLatin1String("read-only")));
    const ConsoleActions &actions = m_window->consoleActions();
    for (QAction *action : {actions.apply, actions.moveUp, actions.moveDown, actions.promote, actions.remove, actions.add})
        QVERIFY2(!action->isVisible(), qPrintable(action->objectName()));
    QVERIFY(m_window->consoleActions().refresh->isVisible());
    // No pending changes to show or count, even if a remembered layout had the dock open.
    auto *pendingDock = m_window->findChild<QDockWidget *>(QStringLiteral("pendingChangesDock"));
    QVERIFY(pendingDock && !pendingDock->isVisible() && !pendingDock->toggleViewAction()->isVisible());
    QVERIFY(!m_window->statusBar()->findChild<QLabel *>(QStringLiteral("pendingCount"))->isVisible());
    // Ticking "Enabled" does nothing in read-only mode: the model asks, nothing is sent.
    const QModelIndex enabled = m_controller->brokers()->index(1, BrokerModel::Enabled);
    QSignalSpy asked(m_controller->brokers(), &BrokerModel::enabledChangeRequested);
    const qint64 requests = m_controller->client()->requestCount();
    m_controller->brokers()->setData(enabled, Qt::Unchecked, Qt::CheckStateRole);
    QCOMPARE(asked.count(), 1);
    QCOMPARE(m_controller->client()->requestCount(), requests); // a change would have been sent at once
    QCOMPARE(m_controller->client()->inFlight(), 0);
    const FarmState &farm = m_server->router().farm();
    QVERIFY(farm.brokers.at(farm.brokerIndex(2)).value(QLatin1String("enabled")).toBool());
}

void TestMainWindow::viewOnlyAdministratorGetsTheReadOnlyConsole()
{
    // Without --read-only: the session's rights (a custom administrator who may only view) decide.
    start(false, EmulatorOptions::Role::CustomViewer);
    QCOMPARE(m_controller->restriction(), FarmController::Restriction::ViewOnlyAdministrator);
    QVERIFY2(m_window->windowTitle().contains(QLatin1String("read-only")), qPrintable(m_window->windowTitle()));
    QVERIFY(m_window->windowTitle().contains(QLatin1String("viewing only")));
    const ConsoleActions &actions = m_window->consoleActions();
    for (QAction *action : {actions.add, actions.apply, actions.moveUp, actions.moveDown, actions.promote, actions.remove})
        QVERIFY2(!action->isVisible(), qPrintable(action->objectName()));
    QVERIFY(actions.refresh->isVisible());
    // The pages know it too: nothing changes the farm from them.
    m_window->brokerPage()->table()->selectId(2);
    QVERIFY(!m_window->brokerPage()->allowed().remove);
    QVERIFY(!m_window->brokerPage()->allowed().moveDown);
    QCOMPARE(m_controller->brokers()->rowCount(), 3); // viewing works
    bool named = false;
    for (const QLabel *label : m_window->statusBar()->findChildren<QLabel *>())
        named = named || label->text().contains(QStringLiteral("administrator — Custom administrator"));
    QVERIFY(named);
}

void TestMainWindow::rootAdministratorMayDoEverything()
{
    start();
    QCOMPARE(m_controller->restriction(), FarmController::Restriction::None);
    const ConsoleActions &actions = m_window->consoleActions();
    m_window->showBrokers(1);
    m_window->brokerPage()->table()->selectId(2);
    for (QAction *action : {actions.add, actions.properties, actions.promote, actions.remove, actions.apply}) {
        QVERIFY2(action->isVisible() && action->isEnabled(), qPrintable(action->objectName()));
        QVERIFY2(!action->toolTip().contains(QLatin1String("rights")), qPrintable(action->toolTip()));
    }
    QVERIFY(m_window->policyPage()->isAvailable());
    QVERIFY(!m_window->findChild<QTreeWidget *>()->findItems(QStringLiteral("Client Policies"), Qt::MatchExactly | Qt::MatchRecursive).isEmpty());
}

void TestMainWindow::mixedRightsDisableExactlyWhatIsNotAllowed()
{
    // A custom administrator who may view brokers, manage gateways and has no client policies: no
    // read-only console, but exactly the commands the rights forbid are disabled, and say why.
    start(false, EmulatorOptions::Role::CustomMixed);
    QCOMPARE(m_controller->restriction(), FarmController::Restriction::None);
    QVERIFY2(!m_window->windowTitle().contains(QLatin1String("read-only")), qPrintable(m_window->windowTitle()));
    QVERIFY(m_window->banner()->isVisible());
    QVERIFY2(m_window->banner()->text().contains(QLatin1String("custom administrator")), qPrintable(m_window->banner()->text()));
    const ConsoleActions &actions = m_window->consoleActions();

    // Brokers: view only.
    m_window->showBrokers(1);
    m_window->brokerPage()->table()->selectId(2);
    QVERIFY(actions.properties->isEnabled());
    for (QAction *action : {actions.add, actions.moveDown, actions.promote, actions.remove}) {
        QVERIFY2(action->isVisible() && !action->isEnabled(), qPrintable(action->objectName()));
        QVERIFY2(action->toolTip().startsWith(QLatin1String("Your administrator rights do not allow")), qPrintable(action->toolTip()));
    }
    QCOMPARE(actions.remove->toolTip(), QStringLiteral("Your administrator rights do not allow deleting this Connection Broker."));
    auto *broker = openDialog<BrokerPropertiesDialog>(actions.properties);
    QVERIFY(broker);
    // Nothing to send: one Close button, and the fields can be read and copied but not changed.
    QVERIFY(!okButton(broker));
    QVERIFY(broker->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Close));
    QVERIFY(broker->findChild<QLineEdit *>(QStringLiteral("description"))->isReadOnly());
    broker->reject();
    waitClosed(broker);
    // Ticking "Enabled" sends nothing and says why.
    const qint64 requests = m_controller->client()->requestCount();
    m_controller->brokers()->setData(m_controller->brokers()->index(1, BrokerModel::Enabled), Qt::Unchecked, Qt::CheckStateRole);
    QCOMPARE(m_controller->client()->requestCount(), requests);
    QCOMPARE(m_window->banner()->text(), QStringLiteral("Your administrator rights do not allow changing this Connection Broker."));

    // Gateways: everything, and the emulator carries it out.
    m_window->showGateways(1);
    m_window->gatewayPage()->table()->selectId(2);
    for (QAction *action : {actions.add, actions.properties, actions.remove}) {
        QVERIFY2(action->isVisible() && action->isEnabled(), qPrintable(action->objectName()));
        QVERIFY2(!action->toolTip().contains(QLatin1String("rights")), qPrintable(action->toolTip()));
    }
    QVERIFY(actions.apply->isVisible());
    QVERIFY(actions.apply->isEnabled());
    const qsizetype gateways = m_server->router().farm().gateways.size();
    Questions::setNextChoice(0);
    actions.remove->trigger();
    QCOMPARE(Questions::lastChoices(), (QStringList{QStringLiteral("Delete Secure Gateway"), QStringLiteral("Cancel")}));
    waitForReload();
    QCOMPARE(m_server->router().farm().gateways.size(), gateways - 1);

    // Client policies: not offered at all, and not even asked for.
    QVERIFY(!m_window->policyPage()->isAvailable());
    QVERIFY(m_window->findChild<QTreeWidget *>()->findItems(QStringLiteral("Client Policies"), Qt::MatchExactly | Qt::MatchRecursive).isEmpty());
    for (const auto &entry : m_controller->client()->requestLog()->entries())
        QVERIFY2(!entry.path.contains(QLatin1String("ClientPolicies")), qPrintable(entry.path));
}

void TestMainWindow::unreadableRightsGiveTheReadOnlyConsole()
{
    // A refusal other than 404 is no licence to change everything: read-only, and the banner says why.
    start(false, EmulatorOptions::Role::Root, true);
    QCOMPARE(m_controller->restriction(), FarmController::Restriction::RightsUnknown);
    QVERIFY2(m_window->windowTitle().contains(QLatin1String("could not be read")), qPrintable(m_window->windowTitle()));
    const ConsoleActions &actions = m_window->consoleActions();
    for (QAction *action : {actions.add, actions.apply, actions.promote, actions.remove})
        QVERIFY2(!action->isVisible(), qPrintable(action->objectName()));
    QVERIFY(m_controller->readOnlyReason().contains(QLatin1String("did not say what you may change")));
    QCOMPARE(m_controller->brokers()->rowCount(), 3);
}

void TestMainWindow::siteNodesShowTheirHealth()
{
    start();
    auto *tree = m_window->findChild<QTreeWidget *>();
    QVERIFY(tree);
    const auto siteItem = [tree](const QString &name) -> QTreeWidgetItem * {
        const QList<QTreeWidgetItem *> found = tree->findItems(name, Qt::MatchStartsWith | Qt::MatchRecursive);
        return found.isEmpty() ? nullptr : found.first();
    };
    QVERIFY(tree->topLevelItem(0)->toolTip(0).contains(QLatin1String("ras-cb01.corp.example.com"))); // the connected broker
    QTRY_VERIFY_WITH_TIMEOUT(siteItem(QStringLiteral("HQ-London")) && siteItem(QStringLiteral("HQ-London"))->toolTip(0) == QStringLiteral("Site status: OK"), 10000);
    // The DR site's primary broker goes offline: its node says so on the next status refresh.
    FarmState &farm = m_server->router().farm();
    farm.brokers[farm.brokerIndex(3)].insert(QStringLiteral("description"), QStringLiteral("offline for repairs"));
    m_controller->refreshStatus();
    QTRY_COMPARE_WITH_TIMEOUT(siteItem(QStringLiteral("DR-Frankfurt"))->toolTip(0), QStringLiteral("Site status: Disconnected"), 10000);
}

void TestMainWindow::quitWithPendingChangesAsks()
{
    start();
    m_window->brokerPage()->table()->selectId(2);
    const QModelIndex enabled = m_controller->brokers()->index(m_controller->brokers()->rowOf(2), BrokerModel::Enabled);
    m_controller->brokers()->setData(enabled, Qt::Unchecked, Qt::CheckStateRole);
    waitForReload();
    const FarmState &farm = m_server->router().farm();
    QVERIFY(!farm.brokers.at(farm.brokerIndex(2)).value(QLatin1String("enabled")).toBool());
    QCOMPARE(m_controller->pendingChanges()->count(), 1);

    const int asked = Questions::askedCount();
    Questions::setNextChoice(2);
    QVERIFY(!m_window->close());
    QCOMPARE(Questions::askedCount(), asked + 1);
    QCOMPARE(Questions::lastChoices(),
             (QStringList{QStringLiteral("Apply and quit"), QStringLiteral("Quit without applying"), QStringLiteral("Cancel")}));
    QVERIFY(m_window->isVisible());
    QCOMPARE(m_server->router().sessions().count(), 1); // staying: still logged on
    // Apply and quit: the change reaches the farm, then the window closes.
    const qint64 applies = m_server->router().farm().appliedCount;
    Questions::setNextChoice(0);
    m_window->close();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isVisible(), 10000);
    QCOMPARE(m_server->router().farm().appliedCount, applies + 1);
    QCOMPARE(m_controller->pendingChanges()->count(), 0);
    // Quitting logs off: the server's session ends instead of idling until it expires.
    QTRY_COMPARE_WITH_TIMEOUT(m_server->router().sessions().count(), 0, 5000);
}

void TestMainWindow::filterAndSiteNavigation()
{
    start();
    RecordTablePage *page = m_window->brokerPage()->table();
    QTest::keyClicks(page->filterEdit(), QStringLiteral("frankfurt"));
    QCOMPARE(page->view()->model()->rowCount(), 1);
    page->filterEdit()->clear();
    m_window->showBrokers(1);
    QCOMPARE(page->view()->model()->rowCount(), 2);
    m_window->showGateways(2);
    QCOMPARE(m_window->gatewayPage()->table()->view()->model()->rowCount(), 2);
    const QString csv = m_window->gatewayPage()->table()->toCsv();
    QVERIFY(csv.startsWith(QLatin1String("Server,State,")));
    QCOMPARE(csv.count(QLatin1Char('\n')), 3);
}

void TestMainWindow::plainHttpToARemoteHostNeedsConsent()
{
    QHostAddress remote;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback())
            remote = address;
    }
    if (remote.isNull())
        QSKIP("this machine has no non-loopback IPv4 address");
    m_manager = std::make_unique<QNetworkAccessManager>();
    m_controller = std::make_unique<FarmController>(m_manager.get());
    LogonDialog dialog;
    dialog.show();
    auto *server = dialog.findChild<QComboBox *>(QStringLiteral("server"));
    auto *allowHttp = dialog.findChild<QCheckBox *>(QStringLiteral("allowHttp"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("error"));
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("password")), QStringLiteral("pw"));
    server->setEditText(QStringLiteral("https://%1:9").arg(remote.toString()));
    QVERIFY(ok->isEnabled());
    QVERIFY(allowHttp->isHidden()); // HTTPS needs no consent
    // Port 9 on this machine's own address: nothing listens, so an attempt fails at once.
    server->setEditText(QStringLiteral("http://%1:9").arg(remote.toString()));
    QVERIFY(!allowHttp->isHidden());
    QVERIFY(!ok->isEnabled());
    QVERIFY2(error->text().contains(QLatin1String("unencrypted")), qPrintable(error->text()));
    allowHttp->setChecked(true);
    QVERIFY(ok->isEnabled());
    QVERIFY2(error->text().startsWith(QLatin1String("Warning:")), qPrintable(error->text()));
    LogonFlow flow(m_controller.get(), &dialog, nullptr);
    QSignalSpy failed(&flow, &LogonFlow::failed);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(failed.wait(10000));
    // The address was accepted (the client allows it now); only the connection failed.
    QVERIFY(m_controller->client()->allowsPlainHttp());
    QCOMPARE(m_controller->client()->baseUrl().scheme(), QStringLiteral("http"));
    QVERIFY2(failed.first().first().toString().startsWith(QLatin1String("Could not reach http://")),
             qPrintable(failed.first().first().toString()));

    // While connected that way the status bar says so; over loopback (the demo) it does not.
    ConsoleStatusBar bar(m_controller.get());
    bar.showCurrent();
    QVERIFY(!bar.findChild<QLabel *>(QStringLiteral("unencrypted"))->isHidden());
    // Nobody is logged on yet: the server alone, not "http://… as".
    QCOMPARE(bar.findChild<QLabel *>(QStringLiteral("session"))->text(), m_controller->client()->baseUrl().toString());
    QString problem;
    QVERIFY(m_controller->setServer(QStringLiteral("http://127.0.0.1:9"), &problem));
    bar.showCurrent();
    QVERIFY(bar.findChild<QLabel *>(QStringLiteral("unencrypted"))->isHidden());
}

void TestMainWindow::logonDialogValidatesAndKeepsInput()
{
    EmulatorOptions options;
    options.port = 0;
    options.password = QStringLiteral("pw");
    m_server = std::make_unique<RasEmulatorServer>(options);
    QString error;
    QVERIFY(m_server->start(&error));
    m_manager = std::make_unique<QNetworkAccessManager>();
    m_controller = std::make_unique<FarmController>(m_manager.get());

    LogonDialog dialog;
    dialog.show();
    auto *server = dialog.findChild<QComboBox *>(QStringLiteral("server"));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    server->setEditText(QStringLiteral("bad host name"));
    QTest::keyClicks(password, QStringLiteral("wrong"));
    QVERIFY(!ok->isEnabled()); // the server is not usable
    server->setEditText(m_server->url());
    QVERIFY(ok->isEnabled());

    LogonFlow flow(m_controller.get(), &dialog, nullptr); // no keychain in tests
    QSignalSpy failed(&flow, &LogonFlow::failed);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(failed.wait(5000));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.password(), QStringLiteral("wrong")); // the input stays
    QCOMPARE(dialog.server(), m_server->url());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("error"))->text().contains(QLatin1String("Invalid user name")));
}

void TestMainWindow::untrustedCertificateAskedAndPinned()
{
    EmulatorOptions options;
    options.port = 0;
    options.password = QStringLiteral("pw");
    options.tls = true;
    options.certFile = QStringLiteral(RAS_TEST_DATA_DIR "/tls/server.crt");
    options.keyFile = QStringLiteral(RAS_TEST_DATA_DIR "/tls/server.key");
    m_server = std::make_unique<RasEmulatorServer>(options);
    QString error;
    QVERIFY(m_server->start(&error));
    m_manager = std::make_unique<QNetworkAccessManager>();
    m_controller = std::make_unique<FarmController>(m_manager.get());

    bool forgetOffered = false;
    auto logOnThroughDialog = [&](QMessageBox::StandardButton answer, bool forgetAfterwards = false) {
        LogonDialog dialog;
        LogonFlow flow(m_controller.get(), &dialog, nullptr);
        dialog.show();
        dialog.setServer(m_server->url());
        dialog.findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("pw"));
        Questions::setNextAnswer(answer);
        QSignalSpy done(&flow, &LogonFlow::succeeded);
        QSignalSpy failed(&flow, &LogonFlow::failed);
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        [[maybe_unused]] const bool settled = QTest::qWaitFor([&] { return done.count() > 0 || failed.count() > 0; }, 10000);
        const QString shown = dialog.findChild<QLabel *>(QStringLiteral("error"))->text();
        if (forgetAfterwards) {
            auto *forget = dialog.findChild<QPushButton *>(QStringLiteral("forgetCertificate"));
            forgetOffered = forget->isVisible();
            QTest::mouseClick(forget, Qt::LeftButton);
        }
        return std::make_pair(done.count() > 0, shown);
    };

    const int asked = Questions::askedCount();
    auto [refused, refusal] = logOnThroughDialog(QMessageBox::Cancel);
    QVERIFY(!refused);
    QCOMPARE(Questions::askedCount(), asked + 1);
    QVERIFY(refusal.contains(QLatin1String("not trusted")));
    // The question says why the certificate is not trusted, and for which server.
    QVERIFY(Questions::lastText().contains(QLatin1String("self-signed")));
    QVERIFY(Questions::lastText().contains(QStringLiteral("127.0.0.1:%1").arg(m_server->port())));

    auto [trusted, ignored] = logOnThroughDialog(QMessageBox::Yes);
    QVERIFY(trusted);
    const QString key = QStringLiteral("trust/127.0.0.1:%1").arg(m_server->port());
    QCOMPARE(QSettings().value(key).toString(), CertificateInfo::from(QSslCertificate::fromPath(options.certFile).first()).sha256);

    // The same server later shows another certificate: refused, no question asked.
    QSettings().setValue(key, CertificateInfo::from(QSslCertificate::fromPath(
                                  QStringLiteral(RAS_TEST_DATA_DIR "/tls/other.crt")).first()).sha256);
    m_manager->clearConnectionCache();
    const int before = Questions::askedCount();
    auto [changed, changedMessage] = logOnThroughDialog(QMessageBox::Yes, true);
    QVERIFY(!changed);
    QCOMPARE(Questions::askedCount(), before);
    QVERIFY(changedMessage.contains(QLatin1String("different certificate")));

    // "Forget trusted certificate" is offered; it removes the pin, and the next log-on asks again.
    QVERIFY(forgetOffered);
    QVERIFY(!QSettings().contains(key));
    m_manager->clearConnectionCache();
    auto [again, unused] = logOnThroughDialog(QMessageBox::Yes);
    QVERIFY(again);
    QCOMPARE(Questions::askedCount(), before + 1);
    QCOMPARE(QSettings().value(key).toString(), CertificateInfo::from(QSslCertificate::fromPath(options.certFile).first()).sha256);
}

void TestMainWindow::lostSessionAsksForThePassword()
{
    start();
    // Another dialog is open with typed input when the session ends.
    m_window->brokerPage()->table()->selectId(2);
    auto *editing = openDialog<BrokerPropertiesDialog>(m_window->consoleActions().properties);
    QVERIFY(editing);
    auto *description = editing->findChild<QLineEdit *>(QStringLiteral("description"));
    description->setText(QStringLiteral("Typed before the session ended"));
    m_server->router().sessions().setIdleSeconds(1);
    // The password this console holds no longer works (changed on the server meanwhile).
    m_controller->client()->setCredentials(QStringLiteral("administrator"), QStringLiteral("stale"));
    m_server->router().sessions().passTime(1100);
    m_controller->refreshAll();
    QVERIFY(QTest::qWaitFor([&] { return m_window->relogonDialog() != nullptr; }, 5000));
    auto *dialog = qobject_cast<LogonDialog *>(m_window->relogonDialog());
    QVERIFY(dialog);
    QCOMPARE(dialog->user(), QStringLiteral("administrator"));
    QVERIFY(dialog->server().startsWith(QLatin1String("http://127.0.0.1:")));
    dialog->findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("pw"));
    QSignalSpy loaded(m_controller.get(), &FarmController::loaded);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(loaded.wait(5000));
    QVERIFY(QTest::qWaitFor([&] { return m_window->relogonDialog() == nullptr; }, 5000));
    QVERIFY(m_controller->client()->isLoggedOn());

    // The other dialog kept its input through it all, and sends it now.
    QVERIFY(editing->isVisible());
    QCOMPARE(description->text(), QStringLiteral("Typed before the session ended"));
    QTest::mouseClick(okButton(editing), Qt::LeftButton);
    waitClosed(editing);
    waitForReload();
    const FarmState &farm = m_server->router().farm();
    QCOMPARE(farm.brokers.at(farm.brokerIndex(2)).value(QLatin1String("description")).toString(),
             QStringLiteral("Typed before the session ended"));
}

void TestMainWindow::addBrokerThroughTheDialog()
{
    start();
    m_window->showBrokers(2);
    auto *dialog = openDialog<BrokerAddDialog>(m_window->consoleActions().add);
    QVERIFY(dialog);
    QVERIFY(!okButton(dialog)->isEnabled());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("server")), QStringLiteral("bad name"));
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("error"))->text().contains(QLatin1String("spaces")));
    dialog->findChild<QLineEdit *>(QStringLiteral("server"))->setText(QStringLiteral("ras-cb09.dr.example.com"));
    dialog->findChild<QGroupBox *>(QStringLiteral("installGroup"))->setChecked(false);
    QVERIFY(okButton(dialog)->isEnabled());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    waitClosed(dialog);
    waitForReload();
    const FarmState &farm = m_server->router().farm();
    QVERIFY(farm.brokerServerTaken(QStringLiteral("ras-cb09.dr.example.com")));
    const QJsonObject added = farm.brokers.at(farm.brokerIndex(4));
    QCOMPARE(added.value(QLatin1String("siteId")).toInt(), 2); // the Site selected in the tree
    QCOMPARE(m_controller->pendingChanges()->count(), 1);
}

void TestMainWindow::refusedAddKeepsTheDialogAndInput()
{
    start();
    auto *dialog = openDialog<BrokerAddDialog>(m_window->consoleActions().add);
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("server"))->setText(QStringLiteral("ras-cb01.corp.example.com"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !dialog->findChild<QLabel *>(QStringLiteral("error"))->text().isEmpty()
                                         && !dialog->isBusy(); }, 5000));
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("error"))->text().contains(QLatin1String("already exists")));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("server"))->text(), QStringLiteral("ras-cb01.corp.example.com"));
    QCOMPARE(m_server->router().farm().brokers.size(), 3);
    dialog->reject();
}

void TestMainWindow::closingWhileBusyStillShowsTheOutcome()
{
    start();
    m_server->setLatencyMs(300); // long enough to close the dialog while the request is in flight
    auto sendAndClose = [&](const QString &server) {
        auto *dialog = openDialog<BrokerAddDialog>(m_window->consoleActions().add);
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("server"))->setText(server);
        dialog->findChild<QGroupBox *>(QStringLiteral("installGroup"))->setChecked(false);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QVERIFY(dialog->isBusy());
        // Cancel cannot call back what was sent: it becomes Close, and closing is allowed.
        QPushButton *cancel = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Cancel);
        QCOMPARE(cancel->text(), QStringLiteral("Close"));
        QVERIFY(cancel->isEnabled());
        QVERIFY(!okButton(dialog)->isEnabled());
        const QPointer<BrokerAddDialog> guard(dialog);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY(!guard);
    };

    // A refusal that arrives after the dialog closed is shown in the banner, naming what was refused.
    m_window->banner()->hide();
    sendAndClose(QStringLiteral("ras-cb01.corp.example.com"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->banner()->isVisible(), 5000);
    QVERIFY2(m_window->banner()->text().startsWith(
                 QLatin1String("Connection Broker ras-cb01.corp.example.com could not be added: ")),
             qPrintable(m_window->banner()->text()));
    QVERIFY(m_window->banner()->text().contains(QLatin1String("already exists")));
    QCOMPARE(m_controller->pendingChanges()->count(), 0);

    // A late success reaches the banner and the pending changes alike.
    sendAndClose(QStringLiteral("ras-cb07.corp.example.com"));
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->pendingChanges()->count(), 1, 5000);
    QCOMPARE(m_window->banner()->text(), QStringLiteral("Connection Broker ras-cb07.corp.example.com was added."));
    QCOMPARE(m_controller->pendingChanges()->changes().first().objectName, QStringLiteral("ras-cb07.corp.example.com"));
    QVERIFY(m_server->router().farm().brokerServerTaken(QStringLiteral("ras-cb07.corp.example.com")));
}

void TestMainWindow::editBrokerProperties()
{
    start();
    m_window->brokerPage()->table()->selectId(2);
    auto *dialog = openDialog<BrokerPropertiesDialog>(m_window->consoleActions().properties);
    QVERIFY(dialog);
    QVERIFY(!okButton(dialog)->isEnabled()); // nothing changed yet
    auto *alternatives = dialog->findChild<QLineEdit *>(QStringLiteral("alternativeIps"));
    // The server holds "192.168.50.12,172.16.4.12": the same addresses typed with other separators
    // are no change, so OK stays disabled and nothing would be sent.
    alternatives->setText(QStringLiteral("192.168.50.12; 172.16.4.12"));
    QVERIFY(!okButton(dialog)->isEnabled());
    alternatives->setText(QStringLiteral("10.1.1.1, not-an-ip"));
    QVERIFY(!okButton(dialog)->isEnabled());
    alternatives->setText(QStringLiteral("10.1.1.1, 10.1.1.2"));
    dialog->findChild<QLineEdit *>(QStringLiteral("description"))->setText(QStringLiteral("Edited in the GUI"));
    dialog->findChild<QCheckBox *>(QStringLiteral("standby"))->setChecked(true);
    QVERIFY(okButton(dialog)->isEnabled());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    waitClosed(dialog);
    waitForReload();
    const FarmState &farm = m_server->router().farm();
    const QJsonObject broker = farm.brokers.at(farm.brokerIndex(2));
    // Written back with the separator the server used (a comma).
    QCOMPARE(broker.value(QLatin1String("alternativeIPs")).toString(), QStringLiteral("10.1.1.1,10.1.1.2"));
    QCOMPARE(broker.value(QLatin1String("description")).toString(), QStringLiteral("Edited in the GUI"));
    QCOMPARE(broker.value(QLatin1String("standby")).toBool(), true);
    QCOMPARE(broker.value(QLatin1String("enabled")).toBool(), true); // untouched fields were not sent

    // The primary's "enabled" cannot be switched off in its dialog.
    m_window->brokerPage()->table()->selectId(1);
    auto *primary = openDialog<BrokerPropertiesDialog>(m_window->consoleActions().properties);
    QVERIFY(primary);
    QVERIFY(!primary->findChild<QCheckBox *>(QStringLiteral("enabled"))->isEnabled());
    primary->reject();
}

void TestMainWindow::pendingChangesGroupedByObject()
{
    start();
    auto *dock = m_window->findChild<PendingChangesDock *>(QStringLiteral("pendingChangesDock"));
    QVERIFY(dock);
    dock->toggleViewAction()->trigger(); // View › Pending changes
    QVERIFY(dock->isVisible());
    QAbstractItemModel *shown = dock->view()->model();

    // Two changes to the same broker, made as an administrator makes them: its properties, then Promote.
    m_window->brokerPage()->table()->selectId(2);
    auto *dialog = openDialog<BrokerPropertiesDialog>(m_window->consoleActions().properties);
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("description"))->setText(QStringLiteral("Standby for London"));
    dialog->findChild<QCheckBox *>(QStringLiteral("standby"))->setChecked(true);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    waitClosed(dialog);
    waitForReload();
    m_window->brokerPage()->table()->selectId(2);
    Questions::setNextChoice(0);
    m_window->consoleActions().promote->trigger();
    waitForReload();

    // One object, both changes under it with what they did, opened without a click; the primary the
    // promote moved down under its own row (no change of its own: the count stays two).
    QCOMPARE(m_controller->pendingChanges()->count(), 2);
    QVERIFY(m_window->consoleActions().apply->text().contains(QLatin1String("(2)")));
    QCOMPARE(shown->rowCount(), 2);
    const QModelIndex neighbour = shown->index(1, PendingChangesModel::Change);
    QCOMPARE(neighbour.data().toString(), QStringLiteral("Connection Broker ras-cb01.corp.example.com"));
    QCOMPARE(shown->index(0, PendingChangesModel::Change, neighbour).data().toString(),
             QStringLiteral("Moved down as ras-cb02.corp.example.com was promoted to primary: priority primary → 1."));
    const QModelIndex broker = shown->index(0, PendingChangesModel::Change);
    QCOMPARE(broker.data().toString(), QStringLiteral("Connection Broker ras-cb02.corp.example.com"));
    QCOMPARE(shown->index(0, PendingChangesModel::Effect).data().toString(), QStringLiteral("Changed"));
    QVERIFY(dock->view()->isExpanded(broker));
    QStringList lines;
    for (int row = 0; row < shown->rowCount(broker); ++row)
        lines << shown->index(row, PendingChangesModel::Change, broker).data().toString();
    const QLocale locale;
    QCOMPARE(lines, (QStringList{QStringLiteral("Standby changed: No → Yes."),
                                 QStringLiteral("Description changed: %1 → %2.")
                                     .arg(locale.quoteString(u"Secondary broker, London data centre"),
                                          locale.quoteString(u"Standby for London")),
                                 QStringLiteral("Promoted to primary: priority 1 → primary.")}));

    // A double-click on a row shows its object, wherever the administrator was.
    m_window->showPolicies();
    const QRect line = dock->view()->visualRect(shown->index(2, PendingChangesModel::Change, broker));
    // (QTest's double-click sends no press of its own, and a view acts only on the row pressed.)
    QTest::mousePress(dock->view()->viewport(), Qt::LeftButton, {}, line.center());
    QTest::mouseRelease(dock->view()->viewport(), Qt::LeftButton, {}, line.center());
    QTest::mouseDClick(dock->view()->viewport(), Qt::LeftButton, {}, line.center());
    QCOMPARE(m_window->currentPage(), m_window->brokerPage());
    QCOMPARE(m_window->brokerPage()->selectedId(), 2);
    QVERIFY(dock->view()->isExpanded(broker)); // the double-click did not fold it

    // Apply commits them, and the list is empty again.
    m_window->consoleActions().apply->trigger();
    waitForReload();
    QCOMPARE(shown->rowCount(), 0);
    QCOMPARE(m_server->router().farm().appliedCount, 1);
}

void TestMainWindow::lostAnswerToAnAddIsCheckedBeforeARetry()
{
    start();
    m_window->showGateways(1);
    const FarmState &farm = m_server->router().farm();
    const qsizetype before = farm.gateways.size();
    // The server adds the gateway but its answer cannot be read: the console reads the list again,
    // finds it there, closes the dialog (nothing to retry) and says so in one sentence.
    auto *add = openDialog<GatewayAddDialog>(m_window->consoleActions().add);
    QVERIFY(add);
    add->findChild<QLineEdit *>(QStringLiteral("server"))->setText(QStringLiteral("ras-gw09.corp.example.com"));
    QTRY_COMPARE(m_controller->client()->inFlight(), 0);
    m_server->faults().injectOnce(FaultInjector::Fault::MalformedJson);
    QTest::mouseClick(okButton(add), Qt::LeftButton);
    waitClosed(add);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->banner()->text(),
                              QStringLiteral("The answer was lost, but the list read again shows ras-gw09.corp.example.com: "
                                             "it was added, so do not add it again."),
                              10000);
    QCOMPARE(farm.gateways.size(), before + 1);
    QCOMPARE(m_controller->pendingChanges()->count(), 1);
    QVERIFY(m_controller->gateways()->rowCount() == int(before + 1)); // the table shows it already
    // The pending list says how it knows, and has the id from the list read again, so later changes
    // to the gateway join it.
    const PendingChange &added = m_controller->pendingChanges()->changes().first();
    QVERIFY(added.confirmedAfterLostAnswer);
    QCOMPARE(added.objectId, farm.gateways.last().value(QLatin1String("id")).toInt());
    const QModelIndex object = m_controller->pendingChanges()->index(0, PendingChangesModel::Change);
    QCOMPARE(m_controller->pendingChanges()->index(0, PendingChangesModel::Change, object).data().toString(),
             QStringLiteral("Added; its answer was lost, but the list read again shows it."));
}

void TestMainWindow::failingStatusRefreshSaysItSlowsDown()
{
    start();
    m_controller->setAutoRefreshSeconds(5);
    const auto statusText = [this] {
        QStringList texts;
        for (const QLabel *label : m_window->statusBar()->findChildren<QLabel *>())
            texts << label->text();
        return texts.join(QLatin1Char('|'));
    };
    m_server->faults().setKinds({FaultInjector::Fault::ServerError});
    m_server->faults().setRate(1.0);
    for (int failures = 1; failures <= 3; ++failures) {
        QTRY_COMPARE(m_controller->client()->inFlight(), 0);
        m_controller->refreshStatus();
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->statusRefreshFailures(), failures, 10000);
    }
    QVERIFY2(statusText().contains(QStringLiteral("Status refresh failed 3 times in a row, so it now waits 10 seconds "
                                                  "between tries.")),
             qPrintable(statusText()));
    m_server->faults().setRate(0.0);
    QTRY_COMPARE(m_controller->client()->inFlight(), 0);
    QSignalSpy refreshed(m_controller.get(), &FarmController::statusRefreshed);
    m_controller->refreshStatus();
    QVERIFY(refreshed.wait(10000));
    QVERIFY2(!statusText().contains(QLatin1String("Status refresh failed")), qPrintable(statusText()));
    QCOMPARE(m_controller->statusRefreshSeconds(), 5);
}

void TestMainWindow::addAndEditAGateway()
{
    start();
    m_window->showGateways(1);
    auto *add = openDialog<GatewayAddDialog>(m_window->consoleActions().add);
    QVERIFY(add);
    add->findChild<QLineEdit *>(QStringLiteral("server"))->setText(QStringLiteral("ras-gw05.corp.example.com"));
    // As the official wizard: a forwarding gateway, forwarding to one of the Site's gateways.
    auto *mode = add->findChild<QComboBox *>(QStringLiteral("mode"));
    mode->setCurrentIndex(mode->findData(1));
    auto *forwardTo = add->findChild<QListWidget *>(QStringLiteral("forwardTo"));
    QCOMPARE(forwardTo->count(), 2); // HQ-London's two gateways
    forwardTo->item(0)->setCheckState(Qt::Checked);
    const QString target = forwardTo->item(0)->text();
    QTest::mouseClick(okButton(add), Qt::LeftButton);
    waitClosed(add);
    waitForReload();
    const FarmState &farm = m_server->router().farm();
    QCOMPARE(farm.gateways.size(), 5);
    // The create carried only server and Site; the mode and target followed as an update.
    QTRY_COMPARE(farm.gateways.last().value(QLatin1String("gwMode")).toInt(), 1);
    QCOMPARE(farm.gateways.last().value(QLatin1String("forwardGatewayServers")).toString(), target);
    QTRY_COMPARE(m_controller->client()->inFlight(), 0);

    m_window->gatewayPage()->table()->selectId(2);
    auto *dialog = openDialog<GatewayPropertiesDialog>(m_window->consoleActions().properties);
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QTabWidget *>(QStringLiteral("tabs"))->count(), 6);
    // The page hands the dialog the farm's names: the Site and its brokers, not their ids.
    QCOMPARE(static_cast<QLabel *>(dialog->editor(QStringLiteral("siteId")))->text(), QStringLiteral("HQ-London"));
    auto *broker = static_cast<QComboBox *>(dialog->editor(QStringLiteral("preferredPAId")));
    QCOMPARE(broker->count(), 3);
    QCOMPARE(broker->itemText(1), QStringLiteral("ras-cb01.corp.example.com"));
    QCOMPARE(broker->itemText(2), QStringLiteral("ras-cb02.corp.example.com"));
    static_cast<QSpinBox *>(dialog->editor(QStringLiteral("hstsMaxAge")))->setValue(36);
    static_cast<QCheckBox *>(dialog->editor(QStringLiteral("enableGWPort")))->setChecked(false);
    auto *ipVersion = static_cast<QComboBox *>(dialog->editor(QStringLiteral("ipVersion")));
    ipVersion->setCurrentIndex(ipVersion->findData(0));
    auto *macFilter = static_cast<QComboBox *>(dialog->editor(QStringLiteral("securityMode")));
    macFilter->setCurrentIndex(macFilter->findData(1)); // allow only listed addresses
    static_cast<QLineEdit *>(dialog->editor(QStringLiteral("macAllowOnlyLst")))->setText(QStringLiteral("00:11:22:33:44:55"));
    // HSTS without SSL is refused before anything is sent.
    static_cast<QCheckBox *>(dialog->editor(QStringLiteral("enableSSL")))->setChecked(false);
    QVERIFY(!okButton(dialog)->isEnabled());
    static_cast<QCheckBox *>(dialog->editor(QStringLiteral("enableSSL")))->setChecked(true);
    QVERIFY(okButton(dialog)->isEnabled());
    QCOMPARE(dialog->changes().fieldNames(), (QStringList{QStringLiteral("ipVersion"), QStringLiteral("enableGWPort"),
                                                          QStringLiteral("hstsMaxAge"), QStringLiteral("securityMode"),
                                                          QStringLiteral("macAllowOnlyLst")}));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    waitClosed(dialog);
    waitForReload();
    const QJsonObject gateway = farm.gateways.at(farm.gatewayIndex(2));
    QCOMPARE(gateway.value(QLatin1String("hstsMaxAge")).toInt(), 36);
    QCOMPARE(gateway.value(QLatin1String("enableGWPort")).toBool(), false);
    QCOMPARE(gateway.value(QLatin1String("ipVersion")).toInt(), 0);
    QCOMPARE(gateway.value(QLatin1String("macAllowOnlyLst")).toArray().size(), 1);
    QCOMPARE(gateway.value(QLatin1String("securityMode")).toInt(), 1);
}

void TestMainWindow::addPolicyAndSecondaryConnection()
{
    start();
    m_window->showPolicies();
    auto *add = openDialog<PolicyDialog>(m_window->consoleActions().add);
    QVERIFY(add);
    QVERIFY(!okButton(add)->isEnabled());
    add->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Kiosks"));
    add->findChild<QLineEdit *>(QStringLiteral("description"))->setText(QStringLiteral("Lobby"));
    QTest::mouseClick(okButton(add), Qt::LeftButton);
    waitClosed(add);
    waitForReload();
    const FarmState &farm = m_server->router().farm();
    QCOMPARE(farm.policies.size(), 7);
    const int id = farm.policies.last().value(QLatin1String("id")).toInt();
    // The new policy is selected, and its confirmation goes once another page shows.
    QCOMPARE(m_window->policyPage()->selectedId(), id);
    QVERIFY(m_window->banner()->isVisible());
    m_window->showBrokers();
    QVERIFY(!m_window->banner()->isVisible());
    m_window->showPolicies();

    m_window->policyPage()->table()->selectId(id);
    auto *dialog = openDialog<SecondaryConnectionsDialog>(m_window->consoleActions().connections);
    QVERIFY(dialog);
    QSignalSpy reloaded(dialog, &SecondaryConnectionsDialog::reloaded);
    QVERIFY(reloaded.wait(5000));
    auto *server = dialog->findChild<QComboBox *>(QStringLiteral("server"));
    auto *addButton = dialog->findChild<QPushButton *>(QStringLiteral("add"));
    server->setEditText(QStringLiteral("bad server"));
    QVERIFY(!addButton->isEnabled());
    server->setEditText(QStringLiteral("gw.example.com"));
    dialog->findChild<QSpinBox *>(QStringLiteral("port"))->setValue(8443);
    QTest::mouseClick(addButton, Qt::LeftButton);
    QVERIFY(reloaded.wait(5000));
    QCOMPARE(dialog->model()->rowCount(), 1);
    const QJsonArray list = farm.policies.last().value(QLatin1String("clientPolicy")).toObject().value(QLatin1String("session"))
                                .toObject().value(QLatin1String("secondaryConnections")).toObject()
                                .value(QLatin1String("connectionList")).toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(QLatin1String("serverPort")).toInt(), 8443);
    QCOMPARE(list.first().toObject().value(QLatin1String("mode")).toInt(), 2); // gateway SSL, the default

    // The same connection again is refused by the server; the form keeps it.
    server->setEditText(QStringLiteral("gw.example.com"));
    QTest::mouseClick(addButton, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return dialog->findChild<QLabel *>(QStringLiteral("error"))->text().contains(QLatin1String("already")); }, 5000));
    QCOMPARE(server->currentText(), QStringLiteral("gw.example.com"));

    auto *table = dialog->findChild<QTableView *>(QStringLiteral("table"));
    table->selectRow(0);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("remove")), Qt::LeftButton);
    QVERIFY(reloaded.wait(5000));
    QCOMPARE(dialog->model()->rowCount(), 0);
    dialog->reject();
}

void TestMainWindow::unreadableRefreshKeepsTheLastGoodRows()
{
    start();
    QCOMPARE(m_window->brokerPage()->table()->view()->model()->rowCount(), 3);
    // Every answer now arrives as a 200 whose JSON is cut off.
    m_server->faults().setKinds({FaultInjector::Fault::MalformedJson});
    m_server->faults().setRate(1.0);
    QSignalSpy loaded(m_controller.get(), &FarmController::loaded);
    m_controller->refreshAll();
    QVERIFY(loaded.wait(10000));
    // The rows stay, their status too; the banner names the failed call.
    QCOMPARE(m_window->brokerPage()->table()->view()->model()->rowCount(), 3);
    QCOMPARE(m_controller->gateways()->rowCount(), 4);
    QCOMPARE(m_controller->policies()->rowCount(), 6);
    QVERIFY(m_controller->brokers()->statusOf(1));
    QVERIFY(m_window->banner()->text().contains(QLatin1String("GET api/")));
    QVERIFY2(m_window->banner()->text().contains(QLatin1String("older data")), qPrintable(m_window->banner()->text()));
    // The page says how old its rows are and which call failed; the log shows the call as failed.
    LoadStateBar *state = m_window->brokerPage()->loadState();
    QTRY_VERIFY(state->isVisible());
    QVERIFY2(state->text().startsWith(QLatin1String("As of ")), qPrintable(state->text()));
    QVERIFY2(state->text().contains(QLatin1String("GET api/")), qPrintable(state->text()));
    const QList<RequestLogEntry> &entries = m_controller->client()->requestLog()->entries();
    const auto unreadable = std::find_if(entries.cbegin(), entries.cend(), [](const RequestLogEntry &entry) {
        return entry.status == 200 && entry.path == QLatin1String("api/Broker") && !entry.error.isEmpty();
    });
    QVERIFY(unreadable != entries.cend());
    const int row = static_cast<int>(unreadable - entries.cbegin());
    QVERIFY(m_controller->requestLog()->index(row, RequestLogModel::Status).data().toString().contains(QLatin1String("unreadable")));
    m_server->faults().setRate(0.0);
}

void TestMainWindow::failedFirstLoadSaysNotLoadedAndOffersRetry()
{
    EmulatorOptions options;
    options.port = 0;
    options.password = QStringLiteral("pw");
    m_server = std::make_unique<RasEmulatorServer>(options);
    QString error;
    QVERIFY(m_server->start(&error));
    auto manager = std::make_unique<PathBreakingManager>(QStringLiteral("/api/ClientPolicies"));
    PathBreakingManager *breaking = manager.get();
    m_manager = std::move(manager);
    m_controller = std::make_unique<FarmController>(m_manager.get());
    m_controller->setAutoRefreshSeconds(0);
    QVERIFY(m_controller->setServer(m_server->url(), &error));
    m_window = std::make_unique<MainWindow>(m_controller.get(), false);
    m_window->show();
    QSignalSpy loaded(m_controller.get(), &FarmController::loaded);
    m_controller->logOn(QStringLiteral("administrator"), QStringLiteral("pw"), nullptr, {});
    QVERIFY(loaded.wait(10000));

    // An empty table that means "not loaded", never "no policies", and nothing to add to.
    m_window->showPolicies();
    PoliciesPage *page = m_window->policyPage();
    QVERIFY(!page->isLoaded());
    QCOMPARE(page->table()->view()->model()->rowCount(), 0);
    QVERIFY(page->loadState()->isVisible());
    QVERIFY2(page->loadState()->text().startsWith(QLatin1String("Not loaded")), qPrintable(page->loadState()->text()));
    QVERIFY2(page->loadState()->text().contains(QLatin1String("GET api/ClientPolicies")), qPrintable(page->loadState()->text()));
    QVERIFY(!m_window->consoleActions().add->isEnabled());
    // Nothing older is shown anywhere: the banner does not claim so.
    QVERIFY2(m_window->banner()->text().startsWith(QLatin1String("Part of the farm could not be loaded: GET api/ClientPolicies")),
             qPrintable(m_window->banner()->text()));
    // The brokers loaded: their page is current.
    QVERIFY(m_window->brokerPage()->isLoaded());
    QVERIFY(!m_window->brokerPage()->loadState()->isVisibleTo(m_window->brokerPage()));

    breaking->broken = false;
    QTest::mouseClick(page->loadState()->findChild<QPushButton *>(QStringLiteral("retry")), Qt::LeftButton);
    QVERIFY(loaded.wait(10000));
    QVERIFY(page->isLoaded());
    QVERIFY(!page->loadState()->isVisible());
    QCOMPARE(page->table()->view()->model()->rowCount(), 6);
    QVERIFY(m_window->consoleActions().add->isEnabled());
}

void TestMainWindow::theFirstLoadSaysWhatItWaitsFor()
{
    // A log-on against a slow or stalling server can take half a minute: the empty tables say
    // what the console is waiting for, never look like an empty farm.
    openWindow();
    RecordTablePage *table = m_window->brokerPage()->table();
    QVERIFY(table->waitingText().isEmpty());

    // A wrong password: the bar goes again (the log-on dialog says why).
    QSignalSpy failed(m_controller.get(), &FarmController::logOnFailed);
    m_controller->logOn(QStringLiteral("administrator"), QStringLiteral("wrong"), nullptr, {});
    QCOMPARE(table->waitingText(), QStringLiteral("Logging on to %1 as administrator…").arg(m_server->url()));
    // Written in the empty table, over its whole width; nothing above the table moves.
    QVERIFY(table->view()->viewport()->findChild<QLabel *>(QStringLiteral("waiting"))->isVisible());
    QCOMPARE(table->view()->viewport()->findChild<QLabel *>(QStringLiteral("waiting"))->width(),
             table->view()->viewport()->width());
    QVERIFY(!m_window->brokerPage()->loadState()->isVisible());
    QVERIFY(failed.wait(10000));
    QVERIFY(table->waitingText().isEmpty());

    QString whileLoading;
    connect(m_controller.get(), &FarmController::loggedOn, this, [&] { whileLoading = table->waitingText(); });
    QSignalSpy loaded(m_controller.get(), &FarmController::loaded);
    m_controller->logOn(QStringLiteral("administrator"), QStringLiteral("pw"), nullptr, {});
    QVERIFY(!table->waitingText().isEmpty());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(whileLoading, QStringLiteral("Loading from %1…").arg(m_server->url()));
    QVERIFY(table->waitingText().isEmpty());
    QVERIFY(table->view()->model()->rowCount() > 0);
}

void TestMainWindow::problemsCountedAndAnnounced()
{
    // A narrow State column remembered from an earlier session.
    start();
    QTableView *view = m_window->brokerPage()->table()->view();
    view->setColumnWidth(BrokerModel::State, 20);
    HealthWatch *brokers = m_window->brokerPage()->healthWatch();
    brokers->recount();
    const int before = brokers->problemCount();
    QVERIFY(m_window->problemNotice()->lines().isEmpty());
    // Another administrator takes a broker's server offline: the next status refresh tells.
    FarmState &farm = m_server->router().farm();
    QJsonObject broker = farm.brokers.at(farm.brokerIndex(2));
    broker.insert(QStringLiteral("description"), QStringLiteral("offline for maintenance"));
    farm.brokers[farm.brokerIndex(2)] = broker;
    QSignalSpy refreshed(m_controller.get(), &FarmController::statusRefreshed);
    m_controller->refreshStatus();
    QVERIFY(refreshed.wait(10000));
    QTRY_COMPARE(brokers->problemCount(), before + 1);
    // A notice that does not take the focus, naming the server and its state.
    QTRY_VERIFY(!m_window->problemNotice()->lines().isEmpty());
    QVERIFY2(m_window->problemNotice()->lines().first().contains(QLatin1String("needs attention")),
             qPrintable(m_window->problemNotice()->lines().first()));
    QVERIFY(m_window->problemNotice()->isVisible());
    // The tree counts per Site and kind; the status bar sums up the farm.
    auto *tree = m_window->findChild<QTreeWidget *>();
    QStringList texts;
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        texts << (*it)->toolTip(0);
    const QString expected = before + 1 == 1 ? QStringLiteral("All Connection Brokers — 1 problem")
                                             : QStringLiteral("All Connection Brokers — %1 problems").arg(before + 1);
    QVERIFY2(texts.contains(expected), qPrintable(texts.join(QLatin1String(" | "))));
    // The State column grew to show the new state whole.
    QTRY_VERIFY(view->columnWidth(BrokerModel::State) >= view->fontMetrics().horizontalAdvance(QStringLiteral("Disconnected")));
    auto *health = m_window->statusBar()->findChild<QLabel *>(QStringLiteral("farmHealth"));
    QVERIFY2(health->text().contains(QLatin1String("need attention")), qPrintable(health->text()));
    // A large farm's counts are grouped as the locale writes numbers.
    auto *bar = static_cast<ConsoleStatusBar *>(m_window->statusBar());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    bar->showHealth(0, 20000);
    QCOMPARE(health->text(), QStringLiteral("All 20,000 servers are fine"));
    bar->showHealth(1500, 20000);
    QCOMPARE(health->text(), QStringLiteral("1,500 of 20,000 servers need attention"));
    QLocale::setDefault(QLocale::system());
}

void TestMainWindow::lastPageAndRefreshIntervalRemembered()
{
    start();
    m_window->showGateways(2);
    auto *interval = m_window->findChild<QComboBox *>(QStringLiteral("refreshInterval"));
    QVERIFY(interval);
    interval->setCurrentIndex(interval->findData(30));
    // Quit and start again: the same page, Site and interval.
    m_window->close();
    m_window.reset();
    m_controller.reset();
    m_manager.reset();
    m_server.reset();
    start();
    QCOMPARE(m_window->currentPage(), static_cast<ObjectPage *>(m_window->gatewayPage()));
    QCOMPARE(m_window->gatewayPage()->siteId(), 2);
    QCOMPARE(m_controller->autoRefreshSeconds(), 30);
    QCOMPARE(m_window->findChild<QComboBox *>(QStringLiteral("refreshInterval"))->currentData().toInt(), 30);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
