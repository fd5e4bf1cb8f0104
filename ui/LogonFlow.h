#pragma once

#include "RasError.h"

#include <QObject>
#include <QPointer>

class FarmController;
class LogonDialog;
class PasswordStore;
class QWidget;

// Log-on from the dialog to a farm: sends what was typed, asks whether to trust an unknown
// certificate (and pins it for that server), refuses a pinned server that shows another
// certificate, offers the keychain's password and stores it when asked. The dialog stays open
// with the input until the server says yes.
class LogonFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogonFlow)

public:
    LogonFlow(FarmController *controller, LogonDialog *dialog, PasswordStore *passwords, QObject *parent = nullptr);

signals:
    void succeeded();

private:
    void start();
    void failed(const RasError &error);
    void lookUpPassword();

    FarmController *m_controller;
    QPointer<LogonDialog> m_dialog;
    PasswordStore *m_passwords;
    QString m_user;
    QString m_password;
    bool m_running = false;
};
