#pragma once

#include <QList>
#include <QMainWindow>
#include <QPointer>

class BrokersPage;
class ConsoleActions;
class ConsoleStatusBar;
class QDockWidget;
class QModelIndex;
class FarmController;
class GatewaysPage;
class MessageBanner;
class ObjectPage;
class PoliciesPage;
class ProblemNotice;
class NavigationTree;
class QStackedWidget;
struct FarmSnapshot;

// The console's frame: the navigation tree (Farm › Site › one item per kind), the page of the kind
// chosen, the banner, the toolbar and menus, the docks (request log, pending changes) and the
// status bar. It arranges; each page knows its own kind and FarmController does the work.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(FarmController *controller, bool readOnly, QWidget *parent = nullptr);
    ~MainWindow() override;

    const ConsoleActions &consoleActions() const { return *m_actions; }
    BrokersPage *brokerPage() const { return m_brokerPage; }
    GatewaysPage *gatewayPage() const { return m_gatewayPage; }
    PoliciesPage *policyPage() const { return m_policyPage; }
    ObjectPage *currentPage() const;
    MessageBanner *banner() const { return m_banner; }
    ProblemNotice *problemNotice() const { return m_notice; }
    ConsoleStatusBar *consoleStatusBar() const { return m_statusBar; }
    QDialog *relogonDialog() const { return m_relogonDialog; }
    void showBrokers(int siteId = 0);
    void showGateways(int siteId = 0);
    void showPolicies();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    template <typename Page>
    Page *addPage(Page *page);
    void showPage(ObjectPage *page, int siteId);
    void connectActions();
    void createLayout();
    void createToolbar();
    void createDocks();
    void updateActions();
    void applySessionRights();
    void showHealth();
    void hidePendingChanges();
    // Opens the page of the object a pending-changes row is about, with that object selected.
    void showPendingObject(const QModelIndex &index);
    void onLoaded(const FarmSnapshot &snapshot);
    void askForPasswordAgain(const QString &reason);

    FarmController *m_controller;
    bool m_readOnly; // --read-only, or the session's rights allow no change
    ConsoleActions *m_actions;
    QList<ObjectPage *> m_pages;
    BrokersPage *m_brokerPage = nullptr;
    GatewaysPage *m_gatewayPage = nullptr;
    PoliciesPage *m_policyPage = nullptr;
    NavigationTree *m_navigation;
    QStackedWidget *m_stack;
    MessageBanner *m_banner;
    ProblemNotice *m_notice;
    ConsoleStatusBar *m_statusBar = nullptr;
    QDockWidget *m_pendingDock = nullptr;
    QPointer<QDialog> m_relogonDialog;
    // The page (and Site) on show, remembered for the next start when the window goes: writing the
    // settings file on every page switch held the window for 10-20 ms each time.
    QString m_shownPage;
    int m_shownSite = 0;
    bool m_quitAfterApply = false; // the changes were applied on the way out
};
