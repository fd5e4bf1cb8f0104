#pragma once

#include "Gateway.h"
#include "GatewayChanges.h"
#include "GatewayNames.h"
#include "OperationDialog.h"

#include <QHash>
#include <memory>

class QComboBox;
class QListWidget;
namespace Ui {
class GatewayPropertiesDialog;
}

// Every field of a gateway, on tabs grouped as an administrator thinks of them (General, Network,
// SSL/TLS, HSTS, Web portal, Client management). The editors come from the gateway field table,
// so they carry the same limits the API enforces; OK sends only the fields that changed.
// Where the API holds ids (Site, preferred broker, forwarding gateway) the dialog shows and offers
// names; settings that have no effect with the others as they are stay visible but disabled.
class GatewayPropertiesDialog final : public OperationDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayPropertiesDialog)

public:
    GatewayPropertiesDialog(const Gateway &gateway, const GatewayNames &names, bool readOnly, QWidget *parent = nullptr);
    ~GatewayPropertiesDialog() override;

    int gatewayId() const { return m_gateway.id; }
    GatewayChanges changes() const;
    // The editor of a field by its API name (tests).
    QWidget *editor(const QString &apiName) const { return m_editors.value(apiName); }

protected:
    QString validationProblem() const override;
    bool isComplete() const override;

private:
    QWidget *createEditor(const GatewayField &field, QWidget *parent);
    // Editors that offer the farm's names instead of ids or free text.
    QComboBox *createBrokerChooser(QWidget *parent);
    QComboBox *createForwardingGatewayChooser(QWidget *parent);
    QListWidget *createForwardTargets(QWidget *parent);
    QString forwardTargetsText() const;
    // The gateway as the editors show it; false with the first problem if a typed value does not fit.
    bool edited(Gateway *gateway, QString *problem) const;
    // Enables the editors of settings that take effect with the others as edited, disables the rest.
    void updateApplicability();
    void fieldEdited();

    std::unique_ptr<Ui::GatewayPropertiesDialog> m_ui;
    Gateway m_gateway;
    GatewayNames m_names;
    bool m_readOnly;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QWidget *> m_labels; // the form label beside each editor that has one
};
