#include "BrokersPage.h"

#include "BrokerAddDialog.h"
#include "BrokerPropertiesDialog.h"
#include "FarmController.h"
#include "HealthWatch.h"
#include "LoadBarDelegate.h"
#include "LoadHistoryChart.h"
#include "Questions.h"
#include "RecordTablePage.h"
#include "StatusFormat.h"
#include "TimeFormat.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QTableView>

BrokersPage::BrokersPage(FarmController *farm, bool readOnly, QWidget *parent)
    : ObjectPage(farm, readOnly, QStringLiteral("brokers"), farm->brokers(), BrokerModel::Priority, parent)
    , m_history(new LoadHistoryChart(this))
    , m_health(new HealthWatch(farm->brokers(), BrokerModel::Server, BrokerModel::State, this))
{
    auto *loadBars = new LoadBarDelegate(this);
    table()->view()->setItemDelegateForColumn(BrokerModel::Cpu, loadBars);
    table()->view()->setItemDelegateForColumn(BrokerModel::Memory, loadBars);
    detailsRow()->addWidget(m_history);
    m_history->hide();
    // Ticking "Enabled" in the table sends the change at once (the model only asks).
    connect(farm->brokers(), &BrokerModel::enabledChangeRequested, this, [this](int id, bool enabled) {
        const Broker *broker = this->farm()->brokers()->brokerAt(this->farm()->brokers()->rowOf(id));
        if (broker && mayDo(SessionRights::Operation::Modify, broker->siteId))
            this->farm()->setBrokerEnabled(id, enabled, this, reportToBanner());
        else if (broker && !isReadOnly())
            emit messageRaised(refusal(SessionRights::Operation::Modify), MessageBanner::Kind::Error);
    });
    keepAgesMoving(farm->brokers());
    table()->keepColumnFitting(BrokerModel::State);
    updateDetails();
}

QString BrokersPage::title() const
{
    return tr("Connection Brokers");
}

QString BrokersPage::allSitesTitle() const
{
    return tr("All Connection Brokers");
}

QString BrokersPage::refusal(SessionRights::Operation operation) const
{
    switch (operation) {
    case SessionRights::Operation::Add:
        return tr("Your administrator rights do not allow adding Connection Brokers here.");
    case SessionRights::Operation::Delete:
        return tr("Your administrator rights do not allow deleting this Connection Broker.");
    default:
        return tr("Your administrator rights do not allow changing this Connection Broker.");
    }
}

ObjectPage::Allowed BrokersPage::allowed() const
{
    Allowed allowed;
    allowed.hasPromote = !isReadOnly();
    allowed.add = mayDo(SessionRights::Operation::Add);
    const BrokerModel *model = farm()->brokers();
    const Broker *broker = model->brokerAt(model->rowOf(selectedId()));
    explainRefusals(&allowed, broker ? broker->siteId : 0);
    if (!broker)
        return allowed;
    allowed.properties = true;
    const bool change = mayDo(SessionRights::Operation::Modify, broker->siteId);
    if (!change && !mayDo(SessionRights::Operation::Delete, broker->siteId))
        return allowed;
    int lastPriority = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->brokerAt(row)->siteId == broker->siteId)
            lastPriority = qMax(lastPriority, model->brokerAt(row)->priority);
    }
    // Secondaries move among themselves; the primary changes only by a promote, and a Site
    // cannot be left without its primary.
    allowed.moveUp = change && broker->priority > 1;
    allowed.moveDown = change && broker->priority > 0 && broker->priority < lastPriority;
    allowed.promote = change && !broker->isPrimary();
    allowed.remove = mayDo(SessionRights::Operation::Delete, broker->siteId) && !broker->isPrimary();
    return allowed;
}

void BrokersPage::addNew()
{
    if (!mayDo(SessionRights::Operation::Add))
        return;
    auto *dialog = new BrokerAddDialog(farm()->sites(), siteId(), this);
    connect(dialog, &OperationDialog::submitted, this, [this, dialog] {
        sendFrom(dialog, [this, dialog](QObject *receiver, OutcomeHandler done) {
            farm()->addBroker(dialog->request(), receiver, std::move(done));
        });
    });
    openOwned(dialog);
}

void BrokersPage::showProperties()
{
    const Broker *broker = farm()->brokers()->brokerAt(farm()->brokers()->rowOf(selectedId()));
    if (!broker)
        return;
    auto *dialog = new BrokerPropertiesDialog(*broker, !mayDo(SessionRights::Operation::Modify, broker->siteId), this);
    dialog->setAgentStatus(farm()->brokers()->statusOf(broker->id));
    connect(dialog, &OperationDialog::submitted, this, [this, dialog] {
        sendFrom(dialog, [this, dialog](QObject *receiver, OutcomeHandler done) {
            farm()->updateBroker(dialog->brokerId(), dialog->changes(), receiver, std::move(done));
        });
    });
    openOwned(dialog);
}

void BrokersPage::deleteSelected()
{
    const Broker *broker = farm()->brokers()->brokerAt(farm()->brokers()->rowOf(selectedId()));
    if (!broker || !mayDo(SessionRights::Operation::Delete, broker->siteId))
        return;
    enum Choice { DeleteAndUninstall, DeleteKeepAgent, Cancel };
    const int choice = Questions::choose(
        this, tr("Delete Connection Broker"),
        tr("Delete %1 from the Site? The RAS agent can be uninstalled from the server as well, or kept installed. "
           "The change is staged until Apply Settings.")
            .arg(broker->server),
        {tr("Delete and uninstall agent"), tr("Delete, keep agent"), tr("Cancel")}, Cancel);
    if (choice == DeleteAndUninstall || choice == DeleteKeepAgent)
        farm()->removeBroker(broker->id, choice == DeleteKeepAgent, this, reportToBanner());
}

void BrokersPage::moveSelected(bool up)
{
    const int id = selectedId();
    const Broker *broker = farm()->brokers()->brokerAt(farm()->brokers()->rowOf(id));
    if (broker && mayDo(SessionRights::Operation::Modify, broker->siteId))
        farm()->moveBroker(id, up, this, reportToBanner());
}

void BrokersPage::promoteSelected()
{
    const Broker *broker = farm()->brokers()->brokerAt(farm()->brokers()->rowOf(selectedId()));
    if (!broker || !mayDo(SessionRights::Operation::Modify, broker->siteId))
        return;
    enum Choice { Promote, Cancel };
    const int choice = Questions::choose(
        this, tr("Promote to primary"),
        tr("Make %1 the primary Connection Broker of its Site?\n\nThe current primary becomes a secondary broker. "
           "The server ends this console's session; the console logs on again by itself.")
            .arg(broker->server),
        {tr("Promote to primary"), tr("Cancel")}, Cancel);
    if (choice == Promote)
        farm()->promoteBroker(broker->id, this, reportToBanner());
}

QString BrokersPage::detailsHtml(int id) const
{
    const BrokerModel *model = farm()->brokers();
    const Broker *broker = model->brokerAt(model->rowOf(id));
    m_history->setVisible(broker != nullptr);
    if (!broker)
        return {};
    QString html = detailRow(tr("Server"), broker->server)
                   + detailRow(tr("Priority"), broker->isPrimary() ? tr("0 (primary)") : QString::number(broker->priority))
                   + detailRow(tr("IP"), broker->ip)
                   + detailRow(tr("Alternative IPs"), broker->alternativeIpList().join(QStringLiteral(", ")))
                   + detailRow(tr("Description"), broker->description)
                   + detailRow(tr("Created"), tr("%1 by %2", "creation time by administrator")
                                                  .arg(TimeFormat::dateTime(broker->timeCreate),
                                                       broker->adminCreate));
    const BrokerStatus *status = model->statusOf(id);
    if (!status)
        return html;
    html += detailRow(tr("State"), Ras::displayName(status->agentState)) + detailRow(tr("Agent version"), status->agentVersion)
            + detailRow(tr("OS"), status->serverOs) + detailRow(tr("Boot time"), StatusFormat::bootTime(status->systemBootTime));
    const auto samples = farm()->history().samples(id, QDateTime::currentMSecsSinceEpoch());
    m_history->setSamples(samples);
    // Gaps (no load reported) are not 0 %: only measured samples count.
    int maxCpu = 0;
    int sumCpu = 0;
    int count = 0;
    int lastCpu = 0;
    for (const auto &sample : samples) {
        if (!sample.measured)
            continue;
        maxCpu = qMax(maxCpu, int(sample.cpu));
        sumCpu += sample.cpu;
        lastCpu = sample.cpu;
        ++count;
    }
    if (count > 0) {
        html += detailRow(tr("CPU, last hour"),
                          tr("Now %1 %, average %2 %, peak %3 %, from %n samples.", "CPU load over the last hour", count)
                              .arg(status->reportsLoad() ? QString::number(lastCpu) : StatusFormat::noValue())
                              .arg(sumCpu / count)
                              .arg(maxCpu));
    }
    return html;
}

std::optional<RasError> BrokersPage::loadFailure(const FarmSnapshot &snapshot) const
{
    if (snapshot.brokers.failed())
        return snapshot.brokers.error();
    if (snapshot.brokerStatus.failed())
        return snapshot.brokerStatus.error();
    return std::nullopt;
}
