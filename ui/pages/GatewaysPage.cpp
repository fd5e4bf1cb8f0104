#include "GatewaysPage.h"

#include "FarmController.h"
#include "GatewayAddDialog.h"
#include "GatewayPropertiesDialog.h"
#include "LoadBarDelegate.h"
#include "Questions.h"
#include "RecordTablePage.h"

#include <QTableView>

GatewaysPage::GatewaysPage(FarmController *farm, bool readOnly, QWidget *parent)
    : ObjectPage(farm, readOnly, QStringLiteral("gateways"), farm->gateways(), GatewayModel::Server, parent)
{
    auto *loadBars = new LoadBarDelegate(this);
    table()->view()->setItemDelegateForColumn(GatewayModel::Cpu, loadBars);
    table()->view()->setItemDelegateForColumn(GatewayModel::Memory, loadBars);
    keepAgesMoving(farm->gateways());
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

ObjectPage::Allowed GatewaysPage::allowed() const
{
    Allowed allowed;
    const bool selected = farm()->gateways()->gatewayAt(farm()->gateways()->rowOf(selectedId())) != nullptr;
    allowed.add = !isReadOnly();
    allowed.properties = selected;
    allowed.remove = selected && !isReadOnly();
    return allowed;
}

void GatewaysPage::addNew()
{
    if (isReadOnly())
        return;
    auto *dialog = new GatewayAddDialog(farm()->sites(), siteId(), this);
    connect(dialog, &OperationDialog::submitted, this, [this, dialog] {
        sendFrom(dialog, [this, dialog](QObject *receiver, OutcomeHandler done) {
            farm()->addGateway(dialog->server(), dialog->siteId(), receiver, std::move(done));
        });
    });
    openOwned(dialog);
}

void GatewaysPage::showProperties()
{
    const Gateway *gateway = farm()->gateways()->gatewayAt(farm()->gateways()->rowOf(selectedId()));
    if (!gateway)
        return;
    auto *dialog = new GatewayPropertiesDialog(*gateway, isReadOnly(), this);
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
    if (!gateway || isReadOnly())
        return;
    const auto answer = Questions::ask(this, tr("Delete Secure Gateway"),
                                       tr("Delete Secure Gateway %1? The change is staged until Apply Settings.")
                                           .arg(gateway->server),
                                       QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
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
