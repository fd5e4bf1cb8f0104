#pragma once

#include "GatewayAddRequest.h"
#include "GatewayNames.h"
#include "OperationDialog.h"

#include <memory>

class SiteModel;
namespace Ui {
class GatewayAddDialog;
}

// Add a Secure Gateway as the official wizard does: server and Site, mode and the gateways a
// forwarding one forwards to, the HTML5 client, and how the gateway is installed.
class GatewayAddDialog final : public OperationDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayAddDialog)

public:
    // gateways: the farm's Secure Gateways, offered as forwarding targets within the chosen Site.
    GatewayAddDialog(const SiteModel *sites, int siteId, const QList<GatewayNames::Entry> &gateways,
                     QWidget *parent = nullptr);
    ~GatewayAddDialog() override;

    QString server() const;
    int siteId() const;
    GatewayAddRequest request() const;

protected:
    void showEvent(QShowEvent *event) override;
    QString validationProblem() const override;
    bool isComplete() const override;

private:
    // The Site's gateways as forwarding targets; ticks survive switching Sites back and forth.
    void offerForwardTargets();
    void updateApplicability();
    QStringList forwardTargets() const;

    std::unique_ptr<Ui::GatewayAddDialog> m_ui;
    QList<GatewayNames::Entry> m_gateways;
    QStringList m_ticked;
};
