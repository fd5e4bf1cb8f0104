// The console in German and French, page by page and dialog by dialog: no label, button, check box,
// tab, placeholder, column header or toolbar button may be too narrow for its translated text.
// English runs too, so a clipped English text is not blamed on a translation.
#include "ClippedText.h"
#include "FarmController.h"
#include "LogonDialog.h"
#include "MainWindow.h"
#include "RasEmulatorServer.h"
#include "Translations.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QDockWidget>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QVBoxLayout>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>
#include <memory>

namespace {

QString joined(const QString &where, const QStringList &problems)
{
    return where + QStringLiteral(":\n  ") + problems.join(QStringLiteral("\n  "));
}

} // namespace

class TestTranslatedLayout final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("RAS Console Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_translatedlayout"));
    }
    void init() { QSettings().clear(); }

    // The detector itself: each kind of clipped text is found, and text that fits is not.
    void detectorSeesClippedText()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *label = new QLabel(QStringLiteral("A label far too long for twenty pixels"));
        label->setFixedWidth(20);
        auto *button = new QPushButton(QStringLiteral("A button with a long caption"));
        button->setFixedWidth(30);
        auto *edit = new QLineEdit;
        edit->setPlaceholderText(QStringLiteral("a placeholder much wider than its field"));
        edit->setFixedWidth(40);
        QStandardItemModel model(1, 2);
        model.setHorizontalHeaderLabels({QStringLiteral("Id"), QStringLiteral("A very long column header")});
        auto *table = new QTableView;
        table->setModel(&model);
        table->horizontalHeader()->resizeSection(0, 80);
        table->horizontalHeader()->resizeSection(1, 30);
        auto *fits = new QLabel(QStringLiteral("Fits"));
        QStandardItemModel treeModel;
        auto *parentItem = new QStandardItem(QStringLiteral("Farm"));
        parentItem->appendRow(new QStandardItem(QStringLiteral("A tree item much wider than its narrow tree")));
        treeModel.appendRow(parentItem);
        auto *tree = new QTreeView;
        tree->setHeaderHidden(true);
        tree->setModel(&treeModel);
        tree->expandAll();
        tree->setFixedWidth(90);
        for (QWidget *widget : {static_cast<QWidget *>(label), static_cast<QWidget *>(button), static_cast<QWidget *>(edit),
                                static_cast<QWidget *>(table), static_cast<QWidget *>(fits), static_cast<QWidget *>(tree)})
            layout->addWidget(widget);
        window.resize(400, 300);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString found = ClippedText::find(&window).join(QLatin1Char('\n'));
        QVERIFY2(found.contains(QStringLiteral("A label far too long")), qPrintable(found));
        QVERIFY2(found.contains(QStringLiteral("A button with a long caption")), qPrintable(found));
        QVERIFY2(found.contains(QStringLiteral("a placeholder much wider")), qPrintable(found));
        QVERIFY2(found.contains(QStringLiteral("A very long column header")), qPrintable(found));
        QVERIFY2(found.contains(QStringLiteral("A tree item much wider")), qPrintable(found));
        QVERIFY2(!found.contains(QStringLiteral("\"Farm\"")), qPrintable(found));
        QVERIFY2(!found.contains(QStringLiteral("\"Fits\"")) && !found.contains(QStringLiteral("\"Id\"")), qPrintable(found));
    }

    void everyPageAndDialogFits_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    void everyPageAndDialogFits()
    {
        QFETCH(QString, language);
        // The translators go when this object does, so the next language starts from English.
        QObject translators;
        const auto languageFiles = Translations::install(&translators, language, QStringLiteral(RAS_QM_DIR));
        if (language != QLatin1String("en"))
            QVERIFY2(languageFiles.console && languageFiles.qt, "a .qm file was not found (the console's in " RAS_QM_DIR ", or Qt's)");

        EmulatorOptions options;
        options.port = 0;
        options.password = QStringLiteral("pw");
        RasEmulatorServer server(options);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QNetworkAccessManager manager;
        FarmController controller(&manager);
        QVERIFY(controller.setServer(server.url(), &error));
        MainWindow window(&controller, false);
        // A laptop's screen: the window a helpdesk administrator works in, not a wall display.
        window.resize(1280, 800);
        window.show();
        for (QDockWidget *dock : window.findChildren<QDockWidget *>())
            dock->show();
        QSignalSpy loaded(&controller, &FarmController::loaded);
        controller.logOn(QStringLiteral("administrator"), options.password, nullptr, {});
        QVERIFY(loaded.wait(15000));
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QStringList problems;
        auto check = [&problems](QWidget *root, const QString &where) {
            QCoreApplication::processEvents();
            const QStringList found = ClippedText::find(root);
            if (!found.isEmpty())
                problems << joined(where, found);
        };

        // Every item of the navigation tree opens its page; on each page the dialogs it offers.
        // The navigation tree (the pending-changes dock holds a tree view too).
        auto *tree = window.findChild<QTreeWidget *>();
        QVERIFY(tree);
        QList<QModelIndex> items;
        std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
            for (int row = 0; row < tree->model()->rowCount(parent); ++row) {
                const QModelIndex index = tree->model()->index(row, 0, parent);
                items << index;
                collect(index);
            }
        };
        collect(QModelIndex());
        QVERIFY(items.size() >= 4);
        int dialogs = 0;
        QSet<QString> seen; // each kind of dialog once per language
        for (const QModelIndex &item : std::as_const(items)) {
            const QString page = item.data().toString();
            tree->setCurrentIndex(item);
            check(&window, QStringLiteral("page \"%1\"").arg(page));
            QTableView *table = visibleTable(&window);
            if (!table)
                continue;
            if (table->model()->rowCount() > 0)
                table->setCurrentIndex(table->model()->index(0, 0));
            for (const char *name : {"add", "properties", "connections"}) {
                QAction *action = window.findChild<QAction *>(QLatin1String(name));
                if (!action || !action->isEnabled() || !action->isVisible())
                    continue;
                const QList<QWidget *> before = QApplication::topLevelWidgets();
                action->trigger();
                QDialog *dialog = nullptr;
                QTRY_VERIFY2_WITH_TIMEOUT((dialog = newDialog(before)) != nullptr, qPrintable(page + QLatin1Char(' ') + QLatin1String(name)), 5000);
                QVERIFY(QTest::qWaitForWindowExposed(dialog));
                const QString kind = QString::fromLatin1(dialog->metaObject()->className());
                if (seen.contains(kind)) {
                    dialog->reject();
                    QTRY_VERIFY(!dialog->isVisible());
                    continue;
                }
                seen.insert(kind);
                ++dialogs;
                const QString where = QStringLiteral("dialog \"%1\" (%2 on page \"%3\")").arg(dialog->windowTitle(), QLatin1String(name), page);
                // A dialog on tabs: every tab in turn.
                const auto tabWidgets = dialog->findChildren<QTabWidget *>();
                if (tabWidgets.isEmpty()) {
                    check(dialog, where);
                } else {
                    for (QTabWidget *tabs : tabWidgets) {
                        for (int tab = 0; tab < tabs->count(); ++tab) {
                            tabs->setCurrentIndex(tab);
                            check(dialog, where + QStringLiteral(", tab \"%1\"").arg(tabs->tabText(tab)));
                        }
                    }
                }
                dialog->reject();
                QTRY_VERIFY(!dialog->isVisible());
            }
        }
        QVERIFY2(dialogs >= 5, qPrintable(QStringLiteral("only %1 dialogs were opened").arg(dialogs)));

        LogonDialog logon;
        logon.show();
        QVERIFY(QTest::qWaitForWindowExposed(&logon));
        check(&logon, QStringLiteral("log-on dialog"));

        // QtTest cuts long failure messages: the whole list goes to the log first.
        for (const QString &problem : std::as_const(problems))
            qWarning().noquote() << problem;
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 places with clipped text in \"%2\" (listed above)")
                                                     .arg(problems.size())
                                                     .arg(language)));
    }

    // English counts right ("1 change"), and another language's own forms still win over it.
    void englishPluralsAreRight()
    {
        {
            QObject translators;
            QVERIFY(Translations::install(&translators, QStringLiteral("en"), QStringLiteral(RAS_QM_DIR)).englishPlurals);
            QCOMPARE(QCoreApplication::translate("ConsoleStatusBar", "%Ln changes not applied", nullptr, 1),
                     QStringLiteral("1 change not applied"));
            QCOMPARE(QCoreApplication::translate("ConsoleStatusBar", "%Ln changes not applied", nullptr, 3),
                     QStringLiteral("3 changes not applied"));
        }
        QObject translators;
        Translations::install(&translators, QStringLiteral("de"), QStringLiteral(RAS_QM_DIR));
        QVERIFY(!QCoreApplication::translate("ConsoleStatusBar", "%Ln changes not applied", nullptr, 1).contains(QLatin1String("change")));
    }

    // Qt's own translations load with the console's, so OK/Cancel match the rest of a dialog.
    void standardButtonsSpeakTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("cancel");
        QTest::addColumn<QString>("consoleText");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Abbrechen") << QStringLiteral("Unbekannt");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Annuler") << QStringLiteral("Inconnu");
    }
    void standardButtonsSpeakTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, cancel);
        QFETCH(QString, consoleText);
        QObject translators;
        Translations::install(&translators, language, QStringLiteral(RAS_QM_DIR));
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')), cancel);
        QCOMPARE(QCoreApplication::translate("Ras", "Unknown"), consoleText);
        QCOMPARE(QLocale().language(), QLocale(language).language());
    }

private:
    static QTableView *visibleTable(QWidget *window)
    {
        for (QTableView *table : window->findChildren<QTableView *>()) {
            // The page's table, not a dock's (the request log and pending changes are tables too).
            bool inDock = false;
            for (QWidget *parent = table->parentWidget(); parent; parent = parent->parentWidget())
                inDock = inDock || qobject_cast<QDockWidget *>(parent);
            if (table->isVisible() && !inDock)
                return table;
        }
        return nullptr;
    }

    static QDialog *newDialog(const QList<QWidget *> &before)
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<QDialog *>(widget); dialog && dialog->isVisible() && !before.contains(widget))
                return dialog;
        }
        return nullptr;
    }
};

QTEST_MAIN(TestTranslatedLayout)
#include "tst_translatedlayout.moc"
