#include "BrokerAddDialog.h"
#include "BrokerPropertiesDialog.h"
#include "FarmController.h"
#include "GatewayAddDialog.h"
#include "GatewayNames.h"
#include "GatewayPropertiesDialog.h"
#include "LoadHistoryChart.h"
#include "LogonDialog.h"
#include "LogonFlow.h"
#include "PolicyDialog.h"
#include "Questions.h"
#include "SecondaryConnectionsDialog.h"
#include "SiteModel.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QHeaderView>
#include <QTranslator>
#include <QtTest>

// The dialogs at the size they open with and after a long message appears: every label, button and
// field shows its whole text, in English, German and French. ctest runs this once at 100 % and once
// at 150 % scale (QT_SCALE_FACTOR).
class TestDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { QSettings().clear(); }
    // Each test starts in English, whatever language the one before used.
    void cleanup() { useLanguage(QString()); }
    void cleanupTestCase();
    void everyDialogFits_data();
    void everyDialogFits();
    void logonDialogGrowsForAChangedCertificate();
    void busyIsNotAnError();
    void unreachableServerIsNamed();
    void readOnlyFieldsCanBeCopied();
    void choicesSayWhatTheyDo();
    void brokerAgentTabAndResolve();
    void secondaryConnectionsOfferGatewaysAndClearStaleProblems();
    void chartLeavesGapsAndDistinctLabels();

private:
    void useLanguage(const QString &language);
    // Widgets whose text or content is cut at the dialog's current size, described for the failure message.
    static QStringList clipped(QWidget *dialog);
    static QStringList clippedOnEveryTab(QWidget *dialog);
    QList<QDialog *> createDialogs(QWidget *parent);

    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<FarmController> m_controller;
    SiteModel m_sites;
    QList<QTranslator *> m_translators;
};

void TestDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RAS Console Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_dialogs"));
    // No server: the dialogs are looked at, nothing is sent. The farm's gateways come from the model.
    m_manager = std::make_unique<QNetworkAccessManager>();
    m_controller = std::make_unique<FarmController>(m_manager.get());
    m_controller->setAutoRefreshSeconds(0);
    QList<Gateway> gateways;
    for (const char *name : {"ras-gw02.corp.example.com", "ras-gw01.corp.example.com"}) {
        Gateway gateway;
        gateway.id = static_cast<int>(gateways.size()) + 1;
        gateway.server = QLatin1String(name);
        gateway.siteId = 1;
        gateways << gateway;
    }
    m_controller->gateways()->setGateways(gateways);
    Site berlin;
    berlin.id = 1;
    berlin.name = QStringLiteral("Berlin");
    Site paris;
    paris.id = 2;
    paris.name = QStringLiteral("Paris headquarters");
    m_sites.setSites({berlin, paris});
}

void TestDialogs::cleanupTestCase()
{
    useLanguage(QString());
    m_controller.reset();
    m_manager.reset();
}

void TestDialogs::useLanguage(const QString &language)
{
    for (QTranslator *translator : std::as_const(m_translators)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_translators.clear();
    QLocale::setDefault(language.isEmpty() ? QLocale(QLocale::English, QLocale::UnitedStates) : QLocale(language));
    if (language.isEmpty())
        return;
    auto *own = new QTranslator;
    QVERIFY2(own->load(QStringLiteral("ras-console_%1").arg(language), QStringLiteral(RAS_QM_DIR)),
             "the console's translations are built with ras-console");
    QCoreApplication::installTranslator(own);
    m_translators << own;
    auto *qt = new QTranslator;
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        m_translators << qt;
    } else {
        delete qt;
    }
}

QStringList TestDialogs::clipped(QWidget *dialog)
{
    QStringList problems;
    const auto describe = [](QWidget *widget, const QString &what) {
        const QString text = widget->property("text").toString();
        return QStringLiteral("%1 '%2' (%3): %4").arg(QLatin1String(widget->metaObject()->className()),
                                                     widget->objectName(), text.left(40), what);
    };
    for (QWidget *widget : dialog->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(dialog) || widget->inherits("QScrollBar") || widget->inherits("QTabBar"))
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->text().isEmpty())
                continue;
            if (label->wordWrap()) {
                if (label->height() < label->heightForWidth(label->width()))
                    problems << describe(label, QStringLiteral("%1 px high, needs %2").arg(label->height()).arg(label->heightForWidth(label->width())));
            } else if (label->width() < label->sizeHint().width()) {
                problems << describe(label, QStringLiteral("%1 px wide, needs %2").arg(label->width()).arg(label->sizeHint().width()));
            }
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            if (button->parentWidget() && button->parentWidget()->inherits("QTabBar"))
                continue;
            if (button->width() < button->sizeHint().width() || button->height() < button->minimumSizeHint().height())
                problems << describe(button, QStringLiteral("%1x%2, needs %3x%4")
                                                 .arg(button->width()).arg(button->height())
                                                 .arg(button->sizeHint().width()).arg(button->minimumSizeHint().height()));
        } else if (qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
                   || qobject_cast<QAbstractSpinBox *>(widget)) {
            if (widget->parentWidget() && (qobject_cast<QComboBox *>(widget->parentWidget())
                                           || qobject_cast<QAbstractSpinBox *>(widget->parentWidget())))
                continue; // the editor inside a combo box or spin box
            const QSize needed = widget->minimumSizeHint();
            // A field narrower than a few characters is a sliver, whatever its hint says.
            const int sliver = widget->fontMetrics().averageCharWidth() * 6;
            if (widget->height() < needed.height() || widget->width() < qMax(needed.width(), sliver))
                problems << describe(widget, QStringLiteral("%1x%2, needs %3x%4")
                                                 .arg(widget->width()).arg(widget->height())
                                                 .arg(qMax(needed.width(), sliver)).arg(needed.height()));
        }
    }
    return problems;
}

QStringList TestDialogs::clippedOnEveryTab(QWidget *dialog)
{
    QStringList problems = clipped(dialog);
    for (QTabWidget *tabs : dialog->findChildren<QTabWidget *>()) {
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QCoreApplication::sendPostedEvents();
            for (const QString &problem : clipped(dialog))
                problems << tabs->tabText(tab) + QStringLiteral(": ") + problem;
        }
        tabs->setCurrentIndex(0);
    }
    problems.removeDuplicates();
    return problems;
}

namespace {

// Names as long as real farms have them, so the choosers are measured with them.
GatewayNames gatewayNames()
{
    GatewayNames names;
    names.siteName = QStringLiteral("Berlin");
    names.siteBrokers = {{1, QStringLiteral("ras-broker01.corp.example.com"), names.siteName},
                         {2, QStringLiteral("ras-broker02.corp.example.com"), names.siteName}};
    names.farmGateways = {{4, QStringLiteral("ras-gw01.corp.example.com"), names.siteName, 1},
                          {5, QStringLiteral("ras-gw02.corp.example.com"), names.siteName, 1},
                          {6, QStringLiteral("ras-gw01.paris.example.com"), QStringLiteral("Paris headquarters"), 2}};
    return names;
}

} // namespace

QList<QDialog *> TestDialogs::createDialogs(QWidget *parent)
{
    Broker broker;
    broker.id = 2;
    broker.server = QStringLiteral("ras-broker02.corp.example.com");
    broker.priority = 1;
    broker.ip = QStringLiteral("10.0.0.12");
    broker.description = QStringLiteral("Second broker of the Berlin site");
    broker.timeCreate = QDateTime(QDate(2026, 5, 23), QTime(11, 35), Qt::UTC);
    broker.adminCreate = QStringLiteral("CORP\\administrator");
    ClientPolicy policy;
    policy.id = 3;
    policy.name = QStringLiteral("Finance department laptops");
    policy.description = QStringLiteral("Clients of the finance department connect through the DMZ gateways");
    Gateway gateway;
    gateway.id = 4;
    gateway.server = QStringLiteral("ras-gw01.corp.example.com");
    gateway.siteId = 1;
    return {new LogonDialog(parent),
            new BrokerAddDialog(&m_sites, 1, parent),
            new GatewayAddDialog(&m_sites, 1, gatewayNames().farmGateways, parent),
            new PolicyDialog(nullptr, false, parent),
            new PolicyDialog(&policy, false, parent),
            new BrokerPropertiesDialog(broker, false, parent),
            new GatewayPropertiesDialog(gateway, gatewayNames(), false, parent),
            new SecondaryConnectionsDialog(m_controller.get(), 1, policy.name, false, {}, parent)};
}

void TestDialogs::everyDialogFits_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QString();
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("French") << QStringLiteral("fr");
}

void TestDialogs::everyDialogFits()
{
    QFETCH(QString, language);
    useLanguage(language);
    QWidget parent;
    const QList<QDialog *> dialogs = createDialogs(&parent);
    const QString refusal = QStringLiteral(
        "The server refused the change: the address 10.0.0.300 is not valid for this Site, and the Site's "
        "licensing server could not be reached to check it (https://ras-licensing.corp.example.com:20443).");
    for (QDialog *dialog : dialogs) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QString name = QLatin1String(dialog->metaObject()->className());
        QStringList problems = clippedOnEveryTab(dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(name + QStringLiteral(" as opened: ") + problems.join(QStringLiteral("; "))));
        // A long refusal grows the dialog; nothing gets squeezed.
        if (auto *operation = qobject_cast<OperationDialog *>(dialog))
            operation->showError(refusal);
        else if (auto *logon = qobject_cast<LogonDialog *>(dialog))
            logon->showError(refusal);
        QCoreApplication::sendPostedEvents();
        problems = clippedOnEveryTab(dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(name + QStringLiteral(" with a message: ") + problems.join(QStringLiteral("; "))));
        dialog->close();
    }
    qDeleteAll(dialogs);
}

void TestDialogs::logonDialogGrowsForAChangedCertificate()
{
    LogonDialog dialog;
    dialog.setServer(QStringLiteral("ras.corp.example.com"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QSize before = dialog.size();
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
    const int fieldHeight = password->height();
    dialog.showError(QStringLiteral(
        "The server presented a different certificate than the one trusted for it (SHA-256 "
        "3A:9F:1C:77:0B:E4:52:6D:88:A1:C3:5E:0F:94:27:DB:61:7A:C8:3E:B5:0D:12:F6:49:AE:80:3C:D7:65:1B:E2). The "
        "connection was refused.\nIf the certificate was replaced on purpose, choose \"Forget trusted certificate\" "
        "and log on again."));
    dialog.setCertificatePinned(true);
    QCoreApplication::sendPostedEvents();
    QVERIFY(dialog.height() > before.height());
    QCOMPARE(password->height(), fieldHeight);
    const QStringList problems = clipped(&dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
}

void TestDialogs::busyIsNotAnError()
{
    LogonDialog dialog;
    dialog.setServer(QStringLiteral("ras.corp.example.com"));
    dialog.setBusy(true);
    QCOMPARE(dialog.statusText(), LogonDialog::tr("Logging on…"));
    QVERIFY(!dialog.statusIsError());
    dialog.setBusy(false);
    QVERIFY(dialog.statusText().isEmpty());
    dialog.showError(QStringLiteral("Wrong password."));
    QVERIFY(dialog.statusIsError());
    // A refusal stays readable after the attempt ends.
    dialog.setBusy(true);
    dialog.setBusy(false);
    QVERIFY(!dialog.statusIsError());
}

void TestDialogs::unreachableServerIsNamed()
{
    // Nothing listens on port 1 of this machine: "Connection refused" must say where.
    QNetworkAccessManager manager;
    FarmController controller(&manager);
    LogonDialog dialog;
    LogonFlow flow(&controller, &dialog, nullptr);
    dialog.show();
    dialog.setServer(QStringLiteral("http://127.0.0.1:1"));
    dialog.findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("pw"));
    QSignalSpy failed(&flow, &LogonFlow::failed);
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(failed.wait(10000));
    QTRY_VERIFY(dialog.statusIsError());
    QVERIFY2(dialog.statusText().contains(QLatin1String("127.0.0.1:1")), qPrintable(dialog.statusText()));
}

void TestDialogs::readOnlyFieldsCanBeCopied()
{
    Broker broker;
    broker.id = 2;
    broker.server = QStringLiteral("ras-broker02");
    broker.priority = 1;
    broker.ip = QStringLiteral("10.0.0.12");
    BrokerPropertiesDialog brokerDialog(broker, true);
    auto *ip = brokerDialog.findChild<QLineEdit *>(QStringLiteral("ip"));
    QVERIFY(ip->isEnabled());
    QVERIFY(ip->isReadOnly());
    auto *buttons = brokerDialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
    QVERIFY(!buttons->button(QDialogButtonBox::Ok));
    QVERIFY(!buttons->button(QDialogButtonBox::Cancel));
    QVERIFY(buttons->button(QDialogButtonBox::Close));
    QVERIFY(!brokerDialog.findChild<QPushButton *>(QStringLiteral("resolve"))->isEnabled());

    ClientPolicy policy;
    policy.id = 1;
    policy.name = QStringLiteral("Finance");
    PolicyDialog policyDialog(&policy, true);
    auto *name = policyDialog.findChild<QLineEdit *>(QStringLiteral("name"));
    QVERIFY(name->isEnabled());
    QVERIFY(name->isReadOnly());
    policyDialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&policyDialog));
    QTest::mouseClick(policyDialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Close),
                      Qt::LeftButton);
    QVERIFY(!policyDialog.isVisible());
    QCOMPARE(policyDialog.result(), int(QDialog::Rejected));
}

void TestDialogs::choicesSayWhatTheyDo()
{
    Questions::setNextChoice(1);
    const int chosen = Questions::choose(nullptr, QStringLiteral("Delete"), QStringLiteral("Delete it?"),
                                         {QStringLiteral("Delete and uninstall agent"), QStringLiteral("Delete, keep agent"),
                                          QStringLiteral("Cancel")},
                                         2);
    QCOMPARE(chosen, 1);
    QCOMPARE(Questions::lastChoices().value(0), QStringLiteral("Delete and uninstall agent"));
    QCOMPARE(Questions::lastText(), QStringLiteral("Delete it?"));
    // Shown for real: Escape takes the last, safe way out.
    QTimer::singleShot(0, [] {
        QWidget *box = QApplication::activeModalWidget();
        QVERIFY(box);
        QTest::keyClick(box, Qt::Key_Escape);
    });
    QCOMPARE(Questions::choose(nullptr, QStringLiteral("Delete"), QStringLiteral("Delete it?"),
                               {QStringLiteral("Delete"), QStringLiteral("Cancel")}, 1),
             1);
}

void TestDialogs::brokerAgentTabAndResolve()
{
    Broker broker;
    broker.id = 2;
    broker.server = QStringLiteral("localhost");
    broker.priority = 1;
    broker.ip = QStringLiteral("10.0.0.12");
    BrokerPropertiesDialog dialog(broker, false);
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("tabs"));
    QCOMPARE(tabs->count(), 2);
    QVERIFY(!tabs->isTabVisible(1));
    BrokerStatus status;
    status.agentVersion = QStringLiteral("21.1.25473");
    status.serverOs = QStringLiteral("Microsoft Windows Server 2022 Standard");
    status.systemBootTime = QStringLiteral("Tue May 14 12:10:39 2019");
    status.agentState = Ras::AgentState::Ok;
    dialog.setAgentStatus(&status);
    QVERIFY(tabs->isTabVisible(1));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("agentVersion"))->text(), status.agentVersion);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("serverOs"))->text(), status.serverOs);
    // The agent's own date text is shown in the console's one format.
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("bootTime"))->text(),
             QLocale().toString(QDateTime(QDate(2019, 5, 14), QTime(12, 10, 39)), QLocale::ShortFormat));

    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("resolve")), Qt::LeftButton);
    auto *ip = dialog.findChild<QLineEdit *>(QStringLiteral("ip"));
    QTRY_COMPARE_WITH_TIMEOUT(ip->text(), QStringLiteral("127.0.0.1"), 10000);
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("resolve"))->isEnabled());
}

void TestDialogs::secondaryConnectionsOfferGatewaysAndClearStaleProblems()
{
    SecondaryConnectionsDialog dialog(m_controller.get(), 1, QStringLiteral("Finance"), false, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *server = dialog.findChild<QComboBox *>(QStringLiteral("server"));
    // The farm's gateways are offered.
    QCOMPARE(server->count(), m_controller->gateways()->rowCount());
    QVERIFY(server->count() > 0);
    QVERIFY(server->findText(m_controller->gateways()->gatewayAt(0)->server) >= 0);
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("error"));
    server->setEditText(QStringLiteral("bad server"));
    const QString complaint = error->text();
    QVERIFY(!complaint.isEmpty());
    // Fixing the input takes the complaint away, also after Return in the port field.
    server->setEditText(QStringLiteral("gw.example.com"));
    auto *port = dialog.findChild<QSpinBox *>(QStringLiteral("port"));
    port->setFocus();
    port->setValue(8443);
    QTest::keyClick(port, Qt::Key_Return);
    QVERIFY(error->text() != complaint);
    QVERIFY(dialog.isVisible()); // Return in the form does not close the dialog
    // The port column shows the whole number.
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("table"));
    QVERIFY(table->columnWidth(2) >= table->fontMetrics().horizontalAdvance(QStringLiteral("65535")));
    // The text says how the order is decided, since the API cannot reorder.
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("intro"))->text().contains(QLatin1String("end of the list")));

    SecondaryConnectionsDialog readOnly(m_controller.get(), 1, QStringLiteral("Finance"), true, {});
    QVERIFY(!readOnly.findChild<QLabel *>(QStringLiteral("intro"))->text().contains(QLatin1String("sent at once")));
}

void TestDialogs::chartLeavesGapsAndDistinctLabels()
{
    LoadHistoryChart chart;
    const qint64 start = QDateTime(QDate(2026, 12, 3), QTime(21, 13)).toMSecsSinceEpoch();
    QList<StatusHistory::Sample> samples;
    samples.append({start, 40, 50, true});
    samples.append({start + 5000, 42, 51, true});
    samples.append({start + 10000, 0, 0, false});
    samples.append({start + 15000, 44, 52, true});
    chart.setSamples(samples);
    QCOMPARE(chart.pointCount(), 3);
    QCOMPARE(chart.segmentCount(), 2);
    // Ticks 20 s apart: minutes alone would read "21:13 21:13 21:13".
    QVERIFY(chart.timeFormat().contains(QLatin1String("ss")));
    samples.clear();
    for (int i = 0; i < 720; ++i)
        samples.append({start + i * 5000, 40, 50, true});
    chart.setSamples(samples);
    QCOMPARE(chart.segmentCount(), 1);
    QCOMPARE(chart.pointCount(), 720);
    QVERIFY(!chart.timeFormat().contains(QLatin1String("ss")));
}

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
