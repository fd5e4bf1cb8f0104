#pragma once

#include <QMainWindow>
#include <QPointer>

class FarmController;
class LoadHistoryChart;
class MessageBanner;
class QAction;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;
class QTextBrowser;
class QTreeWidget;
class RecordTablePage;
struct FarmSnapshot;

// The console: navigation tree (Farm › Site › Connection Brokers / Secure Gateways; Client
// Policies), a table page per kind with a details pane, the toolbar and context menus, a status
// bar and the request log dock. It shows and asks; FarmController does the work.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(FarmController *controller, bool readOnly, QWidget *parent = nullptr);
    ~MainWindow() override;

    RecordTablePage *brokerPage() const { return m_brokerPage; }
    RecordTablePage *gatewayPage() const { return m_gatewayPage; }
    RecordTablePage *policyPage() const { return m_policyPage; }
    MessageBanner *banner() const { return m_banner; }
    QDialog *relogonDialog() const { return m_relogonDialog; }
    LoadHistoryChart *historyChart() const { return m_history; }
    QAction *action(const QString &name) const;
    void showBrokers(int siteId = 0);
    void showGateways(int siteId = 0);
    void showPolicies();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    enum Page { BrokersPage, GatewaysPage, PoliciesPage };

    void createActions();
    void createLayout();
    void createRequestLogDock();
    void rebuildNavigation();
    // Selects the tree item of a page (and Site) without feedback loops.
    void selectNavigation(int page, int siteId);
    void updateActions();
    void updateStatusBar();
    void applySessionRights();
    // Each Site node shows its health (api/Site/status) as icon and tooltip.
    void showSiteHealth();
    void updateDetails();
    void onLoaded(const FarmSnapshot &snapshot);
    RecordTablePage *currentPage() const;
    Page currentKind() const;

    void addNew();
    void showProperties();
    void editConnections();
    void moveSelected(bool up);
    void promoteSelected();
    void deleteSelected();
    void applySettings();
    void exportCsv();
    void copyAsCurl(QTableView *view);
    void askForPasswordAgain(const QString &reason);

    FarmController *m_controller;
    bool m_readOnly; // --read-only, or the session's rights allow no change
    QTreeWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    RecordTablePage *m_brokerPage = nullptr;
    RecordTablePage *m_gatewayPage = nullptr;
    RecordTablePage *m_policyPage = nullptr;
    QTextBrowser *m_details = nullptr;
    LoadHistoryChart *m_history = nullptr;
    MessageBanner *m_banner = nullptr;
    QComboBox *m_interval = nullptr;
    QLabel *m_serverLabel = nullptr;
    QLabel *m_pendingLabel = nullptr;
    QLabel *m_refreshLabel = nullptr;
    QLabel *m_busyLabel = nullptr;
    QHash<QString, QAction *> m_actions;
    bool m_navigationBuilt = false;
    QPointer<QDialog> m_relogonDialog;
};
