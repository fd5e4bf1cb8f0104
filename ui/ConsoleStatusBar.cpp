#include "ConsoleStatusBar.h"

#include "FarmChangesLabel.h"
#include "FarmController.h"
#include "Theme.h"
#include "ServerAddress.h"
#include "TimeFormat.h"

#include <QLabel>
#include <QLocale>

ConsoleStatusBar::ConsoleStatusBar(FarmController *farm, QWidget *parent)
    : QStatusBar(parent)
    , m_farm(farm)
    , m_server(new QLabel(this))
    , m_unencrypted(new QLabel(tr("Unencrypted (HTTP)"), this))
    , m_pending(new QLabel(this))
    , m_busy(new QLabel(this))
    , m_refreshed(new QLabel(this))
{
    m_server->setObjectName(QStringLiteral("session"));
    addWidget(m_server);
    addWidget(m_unencrypted);
    m_unencrypted->setObjectName(QStringLiteral("unencrypted"));
    m_unencrypted->setToolTip(tr("This session uses plain HTTP: the password and all farm data cross the network "
                                 "unencrypted."));
    m_unencrypted->hide();
    m_pending->setObjectName(QStringLiteral("pendingCount"));
    addWidget(m_pending);
    addWidget(new FarmChangesLabel(farm, this));
    m_health = new QLabel(this);
    m_health->setObjectName(QStringLiteral("farmHealth"));
    addPermanentWidget(m_health);
    addPermanentWidget(m_busy);
    addPermanentWidget(m_refreshed);
    connect(farm->client(), &RasClient::busyChanged, this, [this](bool busy) { m_busy->setText(busy ? tr("Working…") : QString()); });
    connect(farm->pendingChanges(), &PendingChangesModel::countChanged, this, &ConsoleStatusBar::showCurrent);
    connect(farm, &FarmController::loaded, this, &ConsoleStatusBar::showCurrent);
    connect(farm, &FarmController::statusRefreshed, this, &ConsoleStatusBar::showCurrent);
    connect(farm, &FarmController::loggedOn, this, &ConsoleStatusBar::showCurrent);
    // A promote ends the session and the console logs on again by itself: say again who is on.
    connect(farm->client(), &RasClient::reloggedOn, this, &ConsoleStatusBar::showCurrent);
    connect(farm, &FarmController::statusRefreshFailing, this, &ConsoleStatusBar::showRefreshFailing);
    connect(farm, &FarmController::statusRefreshRecovered, this, &ConsoleStatusBar::showCurrent);
    showCurrent();
}

void ConsoleStatusBar::showRefreshFailing(int failures, int nextSeconds, const RasError &error)
{
    // The tables keep their last good data; this says why it is getting old, and that the console
    // now asks less often instead of hammering a server in trouble.
    if (nextSeconds > m_farm->autoRefreshSeconds())
        m_refreshed->setText(tr("Status refresh failed %n times in a row, so it now waits %1 seconds between tries.",
                                nullptr, failures)
                                 .arg(nextSeconds));
    else
        m_refreshed->setText(tr("Status refresh failed; the tables show the last good data."));
    m_refreshed->setToolTip(error.toString());
}

void ConsoleStatusBar::showCurrent()
{
    m_refreshed->setToolTip(QString());
    const AdminPermissions &rights = m_farm->permissions();
    const QString server = m_farm->client()->baseUrl().toString();
    // Loopback traffic never leaves this machine (the demo); anything else in clear is worth a constant reminder.
    m_unencrypted->setVisible(ServerAddress::needsPlainHttpConsent(m_farm->client()->baseUrl()));
    // Who is logged on and as what ("administrator — Root administrator"), when the server said.
    if (m_farm->session().user.isEmpty()) // logging on: nobody to name yet
        m_server->setText(server);
    else if (rights.allAllowed || !m_farm->client()->isLoggedOn())
        m_server->setText(tr("%1 as %2", "server as administrator").arg(server, m_farm->session().user));
    else
        m_server->setText(tr("%1 as %2 — %3", "server as administrator — kind of administrator")
                              .arg(server, m_farm->session().user, rights.typeName()));
    const int pending = m_farm->pendingChanges()->count();
    m_pending->setText(pending > 0 ? tr("%Ln changes not applied", nullptr, pending) : tr("No pending changes"));
    const QDateTime last = m_farm->lastRefresh();
    m_refreshed->setText(last.isValid() ? tr("Refreshed at %1").arg(TimeFormat::timeOfDay(last))
                                        : QString());
}

void ConsoleStatusBar::showHealth(int problems, int servers)
{
    if (servers == 0) {
        m_health->clear();
        return;
    }
    // English has no translation file: the singular gets its own sentence.
    if (problems == 1)
        m_health->setText(tr("1 of %1 servers needs attention").arg(QLocale().toString(servers)));
    else if (problems > 1)
        m_health->setText(tr("%Ln of %1 servers need attention", nullptr, problems).arg(QLocale().toString(servers)));
    else
        m_health->setText(servers == 1 ? tr("The server is fine") : tr("All %Ln servers are fine", nullptr, servers));
    // The status bar would squeeze it to nothing beside the other permanent widgets.
    m_health->setMinimumWidth(m_health->fontMetrics().horizontalAdvance(m_health->text()) + 8);
    m_health->setStyleSheet(problems > 0 ? QStringLiteral("color: %1;").arg(Theme::errorText(palette()).name())
                                         : QString());
}

void ConsoleStatusBar::setReadOnly(bool readOnly)
{
    m_pending->setVisible(!readOnly);
}
