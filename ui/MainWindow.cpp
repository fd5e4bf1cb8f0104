#include "MainWindow.h"

#include "BrokersPage.h"
#include "ConsoleActions.h"
#include "ConsoleStatusBar.h"
#include "FarmController.h"
#include "GatewaysPage.h"
#include "LogonDialog.h"
#include "LogonFlow.h"
#include "MessageBanner.h"
#include "NavigationTree.h"
#include "PoliciesPage.h"
#include "ProblemNotice.h"
#include "HealthWatch.h"
#include "Questions.h"
#include "RecordTablePage.h"
#include "RequestLogView.h"
#include "PendingChangesDock.h"
#include "PendingChangesModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QToolBar>
#include <QVBoxLayout>
#include <algorithm>

MainWindow::MainWindow(FarmController *controller, bool readOnly, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(controller)
    , m_readOnly(readOnly)
    , m_actions(new ConsoleActions(this, readOnly))
    , m_navigation(new NavigationTree(this))
    , m_stack(new QStackedWidget(this))
    , m_banner(new MessageBanner(this))
    , m_notice(new ProblemNotice(this))
{
    setWindowTitle(readOnly ? tr("RAS Console (read-only)") : tr("RAS Console"));
    // One line per kind of object; the tree, the toolbar and the menus follow from the pages.
    m_brokerPage = addPage(new BrokersPage(controller, readOnly, this));
    m_gatewayPage = addPage(new GatewaysPage(controller, readOnly, this));
    m_policyPage = addPage(new PoliciesPage(controller, readOnly, this));
    createToolbar();
    m_actions->addTo(menuBar());
    createLayout();
    createDocks();
    connectActions();

    connect(m_navigation, &NavigationTree::pageChosen, this, &MainWindow::showPage);
    for (ObjectPage *page : std::as_const(m_pages)) {
        HealthWatch *watch = page->healthWatch();
        if (!watch)
            continue;
        connect(watch, &HealthWatch::countsChanged, this, &MainWindow::showHealth);
        const auto kind = page == m_brokerPage ? ProblemNotice::Kind::Broker : ProblemNotice::Kind::Gateway;
        connect(watch, &HealthWatch::transitioned, m_notice,
                [this, kind](const QList<HealthTransition> &transitions) { m_notice->report(kind, transitions); });
    }
    connect(controller, &FarmController::loaded, this, &MainWindow::onLoaded);
    connect(controller, &FarmController::loggedOn, this, &MainWindow::applySessionRights);
    connect(controller, &FarmController::siteStatesChanged, this,
            [this] { m_navigation->showSiteHealth(m_controller->siteStates()); });
    connect(controller, &FarmController::sessionLost, this, [this](const RasError &error) {
        m_banner->showMessage(tr("The session ended and logging on again failed: %1").arg(error.message),
                              MessageBanner::Kind::Error);
        askForPasswordAgain(error.message);
    });
    connect(controller->pendingChanges(), &PendingChangesModel::countChanged, m_actions, &ConsoleActions::showPendingCount);

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (settings.value(QStringLiteral("window/geometry")).isNull())
        resize(1280, 800);
    if (m_readOnly)
        hidePendingChanges(); // a remembered layout may have shown them
    updateActions();
}

MainWindow::~MainWindow()
{
    if (m_shownPage.isEmpty())
        return; // nothing was ever shown: what was remembered stays
    QSettings settings;
    settings.setValue(QStringLiteral("window/page"), m_shownPage);
    settings.setValue(QStringLiteral("window/site"), m_shownSite);
}

template <typename Page>
Page *MainWindow::addPage(Page *page)
{
    m_pages << page;
    m_stack->addWidget(page);
    connect(page, &ObjectPage::allowedChanged, this, [this, page] {
        if (page == currentPage())
            updateActions();
    });
    connect(page, &ObjectPage::messageRaised, m_banner, &MessageBanner::showMessage);
    page->setContextCommands(m_actions->rowCommands() + QList<QAction *>{m_actions->refresh, m_actions->exportCsv});
    return page;
}

ObjectPage *MainWindow::currentPage() const
{
    return static_cast<ObjectPage *>(m_stack->currentWidget());
}

void MainWindow::connectActions()
{
    const ConsoleActions &a = *m_actions;
    connect(a.refresh, &QAction::triggered, m_controller, &FarmController::refreshAll);
    connect(a.find, &QAction::triggered, this, [this] { currentPage()->focusFilter(); });
    connect(a.add, &QAction::triggered, this, [this] { currentPage()->addNew(); });
    connect(a.properties, &QAction::triggered, this, [this] { currentPage()->showProperties(); });
    connect(a.connections, &QAction::triggered, this, [this] { currentPage()->editConnections(); });
    connect(a.moveUp, &QAction::triggered, this, [this] { currentPage()->moveSelected(true); });
    connect(a.moveDown, &QAction::triggered, this, [this] { currentPage()->moveSelected(false); });
    connect(a.promote, &QAction::triggered, this, [this] { currentPage()->promoteSelected(); });
    connect(a.remove, &QAction::triggered, this, [this] { currentPage()->deleteSelected(); });
    connect(a.apply, &QAction::triggered, this, [this] {
        m_controller->apply(this, [this](const OperationOutcome &outcome) {
            m_banner->showMessage(outcome.message(), outcome.succeeded() ? MessageBanner::Kind::Information
                                                                          : MessageBanner::Kind::Error);
        });
    });
    connect(a.exportCsv, &QAction::triggered, this, [this] { currentPage()->exportToCsv(); });
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::createToolbar()
{
    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_actions->addTo(toolbar);
    toolbar->addSeparator();
    toolbar->addWidget(new QLabel(tr("Status refresh:"), toolbar));
    auto *interval = new QComboBox(toolbar);
    interval->setObjectName(QStringLiteral("refreshInterval"));
    interval->addItem(tr("Paused"), 0);
    for (const int seconds : {5, 15, 30})
        interval->addItem(tr("Every %n seconds", "status refresh interval", seconds), seconds);
    for (const int minutes : {1, 5})
        interval->addItem(tr("Every %n minutes", "status refresh interval", minutes), minutes * 60);
    const int remembered = QSettings().value(QStringLiteral("refresh/statusSeconds"), m_controller->autoRefreshSeconds()).toInt();
    if (interval->findData(remembered) >= 0 && remembered != m_controller->autoRefreshSeconds())
        m_controller->setAutoRefreshSeconds(remembered);
    interval->setCurrentIndex(interval->findData(m_controller->autoRefreshSeconds()));
    interval->setToolTip(tr("How often broker and gateway status is refreshed."));
    connect(interval, &QComboBox::currentIndexChanged, this,
            [this, interval] {
                m_controller->setAutoRefreshSeconds(interval->currentData().toInt());
                QSettings().setValue(QStringLiteral("refresh/statusSeconds"), interval->currentData().toInt());
            });
    toolbar->addWidget(interval);
}

void MainWindow::createLayout()
{
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(4, 4, 4, 4);
    contentLayout->addWidget(m_banner);
    contentLayout->addWidget(m_notice);
    contentLayout->addWidget(m_stack, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(content);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 1060});
    setCentralWidget(splitter);
    m_statusBar = new ConsoleStatusBar(m_controller, this);
    setStatusBar(m_statusBar);
}

void MainWindow::createDocks()
{
    auto *log = new QDockWidget(tr("Request log"), this);
    log->setObjectName(QStringLiteral("requestLogDock"));
    auto *logView = new RequestLogView(m_controller->requestLog(), [this] { return m_controller->client()->baseUrl(); }, log);
    log->setWidget(logView);
    log->hide();
    connect(logView, &RequestLogView::curlCopied, this,
            [this] { statusBar()->showMessage(tr("Copied. Set RAS_TOKEN in the shell before running it."), 5000); });
    // What Apply Settings will commit: the changes this session made since the last Apply.
    auto *pending = new PendingChangesDock(m_controller->pendingChanges(), this);
    connect(pending->view(), &QAbstractItemView::activated, this, &MainWindow::showPendingObject);
    addDockWidget(Qt::BottomDockWidgetArea, log);
    addDockWidget(Qt::BottomDockWidgetArea, pending);
    tabifyDockWidget(log, pending);
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addActions({log->toggleViewAction(), pending->toggleViewAction()});
    m_pendingDock = pending;
}

void MainWindow::hidePendingChanges()
{
    // Nothing can be staged in a read-only console: no list of changes, no count of them.
    m_pendingDock->hide();
    m_pendingDock->toggleViewAction()->setVisible(false);
    m_statusBar->setReadOnly(true);
}

void MainWindow::showPendingObject(const QModelIndex &index)
{
    const auto kind = static_cast<PendingChange::Kind>(index.data(PendingChangesModel::KindRole).toInt());
    const int id = index.data(PendingChangesModel::ObjectIdRole).toInt();
    ObjectPage *page = nullptr;
    int siteId = 0; // brokers and gateways open in their own Site
    switch (kind) {
    case PendingChange::Kind::Broker:
        if (const Broker *broker = m_controller->brokers()->brokerAt(m_controller->brokers()->rowOf(id))) {
            page = m_brokerPage;
            siteId = broker->siteId;
        }
        break;
    case PendingChange::Kind::Gateway:
        if (const Gateway *gateway = m_controller->gateways()->gatewayAt(m_controller->gateways()->rowOf(id))) {
            page = m_gatewayPage;
            siteId = gateway->siteId;
        }
        break;
    case PendingChange::Kind::Policy:
        if (m_controller->policies()->rowOf(id) >= 0)
            page = m_policyPage;
        break;
    }
    if (!page) {
        statusBar()->showMessage(tr("That object is no longer in the farm, so no page can show it."), 5000);
        return;
    }
    showPage(page, siteId);
    page->table()->selectId(id);
}

void MainWindow::askForPasswordAgain(const QString &reason)
{
    // One prompt at a time; dialogs open elsewhere keep their input while it is shown.
    if (m_relogonDialog)
        return;
    auto *dialog = new LogonDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Log on again"));
    dialog->setServer(m_controller->client()->baseUrl().toString());
    dialog->setUser(m_controller->session().user);
    dialog->showError(tr("The server ended the session (%1). Enter the password to continue.").arg(reason));
    new LogonFlow(m_controller, dialog, nullptr, dialog);
    m_relogonDialog = dialog;
    dialog->open();
}

void MainWindow::onLoaded(const FarmSnapshot &snapshot)
{
    // The tables of the parts that failed keep their last good rows; say which data is old.
    // A part never loaded shows no older data: its page says "Not loaded" and offers Retry.
    const QList<RasError> errors = snapshot.errors();
    const bool olderData = std::any_of(m_pages.cbegin(), m_pages.cend(),
                                       [](const ObjectPage *page) { return page->showsOlderData(); });
    if (!errors.isEmpty())
        m_banner->showMessage(olderData ? tr("Part of the farm could not be loaded, so some tables show older data: %1")
                                                .arg(errors.first().toString())
                                        : tr("Part of the farm could not be loaded: %1").arg(errors.first().toString()),
                              MessageBanner::Kind::Error);
    // The tree changes only when Sites (or the kinds the administrator may see) came or went.
    const bool firstTree = m_navigation->topLevelItemCount() == 0;
    if (m_navigation->rebuildIfChanged(m_pages, m_controller)) {
        ObjectPage *shown = currentPage()->isAvailable() ? currentPage() : m_pages.first();
        int siteId = shown->isPerSite() ? shown->siteId() : 0;
        if (firstTree) {
            const QSettings settings;
            const QString remembered = settings.value(QStringLiteral("window/page")).toString();
            for (ObjectPage *page : std::as_const(m_pages)) {
                if (page->exportName() == remembered && page->isAvailable()) {
                    shown = page;
                    siteId = page->isPerSite() ? settings.value(QStringLiteral("window/site")).toInt() : 0;
                }
            }
            if (siteId != 0 && !m_controller->sites()->names().contains(siteId))
                siteId = 0; // that Site is gone
        }
        showPage(shown, siteId);
    }
    updateActions();
}

void MainWindow::applySessionRights()
{
    // The session's rights can take away what --read-only did not: a custom administrator who may
    // only view, or rights the server would not tell, get the read-only console, and the title says why.
    if (m_controller->restriction() == FarmController::Restriction::None) {
        // A custom administrator with some rights: what they may not do stays visible but disabled,
        // and each disabled command's tooltip says why.
        if (!m_readOnly && m_controller->permissions().isCustom())
            m_banner->showMessage(tr("You are logged on as a custom administrator: commands your rights do not allow are "
                                     "disabled, and their tooltips say why."),
                                  MessageBanner::Kind::Information);
        updateActions();
        return;
    }
    setWindowTitle(m_controller->restriction() == FarmController::Restriction::ViewOnlyAdministrator
                       ? tr("RAS Console (read-only: your administrator rights allow viewing only)")
                       : tr("RAS Console (read-only: your administrator rights could not be read)"));
    m_readOnly = true;
    hidePendingChanges();
    m_actions->becomeReadOnly();
    for (ObjectPage *page : std::as_const(m_pages))
        page->becomeReadOnly();
    m_banner->showMessage(m_controller->readOnlyReason(), MessageBanner::Kind::Information);
    updateActions();
}

void MainWindow::showHealth()
{
    m_navigation->showProblemCounts();
    int problems = 0;
    int servers = 0;
    for (ObjectPage *page : std::as_const(m_pages)) {
        if (const HealthWatch *watch = page->healthWatch()) {
            problems += watch->problemCount();
            servers += watch->serverCount();
        }
    }
    m_statusBar->showHealth(problems, servers);
}

void MainWindow::showPage(ObjectPage *page, int siteId)
{
    if (!page)
        return;
    if (page != currentPage())
        m_banner->clearInformation();
    m_stack->setCurrentWidget(page);
    // The page (and Site) to open next time.
    m_shownPage = page->exportName();
    m_shownSite = page->isPerSite() ? siteId : 0;
    if (page->isPerSite())
        page->setSiteId(siteId);
    m_navigation->select(page, siteId);
    updateActions();
}

void MainWindow::showBrokers(int siteId)
{
    showPage(m_brokerPage, siteId);
}

void MainWindow::showGateways(int siteId)
{
    showPage(m_gatewayPage, siteId);
}

void MainWindow::showPolicies()
{
    showPage(m_policyPage, 0);
}

void MainWindow::updateActions()
{
    const ObjectPage::Allowed allowed = currentPage()->allowed();
    const ConsoleActions &a = *m_actions;
    a.add->setEnabled(allowed.add && currentPage()->isLoaded());
    a.properties->setEnabled(allowed.properties);
    a.connections->setVisible(allowed.hasConnections);
    a.connections->setEnabled(allowed.connections);
    a.moveUp->setEnabled(allowed.moveUp);
    a.moveDown->setEnabled(allowed.moveDown);
    a.promote->setVisible(!m_readOnly && allowed.hasPromote);
    a.promote->setEnabled(allowed.promote);
    a.remove->setEnabled(allowed.remove);
    // An empty tooltip gives the command's own text back.
    a.add->setToolTip(allowed.whyNoAdd);
    for (QAction *change : {a.moveUp, a.moveDown, a.promote})
        change->setToolTip(allowed.whyNoChange);
    a.remove->setToolTip(allowed.whyNoRemove);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const int pending = m_controller->pendingChanges()->count();
    if (pending > 0 && !m_readOnly && !m_quitAfterApply) {
        enum Choice { ApplyAndQuit, QuitWithoutApplying, Cancel };
        const QString question = pending == 1
                                     ? tr("One change made in this session has not been applied to the farm.")
                                     : tr("%Ln changes made in this session have not been applied to the farm.", nullptr, pending);
        const int choice = Questions::choose(this, tr("Unapplied changes"), question,
                                             {tr("Apply and quit"), tr("Quit without applying"), tr("Cancel")}, Cancel);
        if (choice == ApplyAndQuit) {
            event->ignore();
            m_controller->apply(this, [this](const OperationOutcome &outcome) {
                if (!outcome.succeeded()) {
                    m_banner->showMessage(outcome.describedMessage(), MessageBanner::Kind::Error);
                    return; // the window stays, with the changes still listed
                }
                m_quitAfterApply = true;
                close();
            });
            return;
        }
        if (choice != QuitWithoutApplying) {
            event->ignore();
            return;
        }
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    m_controller->logOff();
    event->accept();
}
