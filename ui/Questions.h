#pragma once

#include <QMessageBox>
#include <QStringList>
#include <optional>

// Every question the console asks goes through here, so GUI tests can answer it in advance.
class Questions
{
public:
    static QMessageBox::StandardButton ask(QWidget *parent, const QString &title, const QString &text,
                                           QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);
    // A question whose buttons say what they do ("Delete and uninstall agent", "Delete, keep agent").
    // The last choice is the safe way out (Escape picks it). Returns the index of the chosen button.
    static int choose(QWidget *parent, const QString &title, const QString &text, const QStringList &choices,
                      int defaultChoice);
    // The answer the next question gets without being shown (tests).
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setNextChoice(int choice);
    // How many questions were asked, and the buttons of the last choice offered (tests).
    static int askedCount();
    static QStringList lastChoices();
    static QString lastText();

private:
    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static std::optional<int> s_nextChoice;
    static QStringList s_lastChoices;
    static QString s_lastText;
    static int s_asked;
};
