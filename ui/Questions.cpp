#include "Questions.h"

#include <QPushButton>

std::optional<QMessageBox::StandardButton> Questions::s_nextAnswer;
std::optional<int> Questions::s_nextChoice;
QStringList Questions::s_lastChoices;
QString Questions::s_lastText;
int Questions::s_asked = 0;

QMessageBox::StandardButton Questions::ask(QWidget *parent, const QString &title, const QString &text,
                                           QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    ++s_asked;
    s_lastText = text;
    if (s_nextAnswer) {
        const auto answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

int Questions::choose(QWidget *parent, const QString &title, const QString &text, const QStringList &choices,
                      int defaultChoice)
{
    ++s_asked;
    s_lastText = text;
    s_lastChoices = choices;
    if (s_nextChoice) {
        const int choice = *s_nextChoice;
        s_nextChoice.reset();
        return choice;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QList<QPushButton *> buttons;
    for (int i = 0; i < choices.size(); ++i) {
        const bool wayOut = i == choices.size() - 1;
        buttons << box.addButton(choices.at(i), wayOut ? QMessageBox::RejectRole : QMessageBox::AcceptRole);
    }
    if (!buttons.isEmpty()) {
        box.setEscapeButton(buttons.last());
        box.setDefaultButton(buttons.value(defaultChoice, buttons.last()));
    }
    box.exec();
    const int chosen = static_cast<int>(buttons.indexOf(static_cast<QPushButton *>(box.clickedButton())));
    return chosen >= 0 ? chosen : static_cast<int>(choices.size()) - 1;
}

void Questions::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

void Questions::setNextChoice(int choice)
{
    s_nextChoice = choice;
}

int Questions::askedCount()
{
    return s_asked;
}

QStringList Questions::lastChoices()
{
    return s_lastChoices;
}

QString Questions::lastText()
{
    return s_lastText;
}
