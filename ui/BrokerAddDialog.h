#pragma once

#include "Broker.h"
#include "OperationDialog.h"

#include <memory>

class SiteModel;
namespace Ui {
class BrokerAddDialog;
}

// Add a Connection Broker: server, Site, and whether and how to push-install its agent.
class BrokerAddDialog final : public OperationDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrokerAddDialog)

public:
    BrokerAddDialog(const SiteModel *sites, int siteId, QWidget *parent = nullptr);
    ~BrokerAddDialog() override;

    BrokerAddRequest request() const;

protected:
    QString validationProblem() const override;
    bool isComplete() const override;

private:
    std::unique_ptr<Ui::BrokerAddDialog> m_ui;
};
