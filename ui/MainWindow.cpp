#include "MainWindow.h"

#include "BrokerAddDialog.h"
#include "BrokerPropertiesDialog.h"
#include "FarmController.h"
#include "GatewayAddDialog.h"
#include "GatewayPropertiesDialog.h"
#include "LoadBarDelegate.h"
#include "LoadHistoryChart.h"
#include "LogonDialog.h"
#include "LogonFlow.h"
#include "PolicyDialog.h"
#include "SecondaryConnectionsDialog.h"
#include "MessageBanner.h"
#include "Questions.h"
#include "RecordFilterProxy.h"
#include "RecordTablePage.h"
#include "RequestLog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace {

constexpr int kPageRole = Qt::UserRole + 1;
constexpr int kSiteRole = Qt::UserRole + 2;

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='color:#555;padding-right:12px'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

MainWindow::MainWindow(FarmController *controller, bool readOnly, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(controller)
    , m_readOnly(readOnly)
{
    setWindowTitle(readOnly ? tr("RAS Console (read-only)") : tr("RAS Console"));
    createActions();
    createLayout();
    createRequestLogDock();

    connect(controller, &FarmController::loaded, this, &MainWindow::onLoaded);
    connect(controller, &FarmController::loggedOn, this, &MainWindow::applySessionRights);
    connect(controller, &FarmController::siteStatesChanged, this, &MainWindow::showSiteHealth);
    connect(controller, &FarmController::operationFailed, this,
            [this](const QString &message) { m_banner->showMessage(message, MessageBanner::Kind::Error); });
    connect(controller, &FarmController::operationDone, this,
            [this](const QString &message) { m_banner->showMessage(message, MessageBanner::Kind::Information); });
    connect(controller, &FarmController::sessionLost, this, [this](const RasError &error) {
        m_banner->showMessage(tr("The session ended and logging on again failed: %1").arg(error.message),
                              MessageBanner::Kind::Error);
        askForPasswordAgain(error.message);
    });
    connect(controller->pendingChanges(), &PendingChangesModel::countChanged, this, [this] {
        updateActions();
        updateStatusBar();
    });
    connect(controller->client(), &RasClient::busyChanged, this,
            [this](bool busy) { m_busyLabel->setText(busy ? tr("Working…") : QString()); });
    connect(controller->brokers(), &BrokerModel::enabledChangeRequested, this, [this](int id, bool enabled) {
        if (!m_readOnly)
            m_controller->setBrokerEnabled(id, enabled);
    });

    // "Updated N s ago" keeps moving between status refreshes.
    auto *ageTimer = new QTimer(this);
    ageTimer->setInterval(5000);
    connect(ageTimer, &QTimer::timeout, this, [this] {
        m_controller->brokers()->refreshAges();
        m_controller->gateways()->refreshAges();
    });
    ageTimer->start();

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (settings.value(QStringLiteral("window/geometry")).isNull())
        resize(1280, 800);
    updateActions();
    updateStatusBar();
}

MainWindow::~MainWindow() = default;

QAction *MainWindow::action(const QString &name) const
{
    return m_actions.value(name);
}

void MainWindow::createActions()
{
    auto add = [this](const QString &name, const QString &text, QStyle::StandardPixmap icon, const QKeySequence &shortcut,
                      const std::function<void()> &handler) {
        auto *action = new QAction(style()->standardIcon(icon), text, this);
        action->setObjectName(name);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, handler);
        m_actions.insert(name, action);
    };
    add(QStringLiteral("refresh"), tr("&Refresh"), QStyle::SP_BrowserReload, QKeySequence(Qt::Key_F5),
        [this] { m_controller->refreshAll(); });
    add(QStringLiteral("add"), tr("A&dd…"), QStyle::SP_FileDialogNewFolder, QKeySequence::New, [this] { addNew(); });
    add(QStringLiteral("properties"), tr("P&roperties…"), QStyle::SP_FileDialogDetailedView,
        QKeySequence(Qt::ALT | Qt::Key_Return), [this] { showProperties(); });
    add(QStringLiteral("connections"), tr("Secondary &connections…"), QStyle::SP_DirLinkIcon, {},
        [this] { editConnections(); });
    add(QStringLiteral("apply"), tr("&Apply Settings"), QStyle::SP_DialogApplyButton,
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), [this] { applySettings(); });
    add(QStringLiteral("moveUp"), tr("Move &up"), QStyle::SP_ArrowUp, QKeySequence(Qt::CTRL | Qt::Key_Up),
        [this] { moveSelected(true); });
    add(QStringLiteral("moveDown"), tr("Move &down"), QStyle::SP_ArrowDown, QKeySequence(Qt::CTRL | Qt::Key_Down),
        [this] { moveSelected(false); });
    add(QStringLiteral("promote"), tr("&Promote to primary"), QStyle::SP_ArrowForward, {}, [this] { promoteSelected(); });
    add(QStringLiteral("delete"), tr("&Delete"), QStyle::SP_TrashIcon, QKeySequence::Delete, [this] { deleteSelected(); });
    add(QStringLiteral("exportCsv"), tr("&Export table to CSV…"), QStyle::SP_DialogSaveButton, {}, [this] { exportCsv(); });
    add(QStringLiteral("find"), tr("&Find"), QStyle::SP_FileDialogContentsView, QKeySequence::Find, [this] {
        currentPage()->filterEdit()->setFocus();
        currentPage()->filterEdit()->selectAll();
    });
    add(QStringLiteral("quit"), tr("&Quit"), QStyle::SP_DialogCloseButton, QKeySequence::Quit, [this] { close(); });

    for (const char *mutating : {"add", "apply", "moveUp", "moveDown", "promote", "delete"})
        m_actions.value(QLatin1String(mutating))->setVisible(!m_readOnly);
    // Their icons say what they do: beside the other commands' texts they show only the icon, so a German or
    // French toolbar still fits a laptop screen (menus and tooltips keep the text).
    for (const char *iconOnly : {"refresh", "moveUp", "moveDown"})
        m_actions.value(QLatin1String(iconOnly))->setPriority(QAction::LowPriority);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_actions.value(QStringLiteral("refresh")));
    toolbar->addSeparator();
    toolbar->addAction(m_actions.value(QStringLiteral("add")));
    toolbar->addAction(m_actions.value(QStringLiteral("properties")));
    toolbar->addAction(m_actions.value(QStringLiteral("connections")));
    if (!m_readOnly) {
        toolbar->addSeparator();
        for (const char *name : {"moveUp", "moveDown", "promote", "delete"})
            toolbar->addAction(m_actions.value(QLatin1String(name)));
        toolbar->addSeparator();
        toolbar->addAction(m_actions.value(QStringLiteral("apply")));
    }
    toolbar->addSeparator();
    toolbar->addWidget(new QLabel(tr(" Status refresh: "), toolbar));
    m_interval = new QComboBox(toolbar);
    const QList<QPair<QString, int>> intervals{{tr("Paused"), 0},    {tr("5 s"), 5},     {tr("15 s"), 15},
                                               {tr("30 s"), 30},     {tr("1 min"), 60},  {tr("5 min"), 300}};
    for (const auto &interval : intervals)
        m_interval->addItem(interval.first, interval.second);
    m_interval->setCurrentIndex(m_interval->findData(m_controller->autoRefreshSeconds()));
    m_interval->setToolTip(tr("How often broker and gateway status is refreshed"));
    connect(m_interval, &QComboBox::currentIndexChanged, this,
            [this] { m_controller->setAutoRefreshSeconds(m_interval->currentData().toInt()); });
    toolbar->addWidget(m_interval);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_actions.value(QStringLiteral("exportCsv")));
    fileMenu->addSeparator();
    fileMenu->addAction(m_actions.value(QStringLiteral("quit")));
    QMenu *actionMenu = menuBar()->addMenu(tr("&Actions"));
    for (const char *name : {"refresh", "find", "add", "properties", "connections", "moveUp", "moveDown", "promote", "delete", "apply"})
        actionMenu->addAction(m_actions.value(QLatin1String(name)));
}

void MainWindow::createLayout()
{
    m_navigation = new QTreeWidget(this);
    m_navigation->setHeaderHidden(true);
    m_navigation->setMinimumWidth(200);

    m_brokerPage = new RecordTablePage(QStringLiteral("brokers"), m_controller->brokers(), BrokerModel::Priority, this);
    m_gatewayPage = new RecordTablePage(QStringLiteral("gateways"), m_controller->gateways(), GatewayModel::Server, this);
    m_policyPage = new RecordTablePage(QStringLiteral("policies"), m_controller->policies(), PolicyModel::Order, this);
    m_policyPage->setProblemsFilterAvailable(false);
    auto *loadBars = new LoadBarDelegate(this);
    m_brokerPage->view()->setItemDelegateForColumn(BrokerModel::Cpu, loadBars);
    m_brokerPage->view()->setItemDelegateForColumn(BrokerModel::Memory, loadBars);
    m_gatewayPage->view()->setItemDelegateForColumn(GatewayModel::Cpu, loadBars);
    m_gatewayPage->view()->setItemDelegateForColumn(GatewayModel::Memory, loadBars);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_brokerPage);
    m_pages->addWidget(m_gatewayPage);
    m_pages->addWidget(m_policyPage);

    m_details = new QTextBrowser(this);
    m_details->setMinimumHeight(120);
    m_banner = new MessageBanner(this);

    m_history = new LoadHistoryChart(this);
    auto *detailsRow = new QSplitter(Qt::Horizontal, this);
    detailsRow->addWidget(m_details);
    detailsRow->addWidget(m_history);
    detailsRow->setStretchFactor(0, 1);
    auto *contentSplitter = new QSplitter(Qt::Vertical, this);
    contentSplitter->addWidget(m_pages);
    contentSplitter->addWidget(detailsRow);
    contentSplitter->setStretchFactor(0, 3);
    contentSplitter->setStretchFactor(1, 1);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(4, 4, 4, 4);
    contentLayout->addWidget(m_banner);
    contentLayout->addWidget(contentSplitter, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(content);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 1060});
    setCentralWidget(splitter);

    for (RecordTablePage *page : {m_brokerPage, m_gatewayPage, m_policyPage}) {
        connect(page, &RecordTablePage::selectionChanged, this, [this] {
            updateActions();
            updateDetails();
        });
        connect(page, &RecordTablePage::activated, this, [this] { showProperties(); });
        page->view()->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(page->view(), &QWidget::customContextMenuRequested, this, [this, page](const QPoint &position) {
            QMenu menu(this);
            for (const char *name : {"properties", "connections", "moveUp", "moveDown", "promote", "delete"}) {
                QAction *action = m_actions.value(QLatin1String(name));
                if (action->isVisible() && action->isEnabled())
                    menu.addAction(action);
            }
            menu.addAction(m_actions.value(QStringLiteral("refresh")));
            menu.addAction(m_actions.value(QStringLiteral("exportCsv")));
            menu.exec(page->view()->viewport()->mapToGlobal(position));
        });
    }
    connect(m_navigation, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item || !item->data(0, kPageRole).isValid())
            return;
        const int page = item->data(0, kPageRole).toInt();
        const int site = item->data(0, kSiteRole).toInt();
        m_pages->setCurrentIndex(page);
        if (page == BrokersPage)
            m_brokerPage->proxy()->setSiteId(site);
        else if (page == GatewaysPage)
            m_gatewayPage->proxy()->setSiteId(site);
        updateActions();
        updateDetails();
    });

    m_serverLabel = new QLabel(this);
    m_pendingLabel = new QLabel(this);
    m_refreshLabel = new QLabel(this);
    m_busyLabel = new QLabel(this);
    statusBar()->addWidget(m_serverLabel);
    statusBar()->addWidget(m_pendingLabel);
    statusBar()->addPermanentWidget(m_busyLabel);
    statusBar()->addPermanentWidget(m_refreshLabel);
}

void MainWindow::createRequestLogDock()
{
    auto *dock = new QDockWidget(tr("Request log"), this);
    dock->setObjectName(QStringLiteral("requestLogDock"));
    auto *view = new QTableView(dock);
    view->setModel(m_controller->requestLog());
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &position) {
        QMenu menu(this);
        menu.addAction(tr("Copy as curl"), this, [this, view] { copyAsCurl(view); });
        menu.exec(view->viewport()->mapToGlobal(position));
    });
    connect(m_controller->requestLog(), &QAbstractItemModel::rowsInserted, view, [view] { view->scrollToBottom(); });
    dock->setWidget(view);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();

    // What Apply Settings will commit: the changes this session made since the last Apply.
    auto *pendingDock = new QDockWidget(tr("Pending changes"), this);
    pendingDock->setObjectName(QStringLiteral("pendingChangesDock"));
    auto *pendingView = new QTableView(pendingDock);
    pendingView->setModel(m_controller->pendingChanges());
    pendingView->verticalHeader()->hide();
    pendingView->horizontalHeader()->setStretchLastSection(true);
    pendingView->verticalHeader()->setDefaultSectionSize(pendingView->fontMetrics().height() + 6);
    pendingDock->setWidget(pendingView);
    addDockWidget(Qt::BottomDockWidgetArea, pendingDock);
    tabifyDockWidget(dock, pendingDock);
    pendingDock->hide();
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(dock->toggleViewAction());
    viewMenu->addAction(pendingDock->toggleViewAction());
    if (m_readOnly)
        pendingDock->toggleViewAction()->setVisible(false);
}

void MainWindow::askForPasswordAgain(const QString &reason)
{
    // One prompt at a time; open dialogs elsewhere keep their input while it is shown.
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

void MainWindow::copyAsCurl(QTableView *view)
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    const auto &entries = m_controller->client()->requestLog()->entries();
    if (rows.isEmpty() || rows.first().row() >= entries.size())
        return;
    QApplication::clipboard()->setText(RequestLog::curlCommand(entries.at(rows.first().row()), m_controller->client()->baseUrl()));
    statusBar()->showMessage(tr("Copied; set RAS_TOKEN in the shell before running it."), 5000);
}

void MainWindow::rebuildNavigation()
{
    const int currentPageIndex = m_pages->currentIndex();
    const int currentSite = currentPageIndex == BrokersPage   ? m_brokerPage->proxy()->siteId()
                            : currentPageIndex == GatewaysPage ? m_gatewayPage->proxy()->siteId()
                                                               : 0;
    const QSignalBlocker blocker(m_navigation);
    m_navigation->clear();
    const QString farmName = m_controller->session().farmName.isEmpty() ? tr("Farm") : m_controller->session().farmName;
    auto *farm = new QTreeWidgetItem(m_navigation, {farmName});
    farm->setIcon(0, style()->standardIcon(QStyle::SP_DriveNetIcon));
    if (!m_controller->session().connectedServer.isEmpty())
        farm->setToolTip(0, tr("Connected to the Connection Broker %1").arg(m_controller->session().connectedServer));
    auto *allBrokers = new QTreeWidgetItem(farm, {tr("All Connection Brokers")});
    allBrokers->setData(0, kPageRole, BrokersPage);
    auto *allGateways = new QTreeWidgetItem(farm, {tr("All Secure Gateways")});
    allGateways->setData(0, kPageRole, GatewaysPage);
    QTreeWidgetItem *select = nullptr;
    for (const Site &site : m_controller->sites()->sites()) {
        // Sites this administrator may not manage are not offered.
        if (!m_controller->permissions().allAllowed && !m_controller->permissions().mayManageSite(site.id))
            continue;
        auto *siteItem = new QTreeWidgetItem(farm, {site.licensingSite ? tr("%1 (licensing)").arg(site.name) : site.name});
        siteItem->setIcon(0, style()->standardIcon(QStyle::SP_DirIcon));
        auto *brokers = new QTreeWidgetItem(siteItem, {tr("Connection Brokers")});
        brokers->setData(0, kPageRole, BrokersPage);
        brokers->setData(0, kSiteRole, site.id);
        auto *gateways = new QTreeWidgetItem(siteItem, {tr("Secure Gateways")});
        gateways->setData(0, kPageRole, GatewaysPage);
        gateways->setData(0, kSiteRole, site.id);
        if (currentSite == site.id)
            select = currentPageIndex == BrokersPage ? brokers : gateways;
        siteItem->setData(0, kSiteRole, site.id);
    }
    // Administrators without the policies permission do not see them at all.
    QTreeWidgetItem *policies = nullptr;
    if (m_controller->permissions().policies || m_controller->permissions().allAllowed) {
        policies = new QTreeWidgetItem(farm, {tr("Client Policies")});
        policies->setData(0, kPageRole, PoliciesPage);
    }
    m_navigation->expandAll();
    if (!select)
        select = currentPageIndex == GatewaysPage ? allGateways
                 : currentPageIndex == PoliciesPage && policies ? policies
                                                                : allBrokers;
    m_navigation->setCurrentItem(select);
    showSiteHealth();
}

void MainWindow::showSiteHealth()
{
    const QTreeWidgetItem *farm = m_navigation->topLevelItem(0);
    if (!farm)
        return;
    const QHash<int, Ras::AgentState> &states = m_controller->siteStates();
    for (int i = 0; i < farm->childCount(); ++i) {
        QTreeWidgetItem *item = farm->child(i);
        const QVariant siteId = item->data(0, kSiteRole);
        if (!siteId.isValid() || item->data(0, kPageRole).isValid())
            continue; // not a Site node
        const auto state = states.constFind(siteId.toInt());
        if (state == states.constEnd()) {
            item->setIcon(0, style()->standardIcon(QStyle::SP_DirIcon));
            item->setToolTip(0, QString());
            continue;
        }
        QStyle::StandardPixmap icon = QStyle::SP_DirIcon;
        switch (Ras::healthOf(*state)) {
        case Ras::Health::Bad: icon = QStyle::SP_MessageBoxCritical; break;
        case Ras::Health::Warning: icon = QStyle::SP_MessageBoxWarning; break;
        case Ras::Health::Good:
        case Ras::Health::Inactive: break;
        }
        item->setIcon(0, style()->standardIcon(icon));
        item->setToolTip(0, tr("Site status: %1").arg(Ras::displayName(*state)));
    }
}

void MainWindow::onLoaded(const FarmSnapshot &snapshot)
{
    Q_UNUSED(snapshot)
    // The tree changes only when Sites came or went (or on the first load).
    QStringList siteNames;
    for (const Site &site : m_controller->sites()->sites())
        siteNames << site.name;
    const QString key = siteNames.join(QLatin1Char('\n'));
    if (!m_navigationBuilt || property("siteKey").toString() != key) {
        setProperty("siteKey", key);
        rebuildNavigation();
        m_navigationBuilt = true;
    }
    updateActions();
    updateStatusBar();
    updateDetails();
}

RecordTablePage *MainWindow::currentPage() const
{
    return static_cast<RecordTablePage *>(m_pages->currentWidget());
}

MainWindow::Page MainWindow::currentKind() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

void MainWindow::showBrokers(int siteId)
{
    m_pages->setCurrentIndex(BrokersPage);
    m_brokerPage->proxy()->setSiteId(siteId);
    selectNavigation(BrokersPage, siteId);
    updateActions();
    updateDetails();
}

void MainWindow::showGateways(int siteId)
{
    m_pages->setCurrentIndex(GatewaysPage);
    m_gatewayPage->proxy()->setSiteId(siteId);
    selectNavigation(GatewaysPage, siteId);
    updateActions();
    updateDetails();
}

void MainWindow::showPolicies()
{
    m_pages->setCurrentIndex(PoliciesPage);
    selectNavigation(PoliciesPage, 0);
    updateActions();
    updateDetails();
}

void MainWindow::selectNavigation(int page, int siteId)
{
    const QSignalBlocker blocker(m_navigation);
    for (QTreeWidgetItemIterator it(m_navigation); *it; ++it) {
        const QVariant itemPage = (*it)->data(0, kPageRole);
        if (itemPage.isValid() && itemPage.toInt() == page && (*it)->data(0, kSiteRole).toInt() == siteId) {
            m_navigation->setCurrentItem(*it);
            return;
        }
    }
}

void MainWindow::updateActions()
{
    const int id = currentPage()->selectedId();
    const Page kind = currentKind();
    bool canUp = false;
    bool canDown = false;
    bool canPromote = false;
    bool canDelete = id != 0;
    if (kind == BrokersPage && id != 0) {
        const BrokerModel *model = m_controller->brokers();
        const Broker *broker = model->brokerAt(model->rowOf(id));
        int lastPriority = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->brokerAt(row)->siteId == broker->siteId)
                lastPriority = qMax(lastPriority, model->brokerAt(row)->priority);
        }
        // Secondaries move among themselves; the primary changes only by a promote.
        canUp = broker->priority > 1;
        canDown = broker->priority > 0 && broker->priority < lastPriority;
        canPromote = !broker->isPrimary();
        canDelete = !broker->isPrimary();
    } else if (kind == PoliciesPage && id != 0) {
        const int row = m_controller->policies()->rowOf(id);
        canUp = row > 0;
        canDown = row >= 0 && row < m_controller->policies()->rowCount() - 1;
    }
    m_actions.value(QStringLiteral("moveUp"))->setEnabled(canUp);
    m_actions.value(QStringLiteral("moveDown"))->setEnabled(canDown);
    m_actions.value(QStringLiteral("promote"))->setEnabled(canPromote);
    m_actions.value(QStringLiteral("promote"))->setVisible(!m_readOnly && kind == BrokersPage);
    m_actions.value(QStringLiteral("delete"))->setEnabled(canDelete);
    m_actions.value(QStringLiteral("properties"))->setEnabled(id != 0);
    m_actions.value(QStringLiteral("connections"))->setVisible(kind == PoliciesPage);
    m_actions.value(QStringLiteral("connections"))->setEnabled(id != 0);
    const int pending = m_controller->pendingChanges()->count();
    QAction *apply = m_actions.value(QStringLiteral("apply"));
    apply->setText(pending > 0 ? tr("&Apply Settings (%1)").arg(pending) : tr("&Apply Settings"));
    apply->setToolTip(pending > 0 ? tr("Commit %n staged change(s) to the farm", nullptr, pending)
                                  : tr("Commit staged changes to the farm"));
}

void MainWindow::applySessionRights()
{
    // The session's rights can take away what --read-only did not: a custom administrator who may only
    // view, or rights the server would not tell, get the read-only console, and the title says why.
    switch (m_controller->restriction()) {
    case FarmController::Restriction::None:
        break;
    case FarmController::Restriction::ViewOnlyAdministrator:
        setWindowTitle(tr("RAS Console (read-only: your administrator rights allow viewing only)"));
        break;
    case FarmController::Restriction::RightsUnknown:
        setWindowTitle(tr("RAS Console (read-only: your administrator rights could not be read)"));
        break;
    }
    if (m_controller->restriction() != FarmController::Restriction::None) {
        m_readOnly = true;
        for (const char *mutating : {"add", "apply", "moveUp", "moveDown", "promote", "delete"})
            m_actions.value(QLatin1String(mutating))->setVisible(false);
        m_banner->showMessage(m_controller->readOnlyReason(), MessageBanner::Kind::Information);
    }
    updateActions();
    updateStatusBar();
}

void MainWindow::updateStatusBar()
{
    const RasClient *client = m_controller->client();
    const AdminPermissions &rights = m_controller->permissions();
    // Who is logged on and as what ("administrator — Root administrator"), when the server said.
    if (rights.allAllowed || !m_controller->client()->isLoggedOn())
        m_serverLabel->setText(tr("%1 as %2").arg(client->baseUrl().toString(), m_controller->session().user));
    else
        m_serverLabel->setText(tr("%1 as %2 — %3").arg(client->baseUrl().toString(), m_controller->session().user,
                                                      rights.typeName()));
    const int pending = m_controller->pendingChanges()->count();
    m_pendingLabel->setText(pending > 0 ? tr("%n change(s) not applied", nullptr, pending) : tr("No pending changes"));
    const QDateTime last = m_controller->lastRefresh();
    m_refreshLabel->setText(last.isValid() ? tr("Refreshed %1").arg(QLocale().toString(last.time(), QLocale::ShortFormat))
                                           : QString());
}

void MainWindow::updateDetails()
{
    const int id = currentPage()->selectedId();
    // The load chart is for brokers, whose status the console samples over time.
    m_history->setVisible(currentKind() == BrokersPage && id != 0);
    if (id == 0) {
        m_details->setHtml(tr("<p style='color:#777'>Select a row to see its details.</p>"));
        return;
    }
    QString html = QStringLiteral("<table>");
    if (currentKind() == BrokersPage) {
        const BrokerModel *model = m_controller->brokers();
        const Broker *broker = model->brokerAt(model->rowOf(id));
        if (!broker)
            return;
        html += row(tr("Server"), broker->server) + row(tr("Priority"), broker->isPrimary() ? tr("0 (primary)") : QString::number(broker->priority))
                + row(tr("IP"), broker->ip) + row(tr("Alternative IPs"), broker->alternativeIpList().join(QStringLiteral(", ")))
                + row(tr("Description"), broker->description)
                + row(tr("Created"), tr("%1 by %2").arg(QLocale().toString(broker->timeCreate.toLocalTime(), QLocale::ShortFormat), broker->adminCreate));
        if (const BrokerStatus *status = model->statusOf(id)) {
            html += row(tr("State"), Ras::displayName(status->agentState)) + row(tr("Agent version"), status->agentVersion)
                    + row(tr("OS"), status->serverOs) + row(tr("Boot time"), status->systemBootTime);
            const auto samples = m_controller->history().samples(id, QDateTime::currentMSecsSinceEpoch());
            m_history->setSamples(samples);
            if (!samples.isEmpty()) {
                int maxCpu = 0;
                int sumCpu = 0;
                for (const auto &sample : samples) {
                    maxCpu = qMax(maxCpu, int(sample.cpu));
                    sumCpu += sample.cpu;
                }
                html += row(tr("CPU, last hour"), tr("now %1 %, average %2 %, peak %3 % (%n sample(s))", nullptr,
                                                       static_cast<int>(samples.size()))
                                                        .arg(samples.last().cpu)
                                                        .arg(sumCpu / static_cast<int>(samples.size()))
                                                        .arg(maxCpu));
            }
        }
    } else if (currentKind() == GatewaysPage) {
        const Gateway *gateway = m_controller->gateways()->gatewayAt(m_controller->gateways()->rowOf(id));
        if (!gateway)
            return;
        html += row(tr("Server"), gateway->server) + row(tr("Mode"), Ras::displayName(static_cast<Ras::GatewayMode>(gateway->gwMode)))
                + row(tr("IPs"), gateway->ips) + row(tr("Certificate"), gateway->certificateFile)
                + row(tr("Cipher"), gateway->cipher) + row(tr("Description"), gateway->description);
    } else {
        const PolicyModel *model = m_controller->policies();
        const ClientPolicy *policy = model->policyAt(model->rowOf(id));
        if (!policy)
            return;
        html += row(tr("Name"), policy->name) + row(tr("Order"), QString::number(policy->order))
                + row(tr("Description"), policy->description);
        for (const auto &connection : policy->secondaryConnections)
            html += row(tr("Secondary connection"),
                        QStringLiteral("%1 %2:%3").arg(Ras::displayName(connection.mode), connection.server).arg(connection.serverPort));
    }
    m_details->setHtml(html + QStringLiteral("</table>"));
}

void MainWindow::addNew()
{
    if (m_readOnly)
        return;
    const Page kind = currentKind();
    if (kind == BrokersPage) {
        auto *dialog = new BrokerAddDialog(m_controller->sites(), m_brokerPage->proxy()->siteId(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &OperationDialog::submitted, this, [this, dialog] {
            dialog->setBusy(true);
            m_controller->addBroker(dialog->request(), dialog, [dialog](const QString &error) { dialog->finish(error); });
        });
        dialog->open();
    } else if (kind == GatewaysPage) {
        auto *dialog = new GatewayAddDialog(m_controller->sites(), m_gatewayPage->proxy()->siteId(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &OperationDialog::submitted, this, [this, dialog] {
            dialog->setBusy(true);
            m_controller->addGateway(dialog->server(), dialog->siteId(), dialog,
                                     [dialog](const QString &error) { dialog->finish(error); });
        });
        dialog->open();
    } else {
        auto *dialog = new PolicyDialog(nullptr, false, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &OperationDialog::submitted, this, [this, dialog] {
            dialog->setBusy(true);
            m_controller->addPolicy(dialog->changes(), dialog, [dialog](const QString &error) { dialog->finish(error); });
        });
        dialog->open();
    }
}

void MainWindow::showProperties()
{
    const int id = currentPage()->selectedId();
    if (id == 0)
        return;
    OperationDialog *dialog = nullptr;
    if (currentKind() == BrokersPage) {
        const Broker *broker = m_controller->brokers()->brokerAt(m_controller->brokers()->rowOf(id));
        if (!broker)
            return;
        auto *brokerDialog = new BrokerPropertiesDialog(*broker, m_readOnly, this);
        connect(brokerDialog, &OperationDialog::submitted, this, [this, brokerDialog] {
            brokerDialog->setBusy(true);
            m_controller->updateBroker(brokerDialog->brokerId(), brokerDialog->changes(), brokerDialog,
                                       [brokerDialog](const QString &error) { brokerDialog->finish(error); });
        });
        dialog = brokerDialog;
    } else if (currentKind() == GatewaysPage) {
        const Gateway *gateway = m_controller->gateways()->gatewayAt(m_controller->gateways()->rowOf(id));
        if (!gateway)
            return;
        auto *gatewayDialog = new GatewayPropertiesDialog(*gateway, m_readOnly, this);
        connect(gatewayDialog, &OperationDialog::submitted, this, [this, gatewayDialog] {
            gatewayDialog->setBusy(true);
            m_controller->updateGateway(gatewayDialog->gatewayId(), gatewayDialog->changes(), gatewayDialog,
                                        [gatewayDialog](const QString &error) { gatewayDialog->finish(error); });
        });
        dialog = gatewayDialog;
    } else {
        const ClientPolicy *policy = m_controller->policies()->policyAt(m_controller->policies()->rowOf(id));
        if (!policy)
            return;
        auto *policyDialog = new PolicyDialog(policy, m_readOnly, this);
        connect(policyDialog, &OperationDialog::submitted, this, [this, policyDialog] {
            policyDialog->setBusy(true);
            m_controller->updatePolicy(policyDialog->policyId(), policyDialog->changes(), policyDialog,
                                       [policyDialog](const QString &error) { policyDialog->finish(error); });
        });
        dialog = policyDialog;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::editConnections()
{
    const int id = m_policyPage->selectedId();
    const ClientPolicy *policy = m_controller->policies()->policyAt(m_controller->policies()->rowOf(id));
    if (currentKind() != PoliciesPage || !policy)
        return;
    auto *dialog = new SecondaryConnectionsDialog(m_controller, id, policy->name, m_readOnly, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::moveSelected(bool up)
{
    const int id = currentPage()->selectedId();
    if (id == 0)
        return;
    if (currentKind() == BrokersPage)
        m_controller->moveBroker(id, up);
    else if (currentKind() == PoliciesPage)
        m_controller->movePolicy(id, up);
}

void MainWindow::promoteSelected()
{
    const int id = currentPage()->selectedId();
    const Broker *broker = m_controller->brokers()->brokerAt(m_controller->brokers()->rowOf(id));
    if (!broker)
        return;
    const auto answer = Questions::ask(
        this, tr("Promote to primary"),
        tr("Make %1 the primary Connection Broker of its Site?\n\nThe current primary becomes a secondary broker. "
           "The server ends this console's session; the console logs on again by itself.")
            .arg(broker->server),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        m_controller->promoteBroker(id);
}

void MainWindow::deleteSelected()
{
    const int id = currentPage()->selectedId();
    if (id == 0)
        return;
    QString name;
    if (currentKind() == BrokersPage)
        name = m_controller->brokers()->brokerAt(m_controller->brokers()->rowOf(id))->server;
    else if (currentKind() == PoliciesPage)
        name = m_controller->policies()->policyAt(m_controller->policies()->rowOf(id))->name;
    else
        name = currentPage()->view()->selectionModel()->selectedRows(GatewayModel::Server).value(0).data().toString();
    if (currentKind() == BrokersPage) {
        // Yes uninstalls the agent from the server too; No keeps it installed.
        const auto answer = Questions::ask(
            this, tr("Delete Connection Broker"),
            tr("Delete %1 from the Site?\n\nYes: also uninstall the RAS agent from the server.\nNo: keep the agent "
               "installed.\n\nThe change is staged until Apply Settings.")
                .arg(name),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Yes || answer == QMessageBox::No)
            m_controller->removeBroker(id, answer == QMessageBox::No);
        return;
    }
    const auto answer = Questions::ask(this, tr("Delete"),
                                       tr("Delete %1? The change is staged until Apply Settings.").arg(name),
                                       QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (currentKind() == GatewaysPage)
        m_controller->removeGateway(id);
    else
        m_controller->removePolicy(id);
}

void MainWindow::applySettings()
{
    m_controller->apply();
}

void MainWindow::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export table"), QStringLiteral("ras-export.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_banner->showMessage(tr("Cannot write %1: %2").arg(path, file.errorString()), MessageBanner::Kind::Error);
        return;
    }
    file.write(currentPage()->toCsv().toUtf8());
    statusBar()->showMessage(tr("Exported to %1").arg(path), 5000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const int pending = m_controller->pendingChanges()->count();
    if (pending > 0 && !m_readOnly) {
        const auto answer = Questions::ask(
            this, tr("Unapplied changes"),
            tr("%n change(s) made in this session have not been applied to the farm. Quit anyway?", nullptr, pending),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
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
