#include "LogonFlow.h"

#include "FarmController.h"
#include "LogonAttempt.h"
#include "LogonDialog.h"
#include "PasswordStore.h"
#include "Questions.h"
#include "ServerAddress.h"

#include <QLocale>

namespace {

// The keychain entry of a user on a server, with the server written as the console normalises it,
// so "ras", "ras:20443" and "https://ras:20443/" find the same password. Empty if the server is unusable.
QString keyOf(const QString &user, const QString &server)
{
    QString ignored;
    const QUrl base = ServerAddress::parse(server, &ignored);
    return base.isValid() && !user.isEmpty() ? PasswordStore::keyFor(user, ServerAddress::key(base)) : QString();
}

} // namespace

LogonFlow::LogonFlow(FarmController *controller, LogonDialog *dialog, PasswordStore *passwords, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_dialog(dialog)
    , m_passwords(passwords)
    , m_attempt(new LogonAttempt(controller, this))
{
    connect(dialog, &LogonDialog::logOnRequested, this, &LogonFlow::start);
    connect(dialog, &LogonDialog::credentialsEdited, this, &LogonFlow::lookUpPassword);
    connect(dialog, &LogonDialog::forgetCertificateRequested, this, [this] {
        if (!m_dialog)
            return;
        m_attempt->forgetCertificate(m_dialog->server());
        m_dialog->setCertificatePinned(m_controller->hasTrustedCertificate());
    });
    lookUpPassword();
}

void LogonFlow::lookUpPassword()
{
    if (!m_passwords || !m_dialog || m_dialog->server().isEmpty() || m_dialog->user().isEmpty())
        return;
    const QPointer<LogonDialog> dialog = m_dialog;
    const QString key = keyOf(dialog->user(), dialog->server());
    if (key.isEmpty())
        return;
    m_passwords->read(key, [dialog, key](bool found, const QString &password) {
        // Only if the administrator has not typed one meanwhile and the fields still match.
        if (found && dialog && dialog->password().isEmpty() && keyOf(dialog->user(), dialog->server()) == key)
            dialog->setStoredPassword(password);
    });
}

void LogonFlow::start()
{
    if (!m_dialog || m_attempt->isRunning())
        return;
    const QString password = m_dialog->password();
    auto askTrust = [this](const CertificateInfo &cert) {
        const auto answer = Questions::ask(
            m_dialog, tr("Untrusted certificate"),
            tr("The server's certificate is not trusted by this computer.\n\nSubject: %1\nIssuer: %2\nValid: %3 to %4\n"
               "SHA-256: %5\n\nCompare the fingerprint with the one shown on the server. Trust this certificate for "
               "this server from now on?")
                .arg(cert.subject, cert.issuer, QLocale().toString(cert.validFrom, QLocale::ShortFormat),
                     QLocale().toString(cert.validTo, QLocale::ShortFormat), cert.sha256),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        return answer == QMessageBox::Yes;
    };
    m_dialog->setBusy(true);
    m_controller->client()->setAllowPlainHttp(m_dialog->allowPlainHttp());
    m_attempt->start(m_dialog->server(), m_dialog->user(), password, askTrust,
                     [this, password](const LogonOutcome &outcome) {
                         if (!m_dialog)
                             return;
                         m_dialog->setBusy(false);
                         if (!outcome.succeeded()) {
                             m_dialog->showError(outcome.message());
                             m_dialog->setCertificatePinned(m_controller->hasTrustedCertificate());
                             emit failed(outcome.message());
                             return;
                         }
                         m_dialog->remember();
                         if (m_passwords && m_dialog->rememberPassword())
                             m_passwords->write(keyOf(m_dialog->user(), m_dialog->server()), password,
                                                [](bool, const QString &) {});
                         m_dialog->accept();
                         emit succeeded();
                     });
}
