#pragma once

#include "ClientPolicy.h"
#include "OperationDialog.h"

#include <memory>

namespace Ui {
class PolicyDialog;
}

// Add a client policy, or change one's name, description and whether it is enabled.
class PolicyDialog final : public OperationDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyDialog)

public:
    // existing: nullptr to add a policy.
    PolicyDialog(const ClientPolicy *existing, bool readOnly, QWidget *parent = nullptr);
    ~PolicyDialog() override;

    bool isNew() const { return m_policyId == 0; }
    int policyId() const { return m_policyId; }
    // For a new policy every field; for an existing one only what changed.
    PolicyChanges changes() const;

protected:
    QString validationProblem() const override;
    bool isComplete() const override;

private:
    std::unique_ptr<Ui::PolicyDialog> m_ui;
    int m_policyId = 0;
    ClientPolicy m_original;
    bool m_readOnly;
};
