#include "BrokersPage.h"

#include "BrokerAddDialog.h"
#include "BrokerPropertiesDialog.h"
#include "FarmController.h"
#include "LoadBarDelegate.h"
#include "LoadHistoryChart.h"
#include "Questions.h"
#include "RecordTablePage.h"
#include "StatusFormat.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QTableView>

BrokersPage::BrokersPage(FarmController *farm, bool readOnly, QWidget *parent)
    : ObjectPage(farm, readOnly, QStringLiteral("brokers"), farm->brokers(), BrokerModel::Priority, parent)
    , m_history(new LoadHistoryChart(this))
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
    // Yes uninstalls the agent from the server too; No keeps it installed.
    const auto answer = Questions::ask(
        this, tr("Delete Connection Broker"),
        tr("Delete %1 from the Site?\n\nYes: also uninstall the RAS agent from the server.\nNo: keep the agent "
           "installed.\n\nThe change is staged until Apply Settings.")
            .arg(broker->server),
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes || answer == QMessageBox::No)
        farm()->removeBroker(broker->id, answer == QMessageBox::No, this, reportToBanner());
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
    const auto answer = Questions::ask(
        this, tr("Promote to primary"),
        tr("Make %1 the primary Connection Broker of its Site?\n\nThe current primary becomes a secondary broker. "
           "The server ends this console's session; the console logs on again by itself.")
            .arg(broker->server),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
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
                                                  .arg(QLocale().toString(broker->timeCreate.toLocalTime(), QLocale::ShortFormat),
                                                       broker->adminCreate));
    const BrokerStatus *status = model->statusOf(id);
    if (!status)
        return html;
    html += detailRow(tr("State"), Ras::displayName(status->agentState)) + detailRow(tr("Agent version"), status->agentVersion)
            + detailRow(tr("OS"), status->serverOs) + detailRow(tr("Boot time"), StatusFormat::bootTime(status->systemBootTime));
    const auto samples = farm()->history().samples(id, QDateTime::currentMSecsSinceEpoch());
    m_history->setSamples(samples);
    if (!samples.isEmpty()) {
        int maxCpu = 0;
        int sumCpu = 0;
        for (const auto &sample : samples) {
            maxCpu = qMax(maxCpu, int(sample.cpu));
            sumCpu += sample.cpu;
        }
        const int count = static_cast<int>(samples.size());
        html += detailRow(tr("CPU, last hour"),
                          tr("Now %1 %, average %2 %, peak %3 %, from %n samples.", "CPU load over the last hour", count)
                              .arg(samples.last().cpu)
                              .arg(sumCpu / count)
                              .arg(maxCpu));
    }
    return html;
}
