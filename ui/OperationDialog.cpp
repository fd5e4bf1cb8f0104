#include "OperationDialog.h"

#include "Theme.h"

#include <QGuiApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QStyleOptionFrame>
#include <algorithm>

namespace {

// The width a line edit needs to show its whole placeholder: the text, the frame, and the 2 px QLineEdit
// keeps on each side of its text.
int placeholderWidth(const QLineEdit *edit)
{
    QStyleOptionFrame option;
    option.initFrom(edit);
    const int frame = edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit);
    const QMargins margins = edit->textMargins();
    return edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + 2 * frame + 4 + margins.left()
           + margins.right() + 2;
}

} // namespace

void OperationDialog::attach(QDialogButtonBox *buttons, QLabel *errorLabel)
{
    // Every field shows its whole placeholder (an example, or what leaving it empty means), in any language.
    const auto edits = findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        if (!edit->placeholderText().isEmpty())
            edit->setMinimumWidth(std::max(edit->minimumWidth(), placeholderWidth(edit)));
    }
    m_buttons = buttons;
    m_error = errorLabel;
    if (QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel))
        m_cancelText = cancel->text(); // the platform's own word, in the user's language
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::errorText(QGuiApplication::palette()).name()));
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
    if (QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel)) {
        cancel->setText(m_busy ? tr("Close") : m_cancelText);
        cancel->setToolTip(m_busy ? tr("The change has been sent and cannot be called back. Closing stops waiting "
                                       "here; the outcome will be shown in the main window.")
                                  : QString());
    }
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

void OperationDialog::finish(const OperationOutcome &outcome)
{
    setBusy(false);
    // An answer that was lost for a change the list shows was made: nothing is left to retry here.
    if (outcome.succeeded() || outcome.madeAfterAll()) {
        accept();
        return;
    }
    showError(outcome.message());
}

bool OperationDialog::deliver(const QPointer<OperationDialog> &dialog, const OperationOutcome &outcome)
{
    if (!dialog || !dialog->isVisible())
        return false;
    dialog->finish(outcome);
    return true;
}
