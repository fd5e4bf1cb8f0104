#pragma once

#include "AgentStatus.h"
#include "Broker.h"
#include "OperationDialog.h"

#include <memory>

namespace Ui {
class BrokerPropertiesDialog;
}

// A broker's editable properties; OK sends only what changed.
class BrokerPropertiesDialog final : public OperationDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrokerPropertiesDialog)

public:
    BrokerPropertiesDialog(const Broker &broker, bool readOnly, QWidget *parent = nullptr);
    ~BrokerPropertiesDialog() override;

    int brokerId() const { return m_broker.id; }
    // Shows the Agent tab with the agent's last reported status (null: nothing reported yet).
    void setAgentStatus(const BrokerStatus *status);
    BrokerChanges changes() const;

protected:
    QString validationProblem() const override;
    bool isComplete() const override;

private:
    Broker edited() const;
    void resolveAddress();

    std::unique_ptr<Ui::BrokerPropertiesDialog> m_ui;
    Broker m_broker;
    bool m_readOnly = false;
};
