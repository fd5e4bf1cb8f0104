#pragma once

#include "OperationOutcome.h"
#include "SecondaryConnection.h"

#include <QDialog>
#include <memory>

class FarmController;
class SecondaryConnectionModel;
namespace Ui {
class SecondaryConnectionsDialog;
}

// The secondary connections of one client policy: the list, add (mode, server and port checked as
// the API requires), remove. Each change goes to the server at once; a refusal is shown here and
// the typed connection stays in the form. Closed while a change is in flight, it hands the outcome
// to reportElsewhere (the main window's banner), so a late refusal is not lost.
class SecondaryConnectionsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecondaryConnectionsDialog)

public:
    SecondaryConnectionsDialog(FarmController *controller, int policyId, const QString &policyName, bool readOnly,
                               OutcomeHandler reportElsewhere, QWidget *parent = nullptr);
    ~SecondaryConnectionsDialog() override;

    SecondaryConnectionModel *model() const { return m_model; }
    void reload();
    // The connection in the add form (tests fill it through the widgets).
    SecondaryConnection typedConnection() const;

signals:
    void reloaded();

private:
    void addTyped();
    void removeSelected();
    void updateButtons();
    void showError(const QString &message);
    // Runs one change; finished runs with the outcome if this dialog is still open.
    void send(const std::function<void(QObject *, OutcomeHandler)> &start, std::function<void(const OperationOutcome &)> finished);

    std::unique_ptr<Ui::SecondaryConnectionsDialog> m_ui;
    FarmController *m_controller;
    SecondaryConnectionModel *m_model;
    int m_policyId;
    bool m_readOnly;
    OutcomeHandler m_reportElsewhere;
    bool m_busy = false;
};
