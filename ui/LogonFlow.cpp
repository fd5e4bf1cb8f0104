#include "LogonFlow.h"

#include "FarmController.h"
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
{
    connect(dialog, &LogonDialog::logOnRequested, this, &LogonFlow::start);
    connect(dialog, &LogonDialog::credentialsEdited, this, &LogonFlow::lookUpPassword);
    connect(dialog, &LogonDialog::forgetCertificateRequested, this, [this] {
        QString ignored;
        if (m_dialog && m_controller->setServer(m_dialog->server(), &ignored))
            m_controller->forgetTrustedCertificate();
    });
    connect(controller, &FarmController::logonFailed, this, [this](const RasError &error) {
        if (m_running)
            failed(error);
    });
    connect(controller, &FarmController::loggedOn, this, [this] {
        if (!m_running || !m_dialog)
            return;
        m_running = false;
        m_dialog->setBusy(false);
        m_dialog->remember();
        if (m_passwords && m_dialog->rememberPassword())
            m_passwords->write(keyOf(m_dialog->user(), m_dialog->server()), m_password, [](bool, const QString &) {});
        m_password.clear();
        m_dialog->accept();
        emit succeeded();
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
    if (!m_dialog)
        return;
    QString problem;
    if (!m_controller->setServer(m_dialog->server(), &problem)) {
        m_dialog->showError(problem);
        return;
    }
    m_user = m_dialog->user();
    m_password = m_dialog->password();
    m_running = true;
    m_dialog->setBusy(true);
    m_controller->logOn(m_user, m_password);
}

void LogonFlow::failed(const RasError &error)
{
    if (!m_dialog)
        return;
    if (error.kind == RasError::Kind::Tls && !error.certificate.isNull() && !error.certificateChanged) {
        const CertificateInfo &cert = error.certificate;
        const auto answer = Questions::ask(
            m_dialog, tr("Untrusted certificate"),
            tr("The server's certificate is not trusted by this computer.\n\nSubject: %1\nIssuer: %2\nValid: %3 to %4\n"
               "SHA-256: %5\n\nCompare the fingerprint with the one shown on the server. Trust this certificate for "
               "this server from now on?")
                .arg(cert.subject, cert.issuer, QLocale().toString(cert.validFrom, QLocale::ShortFormat),
                     QLocale().toString(cert.validTo, QLocale::ShortFormat), cert.sha256),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Yes) {
            m_controller->trustCertificate(cert.sha256);
            m_controller->logOn(m_user, m_password);
            return;
        }
    }
    m_running = false;
    m_dialog->setBusy(false);
    QString message = error.message;
    if (error.kind == RasError::Kind::Tls && error.certificateChanged)
        message += QLatin1Char('\n')
                   + tr("If the certificate was replaced on purpose, choose \"Forget trusted certificate\" and log on again.");
    m_dialog->showError(message);
    m_dialog->setCertificatePinned(m_controller->hasTrustedCertificate());
}
