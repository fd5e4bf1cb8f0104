#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class LogonDialog;
}

// Server, user name and password. OK is enabled only while all three are usable; a refused log-on
// is shown inside the dialog, which stays open with what was typed. Recent servers and the last
// user are remembered; the password never is.
class LogonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogonDialog)

public:
    explicit LogonDialog(QWidget *parent = nullptr);
    ~LogonDialog() override;

    QString server() const;
    QString user() const;
    QString password() const;
    void setServer(const QString &server);
    void setUser(const QString &user);
    void showError(const QString &message);
    void setBusy(bool busy);
    // Remembers the server and user after a successful log-on.
    void remember() const;
    bool rememberPassword() const;
    // A password found in the keychain; typing replaces it.
    void setStoredPassword(const QString &password);
    void setCertificatePinned(bool pinned);
    // The administrator ticked the box that allows plain http:// to a remote server.
    bool allowPlainHttp() const;

signals:
    void logOnRequested();
    void credentialsEdited(); // server or user changed (the keychain may know a password)
    void forgetCertificateRequested();

private:
    void validate();

    std::unique_ptr<Ui::LogonDialog> m_ui;
    bool m_busy = false;
    QString m_shownProblem;
};
