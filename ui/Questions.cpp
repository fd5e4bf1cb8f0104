#include "Questions.h"

std::optional<QMessageBox::StandardButton> Questions::s_nextAnswer;
int Questions::s_asked = 0;

QMessageBox::StandardButton Questions::ask(QWidget *parent, const QString &title, const QString &text,
                                           QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    ++s_asked;
    if (s_nextAnswer) {
        const auto answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

void Questions::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

int Questions::askedCount()
{
    return s_asked;
}
