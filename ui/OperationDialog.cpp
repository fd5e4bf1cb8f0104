#include "OperationDialog.h"

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
