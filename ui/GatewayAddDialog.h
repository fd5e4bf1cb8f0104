#pragma once

#include "OperationDialog.h"

#include <memory>

class SiteModel;
namespace Ui {
class GatewayAddDialog;
}

// Add a Secure Gateway: server and Site.
class GatewayAddDialog final : public OperationDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayAddDialog)

public:
    GatewayAddDialog(const SiteModel *sites, int siteId, QWidget *parent = nullptr);
    ~GatewayAddDialog() override;

    QString server() const;
    int siteId() const;

protected:
    QString validationProblem() const override;
    bool isComplete() const override;

private:
    std::unique_ptr<Ui::GatewayAddDialog> m_ui;
};
