#pragma once

#include <QMessageBox>
#include <optional>

// Every question the console asks goes through here, so GUI tests can answer it in advance.
class Questions
{
public:
    static QMessageBox::StandardButton ask(QWidget *parent, const QString &title, const QString &text,
                                           QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);
    // The answer the next question gets without being shown (tests).
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // How many questions were asked (tests).
    static int askedCount();

private:
    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static int s_asked;
};
