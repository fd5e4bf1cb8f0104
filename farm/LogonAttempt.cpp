#include "LogonAttempt.h"

#include "FarmController.h"

QString LogonOutcome::message() const
{
    if (!error)
        return {};
    if (error->kind == RasError::Kind::Tls && error->certificateChanged)
        return LogonAttempt::tr("%1\nIf the certificate was replaced on purpose, choose \"Forget trusted certificate\" "
                                "and log on again.")
            .arg(error->message);
    return error->message;
}

LogonAttempt::LogonAttempt(FarmController *farm, QObject *parent)
    : QObject(parent)
    , m_farm(farm)
{
}

void LogonAttempt::start(const QString &server, const QString &user, const QString &password, TrustQuestion askTrust,
                         Finished finished)
{
    if (m_running)
        return;
    m_finished = std::move(finished);
    QString problem;
    if (!m_farm->setServer(server, &problem)) {
        RasError error;
        error.kind = RasError::Kind::Rejected;
        error.message = problem;
        end({error});
        return;
    }
    m_user = user;
    m_password = password;
    m_askTrust = std::move(askTrust);
    m_running = true;
    send();
}

void LogonAttempt::send()
{
    m_farm->logOn(m_user, m_password, this, [this](const RasResult<SessionInfo> &session) {
        if (session) {
            end({});
            return;
        }
        const RasError &error = session.error();
        // Asked only for a certificate never seen before; a changed one is refused outright.
        if (error.kind == RasError::Kind::Tls && !error.certificate.isNull() && !error.certificateChanged && m_askTrust
            && m_askTrust(error.certificate)) {
            m_farm->trustCertificate(error.certificate.sha256);
            send();
            return;
        }
        end({error});
    });
}

void LogonAttempt::end(const LogonOutcome &outcome)
{
    m_running = false;
    m_password.clear();
    m_askTrust = {};
    Finished finished = std::move(m_finished);
    m_finished = {};
    if (finished)
        finished(outcome);
}

void LogonAttempt::forgetCertificate(const QString &server)
{
    QString ignored;
    if (m_farm->setServer(server, &ignored))
        m_farm->forgetTrustedCertificate();
}
