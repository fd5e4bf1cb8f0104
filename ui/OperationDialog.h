#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;

// Base of the dialogs that send something to the server: OK is enabled only while the form is
// valid and nothing is in flight; pressing it emits submitted(); a refusal is shown in the dialog's
// own error line and the dialog stays open with everything the administrator typed.
class OperationDialog : public QDialog
{
    Q_OBJECT

public:
    using QDialog::QDialog;

    void showError(const QString &message);
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    // For callers: what the server answered (empty = success closes the dialog).
    void finish(const QString &error);

signals:
    void submitted();

protected:
    // Subclasses call this once their form exists, then revalidate() whenever an input changes.
    void attach(QDialogButtonBox *buttons, QLabel *errorLabel);
    void revalidate();
    // For an administrator who may only look: OK goes, Cancel becomes Close. Call after attach().
    void showAsReadOnly();
    // Empty when the form can be sent; otherwise what to fix, shown under the form.
    virtual QString validationProblem() const = 0;
    // False while required fields are still empty: OK stays disabled without scolding anyone.
    virtual bool isComplete() const { return true; }

private:
    void setErrorText(const QString &text);

    QDialogButtonBox *m_buttons = nullptr;
    QLabel *m_error = nullptr;
    bool m_busy = false;
    bool m_serverError = false;
};
