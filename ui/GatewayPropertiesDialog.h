#pragma once

#include "Gateway.h"
#include "GatewayChanges.h"
#include "OperationDialog.h"

#include <QHash>
#include <memory>

namespace Ui {
class GatewayPropertiesDialog;
}

// Every field of a gateway, on tabs grouped as an administrator thinks of them (General, Network,
// SSL/TLS, HSTS, Web portal, Client management). The editors come from the gateway field table,
// so they carry the same limits the API enforces; OK sends only the fields that changed.
class GatewayPropertiesDialog final : public OperationDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayPropertiesDialog)

public:
    GatewayPropertiesDialog(const Gateway &gateway, bool readOnly, QWidget *parent = nullptr);
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
    // The gateway as the editors show it; false with the first problem if a typed value does not fit.
    bool edited(Gateway *gateway, QString *problem) const;

    std::unique_ptr<Ui::GatewayPropertiesDialog> m_ui;
    Gateway m_gateway;
    bool m_readOnly;
    QHash<QString, QWidget *> m_editors;
};
