#include "OperationDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

void OperationDialog::attach(QDialogButtonBox *buttons, QLabel *errorLabel)
{
    m_buttons = buttons;
    m_error = errorLabel;
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_busy && validationProblem().isEmpty() && isComplete())
            emit submitted();
    });
    revalidate();
}

void OperationDialog::revalidate()
{
    if (!m_buttons)
        return;
    const QString problem = validationProblem();
    // A refusal from the server stays visible until the next attempt; local problems update live.
    if (!m_serverError)
        m_error->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && isComplete() && !m_busy);
}

void OperationDialog::showError(const QString &message)
{
    m_serverError = true;
    m_error->setText(message);
}

void OperationDialog::setBusy(bool busy)
{
    m_busy = busy;
    if (busy)
        m_serverError = false;
    revalidate();
}

void OperationDialog::finish(const QString &error)
{
    setBusy(false);
    if (error.isEmpty()) {
        accept();
        return;
    }
    showError(error);
}
