#pragma once

#include "OperationOutcome.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;

// Base of the dialogs that send something to the server: OK is enabled only while the form is
// valid and nothing is in flight; pressing it emits submitted(); a refusal is shown in the dialog's
// own error line and the dialog stays open with everything the administrator typed.
// While a request is in flight Cancel becomes Close: what was sent cannot be called back, so closing
// only stops waiting here, and the outcome is shown in the main window instead (see deliver()).
class OperationDialog : public QDialog
{
    Q_OBJECT

public:
    using QDialog::QDialog;

    void showError(const QString &message);
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    // The server's answer: a success closes the dialog, a refusal is shown in it.
    void finish(const OperationOutcome &outcome);
    // Hands an outcome to the dialog that sent it if that dialog is still open; false when it was
    // closed meanwhile, so the caller shows the outcome somewhere else.
    static bool deliver(const QPointer<OperationDialog> &dialog, const OperationOutcome &outcome);

signals:
    void submitted();

protected:
    // Subclasses call this once their form exists, then revalidate() whenever an input changes.
    void attach(QDialogButtonBox *buttons, QLabel *errorLabel);
    void revalidate();
    // Empty when the form can be sent; otherwise what to fix, shown under the form.
    virtual QString validationProblem() const = 0;
    // False while required fields are still empty: OK stays disabled without scolding anyone.
    virtual bool isComplete() const { return true; }

private:
    QDialogButtonBox *m_buttons = nullptr;
    QLabel *m_error = nullptr;
    QString m_cancelText;
    bool m_busy = false;
    bool m_serverError = false;
};
