#pragma once

#include <QObject>
#include <QPointer>

class FarmController;
class LogonAttempt;
class LogonDialog;
class PasswordStore;

// The log-on dialog's half of a log-on: hands what was typed to a LogonAttempt, asks the
// administrator whether to trust an unknown certificate, offers the keychain's password and stores
// it when asked. The dialog stays open with the input until the server says yes.
class LogonFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogonFlow)

public:
    LogonFlow(FarmController *controller, LogonDialog *dialog, PasswordStore *passwords, QObject *parent = nullptr);

signals:
    void succeeded();
    void failed(const QString &message);

private:
    void start();
    void lookUpPassword();

    FarmController *m_controller;
    QPointer<LogonDialog> m_dialog;
    PasswordStore *m_passwords;
    LogonAttempt *m_attempt;
};
