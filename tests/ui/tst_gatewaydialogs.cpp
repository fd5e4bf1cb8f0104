#include "GatewayAddDialog.h"
#include "GatewayNames.h"
#include "GatewayPropertiesDialog.h"
#include "SiteModel.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QScrollBar>
#include <QStyle>
#include <QtTest>

// The Secure Gateway properties dialog, clicked through as an administrator would: names instead
// of ids, settings that do not apply disabled, addresses checked before anything is sent.
class TestGatewayDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void generalTabShowsNames();
    void forwardingIsChosenFromTheFarmsGateways();
    void unknownIdsAreKeptAsTheyAre();
    void settingsThatDoNotApplyAreDisabled();
    void addressesPortsAndListsAreChecked();
    void readOnlyShowsButDoesNotEdit();
    void addOffersTheWizardsChoices();

private:
    static GatewayNames names();
    static Gateway gateway();
    static QPushButton *okButton(QDialog *dialog)
    {
        return dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
    }
    static QString errorText(QDialog *dialog) { return dialog->findChild<QLabel *>(QStringLiteral("error"))->text(); }
    template <typename Editor>
    static Editor *editor(const GatewayPropertiesDialog &dialog, const char *apiName)
    {
        auto *found = qobject_cast<Editor *>(dialog.editor(QLatin1String(apiName)));
        if (!found)
            qFatal("no editor of the expected kind for %s", apiName);
        return found;
    }
    // Shows the tab that holds widget and waits until it is on screen, so clicks reach it.
    static void showTabOf(QDialog *dialog, QWidget *widget);
    static void click(QCheckBox *check);
    static void choose(QComboBox *combo, const QString &text);
    // The check boxes of neighbouring rows do not touch, and a list of up to five rows shows them
    // all without scrolling.
    static void checkRowsReadable(QListWidget *list);
};

void TestGatewayDialogs::checkRowsReadable(QListWidget *list)
{
    QVERIFY(list->count() >= 2);
    const int pitch = list->visualItemRect(list->item(1)).top() - list->visualItemRect(list->item(0)).top();
    const int indicator = list->style()->pixelMetric(QStyle::PM_IndicatorHeight, nullptr, list);
    QVERIFY2(pitch >= indicator + 2, qPrintable(QStringLiteral("rows %1 px apart, check boxes %2 px high").arg(pitch).arg(indicator)));
    if (list->count() <= 5)
        QCOMPARE(list->verticalScrollBar()->maximum(), 0);
}

void TestGatewayDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

GatewayNames TestGatewayDialogs::names()
{
    GatewayNames names;
    names.siteName = QStringLiteral("HQ-London");
    names.siteBrokers = {{1, QStringLiteral("ras-cb01.corp.example.com"), names.siteName, 1},
                         {2, QStringLiteral("ras-cb02.corp.example.com"), names.siteName, 1}};
    names.farmGateways = {{4, QStringLiteral("ras-gw01.corp.example.com"), names.siteName, 1},
                          {5, QStringLiteral("ras-gw02.corp.example.com"), names.siteName, 1},
                          {7, QStringLiteral("ras-gw03.dr.example.com"), QStringLiteral("DR-Frankfurt"), 2}};
    return names;
}

Gateway TestGatewayDialogs::gateway()
{
    Gateway gateway;
    gateway.id = 4;
    gateway.server = QStringLiteral("ras-gw01.corp.example.com");
    gateway.siteId = 1;
    gateway.ips = QStringLiteral("10.0.0.5");
    return gateway;
}

void TestGatewayDialogs::showTabOf(QDialog *dialog, QWidget *widget)
{
    auto *tabs = dialog->findChild<QTabWidget *>(QStringLiteral("tabs"));
    for (int tab = 0; tabs && tab < tabs->count(); ++tab) {
        if (tabs->widget(tab)->isAncestorOf(widget)) {
            tabs->setCurrentIndex(tab);
            break;
        }
    }
    QTRY_VERIFY(widget->isVisible());
}

void TestGatewayDialogs::click(QCheckBox *check)
{
    showTabOf(qobject_cast<QDialog *>(check->window()), check);
    QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(check->style()->pixelMetric(QStyle::PM_IndicatorWidth) / 2 + 2,
                                                         check->height() / 2));
}

void TestGatewayDialogs::choose(QComboBox *combo, const QString &text)
{
    showTabOf(qobject_cast<QDialog *>(combo->window()), combo);
    const int index = combo->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    // The keyboard, as an administrator tabbing through the form would: Home, then Down to the entry.
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int step = 0; step < index; ++step)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentText(), text);
}

void TestGatewayDialogs::generalTabShowsNames()
{
    Gateway gw = gateway();
    gw.preferredPAId = 2;
    GatewayPropertiesDialog dialog(gw, names(), false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // The Site by name, not "1".
    auto *site = qobject_cast<QLabel *>(dialog.editor(QStringLiteral("siteId")));
    QVERIFY(site);
    QCOMPARE(site->text(), QStringLiteral("HQ-London"));
    // The preferred broker from the Site's brokers, with "Any".
    auto *broker = editor<QComboBox>(dialog, "preferredPAId");
    QCOMPARE(broker->currentText(), QStringLiteral("ras-cb02.corp.example.com"));
    QCOMPARE(broker->itemText(0), QStringLiteral("Any"));
    QCOMPARE(broker->count(), 3);
    choose(broker, QStringLiteral("Any"));
    QCOMPARE(dialog.changes().fieldNames(), QStringList{QStringLiteral("preferredPAId")});
    QVERIFY(okButton(&dialog)->isEnabled());
    // "No forwarding gateway" reads None, not 4294967295.
    QCOMPARE(editor<QComboBox>(dialog, "fwGWID")->currentText(), QStringLiteral("None"));
    // The id is still there for scripts, named, as the last row of the General tab.
    auto *id = qobject_cast<QLabel *>(dialog.editor(QStringLiteral("id")));
    QVERIFY(id);
    QCOMPARE(id->text(), QStringLiteral("4"));
    auto *form = id->parentWidget()->findChild<QFormLayout *>();
    QVERIFY(form);
    int row = -1;
    QFormLayout::ItemRole role;
    form->getWidgetPosition(id, &row, &role);
    QCOMPARE(row, form->rowCount() - 1);
    QCOMPARE(qobject_cast<QLabel *>(form->labelForField(id))->text(), QStringLiteral("Secure Gateway ID:"));
}

void TestGatewayDialogs::forwardingIsChosenFromTheFarmsGateways()
{
    GatewayPropertiesDialog dialog(gateway(), names(), false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *forwardTo = editor<QListWidget>(dialog, "forwardGatewayServers");
    auto *forwardingGateway = editor<QComboBox>(dialog, "fwGWID");
    // In normal mode there is nothing to forward to.
    QVERIFY(!forwardTo->isEnabled());
    QVERIFY(!forwardingGateway->isEnabled());
    QVERIFY(editor<QComboBox>(dialog, "preferredPAId")->isEnabled());
    choose(editor<QComboBox>(dialog, "gwMode"), QStringLiteral("Forwarding"));
    QVERIFY(forwardTo->isEnabled());
    QVERIFY(forwardingGateway->isEnabled());
    QVERIFY(!editor<QComboBox>(dialog, "preferredPAId")->isEnabled());
    // Forwarding to nowhere is refused before anything is sent.
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY2(errorText(&dialog).contains(QLatin1String("needs a gateway to forward to")), qPrintable(errorText(&dialog)));
    // The other gateways of the farm, this one left out, another Site's named as such.
    QStringList offered;
    for (int row = 0; row < forwardTo->count(); ++row)
        offered << forwardTo->item(row)->text();
    QCOMPARE(offered, (QStringList{QStringLiteral("ras-gw02.corp.example.com"),
                                   QStringLiteral("ras-gw03.dr.example.com (DR-Frankfurt)")}));
    showTabOf(&dialog, forwardTo);
    checkRowsReadable(forwardTo);
    // Ticked with the keyboard: Space on the current row.
    forwardTo->setFocus();
    forwardTo->setCurrentRow(0);
    QTest::keyClick(forwardTo->viewport(), Qt::Key_Space);
    forwardTo->setCurrentRow(1);
    QTest::keyClick(forwardTo->viewport(), Qt::Key_Space);
    QCOMPARE(forwardTo->item(0)->checkState(), Qt::Checked);
    choose(forwardingGateway, QStringLiteral("ras-gw02.corp.example.com"));
    const GatewayChanges changes = dialog.changes();
    QCOMPARE(changes.fieldNames(), (QStringList{QStringLiteral("gwMode"), QStringLiteral("forwardGatewayServers"),
                                                QStringLiteral("fwGWID")}));
    const QJsonObject body = changes.toJson();
    QCOMPARE(body.value(QLatin1String("forwardGatewayServers")).toString(),
             QStringLiteral("ras-gw02.corp.example.com;ras-gw03.dr.example.com"));
    QCOMPARE(body.value(QLatin1String("fwGWID")).toInteger(), 5);
    QVERIFY(okButton(&dialog)->isEnabled());
    // Back to None: the API's "no gateway" value.
    choose(forwardingGateway, QStringLiteral("None"));
    QCOMPARE(dialog.changes().toJson().contains(QLatin1String("fwGWID")), false);
}

void TestGatewayDialogs::unknownIdsAreKeptAsTheyAre()
{
    Gateway gw = gateway();
    gw.gwMode = 1;
    gw.preferredPAId = 99;
    gw.fwGWID = 42;
    gw.forwardGatewayServers = QStringLiteral("RAS-GW02.corp.example.com, gw.partner.example.com:8443");
    GatewayPropertiesDialog dialog(gw, names(), false);
    QCOMPARE(editor<QComboBox>(dialog, "preferredPAId")->currentText(), QStringLiteral("Unknown Connection Broker (ID 99)"));
    QCOMPARE(editor<QComboBox>(dialog, "fwGWID")->currentText(), QStringLiteral("Unknown Secure Gateway (ID 42)"));
    auto *forwardTo = editor<QListWidget>(dialog, "forwardGatewayServers");
    QCOMPARE(forwardTo->count(), 3);
    QCOMPARE(forwardTo->item(0)->checkState(), Qt::Checked); // matched whatever the case
    QCOMPARE(forwardTo->item(2)->text(), QStringLiteral("gw.partner.example.com:8443"));
    QCOMPARE(forwardTo->item(2)->checkState(), Qt::Checked);
    // Nothing was touched: nothing would be sent, and OK stays off.
    QVERIFY(dialog.changes().isEmpty());
    QVERIFY(!okButton(&dialog)->isEnabled());
}

void TestGatewayDialogs::settingsThatDoNotApplyAreDisabled()
{
    GatewayPropertiesDialog dialog(gateway(), names(), false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // RDP port: off by default, so its port waits.
    auto *rdpPort = editor<QSpinBox>(dialog, "rdpPort");
    QVERIFY(!rdpPort->isEnabled());
    QVERIFY(rdpPort->toolTip().contains(QLatin1String("RDP port is enabled")));
    click(editor<QCheckBox>(dialog, "enableRDP"));
    QVERIFY(rdpPort->isEnabled());
    // HSTS details wait for HSTS.
    auto *maxAge = editor<QSpinBox>(dialog, "hstsMaxAge");
    QVERIFY(!maxAge->isEnabled());
    QVERIFY(!editor<QCheckBox>(dialog, "hstsPreload")->isEnabled());
    click(editor<QCheckBox>(dialog, "enableHSTS"));
    QVERIFY(maxAge->isEnabled());
    QVERIFY(editor<QCheckBox>(dialog, "hstsPreload")->isEnabled());
    // Only the MAC list the filter mode reads is editable.
    auto *denied = editor<QLineEdit>(dialog, "macAllowExceptLst");
    auto *allowed = editor<QLineEdit>(dialog, "macAllowOnlyLst");
    QVERIFY(denied->isEnabled());
    QVERIFY(!allowed->isEnabled());
    choose(editor<QComboBox>(dialog, "securityMode"), QStringLiteral("Allow only listed"));
    QVERIFY(!denied->isEnabled());
    QVERIFY(allowed->isEnabled());
    // SSL off takes its port and cipher settings with it; the custom cipher string needs Custom.
    auto *cipher = editor<QLineEdit>(dialog, "cipher");
    QVERIFY(!cipher->isEnabled());
    choose(editor<QComboBox>(dialog, "cipherStrength"), QStringLiteral("Custom"));
    QVERIFY(cipher->isEnabled());
    click(editor<QCheckBox>(dialog, "enableHSTS")); // HSTS needs SSL: off first
    click(editor<QCheckBox>(dialog, "enableSSL"));
    QVERIFY(!editor<QSpinBox>(dialog, "sslPort")->isEnabled());
    QVERIFY(!cipher->isEnabled());
    // What was disabled keeps its value, and the change of the switch is what is sent.
    QCOMPARE(dialog.changes().fieldNames(),
             (QStringList{QStringLiteral("enableRDP"), QStringLiteral("enableSSL"), QStringLiteral("cipherStrength"),
                          QStringLiteral("securityMode")}));
}

void TestGatewayDialogs::addressesPortsAndListsAreChecked()
{
    GatewayPropertiesDialog dialog(gateway(), names(), false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *ips = editor<QLineEdit>(dialog, "iPs");
    showTabOf(&dialog, ips);
    ips->selectAll();
    QTest::keyClicks(ips, QStringLiteral("999.1.1.1"));
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY2(errorText(&dialog).contains(QLatin1String("'999.1.1.1' is not an IPv4 or IPv6 address")),
             qPrintable(errorText(&dialog)));
    ips->selectAll();
    QTest::keyClicks(ips, QStringLiteral("10.0.0.5, 10.0.0.6, 10.0.0.5"));
    QVERIFY2(errorText(&dialog).contains(QLatin1String("'10.0.0.5' is listed twice")), qPrintable(errorText(&dialog)));
    ips->selectAll();
    QTest::keyClicks(ips, QStringLiteral("10.0.0.5, 10.0.0.6"));
    QVERIFY(errorText(&dialog).isEmpty());
    QVERIFY(okButton(&dialog)->isEnabled());
    // Two listeners on one port.
    auto *sslPort = editor<QSpinBox>(dialog, "sslPort");
    showTabOf(&dialog, sslPort);
    sslPort->selectAll();
    QTest::keyClicks(sslPort, QStringLiteral("80"));
    QVERIFY2(errorText(&dialog).contains(QLatin1String("Gateway port and SSL port are both 80")), qPrintable(errorText(&dialog)));
    QVERIFY(!okButton(&dialog)->isEnabled());
    sslPort->selectAll();
    QTest::keyClicks(sslPort, QStringLiteral("443"));
    QVERIFY(okButton(&dialog)->isEnabled());
    // A MAC address in a form the gateway cannot read.
    auto *denied = editor<QLineEdit>(dialog, "macAllowExceptLst");
    showTabOf(&dialog, denied);
    QTest::keyClicks(denied, QStringLiteral("00-1A-2B"));
    QVERIFY2(errorText(&dialog).contains(QLatin1String("'00-1A-2B' is not a MAC address")), qPrintable(errorText(&dialog)));
    QVERIFY(!okButton(&dialog)->isEnabled());
    // A refusal keeps everything typed.
    denied->clear();
    QVERIFY(okButton(&dialog)->isEnabled());
    dialog.showError(QStringLiteral("The server refused the change."));
    QCOMPARE(ips->text(), QStringLiteral("10.0.0.5, 10.0.0.6"));
    QVERIFY(dialog.isVisible());
}

void TestGatewayDialogs::readOnlyShowsButDoesNotEdit()
{
    Gateway gw = gateway();
    gw.gwMode = 1;
    gw.forwardGatewayServers = QStringLiteral("ras-gw02.corp.example.com");
    GatewayPropertiesDialog dialog(gw, names(), true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *ips = editor<QLineEdit>(dialog, "iPs");
    QVERIFY(ips->isEnabled());
    QVERIFY(ips->isReadOnly());
    QVERIFY(editor<QSpinBox>(dialog, "gwPort")->isReadOnly());
    QVERIFY(!editor<QComboBox>(dialog, "fwGWID")->isEnabled());
    QVERIFY(!editor<QCheckBox>(dialog, "enabled")->isEnabled());
    // Fields that do not apply still look so.
    QVERIFY(!editor<QSpinBox>(dialog, "rdpPort")->isEnabled());
    // The forwarding targets can be read but not ticked.
    auto *forwardTo = editor<QListWidget>(dialog, "forwardGatewayServers");
    QVERIFY(forwardTo->isEnabled());
    QVERIFY(!(forwardTo->item(0)->flags() & Qt::ItemIsUserCheckable));
    showTabOf(&dialog, forwardTo);
    forwardTo->setFocus();
    forwardTo->setCurrentRow(0);
    QTest::keyClick(forwardTo->viewport(), Qt::Key_Space);
    QCOMPARE(forwardTo->item(0)->checkState(), Qt::Checked);
    auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
    QVERIFY(!buttons->button(QDialogButtonBox::Ok));
    QVERIFY(buttons->button(QDialogButtonBox::Close));
    QVERIFY(dialog.changes().isEmpty());
}

void TestGatewayDialogs::addOffersTheWizardsChoices()
{
    SiteModel sites;
    QList<Site> list;
    for (const auto &[id, name] : {std::pair{1, "HQ-London"}, std::pair{2, "DR-Frankfurt"}, std::pair{3, "Lab"}}) {
        Site site;
        site.id = id;
        site.name = QLatin1String(name);
        list << site;
    }
    sites.setSites(list);
    GatewayAddDialog dialog(&sites, 1, names().farmGateways);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy submitted(&dialog, &OperationDialog::submitted);
    auto *server = dialog.findChild<QLineEdit *>(QStringLiteral("server"));
    server->setFocus();
    QTest::keyClicks(server, QStringLiteral("ras-gw05.corp.example.com"));
    QVERIFY(okButton(&dialog)->isEnabled());
    // Normal mode: nothing to forward to.
    auto *forwardTo = dialog.findChild<QListWidget *>(QStringLiteral("forwardTo"));
    QVERIFY(!forwardTo->isEnabled());
    choose(dialog.findChild<QComboBox *>(QStringLiteral("mode")), QStringLiteral("Forwarding"));
    QVERIFY(forwardTo->isEnabled());
    // The gateways of the chosen Site are offered; forwarding without a target is refused.
    QCOMPARE(forwardTo->count(), 2);
    QCOMPARE(forwardTo->item(1)->text(), QStringLiteral("ras-gw02.corp.example.com"));
    checkRowsReadable(forwardTo);
    QVERIFY(!okButton(&dialog)->isEnabled());
    QCOMPARE(errorText(&dialog), QStringLiteral("Tick the Secure Gateways this gateway forwards to."));
    forwardTo->setFocus();
    forwardTo->setCurrentRow(1);
    QTest::keyClick(forwardTo->viewport(), Qt::Key_Space);
    QVERIFY(okButton(&dialog)->isEnabled());
    // Another Site offers its own gateways; a Site without any cannot have a forwarding one.
    auto *site = dialog.findChild<QComboBox *>(QStringLiteral("site"));
    choose(site, QStringLiteral("DR-Frankfurt"));
    QCOMPARE(forwardTo->count(), 1);
    choose(site, QStringLiteral("Lab"));
    QVERIFY(errorText(&dialog).contains(QLatin1String("this Site has none yet")));
    choose(site, QStringLiteral("HQ-London"));
    QCOMPARE(forwardTo->item(1)->checkState(), Qt::Checked); // the tick survived
    // HTML5 off, and no installation.
    QTest::mouseClick(dialog.findChild<QCheckBox *>(QStringLiteral("html5")), Qt::LeftButton, {}, QPoint(8, 8));
    auto *install = dialog.findChild<QGroupBox *>(QStringLiteral("installGroup"));
    install->setFocus();
    QTest::keyClick(install, Qt::Key_Space);
    QVERIFY(!install->isChecked());
    const GatewayAddRequest request = dialog.request();
    QCOMPARE(request.server, QStringLiteral("ras-gw05.corp.example.com"));
    QCOMPARE(request.siteId, 1);
    QCOMPARE(request.mode, 1);
    QCOMPARE(request.forwardTo, QStringList{QStringLiteral("ras-gw02.corp.example.com")});
    QVERIFY(!request.enableHtml5);
    QVERIFY(!request.installAgent);
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QCOMPARE(submitted.count(), 1);
}

QTEST_MAIN(TestGatewayDialogs)
#include "tst_gatewaydialogs.moc"
