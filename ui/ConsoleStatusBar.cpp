#include "ConsoleStatusBar.h"

#include "FarmChangesLabel.h"
#include "FarmController.h"

#include <QLabel>
#include <QLocale>

ConsoleStatusBar::ConsoleStatusBar(FarmController *farm, QWidget *parent)
    : QStatusBar(parent)
    , m_farm(farm)
    , m_server(new QLabel(this))
    , m_pending(new QLabel(this))
    , m_busy(new QLabel(this))
    , m_refreshed(new QLabel(this))
{
    addWidget(m_server);
    addWidget(m_pending);
    addWidget(new FarmChangesLabel(farm, this));
    addPermanentWidget(m_busy);
    addPermanentWidget(m_refreshed);
    connect(farm->client(), &RasClient::busyChanged, this, [this](bool busy) { m_busy->setText(busy ? tr("Working…") : QString()); });
    connect(farm->pendingChanges(), &PendingChangesModel::countChanged, this, &ConsoleStatusBar::showCurrent);
    connect(farm, &FarmController::loaded, this, &ConsoleStatusBar::showCurrent);
    connect(farm, &FarmController::statusRefreshed, this, &ConsoleStatusBar::showCurrent);
    connect(farm, &FarmController::loggedOn, this, &ConsoleStatusBar::showCurrent);
    showCurrent();
}

void ConsoleStatusBar::showCurrent()
{
    const AdminPermissions &rights = m_farm->permissions();
    const QString server = m_farm->client()->baseUrl().toString();
    // Who is logged on and as what ("administrator — Root administrator"), when the server said.
    if (rights.allAllowed || !m_farm->client()->isLoggedOn())
        m_server->setText(tr("%1 as %2", "server as administrator").arg(server, m_farm->session().user));
    else
        m_server->setText(tr("%1 as %2 — %3", "server as administrator — kind of administrator")
                              .arg(server, m_farm->session().user, rights.typeName()));
    const int pending = m_farm->pendingChanges()->count();
    m_pending->setText(pending > 0 ? tr("%n changes not applied", nullptr, pending) : tr("No pending changes"));
    const QDateTime last = m_farm->lastRefresh();
    m_refreshed->setText(last.isValid() ? tr("Refreshed at %1").arg(QLocale().toString(last.time(), QLocale::ShortFormat))
                                        : QString());
}
