#include "GatewaysPage.h"

#include "FarmController.h"
#include "HealthWatch.h"
#include "GatewayAddDialog.h"
#include "GatewayNames.h"
#include "GatewayPropertiesDialog.h"
#include "LoadBarDelegate.h"
#include "Questions.h"
#include "RecordTablePage.h"

#include <QTableView>

GatewaysPage::GatewaysPage(FarmController *farm, bool readOnly, QWidget *parent)
    : ObjectPage(farm, readOnly, QStringLiteral("gateways"), farm->gateways(), GatewayModel::Server, parent)
    , m_health(new HealthWatch(farm->gateways(), GatewayModel::Server, GatewayModel::State, this))
{
    auto *loadBars = new LoadBarDelegate(this);
    table()->view()->setItemDelegateForColumn(GatewayModel::Cpu, loadBars);
    table()->view()->setItemDelegateForColumn(GatewayModel::Memory, loadBars);
    keepAgesMoving(farm->gateways());
    table()->keepColumnFitting(GatewayModel::State);
    updateDetails();
}

QString GatewaysPage::title() const
{
    return tr("Secure Gateways");
}

QString GatewaysPage::allSitesTitle() const
{
    return tr("All Secure Gateways");
}

QString GatewaysPage::refusal(SessionRights::Operation operation) const
{
    switch (operation) {
    case SessionRights::Operation::Add:
        return tr("Your administrator rights do not allow adding Secure Gateways here.");
    case SessionRights::Operation::Delete:
        return tr("Your administrator rights do not allow deleting this Secure Gateway.");
    default:
        return tr("Your administrator rights do not allow changing this Secure Gateway.");
    }
}

ObjectPage::Allowed GatewaysPage::allowed() const
{
    Allowed allowed;
    const Gateway *gateway = farm()->gateways()->gatewayAt(farm()->gateways()->rowOf(selectedId()));
    const int site = gateway ? gateway->siteId : 0;
    allowed.add = mayDo(SessionRights::Operation::Add);
    explainRefusals(&allowed, site);
    allowed.properties = gateway != nullptr;
    allowed.remove = gateway != nullptr && mayDo(SessionRights::Operation::Delete, site);
    return allowed;
}

void GatewaysPage::addNew()
{
    if (!mayDo(SessionRights::Operation::Add))
        return;
    const GatewayNames names = GatewayNames::gather(siteId(), *farm()->sites(), *farm()->brokers(), *farm()->gateways());
    auto *dialog = new GatewayAddDialog(farm()->sites(), siteId(), names.farmGateways, this);
    connect(dialog, &OperationDialog::submitted, this, [this, dialog] {
        const GatewayAddRequest request = dialog->request();
        sendFrom(dialog, [this, request](QObject *receiver, OutcomeHandler done) {
            farm()->addGateway(request, receiver, [this, request, done](const OperationOutcome &outcome) {
                done(outcome);
                if (outcome.succeeded())
                    applyWizardSettings(request);
            });
        });
    });
    openOwned(dialog);
}

void GatewaysPage::applyWizardSettings(const GatewayAddRequest &request)
{
    // The create takes only the server and its Site: mode, forwarding and HTML5 follow as an update of
    // the gateway the server made, which the table holds by the time the add's outcome arrives.
    const GatewayModel *gateways = farm()->gateways();
    for (int row = 0; row < gateways->rowCount(); ++row) {
        const Gateway *gateway = gateways->gatewayAt(row);
        if (gateway->server.compare(request.server.trimmed(), Qt::CaseInsensitive) != 0
            || (request.siteId > 0 && gateway->siteId != request.siteId))
            continue;
        const GatewayChanges settings = request.settingsFor(*gateway);
        if (!settings.isEmpty())
            farm()->updateGateway(gateway->id, settings, this, reportToBanner());
        return;
    }
}

void GatewaysPage::showProperties()
{
    const Gateway *gateway = farm()->gateways()->gatewayAt(farm()->gateways()->rowOf(selectedId()));
    if (!gateway)
        return;
    const GatewayNames names
        = GatewayNames::gather(gateway->siteId, *farm()->sites(), *farm()->brokers(), *farm()->gateways());
    auto *dialog
        = new GatewayPropertiesDialog(*gateway, names, !mayDo(SessionRights::Operation::Modify, gateway->siteId), this);
    connect(dialog, &OperationDialog::submitted, this, [this, dialog] {
        sendFrom(dialog, [this, dialog](QObject *receiver, OutcomeHandler done) {
            farm()->updateGateway(dialog->gatewayId(), dialog->changes(), receiver, std::move(done));
        });
    });
    openOwned(dialog);
}

void GatewaysPage::deleteSelected()
{
    const Gateway *gateway = farm()->gateways()->gatewayAt(farm()->gateways()->rowOf(selectedId()));
    if (!gateway || !mayDo(SessionRights::Operation::Delete, gateway->siteId))
        return;
    enum Choice { Delete, Cancel };
    const int choice = Questions::choose(this, tr("Delete Secure Gateway"),
                                         tr("Delete Secure Gateway %1? The change is staged until Apply Settings.")
                                             .arg(gateway->server),
                                         {tr("Delete Secure Gateway"), tr("Cancel")}, Cancel);
    if (choice == Delete)
        farm()->removeGateway(gateway->id, this, reportToBanner());
}

QString GatewaysPage::detailsHtml(int id) const
{
    const Gateway *gateway = farm()->gateways()->gatewayAt(farm()->gateways()->rowOf(id));
    if (!gateway)
        return {};
    return detailRow(tr("Server"), gateway->server)
           + detailRow(tr("Mode"), Ras::displayName(static_cast<Ras::GatewayMode>(gateway->gwMode)))
           + detailRow(tr("IPs"), gateway->ips) + detailRow(tr("Certificate"), gateway->certificateFile)
           + detailRow(tr("Cipher"), gateway->cipher) + detailRow(tr("Description"), gateway->description);
}

std::optional<RasError> GatewaysPage::loadFailure(const FarmSnapshot &snapshot) const
{
    if (snapshot.gateways.failed())
        return snapshot.gateways.error();
    if (snapshot.gatewayStatus.failed())
        return snapshot.gatewayStatus.error();
    return std::nullopt;
}
