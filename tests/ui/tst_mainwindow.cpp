#include "FarmController.h"
#include "LogonDialog.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "Questions.h"
#include "RasEmulatorServer.h"
#include "RecordFilterProxy.h"
#include "RecordTablePage.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTableView>
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

    void start(bool readOnly = false)
    {
        EmulatorOptions options;
        options.port = 0;
        options.password = QStringLiteral("pw");
        m_server = std::make_unique<RasEmulatorServer>(options);
        QString error;
        QVERIFY(m_server->start(&error));
        m_manager = std::make_unique<QNetworkAccessManager>();
        m_controller = std::make_unique<FarmController>(m_manager.get());
        m_controller->setAutoRefreshSeconds(0);
        QVERIFY(m_controller->setServer(m_server->url(), &error));
        m_window = std::make_unique<MainWindow>(m_controller.get(), readOnly);
        m_window->show();
        QSignalSpy loaded(m_controller.get(), &FarmController::loaded);
        m_controller->logOn(QStringLiteral("administrator"), QStringLiteral("pw"));
        QVERIFY(loaded.wait(10000));
    }
    int priorityOf(int id) const
    {
        const FarmState &farm = m_server->router().farm();
        return farm.brokers.at(farm.brokerIndex(id)).value(QLatin1String("priority")).toInt();
    }
    void waitForReload()
    {
        QSignalSpy loaded(m_controller.get(), &FarmController::loaded);
        QVERIFY(loaded.wait(10000));
    }

private slots:
    void init() { QSettings().clear(); }
    void cleanup()
    {
        Questions::setNextAnswer(QMessageBox::Yes);
        m_window.reset();
        m_controller.reset();
        m_manager.reset();
        m_server.reset();
    }
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("RAS Console Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }
    void showsTheFarm();
    void moveAndPromoteABroker();
    void deleteAskedFirstAndApply();
    void serverRefusalShownInline();
    void readOnlyHidesMutations();
    void quitWithPendingChangesAsks();
    void filterAndSiteNavigation();
    void logonDialogValidatesAndKeepsInput();
};

void TestMainWindow::showsTheFarm()
{
    start();
    QCOMPARE(m_controller->brokers()->rowCount(), 3);
    QCOMPARE(m_controller->gateways()->rowCount(), 4);
    QCOMPARE(m_controller->policies()->rowCount(), 6);
    QCOMPARE(m_window->brokerPage()->view()->model()->rowCount(), 3);
    QVERIFY(m_window->windowTitle() == QStringLiteral("RAS Console"));
}

void TestMainWindow::moveAndPromoteABroker()
{
    start();
    QVERIFY(m_controller->client()->isLoggedOn());
    RecordTablePage *page = m_window->brokerPage();
    page->selectId(2);
    QVERIFY(!m_window->action(QStringLiteral("moveUp"))->isEnabled()); // the first secondary cannot pass the primary
    QVERIFY(m_window->action(QStringLiteral("promote"))->isEnabled());
    Questions::setNextAnswer(QMessageBox::Yes);
    m_window->action(QStringLiteral("promote"))->trigger();
    waitForReload();
    QCOMPARE(priorityOf(2), 0);
    QCOMPARE(priorityOf(1), 1);
    QCOMPARE(m_controller->pendingChanges()->count(), 1);
    QVERIFY(m_window->action(QStringLiteral("apply"))->text().contains(QLatin1String("(1)")));
    // The promote ended the session; the reload above already logged on again by itself.
    QVERIFY(m_controller->client()->isLoggedOn());
}

void TestMainWindow::deleteAskedFirstAndApply()
{
    start();
    m_window->showPolicies();
    m_window->policyPage()->selectId(6);
    const int asked = Questions::askedCount();
    Questions::setNextAnswer(QMessageBox::Cancel);
    m_window->action(QStringLiteral("delete"))->trigger();
    QCOMPARE(Questions::askedCount(), asked + 1);
    QTest::qWait(200);
    QCOMPARE(m_server->router().farm().policies.size(), 6); // cancelled: nothing sent

    Questions::setNextAnswer(QMessageBox::Yes);
    m_window->action(QStringLiteral("delete"))->trigger();
    waitForReload();
    QCOMPARE(m_server->router().farm().policies.size(), 5);
    QCOMPARE(m_controller->pendingChanges()->count(), 1);
    m_window->action(QStringLiteral("apply"))->trigger();
    waitForReload();
    QCOMPARE(m_controller->pendingChanges()->count(), 0);
    QCOMPARE(m_server->router().farm().appliedCount, 1);
}

void TestMainWindow::serverRefusalShownInline()
{
    start();
    m_window->showPolicies();
    m_window->policyPage()->selectId(1);
    // The window disables "move up" for the first policy; the controller still reports a refusal.
    QVERIFY(!m_window->action(QStringLiteral("moveUp"))->isEnabled());
    QSignalSpy failed(m_controller.get(), &FarmController::operationFailed);
    m_controller->movePolicy(1, true);
    QVERIFY(failed.wait(5000));
    QVERIFY(m_window->banner()->isVisible());
    QCOMPARE(m_window->banner()->text(), QStringLiteral("Cannot move selected client policy up."));
}

void TestMainWindow::readOnlyHidesMutations()
{
    start(true);
    QVERIFY(m_window->windowTitle().contains(QLatin1String("read-only")));
    for (const char *name : {"apply", "moveUp", "moveDown", "promote", "delete"})
        QVERIFY2(!m_window->action(QLatin1String(name))->isVisible(), name);
    QVERIFY(m_window->action(QStringLiteral("refresh"))->isVisible());
    // Ticking "Enabled" does nothing in read-only mode.
    const QModelIndex enabled = m_controller->brokers()->index(1, BrokerModel::Enabled);
    m_controller->brokers()->setData(enabled, Qt::Unchecked, Qt::CheckStateRole);
    QTest::qWait(300);
    const FarmState &farm = m_server->router().farm();
    QVERIFY(farm.brokers.at(farm.brokerIndex(2)).value(QLatin1String("enabled")).toBool());
}

void TestMainWindow::quitWithPendingChangesAsks()
{
    start();
    m_window->brokerPage()->selectId(2);
    const QModelIndex enabled = m_controller->brokers()->index(m_controller->brokers()->rowOf(2), BrokerModel::Enabled);
    m_controller->brokers()->setData(enabled, Qt::Unchecked, Qt::CheckStateRole);
    waitForReload();
    const FarmState &farm = m_server->router().farm();
    QVERIFY(!farm.brokers.at(farm.brokerIndex(2)).value(QLatin1String("enabled")).toBool());
    QCOMPARE(m_controller->pendingChanges()->count(), 1);

    const int asked = Questions::askedCount();
    Questions::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!m_window->close());
    QCOMPARE(Questions::askedCount(), asked + 1);
    QVERIFY(m_window->isVisible());
    Questions::setNextAnswer(QMessageBox::Yes);
    QVERIFY(m_window->close());
}

void TestMainWindow::filterAndSiteNavigation()
{
    start();
    RecordTablePage *page = m_window->brokerPage();
    QTest::keyClicks(page->filterEdit(), QStringLiteral("frankfurt"));
    QCOMPARE(page->view()->model()->rowCount(), 1);
    page->filterEdit()->clear();
    m_window->showBrokers(1);
    QCOMPARE(page->view()->model()->rowCount(), 2);
    m_window->showGateways(2);
    QCOMPARE(m_window->gatewayPage()->view()->model()->rowCount(), 2);
    const QString csv = m_window->gatewayPage()->toCsv();
    QVERIFY(csv.startsWith(QLatin1String("Server,State,")));
    QCOMPARE(csv.count(QLatin1Char('\n')), 3);
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

    QObject::connect(&dialog, &LogonDialog::logOnRequested, &dialog, [&] {
        QString problem;
        QVERIFY(m_controller->setServer(dialog.server(), &problem));
        dialog.setBusy(true);
        m_controller->logOn(dialog.user(), dialog.password());
    });
    QObject::connect(m_controller.get(), &FarmController::logonFailed, &dialog, [&](const RasError &failure) {
        dialog.setBusy(false);
        dialog.showError(failure.message);
    });
    QSignalSpy failed(m_controller.get(), &FarmController::logonFailed);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(failed.wait(5000));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.password(), QStringLiteral("wrong")); // the input stays
    QCOMPARE(dialog.server(), m_server->url());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("error"))->text().contains(QLatin1String("Invalid user name")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
